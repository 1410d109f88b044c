import { catalogueFor } from "../../../src/core/templates/catalogue";
import {
  ClassificationIndex,
  METRIC_IDS,
  VOCABULARY,
  canonicalMetric,
  metricName,
  normalizeLabel,
  resolveMetric,
  resolveMetrics,
  scopesOfTitles,
  shareDenominator,
  type MetricEntry,
} from "../../../src/core/metrics";
import { figureInterval, parseFigure } from "../../../src/core/numbers";

describe("resolveMetric", () => {
  it.each([
    ["2020年本年收入合计", "income.total"],
    ["其中：一般公共预算财政拨款收入", "income.generalBudget"],
    ["2020年度收、支总计", "income.grandTotal"],
    ["2020年财政拨款收、支总计", "fiscal.grandTotal"],
    ["2020年一般公共预算财政拨款基本支出", "gbBasic.total"],
    ["人员经费", "gbBasic.personnel"],
    ["基本支出人员经费", "gbBasic.personnel"],
    ["日常公用经费支出", "gbBasic.public"],
    ["2020年“三公”经费财政拨款支出决算为", "threePublic.total"],
    ["1.因公出国(境)经费支出", "threePublic.abroad"],
    ["2、公务接待", "threePublic.reception"],
    // A budget disclosure names the quantity with its period word.
    ["2018年公务接待费预算数", "threePublic.reception"],
    ["2018年财政拨款“三公”经费预算总额为", "threePublic.total"],
    // A 三公 table's columns under 公务用车购置及运行维护费.
    ["车辆购置", "threePublic.vehiclePurchase"],
    ["车辆运行", "threePublic.vehicleOperation"],
    ["公车购置及运行维护费", "threePublic.vehicle"],
    ["仁和区经济信息化和科学技术局机关运行经费支出", "operatingCost"],
    ["2020年一般公共预算支出决算数为", "gbExpense.total"],
    ["2020年政府性基金预算拨款支出", "govFund.expense.total"],
  ])("%s → %s", (label, id) => {
    expect(resolveMetric(label)).toBe(id);
  });

  it("resolves 类/款/项 paths through the catalogue, names as narratives shorten them", () => {
    expect(resolveMetric("一般公共服务（类）商贸事务（款）行政运行（项）")).toBe(
      "gbExpense.item.2011301",
    );
    expect(resolveMetric("6.商业服务业（类）商业流通事务（款）一般行政管理事务（项）")).toBe(
      "gbExpense.item.2160202",
    );
    expect(resolveMetric("5.资源勘探工业信息（类）制造业（款）其他制造业支出（项）")).toBe(
      "gbExpense.item.2150599",
    );
    expect(resolveMetric("8.其他（类）其他支出（款）其他支出（项）")).toBe(
      "gbExpense.item.2299901",
    );
    expect(resolveMetric("科学技术（类）支出", { scopes: ["gbExpense"] })).toBe(
      "gbExpense.class.206",
    );
    expect(resolveMetric("科学技术（类）支出", { scopes: ["expense"] })).toBe("expense.class.206");
  });

  it("reads a class named without its marker only inside a class list", () => {
    expect(resolveMetric("卫生健康支出", { scopes: ["gbExpense"] })).toBe("gbExpense.class.210");
    expect(resolveMetric("卫生健康支出")).toBeUndefined();
  });

  it("resolves words by the scope they are read in", () => {
    expect(resolveMetric("基本支出")).toBe("expense.basic");
    expect(resolveMetric("基本支出", { scopes: ["gbExpense"] })).toBe("gbExpense.basic");
    expect(resolveMetric("基本支出为", { scopes: ["fiscal", "income"] })).toBe("gbBasic.total");
    expect(resolveMetric("一般公共预算财政拨款")).toBeUndefined();
    expect(resolveMetric("一般公共预算财政拨款", { scopes: ["income"] })).toBe(
      "income.generalBudget",
    );
    expect(resolveMetric("一般公共预算财政拨款", { scopes: ["gbExpense"] })).toBe(
      "gbExpense.total",
    );
    expect(resolveMetric("项目支出", { scopes: ["fiscal"] })).toBeUndefined();
  });

  it("is conservative: an unknown label or a wrong 项 is no metric", () => {
    for (const label of ["总收入", "国内公务接待支出", "共计支出", "金额", "某某费", ""]) {
      expect(resolveMetric(label)).toBeUndefined();
    }
    expect(resolveMetric("一般公共服务（类）商贸事务（款）不存在的项目（项）")).toBeUndefined();
    // 行政运行 exists, but not under 财政事务.
    expect(resolveMetric("一般公共服务（类）财政事务（款）行政运行（项）")).toBeUndefined();
  });

  it("uses the catalogue it is given", () => {
    const catalogue = catalogueFor(2020, {
      functional: [{ code: "2011399", name: "其他商贸事务支出" }],
    });
    const classification = new ClassificationIndex(catalogue);
    expect(
      resolveMetric("一般公共服务（类）商贸事务（款）其他商贸事务（项）", { classification }),
    ).toBe("gbExpense.item.2011399");
    expect(resolveMetric("一般公共服务（类）商贸事务（款）其他商贸事务（项）")).toBeUndefined();
  });
});

describe("a label that opens with the unit's name", () => {
  const unitNames = ["攀枝花市仁和区总工会", "仁和区总工会"];

  it("is read without a name the text gives, whatever the name ends with", () => {
    expect(resolveMetric("2020年，仁和区总工会机关运行经费支出", { unitNames })).toBe(
      "operatingCost",
    );
    expect(resolveMetric("攀枝花市仁和区总工会日常公用经费", { unitNames })).toBe("gbBasic.public");
    // 工会 does not end like an office: without the text's evidence the label is unknown.
    expect(resolveMetric("2020年，仁和区总工会机关运行经费支出")).toBeUndefined();
  });

  it("is read without an office's name in subject position when the text names no unit", () => {
    expect(resolveMetric("仁和区经济信息化和科学技术局机关运行经费支出")).toBe("operatingCost");
    expect(resolveMetric("2020年，某某县财政局机关运行经费支出")).toBe("operatingCost");
  });

  it("is not read as the unit's figure when another office is named", () => {
    // Once the text names its unit, another office's figure is that office's.
    expect(resolveMetric("区生产力促进中心人员经费", { unitNames })).toBeUndefined();
    expect(resolveMetric("区生产力促进中心人员经费")).toBe("gbBasic.personnel");
    for (const label of ["下属区生产力促进中心人员经费", "其中区生产力促进中心人员经费"]) {
      expect(resolveMetric(label)).toBeUndefined();
    }
  });
});

describe("resolveMetrics", () => {
  it.each([
    ["2020年度收、支总计各", ["income.grandTotal", "expense.grandTotal"]],
    ["收入支出总计", ["income.grandTotal", "expense.grandTotal"]],
    ["2020年财政拨款收、支总计", ["fiscal.grandTotal", "fiscal.expense.grandTotal"]],
    ["财政拨款收、支总计各", ["fiscal.grandTotal", "fiscal.expense.grandTotal"]],
    ["收入总计", ["income.grandTotal"]],
    ["支出总计", ["expense.grandTotal"]],
    ["财政拨款收入总计", ["fiscal.grandTotal"]],
    ["本年收入合计", ["income.total"]],
    ["某某费", []],
  ])("%s → %j", (label, ids) => {
    expect(resolveMetrics(label)).toEqual(ids);
    expect(resolveMetrics(label)[0]).toBe(resolveMetric(label));
  });

  it("gives both sides' totals one quantity", () => {
    expect(canonicalMetric("expense.grandTotal")).toBe(canonicalMetric("income.grandTotal"));
    expect(canonicalMetric("fiscal.expense.grandTotal")).toBe(canonicalMetric("fiscal.grandTotal"));
  });
});

describe("the vocabulary", () => {
  const entries = Object.entries(VOCABULARY) as Array<[string, MetricEntry]>;

  it("has one entry per metric id", () => {
    expect(Object.keys(VOCABULARY).sort()).toEqual([...METRIC_IDS].sort());
  });

  it("resolves each global synonym to its own entry (no two entries share a wording)", () => {
    for (const [id, entry] of entries) {
      for (const s of entry.synonyms) expect([s, resolveMetric(s)]).toEqual([s, id]);
    }
  });

  it("resolves each scoped synonym to its own entry in its scope", () => {
    for (const [id, entry] of entries) {
      for (const [scope, words] of Object.entries(entry.scoped ?? {})) {
        for (const w of words ?? [])
          expect([w, resolveMetric(w, { scopes: [scope as never] })]).toEqual([w, id]);
      }
    }
  });

  it("gives share denominators by family", () => {
    expect(shareDenominator("income.other")).toBe("income.total");
    expect(shareDenominator("expense.project")).toBe("expense.total");
    expect(shareDenominator("gbExpense.class.201")).toBe("gbExpense.total");
    expect(shareDenominator("threePublic.reception")).toBe("threePublic.total");
    expect(shareDenominator("income.total")).toBeUndefined();
  });

  it("treats identical quantities as one", () => {
    expect(canonicalMetric("gbExpense.basic")).toBe(canonicalMetric("gbBasic.total"));
    expect(canonicalMetric("operatingCost")).not.toBe(canonicalMetric("gbBasic.public"));
  });

  it("names coded metrics for messages", () => {
    expect(metricName("gbExpense.class.201").zh).toContain("201");
    expect(metricName("income.total").en).toBe("total income of the year");
  });
});

describe("one quantity, written differently", () => {
  it("recognises 人员经费 in 万元 and in 元 as one metric whose intervals are compared", () => {
    expect(resolveMetric("人员经费")).toBe(resolveMetric("基本支出人员经费"));
    const a = figureInterval(parseFigure("477.57万元"), "万元");
    const same = figureInterval(parseFigure("4775700.00元"), "万元");
    const other = figureInterval(parseFigure("4776919.64元"), "万元");
    expect(a.meets(same)).toBe(true);
    expect(a.meets(other)).toBe(false);
  });
});

describe("normalizeLabel and scopes", () => {
  it("strips years, markers, subjects and connectors but not the words that matter", () => {
    expect(normalizeLabel("2020年我局部门总收入为")).toBe("总收入");
    expect(normalizeLabel("3.公务接待费支出决算")).toBe("公务接待费支出");
    expect(normalizeLabel("收、支总计各")).toBe("收支总计");
    expect(normalizeLabel("本年收入合计")).toBe("本年收入合计");
  });

  it("reads scopes from section titles, innermost first", () => {
    expect(
      scopesOfTitles(["第四部分 附件", "二、部门财政资金收支情况", "（一）部门财政资金收入情况。"]),
    ).toEqual(["fiscal", "income"]);
    expect(scopesOfTitles(["第二部分", "六、一般公共预算财政拨款基本支出决算情况说明"])).toEqual([
      "gbBasic",
    ]);
    expect(
      scopesOfTitles([
        "四、财政拨款收入支出决算总体情况说明",
        "（二）一般公共预算财政拨款支出决算结构情况",
      ]),
    ).toEqual(["gbExpense", "fiscal"]);
  });
});
