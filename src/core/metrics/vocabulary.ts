import type { FixedMetricId, MetricId } from "./ids";
import type { MetricScope } from "./scopes";

/**
 * How narratives name each quantity. Data, not logic: a user who meets another wording
 * adds a synonym here and nothing else changes. Synonyms are written as in reports; they
 * are normalised with the same function as the labels they are matched against
 * (labels.ts), so quotes, spaces, years and a trailing 为/决算 do not matter, and a
 * synonym that names an expense also matches with 支出 appended (人员经费 → 人员经费支出).
 */
export interface MetricEntry {
  zh: string;
  en: string;
  /** Wordings that name this quantity anywhere in a narrative. */
  synonyms: readonly string[];
  /**
   * Wordings that name it only inside a section of that scope (scopes.ts): “基本支出” is
   * 公开06's total under 六、一般公共预算财政拨款基本支出…, but 公开03's column under 三、.
   */
  scoped?: Partial<Record<MetricScope, readonly string[]>>;
  /** The whole a share (占P%) of this quantity is taken of, by default. */
  shareOf?: MetricId;
  /** A complete breakdown: the listed parts add up to this quantity (审核公式). */
  parts?: readonly MetricId[];
  /** Another id for the same quantity by identity (05 基本支出合计 = 06 基本支出). */
  sameAs?: FixedMetricId;
  /**
   * template: a cell of the nine tables; indicator: a performance figure the narrative
   * repeats (compared with a softer severity, the scope of such figures varies);
   * project: a figure of one project, compared only inside its own section.
   */
  kind?: "template" | "indicator" | "project";
}

const INCOME_PARTS: readonly MetricId[] = [
  "income.generalBudget",
  "income.govFund",
  "income.stateCapital",
  "income.superiorSubsidy",
  "income.business",
  "income.operating",
  "income.affiliated",
  "income.other",
];
const EXPENSE_PARTS: readonly MetricId[] = [
  "expense.basic",
  "expense.project",
  "expense.toSuperior",
  "expense.operating",
  "expense.toAffiliated",
];

export const VOCABULARY = {
  "income.generalBudget": {
    zh: "一般公共预算财政拨款收入",
    en: "general public budget appropriation income",
    synonyms: ["一般公共预算财政拨款收入", "一般公共预算拨款收入"],
    scoped: { income: ["一般公共预算财政拨款", "一般公共预算拨款"] },
    shareOf: "income.total",
  },
  "income.govFund": {
    zh: "政府性基金预算财政拨款收入",
    en: "government fund budget appropriation income",
    synonyms: ["政府性基金预算财政拨款收入", "政府性基金预算拨款收入"],
    scoped: { income: ["政府性基金预算财政拨款", "政府性基金预算拨款"] },
    shareOf: "income.total",
  },
  "income.stateCapital": {
    zh: "国有资本经营预算财政拨款收入",
    en: "state capital operation budget appropriation income",
    synonyms: ["国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入"],
    scoped: { income: ["国有资本经营预算财政拨款", "国有资本经营预算拨款"] },
    shareOf: "income.total",
  },
  "income.superiorSubsidy": {
    zh: "上级补助收入",
    en: "subsidies from the superior unit",
    synonyms: ["上级补助收入"],
    shareOf: "income.total",
  },
  "income.business": {
    zh: "事业收入",
    en: "business income",
    synonyms: ["事业收入"],
    shareOf: "income.total",
  },
  "income.operating": {
    zh: "经营收入",
    en: "operating income",
    synonyms: ["经营收入"],
    shareOf: "income.total",
  },
  "income.affiliated": {
    zh: "附属单位上缴收入",
    en: "income turned over by affiliated units",
    synonyms: ["附属单位上缴收入"],
    shareOf: "income.total",
  },
  "income.other": {
    zh: "其他收入",
    en: "other income",
    synonyms: ["其他收入"],
    shareOf: "income.total",
  },
  "income.total": {
    zh: "本年收入合计",
    en: "total income of the year",
    synonyms: ["本年收入合计", "本年收入"],
    parts: INCOME_PARTS,
  },
  "income.nonFiscalBalanceUsed": {
    zh: "使用非财政拨款结余",
    en: "non-appropriation balance used",
    synonyms: ["使用非财政拨款结余", "用事业基金弥补收支差额"],
  },
  "income.carryForwardBegin": {
    zh: "年初结转和结余",
    en: "balance carried forward at the beginning of the year",
    synonyms: ["年初结转和结余"],
  },
  "income.grandTotal": {
    zh: "收入总计",
    en: "grand total of income (and expenditure)",
    synonyms: ["收支总计", "收入总计", "收入支出总计"],
  },
  "expense.basic": {
    zh: "基本支出",
    en: "basic expenditure",
    synonyms: ["基本支出"],
    shareOf: "expense.total",
  },
  "expense.project": {
    zh: "项目支出",
    en: "project expenditure",
    synonyms: ["项目支出"],
    shareOf: "expense.total",
  },
  "expense.toSuperior": {
    zh: "上缴上级支出",
    en: "expenditure turned over to the superior unit",
    synonyms: ["上缴上级支出"],
    shareOf: "expense.total",
  },
  "expense.operating": {
    zh: "经营支出",
    en: "operating expenditure",
    synonyms: ["经营支出"],
    shareOf: "expense.total",
  },
  "expense.toAffiliated": {
    zh: "对附属单位补助支出",
    en: "subsidies to affiliated units",
    synonyms: ["对附属单位补助支出"],
    shareOf: "expense.total",
  },
  "expense.total": {
    zh: "本年支出合计",
    en: "total expenditure of the year",
    synonyms: ["本年支出合计", "本年支出"],
    parts: EXPENSE_PARTS,
  },
  "expense.balanceDistribution": {
    zh: "结余分配",
    en: "distribution of balance",
    synonyms: ["结余分配"],
  },
  "expense.carryForwardEnd": {
    zh: "年末结转和结余",
    en: "balance carried forward at the end of the year",
    synonyms: ["年末结转和结余"],
  },
  "expense.grandTotal": {
    zh: "支出总计",
    en: "grand total of expenditure",
    synonyms: ["支出总计"],
    sameAs: "income.grandTotal",
  },
  "fiscal.income.total": {
    zh: "财政拨款收入合计",
    en: "total appropriation income",
    synonyms: ["财政拨款收入合计"],
  },
  "fiscal.expense.total": {
    zh: "财政拨款支出合计",
    en: "total appropriation expenditure",
    synonyms: ["财政拨款支出合计"],
  },
  "fiscal.grandTotal": {
    zh: "财政拨款收、支总计",
    en: "grand total of appropriation income and expenditure",
    synonyms: ["财政拨款收支总计", "财政拨款收入支出总计", "财政拨款收入总计"],
  },
  "fiscal.expense.grandTotal": {
    zh: "财政拨款支出总计",
    en: "grand total of appropriation expenditure",
    synonyms: ["财政拨款支出总计"],
    sameAs: "fiscal.grandTotal",
  },
  "gbExpense.total": {
    zh: "一般公共预算财政拨款支出",
    en: "general public budget appropriation expenditure",
    synonyms: [
      "一般公共预算财政拨款支出",
      "一般公共预算财政拨款支出合计",
      "一般公共预算拨款支出",
      "一般公共预算支出",
    ],
    scoped: { gbExpense: ["一般公共预算财政拨款", "一般公共预算拨款"] },
    shareOf: "expense.total",
    parts: ["gbExpense.basic", "gbExpense.project"],
  },
  "gbExpense.basic": {
    zh: "一般公共预算财政拨款基本支出（公开05）",
    en: "general public budget basic expenditure (table 05)",
    synonyms: [],
    scoped: { gbExpense: ["基本支出"] },
    shareOf: "gbExpense.total",
    sameAs: "gbBasic.total",
  },
  "gbExpense.project": {
    zh: "一般公共预算财政拨款项目支出",
    en: "general public budget project expenditure",
    synonyms: ["一般公共预算财政拨款项目支出"],
    scoped: { gbExpense: ["项目支出"] },
    shareOf: "gbExpense.total",
  },
  "gbBasic.total": {
    zh: "一般公共预算财政拨款基本支出",
    en: "general public budget basic expenditure",
    synonyms: ["一般公共预算财政拨款基本支出", "一般公共预算拨款基本支出", "财政拨款基本支出"],
    // An attachment's “部门财政资金 … 基本支出” is the appropriation-funded basic expenditure.
    scoped: { gbBasic: ["基本支出"], fiscal: ["基本支出"] },
    parts: ["gbBasic.personnel", "gbBasic.public"],
  },
  "gbBasic.personnel": {
    zh: "人员经费",
    en: "personnel expenses",
    synonyms: ["人员经费", "基本支出人员经费", "财政拨款基本支出人员经费"],
    shareOf: "gbBasic.total",
  },
  "gbBasic.public": {
    zh: "日常公用经费",
    en: "routine public expenses",
    synonyms: ["日常公用经费", "公用经费", "基本支出日常公用经费", "基本支出公用经费"],
    shareOf: "gbBasic.total",
  },
  "threePublic.total": {
    zh: "“三公”经费财政拨款支出",
    en: "“three public” expenses (appropriations)",
    synonyms: ["三公经费财政拨款支出", "三公经费支出", "三公经费", "财政拨款三公经费"],
    parts: ["threePublic.abroad", "threePublic.vehicle", "threePublic.reception"],
  },
  "threePublic.abroad": {
    zh: "因公出国（境）费",
    en: "official overseas travel",
    synonyms: ["因公出国（境）费", "因公出国（境）经费", "因公出国（境）费用"],
    shareOf: "threePublic.total",
  },
  "threePublic.vehicle": {
    zh: "公务用车购置及运行维护费",
    en: "official vehicle purchase and operation",
    synonyms: [
      "公务用车购置及运行维护费",
      "公务用车购置及运行费",
      "公车购置及运行维护费",
      "公车购置及运行费",
    ],
    shareOf: "threePublic.total",
    parts: ["threePublic.vehiclePurchase", "threePublic.vehicleOperation"],
  },
  "threePublic.vehiclePurchase": {
    zh: "公务用车购置费",
    en: "official vehicle purchase",
    // 车辆购置: the column of a 三公 table under 公务用车购置及运行维护费.
    synonyms: ["公务用车购置费", "公务用车购置", "车辆购置费", "车辆购置"],
    shareOf: "threePublic.vehicle",
  },
  "threePublic.vehicleOperation": {
    zh: "公务用车运行维护费",
    en: "official vehicle operation and maintenance",
    synonyms: ["公务用车运行维护费", "公务用车运行费", "车辆运行维护费", "车辆运行费", "车辆运行"],
    shareOf: "threePublic.vehicle",
  },
  "threePublic.reception": {
    zh: "公务接待费",
    en: "official reception",
    synonyms: ["公务接待费", "公务接待"],
    shareOf: "threePublic.total",
  },
  "govFund.expense.total": {
    zh: "政府性基金预算财政拨款支出",
    en: "government fund budget appropriation expenditure",
    synonyms: ["政府性基金预算财政拨款支出", "政府性基金预算拨款支出", "政府性基金预算支出"],
  },
  "stateCapital.expense.total": {
    zh: "国有资本经营预算财政拨款支出",
    en: "state capital operation budget appropriation expenditure",
    synonyms: ["国有资本经营预算财政拨款支出", "国有资本经营预算拨款支出", "国有资本经营预算支出"],
  },
  operatingCost: {
    zh: "机关运行经费",
    en: "government agency operating costs",
    synonyms: ["机关运行经费"],
  },
  "procurement.total": {
    zh: "政府采购支出总额",
    en: "government procurement total",
    synonyms: ["政府采购支出总额", "政府采购支出"],
    parts: ["procurement.goods", "procurement.works", "procurement.services"],
  },
  "procurement.goods": {
    zh: "政府采购货物支出",
    en: "government procurement of goods",
    synonyms: ["政府采购货物支出"],
    shareOf: "procurement.total",
  },
  "procurement.works": {
    zh: "政府采购工程支出",
    en: "government procurement of works",
    synonyms: ["政府采购工程支出"],
    shareOf: "procurement.total",
  },
  "procurement.services": {
    zh: "政府采购服务支出",
    en: "government procurement of services",
    synonyms: ["政府采购服务支出"],
    shareOf: "procurement.total",
  },
  "procurement.sme": {
    zh: "授予中小企业合同金额",
    en: "contracts awarded to small and medium enterprises",
    synonyms: ["授予中小企业合同金额"],
    shareOf: "procurement.total",
  },
  "procurement.smallMicro": {
    zh: "授予小微企业合同金额",
    en: "contracts awarded to small and micro enterprises",
    synonyms: ["授予小微企业合同金额"],
    shareOf: "procurement.total",
  },
  // Counts of the 其他事项 sheet: named for messages, read by no amount claim (no synonyms).
  "assets.vehicles": { zh: "车辆数", en: "vehicles held", synonyms: [] },
  "assets.generalEquipment": {
    zh: "单价50万元以上通用设备数",
    en: "general equipment over 500,000 yuan a unit",
    synonyms: [],
  },
  "assets.specialEquipment": {
    zh: "单价100万元以上专用设备数",
    en: "special equipment over 1,000,000 yuan a unit",
    synonyms: [],
  },
  "threePublic.abroad.groups": {
    zh: "因公出国（境）团组数",
    en: "official delegations abroad",
    synonyms: [],
  },
  "threePublic.abroad.people": {
    zh: "因公出国（境）人次",
    en: "persons sent abroad",
    synonyms: [],
  },
  "threePublic.vehiclePurchase.count": {
    zh: "购置公务用车数",
    en: "official vehicles purchased",
    synonyms: [],
  },
  "threePublic.vehicles.held": {
    zh: "公务用车保有量",
    en: "official vehicles held",
    synonyms: [],
  },
  "threePublic.reception.batches": {
    zh: "国内公务接待批次",
    en: "official receptions (batches)",
    synonyms: [],
  },
  "threePublic.reception.people": {
    zh: "国内公务接待人次",
    en: "official reception guests",
    synonyms: [],
  },
  "performance.targets": {
    zh: "编制绩效目标的项目数",
    en: "projects with performance targets",
    synonyms: [],
  },
  "performance.monitored": {
    zh: "开展绩效监控的项目数",
    en: "projects monitored",
    synonyms: [],
  },
  "performance.selfEvaluated": {
    zh: "开展绩效自评的项目数",
    en: "projects self-evaluated",
    synonyms: [],
  },
  "performance.selfEvaluatedFunds": {
    zh: "绩效自评项目资金",
    en: "funds of self-evaluated projects",
    synonyms: [],
  },
  "project.amount": {
    zh: "项目资金",
    en: "project funds",
    synonyms: [],
    scoped: {
      project: ["项目全年预算数", "项目预算数", "全年预算数", "预算数", "执行数", "项目执行数"],
    },
    kind: "project",
  },
  "indicator.highTechRevenue": {
    zh: "高新技术产业主营业务收入",
    en: "main business revenue of high-tech industry",
    synonyms: ["高新技术产业主营业务收入", "高新技术主营业务收入"],
    kind: "indicator",
  },
  "indicator.techContracts": {
    zh: "技术合同认定金额",
    en: "value of registered technology contracts",
    synonyms: [
      "技术合同认定金额",
      "技术合同交易认定",
      "技术合同交易认定金额",
      "技术交易合同认定额",
    ],
    kind: "indicator",
  },
} as const satisfies Record<FixedMetricId, MetricEntry>;

/** Coded families (类/款/项 by 功能分类): their share denominator and name. */
export const CODED_VOCABULARY: Record<string, { zh: string; en: string; shareOf: MetricId }> = {
  "income.class": { zh: "收入（按功能分类）", en: "income by function", shareOf: "income.total" },
  "expense.class": {
    zh: "支出（按功能分类）",
    en: "expenditure by function",
    shareOf: "expense.total",
  },
  "gbExpense.class": {
    zh: "一般公共预算财政拨款支出（类）",
    en: "general public budget expenditure by class",
    shareOf: "gbExpense.total",
  },
  "gbExpense.item": {
    zh: "一般公共预算财政拨款支出（项）",
    en: "general public budget expenditure by item",
    shareOf: "gbExpense.total",
  },
  "gbBasic.econ": {
    zh: "基本支出（按经济分类）",
    en: "basic expenditure by economic classification",
    shareOf: "gbBasic.total",
  },
};

/**
 * Wordings that name no single cell inside a scope, although they do elsewhere: in an
 * attachment's “部门财政资金” section, 项目支出 is the appropriation-funded part, which no
 * table row holds, so it must not be compared with 公开03's 项目支出.
 */
export const AMBIGUOUS_IN_SCOPE: Partial<Record<MetricScope, readonly string[]>> = {
  fiscal: ["项目支出"],
};

/**
 * Wordings that state two quantities with one figure: “收、支总计各X” is the 总计 of 公开01's
 * income side and of its expenditure side (equal by 审核公式); “财政拨款收、支总计” the same
 * of 公开04. The first id is the one the wording resolves to; a claim carries all.
 */
export const JOINT_WORDINGS: Readonly<Record<string, readonly MetricId[]>> = {
  收支总计: ["income.grandTotal", "expense.grandTotal"],
  收入支出总计: ["income.grandTotal", "expense.grandTotal"],
  财政拨款收支总计: ["fiscal.grandTotal", "fiscal.expense.grandTotal"],
  财政拨款收入支出总计: ["fiscal.grandTotal", "fiscal.expense.grandTotal"],
};
