import fc from "fast-check";
import { check } from "../../../src/core/check";
import { draftNarrative, fillTemplate, renderDraft } from "../../../src/core/draft";
import type { Fact } from "../../../src/core/facts";
import { Dec } from "../../../src/core/numbers";
import { randomTables } from "./random-tables";
import { seedFacts } from "./seed-facts";

/** The seed's 三公 paragraphs as published, residue included. */
const SEED_THREE_PUBLIC = `七、“三公”经费财政拨款支出决算情况说明
（二）“三公”经费财政拨款支出决算具体情况说明
1.因公出国（境）经费支出0万元，完成预算0%。全年安排因公出国（境）团组0次，出国（境）0人。因公出国（境）支出决算比2019年增加/减少0万元，增长/下降0%。
2.公务用车购置及运行维护费支出0万元,完成预算0%。公务用车购置及运行维护费支出决算比2019年增加/减少0万元，增长/下降0%。
3.公务接待费支出3.26万元，完成预算59%。公务接待费支出决算比2019年增加2.38万元，增长270%。主要原因是新增招商引资。`;

const withValue = (facts: Fact[], metric: string, period: Fact["period"], value: string): Fact[] =>
  facts.map((f) =>
    f.metric === metric && f.period === period ? { ...f, value: new Dec(value) } : f,
  );

/** The template outside the filled spans must come through unchanged. */
function expectOnlySlotsChanged(template: string, result: ReturnType<typeof fillTemplate>): void {
  let rebuilt = template;
  for (const f of [...result.filled].sort((a, b) => b.span.start - a.span.start)) {
    expect(template.slice(f.span.start, f.span.end)).toBe(f.original);
    rebuilt = rebuilt.slice(0, f.span.start) + f.replacement + rebuilt.slice(f.span.end);
  }
  expect(rebuilt).toBe(result.text);
}

describe("fillTemplate: the seed's 三公 residue", () => {
  it("turns “增加/减少0万元，增长/下降0%” into 持平 when nothing changed", () => {
    const result = fillTemplate(SEED_THREE_PUBLIC, seedFacts());
    const lines = result.text.split("\n");
    expect(lines[2]).toBe(
      "1.因公出国（境）经费支出0万元，完成预算0%。全年安排因公出国（境）团组0次，出国（境）0人。因公出国（境）支出决算与2019年持平。",
    );
    expect(lines[3]).toBe(
      "2.公务用车购置及运行维护费支出0万元,完成预算0%。公务用车购置及运行维护费支出决算与2019年持平。",
    );
    expect(lines[4]).toBe(SEED_THREE_PUBLIC.split("\n")[4]);
    expect(result.filled.map((f) => [f.kind, f.metric])).toEqual([
      ["flat", "threePublic.abroad"],
      ["flat", "threePublic.vehicle"],
    ]);
    expect(result.unfilled).toEqual([]);
    expectOnlySlotsChanged(SEED_THREE_PUBLIC, result);
  });

  it("picks the direction and recomputes the residue figures when something did change", () => {
    let facts = withValue(seedFacts(), "threePublic.abroad", "prior", "1.5");
    facts = withValue(facts, "threePublic.vehicle", "current", "2");
    facts = withValue(facts, "threePublic.vehicle", "prior", "1.6");
    const result = fillTemplate(SEED_THREE_PUBLIC, facts);
    const lines = result.text.split("\n");
    expect(lines[2]).toContain("因公出国（境）支出决算比2019年减少1.50万元，下降100.00%。");
    expect(lines[3]).toContain(
      "公务用车购置及运行维护费支出决算比2019年增加0.40万元，增长25.00%。",
    );
    expect(result.filled.map((f) => f.kind)).toEqual([
      "direction",
      "change",
      "direction",
      "growth",
      "direction",
      "change",
      "direction",
      "growth",
    ]);
    expectOnlySlotsChanged(SEED_THREE_PUBLIC, result);
  });

  it("reports the residue it cannot fill when the prior year is unknown", () => {
    const facts = seedFacts().filter(
      (f) => !(f.metric === "threePublic.abroad" && f.period === "prior"),
    );
    const result = fillTemplate(SEED_THREE_PUBLIC, facts);
    expect(result.text.split("\n")[2]).toContain("比2019年增加/减少0万元，增长/下降0%");
    expect(result.unfilled.length).toBeGreaterThanOrEqual(1);
    expect(result.unfilled[0].text).toBe("增加/减少");
    expect(result.unfilled[0].reason.zh).toMatch(/因公出国（境）费.*上年数/);
    expect(result.unfilled[0].reason.en).toMatch(/prior-year/);
  });
});

describe("fillTemplate: blanks", () => {
  const template = `二、收入决算情况说明
2020年本年收入合计__万元，其中：一般公共预算财政拨款收入（ ）万元，占__%；政府性基金预算财政拨款收入XX万元，占%；其他收入为万元，占＿＿%。
五、一般公共预算财政拨款支出决算情况说明
（一）一般公共预算财政拨款支出决算总体情况
2020年一般公共预算财政拨款支出__万元，占本年支出合计的__%。与2019年相比，一般公共预算财政拨款增加/减少__万元，增长/下降__%。`;

  it("fills amounts, shares (of the list's total or the whole named), changes and rates", () => {
    const result = fillTemplate(template, seedFacts());
    const lines = result.text.split("\n");
    expect(lines[1]).toBe(
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%；" +
        "政府性基金预算财政拨款收入1641.00万元，占51.44%；其他收入为134.72万元，占4.22%。",
    );
    expect(lines[4]).toBe(
      "2020年一般公共预算财政拨款支出1518.12万元，占本年支出合计的47.59%。与2019年相比，一般公共预算财政拨款增加518.08万元，增长51.81%。",
    );
    expect(result.unfilled).toEqual([]);
    expectOnlySlotsChanged(template, result);
  });

  it("fills with the decimals asked", () => {
    const result = fillTemplate(template, seedFacts(), { percentDecimals: 0, amountDecimals: 1 });
    expect(result.text).toContain("一般公共预算财政拨款收入1414.5万元，占44%");
  });

  it("gives a text the checker finds consistent", () => {
    const facts = seedFacts();
    const { findings } = check(fillTemplate(template, facts).text, { reportYear: 2020, facts });
    // The excerpt jumps from 二 to 五 on purpose; only the figures are at issue here.
    const about = findings.filter((f) => f.severity !== "info" && f.rule !== "heading-numbering");
    expect(about.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    // The unfilled template, by contrast, is all residue.
    expect(
      check(template, { reportYear: 2020, facts }).findings.filter(
        (f) => f.rule === "template-residue",
      ).length,
    ).toBeGreaterThan(5);
  });

  it("reports, and leaves, a blank whose figure the tables do not have", () => {
    const facts = seedFacts().filter((f) => f.metric !== "income.other");
    const result = fillTemplate(template, facts);
    expect(result.text).toContain("其他收入为万元，占＿＿%");
    const texts = result.unfilled.map((u) => u.text);
    expect(texts).toEqual(["为万元", "＿＿%"]);
    expect(result.unfilled[0].reason.zh).toContain("其他收入");
  });

  it("fills counts of the 其他事项 form and reports a blank it cannot recognise instead of guessing", () => {
    const t = "国内公务接待__批次，共计__人次。本单位办公用房面积__平方米。";
    const result = fillTemplate(t, seedFacts());
    expect(result.text).toBe("国内公务接待16批次，共计192人次。本单位办公用房面积__平方米。");
    expect(result.unfilled.map((u) => [u.text, u.line])).toEqual([["__", 1]]);
    expect(result.filled.map((f) => f.kind)).toEqual(["count", "count"]);
  });

  it("leaves a count the form lacks as a listed blank", () => {
    const facts = seedFacts().filter((f) => f.metric !== "threePublic.reception.batches");
    const result = fillTemplate("国内公务接待__批次。", facts);
    expect(result.text).toBe("国内公务接待__批次。");
    expect(result.unfilled[0].reason.zh).toContain("国内公务接待批次");
  });
});

describe("fillTemplate: 大于/小于/等于", () => {
  const template =
    "（三）一般公共预算财政拨款支出决算具体情况\n" +
    "一般公共服务（类）商贸事务（款）行政运行（项）：支出决算为__万元，完成预算__%，决算数大于/小于/等于预算数。";

  it("compares the line's actual with its budget", () => {
    const equal = fillTemplate(template, seedFacts());
    expect(equal.text).toContain("支出决算为199.93万元，完成预算100.00%，决算数等于预算数。");
    const over = fillTemplate(
      template,
      withValue(seedFacts(), "gbExpense.item.2011301", "budget", "150"),
    );
    expect(over.text).toContain("支出决算为199.93万元，完成预算133.29%，决算数大于预算数。");
    const under = fillTemplate(
      template,
      withValue(seedFacts(), "gbExpense.item.2011301", "budget", "250"),
    );
    expect(under.text).toContain("完成预算79.97%，决算数小于预算数。");
  });
});

describe("fillTemplate: a draft blanked out fills back to itself", () => {
  /** The template a finance department would issue for the draft: figures and words taken out. */
  const blankOut = (text: string) =>
    text
      .replace(/\d+(?:\.\d+)?(?=万元|%)(?!万元以上)/g, "__")
      .replace(/增加|减少/g, "增加/减少")
      .replace(/增长|下降/g, "增长/下降")
      .replace(/大于|小于|等于/g, "大于/小于/等于");

  it("for random tables (property)", () => {
    fc.assert(
      fc.property(randomTables, fc.constantFrom(0, 1, 2), ({ facts, year }, percentDecimals) => {
        const text = renderDraft(
          draftNarrative(facts, { reportYear: year, percentDecimals }),
          facts,
        ).text;
        const template = blankOut(text);
        expect(template).not.toBe(text);
        const result = fillTemplate(template, facts, { percentDecimals });
        // The reasons are the writer's: the draft leaves them as “……”, and so does the filler.
        expect(result.unfilled.filter((u) => !/原因/.test(u.text))).toEqual([]);
        expect(result.text).toBe(text);
      }),
      { numRuns: 30 },
    );
  });
});
