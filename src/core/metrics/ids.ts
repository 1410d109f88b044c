/**
 * Metric ids: the names by which a quantity is known to narratives, template cells and
 * rules. Ids are stable (findings and workbooks store them). Families with codes are
 * written `<family>.<code>`: `expense.class.201`, `gbExpense.class.201`,
 * `gbExpense.item.2011301`. Labels and synonyms live in vocabulary data, not here.
 */
export const METRIC_IDS = [
  // 公开01 收入
  "income.generalBudget", // 一般公共预算财政拨款收入
  "income.govFund", // 政府性基金预算财政拨款收入
  "income.stateCapital", // 国有资本经营预算财政拨款收入
  "income.superiorSubsidy", // 上级补助收入
  "income.business", // 事业收入
  "income.operating", // 经营收入
  "income.affiliated", // 附属单位上缴收入
  "income.other", // 其他收入
  "income.total", // 本年收入合计
  "income.nonFiscalBalanceUsed", // 使用非财政拨款结余
  "income.carryForwardBegin", // 年初结转和结余
  "income.grandTotal", // 收入总计 (收、支总计)
  // 公开01/03 支出
  "expense.basic", // 基本支出
  "expense.project", // 项目支出
  "expense.toSuperior", // 上缴上级支出
  "expense.operating", // 经营支出
  "expense.toAffiliated", // 对附属单位补助支出
  "expense.total", // 本年支出合计
  "expense.balanceDistribution", // 结余分配
  "expense.carryForwardEnd", // 年末结转和结余
  "expense.grandTotal", // 支出总计
  // 公开04 财政拨款
  "fiscal.income.total", // 财政拨款收入合计
  "fiscal.expense.total", // 财政拨款支出合计
  "fiscal.grandTotal", // 财政拨款收、支总计 (the income side's 总计)
  "fiscal.expense.grandTotal", // 财政拨款支出总计 (the expenditure side's 总计, equal to it)
  // 公开05 一般公共预算财政拨款支出
  "gbExpense.total",
  "gbExpense.basic",
  "gbExpense.project",
  // 公开06 基本支出
  "gbBasic.total",
  "gbBasic.personnel", // 人员经费
  "gbBasic.public", // 日常公用经费 / 公用经费
  // 公开07 三公 (periods: budget, current, prior)
  "threePublic.total",
  "threePublic.abroad", // 因公出国（境）费
  "threePublic.vehicle", // 公务用车购置及运行维护费
  "threePublic.vehiclePurchase", // 公务用车购置费
  "threePublic.vehicleOperation", // 公务用车运行维护费
  "threePublic.reception", // 公务接待费
  // 公开08 / 09
  "govFund.expense.total",
  "stateCapital.expense.total",
  // 其他重要事项
  "operatingCost", // 机关运行经费
  // 其他事项 sheet: the facts the nine tables do not hold (amounts in 万元, counts plain)
  "procurement.total", // 政府采购支出总额
  "procurement.goods", // 政府采购货物支出
  "procurement.works", // 政府采购工程支出
  "procurement.services", // 政府采购服务支出
  "procurement.sme", // 授予中小企业合同金额
  "procurement.smallMicro", // 其中授予小微企业合同金额
  "assets.vehicles", // 车辆（辆）
  "assets.generalEquipment", // 单价50万元以上通用设备（台套）
  "assets.specialEquipment", // 单价100万元以上专用设备（台套）
  "threePublic.abroad.groups", // 因公出国（境）团组数
  "threePublic.abroad.people", // 因公出国（境）人次
  "threePublic.vehiclePurchase.count", // 公务用车购置数（辆）
  "threePublic.vehicles.held", // 公务用车保有量（辆）
  "threePublic.reception.batches", // 国内公务接待批次
  "threePublic.reception.people", // 国内公务接待人次
  "performance.targets", // 编制绩效目标的项目数
  "performance.monitored", // 开展绩效监控的项目数
  "performance.selfEvaluated", // 开展绩效自评的项目数
  "performance.selfEvaluatedFunds", // 绩效自评项目涉及资金（万元）
  // Narrative-only quantities (no cell in the nine tables): compared between places of
  // the narrative itself, never against template facts.
  "project.amount", // 项目 预算数 (budget) / 执行数 (current) of the project a 绩效 section reports
  "indicator.highTechRevenue", // 高新技术（产业）主营业务收入
  "indicator.techContracts", // 技术合同（交易）认定金额
] as const;

export type FixedMetricId = (typeof METRIC_IDS)[number];

/** Families whose members are keyed by a classification code. */
export const CODED_FAMILIES = [
  "income.class", // 公开02 row by 功能分类
  "expense.class", // 公开01/03 class rows (类, 3 digits)
  "gbExpense.class", // 公开05 类
  "gbExpense.item", // 公开05 项 (7 digits) — 五（三）
  "gbBasic.econ", // 公开06 by 经济分类 (301, 30101 …)
] as const;

export type MetricId = FixedMetricId | `${(typeof CODED_FAMILIES)[number]}.${string}`;

export function codedMetric(family: (typeof CODED_FAMILIES)[number], code: string): MetricId {
  return `${family}.${code}`;
}
