import type { ChartDef, ColumnDef, FixedRowDef, Identity, Link, TemplateSet } from "../types";

/**
 * The 2020 national set of 部门决算公开 tables (公开01–09表) and the 项目绩效目标完成情况表,
 * as published by Sichuan units for 2020 (the seed). Row and column orders are [S];
 * 行次 numbers and the 基本支出合计 row of 公开06 are [?]. Identity tags follow
 * docs/domain.md: an identity tagged "?" reports at most a warning.
 */

const row = (
  key: string,
  label: string,
  labelEn: string,
  extra: Partial<FixedRowDef> = {},
): FixedRowDef => ({ key, label, labelEn, lineNo: true, ...extra });

const col = (
  key: string,
  label: string,
  labelEn: string,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({
  key,
  label,
  labelEn,
  ...extra,
});

/** The 26 功能分类 classes a department's 公开01/04 lists in 2020. */
const CLASS_ROWS_2020 = [
  "201",
  "202",
  "203",
  "204",
  "205",
  "206",
  "207",
  "208",
  "210",
  "211",
  "212",
  "213",
  "214",
  "215",
  "216",
  "217",
  "219",
  "220",
  "221",
  "222",
  "223",
  "224",
  "229",
  "231",
  "232",
  "234",
];

const INCOME_ITEMS = [
  "generalBudget",
  "govFund",
  "stateCapital",
  "superiorSubsidy",
  "business",
  "operating",
  "affiliated",
  "other",
];

const t01: TemplateSet["tables"][number] = {
  id: "01",
  kind: "twoSided",
  number: "公开01表",
  sheet: "公开01表",
  title: "收入支出决算总表",
  titleEn: "Summary of revenue and expenditure",
  orientation: "portrait",
  left: {
    heading: "收入",
    headingEn: "Revenue",
    columns: [col("amount", "金额", "Amount", { width: 16 })],
    items: [
      row("income.generalBudget", "一、一般公共预算财政拨款收入", "General budget appropriation", {
        metric: "income.generalBudget",
        shareOf: "income.total",
      }),
      row("income.govFund", "二、政府性基金预算财政拨款收入", "Government fund appropriation", {
        metric: "income.govFund",
        shareOf: "income.total",
      }),
      row(
        "income.stateCapital",
        "三、国有资本经营预算财政拨款收入",
        "State capital appropriation",
        { metric: "income.stateCapital", shareOf: "income.total" },
      ),
      row("income.superiorSubsidy", "四、上级补助收入", "Subsidies from the superior unit", {
        metric: "income.superiorSubsidy",
        shareOf: "income.total",
      }),
      row("income.business", "五、事业收入", "Service revenue", {
        metric: "income.business",
        shareOf: "income.total",
      }),
      row("income.operating", "六、经营收入", "Operating revenue", {
        metric: "income.operating",
        shareOf: "income.total",
      }),
      row("income.affiliated", "七、附属单位上缴收入", "Remittances from affiliated units", {
        metric: "income.affiliated",
        shareOf: "income.total",
      }),
      row("income.other", "八、其他收入", "Other revenue", {
        metric: "income.other",
        shareOf: "income.total",
      }),
    ],
    footer: [
      row("income.total", "本年收入合计", "Total revenue of the year", {
        metric: "income.total",
        aliases: ["收入合计"],
        sum: {
          id: "t01-income-total",
          tag: "S",
          terms: INCOME_ITEMS.map((k) => ({ key: `income.${k}` })),
        },
      }),
      row("income.nonFiscalBalanceUsed", "使用非财政拨款结余", "Non-appropriation balance used", {
        metric: "income.nonFiscalBalanceUsed",
        aliases: ["用事业基金弥补收支差额"],
      }),
      row("income.carryForwardBegin", "年初结转和结余", "Balance carried in", {
        metric: "income.carryForwardBegin",
      }),
      row("income.grandTotal", "总计", "Grand total (revenue)", {
        metric: "income.grandTotal",
        aliases: ["收入总计", "总计（收入）", "总计(收入)"],
        sum: {
          id: "t01-income-grand-total",
          tag: "S",
          terms: [
            { key: "income.total" },
            { key: "income.nonFiscalBalanceUsed" },
            { key: "income.carryForwardBegin" },
          ],
        },
      }),
    ],
  },
  right: {
    heading: "支出",
    headingEn: "Expenditure",
    columns: [col("amount", "金额", "Amount", { width: 16 })],
    items: ["classes"],
    classMetric: "expense.class",
    classShareOf: "expense.total",
    footer: [
      row("expense.total", "本年支出合计", "Total expenditure of the year", {
        metric: "expense.total",
        aliases: ["支出合计"],
        sum: { id: "t01-expense-total", tag: "S", terms: [{ key: "$classes" }] },
      }),
      row("expense.balanceDistribution", "结余分配", "Balance distribution", {
        metric: "expense.balanceDistribution",
        signed: true,
      }),
      row("expense.carryForwardEnd", "年末结转和结余", "Balance carried out", {
        metric: "expense.carryForwardEnd",
      }),
      row("expense.grandTotal", "总计", "Grand total (expenditure)", {
        metric: "expense.grandTotal",
        aliases: ["支出总计", "总计（支出）", "总计(支出)"],
        sum: {
          id: "t01-expense-grand-total",
          tag: "S",
          terms: [
            { key: "expense.total" },
            { key: "expense.balanceDistribution" },
            { key: "expense.carryForwardEnd" },
          ],
        },
      }),
    ],
  },
};

const t02: TemplateSet["tables"][number] = {
  id: "02",
  kind: "coded",
  number: "公开02表",
  sheet: "公开02表",
  title: "收入决算表",
  titleEn: "Revenue",
  orientation: "landscape",
  columns: [
    col("total", "本年收入合计", "Total revenue", {
      metric: "income.total",
      sum: {
        id: "t02-row-total",
        tag: "S",
        terms: ["fiscal", "superiorSubsidy", "business", "operating", "affiliated", "other"].map(
          (key) => ({ key }),
        ),
      },
    }),
    col("fiscal", "财政拨款收入", "Appropriations"),
    col("superiorSubsidy", "上级补助收入", "Superior subsidies", {
      metric: "income.superiorSubsidy",
    }),
    col("business", "事业收入", "Service revenue", { metric: "income.business" }),
    col("operating", "经营收入", "Operating revenue", { metric: "income.operating" }),
    col("affiliated", "附属单位上缴收入", "From affiliated units", { metric: "income.affiliated" }),
    col("other", "其他收入", "Other revenue", { metric: "income.other" }),
  ],
  classMetric: { total: "income.class" },
  treeSumId: "t02-tree-sum",
  analysisColumn: "total",
};

const t03: TemplateSet["tables"][number] = {
  id: "03",
  kind: "coded",
  number: "公开03表",
  sheet: "公开03表",
  title: "支出决算表",
  titleEn: "Expenditure",
  orientation: "landscape",
  columns: [
    col("total", "本年支出合计", "Total expenditure", {
      metric: "expense.total",
      sum: {
        id: "t03-row-total",
        tag: "S",
        terms: ["basic", "project", "toSuperior", "operating", "toAffiliated"].map((key) => ({
          key,
        })),
      },
    }),
    col("basic", "基本支出", "Basic", { metric: "expense.basic" }),
    col("project", "项目支出", "Projects", { metric: "expense.project" }),
    col("toSuperior", "上缴上级支出", "Paid to superior", { metric: "expense.toSuperior" }),
    col("operating", "经营支出", "Operating", { metric: "expense.operating" }),
    col("toAffiliated", "对附属单位补助支出", "Subsidies to affiliated units", {
      metric: "expense.toAffiliated",
    }),
  ],
  classMetric: { total: "expense.class" },
  treeSumId: "t03-tree-sum",
  analysisColumn: "total",
};

const FUNDS = [
  { key: "gb", label: "一般公共预算财政拨款", labelEn: "General budget" },
  { key: "gf", label: "政府性基金预算财政拨款", labelEn: "Government funds" },
  { key: "sc", label: "国有资本经营预算财政拨款", labelEn: "State capital" },
];

const t04: TemplateSet["tables"][number] = {
  id: "04",
  kind: "twoSided",
  number: "公开04表",
  sheet: "公开04表",
  title: "财政拨款收入支出决算总表",
  titleEn: "Summary of appropriation revenue and expenditure",
  orientation: "landscape",
  left: {
    heading: "收入",
    headingEn: "Revenue",
    columns: [col("amount", "金额", "Amount", { width: 14 })],
    items: FUNDS.map((f, i) =>
      row(f.key, `${"一二三"[i]}、${f.label}`, f.labelEn, {
        shareOf: "income.total",
        aliases: [f.label],
      }),
    ),
    footer: [
      row("income.total", "本年收入合计", "Total appropriations of the year", {
        metric: "fiscal.income.total",
        sum: { id: "t04-income-total", tag: "T", terms: FUNDS.map((f) => ({ key: f.key })) },
      }),
      row("begin", "年初财政拨款结转和结余", "Appropriation balance carried in", {
        aliases: ["年初结转和结余"],
        sum: {
          id: "t04-begin-by-fund",
          tag: "T",
          terms: FUNDS.map((f) => ({ key: `begin.${f.key}` })),
        },
      }),
      ...FUNDS.map((f) =>
        row(`begin.${f.key}`, f.label, f.labelEn, {
          indent: 1,
          aliases: [`年初结转和结余-${f.label}`],
        }),
      ),
      row("grandTotal", "总计", "Grand total (revenue)", {
        metric: "fiscal.grandTotal",
        aliases: ["收入总计"],
        sum: {
          id: "t04-income-grand-total",
          tag: "T",
          terms: [{ key: "income.total" }, { key: "begin" }],
        },
      }),
    ],
  },
  right: {
    heading: "支出",
    headingEn: "Expenditure",
    columns: [
      col("total", "合计", "Total", {
        width: 14,
        sum: { id: "t04-row-total", tag: "S", terms: FUNDS.map((f) => ({ key: f.key })) },
      }),
      ...FUNDS.map((f) => col(f.key, f.label, f.labelEn, { width: 14 })),
    ],
    items: ["classes"],
    classShareOf: "expense.total",
    footer: [
      row("expense.total", "本年支出合计", "Total appropriation expenditure", {
        metricByColumn: { total: "fiscal.expense.total" },
        sum: { id: "t04-expense-total", tag: "T", terms: [{ key: "$classes" }] },
      }),
      row("end", "年末财政拨款结转和结余", "Appropriation balance carried out", {
        aliases: ["年末结转和结余"],
      }),
      null,
      null,
      null,
      row("grandTotal.out", "总计", "Grand total (expenditure)", {
        metric: "fiscal.expense.grandTotal",
        aliases: ["支出总计"],
        sum: {
          id: "t04-expense-grand-total",
          tag: "T",
          terms: [{ key: "expense.total" }, { key: "end" }],
        },
      }),
    ],
  },
};

const t05: TemplateSet["tables"][number] = {
  id: "05",
  kind: "coded",
  number: "公开05表",
  sheet: "公开05表",
  title: "一般公共预算财政拨款支出决算表",
  titleEn: "General budget appropriation expenditure",
  orientation: "portrait",
  columns: [
    col("total", "合计", "Total", {
      metric: "gbExpense.total",
      sum: { id: "t05-row-total", tag: "S", terms: [{ key: "basic" }, { key: "project" }] },
    }),
    col("basic", "基本支出", "Basic", { metric: "gbExpense.basic" }),
    col("project", "项目支出", "Projects", { metric: "gbExpense.project" }),
  ],
  classMetric: { total: "gbExpense.class" },
  itemMetric: { total: "gbExpense.item" },
  treeSumId: "t05-tree-sum",
  analysisColumn: "total",
};

const t06: TemplateSet["tables"][number] = {
  id: "06",
  kind: "twoSided",
  number: "公开06表",
  sheet: "公开06表",
  title: "一般公共预算财政拨款基本支出决算表",
  titleEn: "General budget appropriation basic expenditure",
  orientation: "landscape",
  left: {
    heading: "人员经费",
    headingEn: "Personnel",
    codeColumn: true,
    columns: [col("amount", "决算数", "Actual", { width: 14 })],
    items: [{ economic: ["301", "303"], metric: "gbBasic.econ", treeSumId: "t06-tree-sum" }],
    footer: [
      row("personnel", "人员经费合计", "Personnel total", {
        metric: "gbBasic.personnel",
        aliases: ["人员经费"],
        sum: { id: "t06-personnel", tag: "T", terms: [{ key: "301" }, { key: "303" }] },
      }),
      row("total", "基本支出合计", "Basic expenditure total", {
        metric: "gbBasic.total",
        aliases: ["基本支出"],
        sum: { id: "t06-total", tag: "T", terms: [{ key: "personnel" }, { key: "public" }] },
      }),
    ],
    classShareOf: "personnel",
  },
  right: {
    heading: "公用经费",
    headingEn: "Public (operating) expenses",
    codeColumn: true,
    columns: [col("amount", "决算数", "Actual", { width: 14 })],
    items: [
      {
        economic: ["302", "310"],
        optional: ["307", "399"],
        metric: "gbBasic.econ",
        treeSumId: "t06-tree-sum",
      },
    ],
    footer: [
      row("public", "公用经费合计", "Public expenses total", {
        metric: "gbBasic.public",
        aliases: ["公用经费", "日常公用经费"],
        sum: {
          id: "t06-public",
          tag: "T",
          terms: [{ key: "302" }, { key: "310" }, { key: "307" }, { key: "399" }],
        },
      }),
      null,
    ],
    classShareOf: "public",
  },
};

const t07: TemplateSet["tables"][number] = {
  id: "07",
  kind: "periodGrid",
  number: "公开07表",
  sheet: "公开07表",
  title: "一般公共预算财政拨款“三公”经费支出决算表",
  titleEn: "“Three public expenses” from general budget appropriations",
  orientation: "landscape",
  metricPrefix: "threePublic",
  periods: [
    { key: "budget", label: "预算数", labelEn: "Budget" },
    { key: "current", label: "决算数", labelEn: "Actual" },
  ],
  items: [
    col("total", "合计", "Total", {
      sum: {
        id: "t07-total",
        tag: "T",
        terms: [{ key: "abroad" }, { key: "vehicle" }, { key: "reception" }],
      },
    }),
    col("abroad", "因公出国（境）费", "Official travel abroad"),
    {
      ...col("vehicle", "小计", "Vehicles subtotal", {
        sum: {
          id: "t07-vehicle",
          tag: "T",
          terms: [{ key: "vehiclePurchase" }, { key: "vehicleOperation" }],
        },
      }),
      group: "公务用车购置及运行维护费",
    },
    {
      ...col("vehiclePurchase", "公务用车购置费", "Vehicle purchase"),
      group: "公务用车购置及运行维护费",
    },
    {
      ...col("vehicleOperation", "公务用车运行维护费", "Vehicle operation"),
      group: "公务用车购置及运行维护费",
    },
    col("reception", "公务接待费", "Official reception"),
  ],
};

const t08: TemplateSet["tables"][number] = {
  id: "08",
  kind: "coded",
  number: "公开08表",
  sheet: "公开08表",
  title: "政府性基金预算财政拨款收入支出决算表",
  titleEn: "Government fund appropriation revenue and expenditure",
  orientation: "landscape",
  emptyNote: "注：本单位{year}年度无政府性基金预算财政拨款收入、支出，故本表无数据。",
  groups: [
    {
      label: "本年支出",
      labelEn: "Expenditure of the year",
      columns: ["expense", "basic", "project"],
    },
  ],
  columns: [
    col("begin", "年初结转和结余", "Carried in"),
    col("income", "本年收入", "Revenue of the year"),
    col("expense", "小计", "Subtotal", {
      metric: "govFund.expense.total",
      sum: { id: "t08-row-expense", tag: "S", terms: [{ key: "basic" }, { key: "project" }] },
    }),
    col("basic", "基本支出", "Basic"),
    col("project", "项目支出", "Projects"),
    col("end", "年末结转和结余", "Carried out", {
      sum: {
        id: "t08-balance",
        tag: "T",
        terms: [{ key: "begin" }, { key: "income" }, { key: "expense", sign: -1 }],
      },
    }),
  ],
  treeSumId: "t08-tree-sum",
  analysisColumn: "expense",
};

const t09: TemplateSet["tables"][number] = {
  id: "09",
  kind: "coded",
  number: "公开09表",
  sheet: "公开09表",
  title: "国有资本经营预算财政拨款支出决算表",
  titleEn: "State capital appropriation expenditure",
  orientation: "portrait",
  emptyNote: "注：本单位{year}年度无国有资本经营预算财政拨款支出，故本表无数据。",
  columns: [
    col("total", "合计", "Total", {
      metric: "stateCapital.expense.total",
      sum: { id: "t09-row-total", tag: "S", terms: [{ key: "basic" }, { key: "project" }] },
    }),
    col("basic", "基本支出", "Basic"),
    col("project", "项目支出", "Projects"),
  ],
  treeSumId: "t09-tree-sum",
  analysisColumn: "total",
};

const perf: TemplateSet["tables"][number] = {
  id: "perf",
  kind: "performance",
  number: "绩效表",
  sheet: "项目绩效表",
  title: "项目绩效目标完成情况表",
  titleEn: "Project performance targets and results",
  orientation: "landscape",
  fields: [
    { key: "project", label: "项目名称", labelEn: "Project" },
    { key: "unit", label: "预算单位", labelEn: "Budget unit" },
    { key: "goalPlanned", label: "年度目标（预期目标）", labelEn: "Annual goal (planned)" },
    { key: "goalActual", label: "年度目标（实际完成目标）", labelEn: "Annual goal (achieved)" },
  ],
  money: {
    rows: [
      row("budget", "预算数", "Budget", { lineNo: false }),
      row("executed", "执行数", "Executed", { lineNo: false }),
    ],
    columns: [
      col("total", "合计", "Total", {
        sum: { id: "perf-money-total", tag: "S", terms: [{ key: "fiscal" }, { key: "other" }] },
      }),
      col("fiscal", "其中：财政拨款", "of which appropriations"),
      col("other", "其它资金", "Other funds"),
    ],
  },
  indicatorColumns: [
    { key: "level1", label: "一级指标", labelEn: "Level 1", width: 14 },
    { key: "level2", label: "二级指标", labelEn: "Level 2", width: 16 },
    { key: "level3", label: "三级指标", labelEn: "Level 3", width: 30 },
    { key: "planned", label: "预期指标值", labelEn: "Planned value", width: 28 },
    { key: "actual", label: "实际完成指标值", labelEn: "Actual value", width: 28 },
  ],
};

const amountRow = (key: string, metric: string, label: string, labelEn: string, prior = false) => ({
  key,
  metric,
  label,
  labelEn,
  unit: "万元",
  ...(prior ? { prior: true } : {}),
});
const countRow = (key: string, metric: string, label: string, labelEn: string, unit: string) => ({
  key,
  metric,
  label,
  labelEn,
  unit,
});

/** 其他事项: what 十、其他重要事项 and 七's counts state, and the 年初预算 of 五（三）. */
const other: TemplateSet["tables"][number] = {
  id: "other",
  kind: "matters",
  number: "其他事项",
  sheet: "其他事项",
  title: "其他重要事项情况表",
  titleEn: "Other matters (figures the nine tables do not hold)",
  orientation: "portrait",
  groups: [
    {
      label: "一、机关运行经费",
      labelEn: "Agency operating costs",
      rows: [
        amountRow("operatingCost", "operatingCost", "机关运行经费支出", "Operating costs", true),
      ],
    },
    {
      label: "二、政府采购",
      labelEn: "Government procurement",
      rows: [
        amountRow("procurement", "procurement.total", "政府采购支出总额", "Procurement total"),
        amountRow("goods", "procurement.goods", "其中：政府采购货物支出", "Goods"),
        amountRow("works", "procurement.works", "政府采购工程支出", "Works"),
        amountRow("services", "procurement.services", "政府采购服务支出", "Services"),
        amountRow("sme", "procurement.sme", "授予中小企业合同金额", "Awarded to SMEs"),
        amountRow(
          "smallMicro",
          "procurement.smallMicro",
          "其中：授予小微企业合同金额",
          "Awarded to small and micro enterprises",
        ),
      ],
    },
    {
      label: "三、国有资产占有使用情况",
      labelEn: "State-owned assets",
      rows: [
        countRow("vehicles", "assets.vehicles", "车辆", "Vehicles", "辆"),
        countRow(
          "generalEquipment",
          "assets.generalEquipment",
          "单价50万元以上通用设备",
          "General equipment ≥ 500,000 yuan",
          "台（套）",
        ),
        countRow(
          "specialEquipment",
          "assets.specialEquipment",
          "单价100万元以上专用设备",
          "Special equipment ≥ 1,000,000 yuan",
          "台（套）",
        ),
      ],
    },
    {
      label: "四、“三公”经费相关数量",
      labelEn: "“Three public” expenses: counts",
      rows: [
        countRow(
          "abroadGroups",
          "threePublic.abroad.groups",
          "因公出国（境）团组",
          "Delegations abroad",
          "个",
        ),
        countRow(
          "abroadPeople",
          "threePublic.abroad.people",
          "因公出国（境）人次",
          "Persons abroad",
          "人次",
        ),
        countRow(
          "vehiclesBought",
          "threePublic.vehiclePurchase.count",
          "购置公务用车",
          "Vehicles purchased",
          "辆",
        ),
        countRow(
          "vehiclesHeld",
          "threePublic.vehicles.held",
          "公务用车保有量",
          "Vehicles held",
          "辆",
        ),
        countRow(
          "receptionBatches",
          "threePublic.reception.batches",
          "国内公务接待批次",
          "Receptions",
          "批次",
        ),
        countRow(
          "receptionPeople",
          "threePublic.reception.people",
          "国内公务接待人次",
          "Reception guests",
          "人次",
        ),
      ],
    },
    {
      label: "五、预算绩效管理",
      labelEn: "Performance management",
      rows: [
        countRow(
          "perfTargets",
          "performance.targets",
          "编制绩效目标的项目",
          "Projects with targets",
          "个",
        ),
        countRow(
          "perfMonitored",
          "performance.monitored",
          "开展绩效监控的项目",
          "Projects monitored",
          "个",
        ),
        countRow(
          "perfSelf",
          "performance.selfEvaluated",
          "开展绩效自评的项目",
          "Projects self-evaluated",
          "个",
        ),
        amountRow(
          "perfSelfFunds",
          "performance.selfEvaluatedFunds",
          "绩效自评项目涉及资金",
          "Funds self-evaluated",
        ),
      ],
    },
  ],
  itemBudgets: {
    table: "05",
    family: "gbExpense.item",
    label: "六、一般公共预算财政拨款支出年初预算（项级科目）",
    labelEn: "General budget appropriations: budget by item",
    total: "gbExpense.total",
  },
};

const term = (table: Identity["lhs"][number]["table"], r: string, c: string, sign?: 1 | -1) => ({
  table,
  row: r,
  col: c,
  ...(sign ? { sign } : {}),
});

/** 审核公式 between and across tables (docs/domain.md “Identities”). */
const IDENTITIES_2020: Identity[] = [
  {
    id: "x01-grand-totals",
    tag: "S",
    description: {
      zh: "公开01表 总计（收）= 总计（支）",
      en: "Table 01: revenue grand total = expenditure grand total",
    },
    lhs: [term("01", "income.grandTotal", "amount")],
    rel: "eq",
    rhs: [term("01", "expense.grandTotal", "amount")],
  },
  {
    id: "x01-02-income-total",
    tag: "T",
    description: {
      zh: "公开01表 本年收入合计 = 公开02表 合计",
      en: "Table 01 total revenue = table 02 total",
    },
    lhs: [term("01", "income.total", "amount")],
    rel: "eq",
    rhs: [term("02", "total", "total")],
  },
  {
    id: "x01-02-fiscal",
    tag: "?",
    description: {
      zh: "公开01表 一至三行财政拨款收入之和 = 公开02表 财政拨款收入",
      en: "Table 01 rows 1–3 (appropriations) = table 02 appropriation revenue",
    },
    lhs: [
      term("01", "income.generalBudget", "amount"),
      term("01", "income.govFund", "amount"),
      term("01", "income.stateCapital", "amount"),
    ],
    rel: "eq",
    rhs: [term("02", "total", "fiscal")],
  },
  ...(
    [
      ["superiorSubsidy", "上级补助收入"],
      ["business", "事业收入"],
      ["operating", "经营收入"],
      ["affiliated", "附属单位上缴收入"],
      ["other", "其他收入"],
    ] as const
  ).map(([k, zh]): Identity => ({
    id: `x01-02-${k}`,
    tag: "T",
    description: {
      zh: `公开01表 ${zh} = 公开02表 合计行${zh}`,
      en: `Table 01 ${k} revenue = table 02 total row`,
    },
    lhs: [term("01", `income.${k}`, "amount")],
    rel: "eq",
    rhs: [term("02", "total", k)],
  })),
  {
    id: "x01-03-expense-total",
    tag: "T",
    description: {
      zh: "公开01表 本年支出合计 = 公开03表 合计",
      en: "Table 01 total expenditure = table 03 total",
    },
    lhs: [term("01", "expense.total", "amount")],
    rel: "eq",
    rhs: [term("03", "total", "total")],
  },
  {
    id: "x01-03-class",
    tag: "T",
    each: "class",
    description: {
      zh: "公开01表 各类支出 = 公开03表 该类合计",
      en: "Each class row of table 01 = that class in table 03",
    },
    lhs: [term("01", "class.$code", "amount")],
    rel: "eq",
    rhs: [term("03", "$code", "total")],
  },
  ...FUNDS.map((f, i): Identity => ({
    id: `x01-04-income-${f.key}`,
    tag: "?",
    description: {
      zh: `公开01表 第${"一二三"[i]}行 = 公开04表 ${f.label}收入`,
      en: `Table 01 row ${i + 1} = table 04 ${f.labelEn} revenue`,
    },
    lhs: [term("01", `income.${["generalBudget", "govFund", "stateCapital"][i]}`, "amount")],
    rel: "eq",
    rhs: [term("04", f.key, "amount")],
  })),
  {
    id: "x01-04-carry-forward",
    tag: "?",
    description: {
      zh: "公开04表 年初财政拨款结转和结余 ≤ 公开01表 年初结转和结余（财政拨款结转是全部结转的一部分）",
      en: "Table 04 appropriation balance carried in ≤ table 01 balance carried in (a part of it)",
    },
    lhs: [term("04", "begin", "amount")],
    rel: "le",
    rhs: [term("01", "income.carryForwardBegin", "amount")],
  },
  {
    id: "x04-grand-totals",
    tag: "S",
    description: {
      zh: "公开04表 总计（收）= 总计（支）",
      en: "Table 04: revenue grand total = expenditure grand total",
    },
    lhs: [term("04", "grandTotal", "amount")],
    rel: "eq",
    rhs: [term("04", "grandTotal.out", "total")],
  },
  ...FUNDS.map((f): Identity => ({
    id: `x04-balance-${f.key}`,
    tag: "S",
    description: {
      zh: `公开04表 ${f.label}：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余`,
      en: `Table 04 ${f.labelEn}: carried in + revenue = expenditure + carried out`,
    },
    lhs: [term("04", `begin.${f.key}`, "amount"), term("04", f.key, "amount")],
    rel: "eq",
    rhs: [term("04", "expense.total", f.key), term("04", "end", f.key)],
  })),
  {
    id: "x04-05-gb-total",
    tag: "T",
    description: {
      zh: "公开04表 一般公共预算财政拨款本年支出 = 公开05表 合计",
      en: "Table 04 general budget expenditure = table 05 total",
    },
    lhs: [term("04", "expense.total", "gb")],
    rel: "eq",
    rhs: [term("05", "total", "total")],
  },
  {
    id: "x04-05-class",
    tag: "T",
    each: "class",
    description: {
      zh: "公开04表 各类一般公共预算财政拨款支出 = 公开05表 该类合计",
      en: "Each class of table 04 (general budget) = that class in table 05",
    },
    lhs: [term("04", "class.$code", "gb")],
    rel: "eq",
    rhs: [term("05", "$code", "total")],
  },
  ...(
    [
      ["08", "gf", "expense", "公开08表", "table 08"],
      ["09", "sc", "total", "公开09表", "table 09"],
    ] as const
  ).map(([table, fund, column, zh, en]): Identity => ({
    id: `x04-${table}-class`,
    tag: "T",
    each: "class",
    description: {
      zh: `公开04表 各类${FUNDS.find((f) => f.key === fund)?.label}支出 = ${zh} 该类支出`,
      en: `Each class of table 04 (${fund}) = that class in ${en}`,
    },
    lhs: [term("04", "class.$code", fund)],
    rel: "eq",
    rhs: [term(table, "$code", column)],
  })),
  {
    id: "x05-06-basic",
    tag: "T",
    description: {
      zh: "公开05表 基本支出 = 公开06表 人员经费合计 + 公用经费合计",
      en: "Table 05 basic expenditure = table 06 personnel + public expenses",
    },
    lhs: [term("05", "total", "basic")],
    rel: "eq",
    rhs: [term("06", "personnel", "amount"), term("06", "public", "amount")],
  },
  {
    id: "x04-08-govfund",
    tag: "T",
    description: {
      zh: "公开04表 政府性基金预算财政拨款本年支出 = 公开08表 本年支出合计",
      en: "Table 04 government fund expenditure = table 08 total expenditure",
    },
    lhs: [term("04", "expense.total", "gf")],
    rel: "eq",
    rhs: [term("08", "total", "expense")],
  },
  {
    id: "x04-08-govfund-income",
    tag: "?",
    description: {
      zh: "公开04表 政府性基金预算财政拨款收入 = 公开08表 本年收入",
      en: "Table 04 government fund revenue = table 08 revenue of the year",
    },
    lhs: [term("04", "gf", "amount")],
    rel: "eq",
    rhs: [term("08", "total", "income")],
  },
  {
    id: "x04-09-statecapital",
    tag: "T",
    description: {
      zh: "公开04表 国有资本经营预算财政拨款本年支出 = 公开09表 合计",
      en: "Table 04 state capital expenditure = table 09 total",
    },
    lhs: [term("04", "expense.total", "sc")],
    rel: "eq",
    rhs: [term("09", "total", "total")],
  },
  {
    id: "x03-05-basic",
    tag: "?",
    description: {
      zh: "公开05表 基本支出 ≤ 公开03表 基本支出（03表含非财政拨款资金）",
      en: "Table 05 basic ≤ table 03 basic (table 03 includes non-appropriated money)",
    },
    lhs: [term("05", "total", "basic")],
    rel: "le",
    rhs: [term("03", "total", "basic")],
  },
  {
    id: "x03-appropriated-project",
    tag: "?",
    description: {
      zh: "公开03表 项目支出 ≥ 一般公共预算（05表）+ 政府性基金（08表）+ 国有资本经营（09表）项目支出",
      en: "Table 03 project spending ≥ project spending of tables 05 + 08 + 09",
    },
    lhs: [
      term("05", "total", "project"),
      term("08", "total", "project"),
      term("09", "total", "project"),
    ],
    rel: "le",
    rhs: [term("03", "total", "project")],
  },
  {
    id: "x03-govfund-project",
    tag: "?",
    severity: "warning",
    heuristic: true,
    description: {
      zh: "公开03表 项目支出 ≥ 一般公共预算项目支出（05表）+ 政府性基金支出（08表，通常全为项目支出）+ 国有资本经营支出（09表）",
      en: "Table 03 project spending ≥ table 05 projects + table 08 spending (usually all projects) + table 09 spending",
    },
    lhs: [
      term("05", "total", "project"),
      term("08", "total", "expense"),
      term("09", "total", "total"),
    ],
    rel: "le",
    rhs: [term("03", "total", "project")],
  },
  {
    id: "x03-appropriated-basic",
    tag: "?",
    description: {
      zh: "公开03表 基本支出 ≥ 一般公共预算（05表）+ 政府性基金（08表）+ 国有资本经营（09表）基本支出",
      en: "Table 03 basic spending ≥ basic spending of tables 05 + 08 + 09",
    },
    lhs: [term("05", "total", "basic"), term("08", "total", "basic"), term("09", "total", "basic")],
    rel: "le",
    rhs: [term("03", "total", "basic")],
  },
  ...(
    [
      ["30212", "abroad", "因公出国（境）费用"],
      ["30231", "vehicleOperation", "公务用车运行维护费"],
      ["31013", "vehiclePurchase", "公务用车购置"],
      ["30217", "reception", "公务接待费"],
    ] as const
  ).map(([code, item, name]): Identity => ({
    id: `x06-07-${item}`,
    tag: "T",
    description: {
      zh: `公开06表 ${code} ${name} ≤ 公开07表 决算数`,
      en: `Table 06 line ${code} ≤ table 07 actual (${item})`,
    },
    lhs: [term("06", code, "amount")],
    rel: "le",
    rhs: [term("07", "current", item)],
  })),
];

const link = (
  id: string,
  tag: Link["tag"],
  target: ReturnType<typeof term>,
  from: Array<ReturnType<typeof term>>,
  each?: "class",
): Link => ({ id, tag, target, from, ...(each ? { each } : {}) });

const INCOME_BY_FUND = ["generalBudget", "govFund", "stateCapital"];

/**
 * The figures one table determines in another, as formulas (docs/templates.md “Tables tied
 * together”). 公开01 is the source of 02's 合计 row, 03's totals and 04's income; 05, 08
 * and 09 of 04's spending by fund; 06 of 05's 基本支出. Each follows an identity above.
 */
const LINKS_2020: Link[] = [
  link("x01-02-income-total", "T", term("02", "total", "total"), [
    term("01", "income.total", "amount"),
  ]),
  link(
    "x01-02-fiscal",
    "?",
    term("02", "total", "fiscal"),
    INCOME_BY_FUND.map((k) => term("01", `income.${k}`, "amount")),
  ),
  ...["superiorSubsidy", "business", "operating", "affiliated", "other"].map((k) =>
    link(`x01-02-${k}`, "T", term("02", "total", k), [term("01", `income.${k}`, "amount")]),
  ),
  link("x01-03-expense-total", "T", term("03", "total", "total"), [
    term("01", "expense.total", "amount"),
  ]),
  // Both ways: a total takes a link only when its own parts are unknown, so 01's 本年支出合计
  // follows 03's when 01 lists no classes (the seed), and 03's follows 01's otherwise.
  link("x01-03-expense-total", "T", term("01", "expense.total", "amount"), [
    term("03", "total", "total"),
  ]),
  link(
    "x01-03-class",
    "T",
    term("03", "$code", "total"),
    [term("01", "class.$code", "amount")],
    "class",
  ),
  ...FUNDS.map((f, i) =>
    link(`x01-04-income-${f.key}`, "?", term("04", f.key, "amount"), [
      term("01", `income.${INCOME_BY_FUND[i]}`, "amount"),
    ]),
  ),
  link("x04-05-gb-total", "T", term("04", "expense.total", "gb"), [term("05", "total", "total")]),
  link(
    "x04-05-class",
    "T",
    term("04", "class.$code", "gb"),
    [term("05", "$code", "total")],
    "class",
  ),
  link(
    "x04-08-class",
    "T",
    term("04", "class.$code", "gf"),
    [term("08", "$code", "expense")],
    "class",
  ),
  link(
    "x04-09-class",
    "T",
    term("04", "class.$code", "sc"),
    [term("09", "$code", "total")],
    "class",
  ),
  link("x04-08-govfund", "T", term("04", "expense.total", "gf"), [term("08", "total", "expense")]),
  link("x04-08-govfund-income", "?", term("08", "total", "income"), [term("04", "gf", "amount")]),
  link("x04-09-statecapital", "T", term("04", "expense.total", "sc"), [
    term("09", "total", "total"),
  ]),
  link("x05-06-basic", "T", term("05", "total", "basic"), [
    term("06", "personnel", "amount"),
    term("06", "public", "amount"),
  ]),
];

const CURRENT = { name: "本年", period: "current" as const };
const PRIOR = { name: "上年", period: "prior" as const };

/** The charts a 决算公开 shows before its tables (the 图表 sheet). */
const CHARTS_2020: ChartDef[] = [
  {
    id: "income-structure",
    title: "收入决算结构",
    titleEn: "Revenue structure",
    kind: "pie",
    series: [CURRENT],
    points: [
      ["generalBudget", "一般公共预算财政拨款收入"],
      ["govFund", "政府性基金预算财政拨款收入"],
      ["stateCapital", "国有资本经营预算财政拨款收入"],
      ["superiorSubsidy", "上级补助收入"],
      ["business", "事业收入"],
      ["operating", "经营收入"],
      ["affiliated", "附属单位上缴收入"],
      ["other", "其他收入"],
    ].map(([k, label]) => ({ label, cell: term("01", `income.${k}`, "amount") })),
  },
  {
    id: "expense-structure",
    title: "支出决算结构",
    titleEn: "Expenditure structure",
    kind: "pie",
    series: [CURRENT],
    points: [
      ["basic", "基本支出"],
      ["project", "项目支出"],
      ["toSuperior", "上缴上级支出"],
      ["operating", "经营支出"],
      ["toAffiliated", "对附属单位补助支出"],
    ].map(([k, label]) => ({ label, cell: term("03", "total", k) })),
  },
  {
    id: "totals-change",
    title: "收支决算总计变动",
    titleEn: "Grand totals: prior year and this year",
    kind: "column",
    series: [PRIOR, CURRENT],
    points: [
      { label: "收入总计", cell: term("01", "income.grandTotal", "amount") },
      { label: "支出总计", cell: term("01", "expense.grandTotal", "amount") },
    ],
  },
  {
    id: "fiscal-change",
    title: "财政拨款收支决算变动",
    titleEn: "Appropriations: prior year and this year",
    kind: "column",
    series: [PRIOR, CURRENT],
    points: [
      { label: "财政拨款收入总计", cell: term("04", "grandTotal", "amount") },
      { label: "财政拨款支出总计", cell: term("04", "grandTotal.out", "total") },
    ],
  },
  {
    id: "gb-expense-classes",
    title: "一般公共预算财政拨款支出结构",
    titleEn: "General budget appropriation expenditure by class",
    kind: "column",
    series: [CURRENT],
    classesOf: { table: "05", col: "total" },
  },
];

export const NATIONAL_2020: TemplateSet = {
  id: "national-2020",
  year: 2020,
  name: { zh: "2020年度部门决算公开（全国通用）", en: "2020 national department final accounts" },
  classRows: CLASS_ROWS_2020,
  tables: [t01, t02, t03, t04, t05, t06, t07, t08, t09, perf, other],
  identities: IDENTITIES_2020,
  links: LINKS_2020,
  charts: CHARTS_2020,
};
