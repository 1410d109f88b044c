import fc from "fast-check";
import {
  draftNarrative,
  DraftOptionsError,
  renderDraft,
  staleParagraphs,
  type DraftOptions,
} from "../../../src/core/draft";
import type { Fact, Period } from "../../../src/core/facts";
import { changeWording, Dec } from "../../../src/core/numbers";
import { seedFacts } from "./seed-facts";

const fact = (metric: string, value: string, period: Period = "current"): Fact => ({
  metric,
  period,
  value: new Dec(value),
});

function paragraphs(facts: Fact[], options: Partial<DraftOptions> = {}) {
  const draft = draftNarrative(facts, { reportYear: 2020, ...options });
  const rendered = renderDraft(draft, facts);
  const byId = new Map(rendered.paragraphs.map((p) => [p.id, p]));
  return { draft, rendered, text: (id: string) => byId.get(id)?.text, byId };
}

describe("the seed's tables, drafted", () => {
  const { text, rendered } = paragraphs(seedFacts(), { unitName: "仁和区经济信息化和科学技术局" });

  it("writes sections 一 to 十 in the standard order", () => {
    const headings = rendered.paragraphs.filter((p) => p.role === "heading").map((p) => p.text);
    expect(
      headings.filter((h) => /^[一二三四五六七八九十]+、/.test(h)).map((h) => h.split("、")[0]),
    ).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]);
    expect(headings).toContain("（三）一般公共预算财政拨款支出决算具体情况");
  });

  it("二: the total, then every component with its share of 本年收入合计", () => {
    expect(text("s2")).toBe(
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%；" +
        "政府性基金预算财政拨款收入1641.00万元，占51.44%；国有资本经营预算财政拨款收入0.00万元，占0.00%；" +
        "上级补助收入0.00万元，占0.00%；事业收入0.00万元，占0.00%；经营收入0.00万元，占0.00%；" +
        "附属单位上缴收入0.00万元，占0.00%；其他收入134.72万元，占4.22%。",
    );
  });

  it("一 and 五（一）: the change on last year with 增加 and 增长, and where the reason goes", () => {
    expect(text("s1")).toBe(
      "2020年度收、支总计各3190.21万元。与2019年相比，收、支总计各增加1693.77万元，增长113.19%。主要变动原因是……。",
    );
    expect(text("s5.1")).toBe(
      "2020年一般公共预算财政拨款支出1518.12万元，占本年支出合计的47.59%。" +
        "与2019年相比，一般公共预算财政拨款支出增加518.08万元，增长51.81%。主要变动原因是……。",
    );
  });

  it("五（二）: class by class, as “X（类）支出”, shares of 一般公共预算财政拨款支出", () => {
    expect(text("s5.2")).toMatch(
      /^2020年一般公共预算财政拨款支出1518\.12万元，主要用于以下方面：一般公共服务（类）支出346\.60万元，占22\.83%；/,
    );
    expect(text("s5.2")).toContain("资源勘探工业信息等（类）支出734.93万元，占48.41%");
  });

  it("五（三）: each 项 line with 完成预算 and 决算数等于预算数", () => {
    expect(text("s5.3")).toBe(
      "2020年一般公共预算财政拨款支出决算数为1518.12万元，完成预算100.00%。其中：",
    );
    expect(text("s5.3.2011301")).toBe(
      "3.一般公共服务（类）商贸事务（款）行政运行（项）：支出决算为199.93万元，完成预算100.00%，决算数等于预算数。",
    );
  });

  it("七: 完成预算 and 小于 against the budget, 持平 where nothing changed", () => {
    expect(text("s7.1")).toBe(
      "2020年“三公”经费财政拨款支出决算为3.26万元，完成预算58.95%，决算数小于预算数的主要原因是……。" +
        "与2019年相比，“三公”经费财政拨款支出增加2.38万元，增长270.45%。",
    );
    expect(text("s7.2.abroad")).toBe(
      "1.因公出国（境）费支出决算为0.00万元。因公出国（境）费支出决算与上年持平。全年安排因公出国（境）团组0个，出国（境）0人次。",
    );
    expect(text("s7.2.reception")).toBe(
      "3.公务接待费支出决算为3.26万元，完成预算58.95%。公务接待费支出决算比2019年增加2.38万元，增长270.45%。主要变动原因是……。国内公务接待16批次，192人次。",
    );
  });

  it("九: the standard sentence for an empty table; 十: 减少 and 下降 with the unit's name", () => {
    expect(text("s9")).toBe(
      "本单位2020年度无国有资本经营预算财政拨款收入、支出，故《国有资本经营预算财政拨款支出决算表》无数据。",
    );
    expect(text("s10.1")).toBe(
      "2020年，仁和区经济信息化和科学技术局机关运行经费支出40.94万元。机关运行经费支出比2019年减少1.52万元，下降3.58%。主要变动原因是……。",
    );
  });

  it("has no gaps and no blanks: every figure came from the tables", () => {
    expect(rendered.paragraphs.flatMap((p) => p.missing)).toEqual([]);
    expect(rendered.text).not.toMatch(/__|增加\/减少/);
  });

  it("places each paragraph at its span in the text", () => {
    for (const p of rendered.paragraphs)
      expect(rendered.text.slice(p.span.start, p.span.end)).toBe(p.text);
  });
});

describe("change wording", () => {
  const base = [fact("operatingCost", "40.94")];

  it("agrees with the shared changeWording for any two amounts (property)", () => {
    const amount = fc
      .bigInt({ min: 0n, max: 10n ** 9n })
      .map((n) => new Dec(n.toString()).dividedBy(100));
    fc.assert(
      fc.property(amount, amount, (c, p) => {
        const facts = [
          fact("operatingCost", c.toString()),
          fact("operatingCost", p.toString(), "prior"),
        ];
        const got = paragraphs(facts).text("s10.1")!;
        const w = changeWording(c, p);
        const sentence =
          w.direction === "flat"
            ? `机关运行经费支出${w.text}。`
            : `机关运行经费支出比2019年${w.text}。`;
        expect(got).toContain(sentence);
        expect(got.includes("主要变动原因是")).toBe(w.direction !== "flat");
      }),
      { numRuns: 200 },
    );
  });

  it("without a prior to grow from, states the change but no rate", () => {
    const got = paragraphs([...base, fact("operatingCost", "0", "prior")]).text("s10.1");
    expect(got).toContain("机关运行经费支出比2019年增加40.94万元。");
    expect(got).not.toMatch(/增长/);
  });

  it("leaves the template's alternatives and blanks when a prior is missing, and says which", () => {
    const { byId } = paragraphs([fact("income.grandTotal", "100")]);
    const p = byId.get("s1")!;
    expect(p.text).toContain("与2019年相比，收、支总计各增加/减少__万元，增长/下降__%。");
    expect(p.missing).toEqual([{ metric: "income.grandTotal", period: "prior" }]);
  });
});

describe("budget comparison", () => {
  const item = (actual: string, budget: string) =>
    paragraphs([
      fact("gbExpense.total", actual),
      fact("gbExpense.item.2011301", actual),
      fact("gbExpense.item.2011301", budget, "budget"),
    ]).text("s5.3.2011301");

  it("大于 / 小于 / 等于 follow the amounts as printed", () => {
    expect(item("120", "100")).toContain("完成预算120.00%，决算数大于预算数的主要原因是……。");
    expect(item("80", "100")).toContain("完成预算80.00%，决算数小于预算数的主要原因是……。");
    expect(item("100", "100.004")).toContain("完成预算100.00%，决算数等于预算数。");
  });

  it("has no completion rate against a zero budget", () => {
    expect(item("5", "0")).toBe(
      "1.一般公共服务（类）商贸事务（款）行政运行（项）：支出决算为5.00万元，决算数大于预算数的主要原因是……。",
    );
  });

  it("leaves the comparison of 项 lines without budget figures as a visible, listed gap", () => {
    const got = paragraphs([
      fact("gbExpense.total", "5"),
      fact("gbExpense.item.2011301", "5"),
    ]).text("s5.3.2011301");
    expect(got).toBe(
      "1.一般公共服务（类）商贸事务（款）行政运行（项）：支出决算为5.00万元，完成预算__%，决算数大于/小于/等于预算数。",
    );
  });
});

describe("options", () => {
  it("percentages to whole percents", () => {
    expect(paragraphs(seedFacts(), { percentDecimals: 0 }).text("s2")).toContain(
      "一般公共预算财政拨款收入1414.49万元，占44%；",
    );
  });

  it("amounts in 元, converted exactly from the tables' 万元", () => {
    const t = paragraphs(seedFacts(), { unit: "元" }).text("s2")!;
    expect(t).toContain("本年收入合计31902100.00元");
    expect(t).toContain("一般公共预算财政拨款收入14144900.00元，占44.34%");
  });

  it("zero components left out when asked", () => {
    const t = paragraphs(seedFacts(), { listZeros: false }).text("s2");
    expect(t).toBe(
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%；" +
        "政府性基金预算财政拨款收入1641.00万元，占51.44%；其他收入134.72万元，占4.22%。",
    );
  });

  it("largest-remainder shares add up to exactly 100%", () => {
    const t = paragraphs(seedFacts(), {
      shareRounding: "largest-remainder",
      percentDecimals: 0,
    }).text("s2")!;
    const shares = [...t.matchAll(/占(\d+)%/g)].map((m) => Number(m[1]));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    // Plain rounding gives 44 + 51 + 4 = 99: the missing point goes to the largest remainder (51.44%).
    expect(t).toContain("政府性基金预算财政拨款收入1641.00万元，占52%");
  });

  it("rejects what cannot be printed", () => {
    expect(() => draftNarrative([], { reportYear: 20 })).toThrow(DraftOptionsError);
    expect(() => draftNarrative([], { reportYear: 2020, percentDecimals: 7 })).toThrow(
      DraftOptionsError,
    );
    expect(() => draftNarrative([], { reportYear: 2020, amountDecimals: -1 })).toThrow(
      DraftOptionsError,
    );
  });
});

describe("empty and missing tables", () => {
  it("政府性基金: the “no data” sentence when income and expenditure are zero", () => {
    const { text, draft } = paragraphs([
      fact("income.govFund", "0"),
      fact("govFund.expense.total", "0"),
    ]);
    expect(text("s8")).toBe(
      "本单位2020年度无政府性基金预算财政拨款收入、支出，故《政府性基金预算财政拨款收入支出决算表》无数据。",
    );
    expect(draft.gaps.filter((g) => g.paragraph === "s8")).toEqual([]);
  });

  it("…and says it assumed so when the tables gave neither figure", () => {
    const { text, draft } = paragraphs([]);
    expect(text("s8")).toMatch(/^本单位2020年度无政府性基金/);
    expect(draft.gaps.some((g) => g.paragraph === "s8" && /无此项资金/.test(g.zh))).toBe(true);
  });

  it("the fund's expenditure, with its change, when there is one", () => {
    const t = paragraphs([
      fact("govFund.expense.total", "1600"),
      fact("govFund.expense.total", "2000", "prior"),
    ]).text("s8");
    expect(t).toBe(
      "2020年政府性基金预算财政拨款支出1600.00万元。与2019年相比，政府性基金预算财政拨款支出减少400.00万元，下降20.00%。",
    );
  });

  it("leaves out a component without a figure and reports it", () => {
    const { text, draft } = paragraphs([fact("income.total", "10"), fact("income.other", "10")]);
    expect(text("s2")).toBe("2020年本年收入合计10.00万元，其中：其他收入10.00万元，占100.00%。");
    expect(draft.gaps.filter((g) => g.paragraph === "s2")).toHaveLength(7);
  });

  it("a breakdown with nothing to list ends after its total", () => {
    expect(paragraphs([fact("expense.total", "5")]).text("s3")).toBe(
      "2020年本年支出合计5.00万元。",
    );
  });

  it("reports a code the catalogue cannot name, and a cell given twice with two values", () => {
    const { text, draft } = paragraphs([
      fact("gbExpense.total", "1"),
      fact("gbExpense.class.299", "1"),
      fact("gbExpense.total", "2"),
    ]);
    expect(text("s5.2")).toContain("科目299（类）1.00万元");
    expect(draft.gaps.some((g) => /299/.test(g.zh))).toBe(true);
    expect(draft.gaps.some((g) => /gbExpense\.total/.test(g.en) && /twice/.test(g.en))).toBe(true);
  });
});

describe("staleParagraphs", () => {
  it("names the paragraphs whose listing changes, not those whose figures do", () => {
    const facts = seedFacts();
    const draft = draftNarrative(facts, { reportYear: 2020, listZeros: false });
    const newFigure = facts.map((f) =>
      f.metric === "income.other" ? { ...f, value: new Dec("200") } : f,
    );
    expect(staleParagraphs(draft, newFigure)).toEqual([]);
    const newLine = facts.map((f) =>
      f.metric === "income.business" ? { ...f, value: new Dec("5") } : f,
    );
    expect(staleParagraphs(draft, newLine)).toEqual(["s2"]);
  });
});
