import fc from "fast-check";
import {
  draftNarrative,
  FactTable,
  formatReference,
  MAX_FORMULA_LENGTH,
  quote,
  renderDraft,
  renderFormula,
  sheetRows,
  type Segment,
} from "../../../src/core/draft";
import type { Fact } from "../../../src/core/facts";
import { Dec } from "../../../src/core/numbers";
import { evaluateFormula, FormulaLimitError } from "../../support/excel-formula";
import { seedFacts } from "./seed-facts";
import { fakeBook } from "./workbook";

const OPTIONS = {
  unit: "万元",
  amountDecimals: 2,
  percentDecimals: 2,
  shareRounding: "plain",
} as const;

describe("formatReference", () => {
  it("quotes sheet names with Chinese characters", () => {
    expect(formatReference("公开01表!C6")).toBe("'公开01表'!C6");
    expect(formatReference({ sheet: "公开01表", cell: "c6" })).toBe("'公开01表'!C6");
  });

  it("keeps an already quoted name and doubles apostrophes inside a name", () => {
    expect(formatReference("'公开01表'!C10")).toBe("'公开01表'!C10");
    expect(formatReference("O'Brien!A1")).toBe("'O''Brien'!A1");
    expect(formatReference("'O''Brien'!$A$1")).toBe("'O''Brien'!$A$1");
  });

  it("leaves a same-sheet reference bare and rejects ranges or garbage", () => {
    expect(formatReference("B7")).toBe("B7");
    expect(() => formatReference("公开01表!C6:C9")).toThrow(RangeError);
    expect(() => formatReference("公开01表!")).toThrow(RangeError);
  });
});

describe("quote", () => {
  it("doubles quotes", () => {
    expect(quote('说"明')).toBe('"说""明"');
  });

  it("splits constants longer than 255 characters and keeps surrogate pairs whole", () => {
    const long = "收".repeat(254) + "𠀀" + "支".repeat(300);
    const q = quote(long);
    const parts = q.split("&").map((p) => p.slice(1, -1));
    expect(parts.join("")).toBe(long);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(255);
    // The pair would straddle 255 if cut by code units: it starts the second piece instead.
    expect(parts[0]).toBe("收".repeat(254));
    expect(parts[1].startsWith("𠀀")).toBe(true);
  });
});

describe("renderFormula", () => {
  const facts: Fact[] = [
    { metric: "income.total", period: "current", value: new Dec("3190.21") },
    { metric: "income.generalBudget", period: "current", value: new Dec("1414.49") },
  ];
  const table = new FactTable(facts);
  const cellOf = (metric: string) =>
    ({ "income.total": "公开01表!C10", "income.generalBudget": "公开01表!C6" })[metric];

  it("writes the issue's example sentence as a native formula", () => {
    const segments: Segment[] = [
      { kind: "text", text: "2020年本年收入合计" },
      { kind: "amount", ref: { metric: "income.total", period: "current" } },
      { kind: "text", text: "万元，其中：一般公共预算财政拨款收入" },
      { kind: "amount", ref: { metric: "income.generalBudget", period: "current" } },
      { kind: "text", text: "万元，占" },
      {
        kind: "share",
        part: { metric: "income.generalBudget", period: "current" },
        whole: { metric: "income.total", period: "current" },
      },
      { kind: "text", text: "。" },
    ];
    const f = renderFormula(segments, cellOf, table, OPTIONS);
    expect(f).toEqual({
      kind: "formula",
      formula:
        `="2020年本年收入合计"&TEXT('公开01表'!C10,"0.00")&"万元，其中：一般公共预算财政拨款收入"` +
        `&TEXT('公开01表'!C6,"0.00")&"万元，占"&TEXT(ROUND('公开01表'!C6/'公开01表'!C10*100,2),"0.00")&"%。"`,
      constants: [],
    });
  });

  it("writes a figure without a cell as a number and lists it", () => {
    const segments: Segment[] = [
      { kind: "amount", ref: { metric: "income.total", period: "current" } },
    ];
    const f = renderFormula(segments, () => undefined, table, OPTIONS);
    expect(f).toEqual({
      kind: "formula",
      formula: '=TEXT(3190.21,"0.00")',
      constants: [{ metric: "income.total", period: "current" }],
    });
  });

  it("shows a figure with neither a cell nor a value as the text's blank, the rest live", () => {
    const missing: Segment = { kind: "amount", ref: { metric: "income.other", period: "current" } };
    const segments: Segment[] = [
      { kind: "text", text: "其他收入" },
      missing,
      { kind: "text", text: "万元，合计" },
      { kind: "amount", ref: { metric: "income.total", period: "current" } },
      { kind: "text", text: "万元。" },
    ];
    const cells = (m: string) => (m === "income.total" ? "公开01表!C32" : undefined);
    expect(renderFormula(segments, cells, table, OPTIONS)).toEqual({
      kind: "formula",
      formula: `="其他收入__万元，合计"&TEXT('公开01表'!C32,"0.00")&"万元。"`,
      constants: [],
    });
    // With no figure left to refer to, the paragraph is text, and says why.
    const f = renderFormula([missing], () => undefined, table, OPTIONS);
    expect(f.kind).toBe("text");
    if (f.kind === "text") expect(f.reason.en).toMatch(/None of the paragraph's figures/);
  });

  it("falls back to text when shares are adjusted by largest remainder", () => {
    const draft = draftNarrative(seedFacts(), {
      reportYear: 2020,
      shareRounding: "largest-remainder",
    });
    const book = fakeBook(seedFacts());
    const income = draft.paragraphs.find((p) => p.id === "s2")!;
    const f = renderFormula(
      income.segments,
      book.cellOf,
      new FactTable(seedFacts()),
      draft.options,
    );
    expect(f.kind).toBe("text");
    if (f.kind === "text") expect(f.reason.zh).toMatch(/尾差调整/);
  });

  it("falls back to text, saying so, when the formula would pass 8192 characters", () => {
    const many: Fact[] = [];
    for (let i = 0; i < 400; i++) {
      many.push({
        metric: `gbExpense.item.${2010000 + i}`,
        period: "current",
        value: new Dec(i + 1),
      });
    }
    const segments: Segment[] = many.flatMap((f): Segment[] => [
      { kind: "text", text: "支出" },
      { kind: "amount", ref: { metric: f.metric, period: "current" } },
    ]);
    const book = fakeBook(many);
    const f = renderFormula(segments, book.cellOf, new FactTable(many), OPTIONS);
    expect(f.kind).toBe("text");
    if (f.kind === "text") {
      expect(f.reason.zh).toMatch(/8192/);
      expect(f.reason.en).toMatch(/8192/);
    }
    // The same paragraph, half as long, fits and is a formula.
    const half = renderFormula(segments.slice(0, 200), book.cellOf, new FactTable(many), OPTIONS);
    expect(half.kind).toBe("formula");
    if (half.kind === "formula")
      expect(half.formula.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
  });
});

describe("formulas show what the text says", () => {
  it("every paragraph of the seed's draft evaluates to its text", () => {
    const facts = seedFacts();
    const book = fakeBook(facts);
    const draft = draftNarrative(facts, {
      reportYear: 2020,
      unitName: "仁和区经济信息化和科学技术局",
    });
    const rows = sheetRows(draft, facts, book.cellOf);
    const formulas = rows.filter((r) => r.formula);
    expect(formulas.length).toBeGreaterThan(20);
    for (const row of rows) {
      if (row.formula) expect(evaluateFormula(row.formula, book.read)).toBe(row.text);
      else if (row.role === "body") expect(row.text).toMatch(/无数据|未发生政府采购支出/);
    }
    expect(rows.map((r) => r.text).join("\n") + "\n").toBe(renderDraft(draft, facts).text);
  });

  it("in 元 and with whole percents too", () => {
    const facts = seedFacts();
    const book = fakeBook(facts);
    const draft = draftNarrative(facts, { reportYear: 2020, unit: "元", percentDecimals: 0 });
    for (const row of sheetRows(draft, facts, book.cellOf)) {
      if (row.formula) expect(evaluateFormula(row.formula, book.read)).toBe(row.text);
    }
  });

  it("stay live: after a cell changes, the old formula shows the new draft's text", () => {
    const facts = seedFacts();
    const book = fakeBook(facts);
    const draft = draftNarrative(facts, { reportYear: 2020 });
    const before = sheetRows(draft, facts, book.cellOf);
    // 公务接待费 falls below last year's figure: the words must turn to 减少/下降.
    const changed = facts.map((f) =>
      f.metric === "threePublic.reception" && f.period === "current"
        ? { ...f, value: new Dec("0.5") }
        : f,
    );
    const after = fakeBook(changed);
    const expected = renderDraft(draft, changed).paragraphs;
    const row = before.find((r) => r.id === "s7.2.reception")!;
    const shown = evaluateFormula(row.formula!, after.read);
    expect(shown).toBe(expected.find((p) => p.id === "s7.2.reception")!.text);
    expect(shown).toMatch(/减少0\.38万元，下降43\.18%/);
  });

  it("for random tables, formulas and text agree (property)", () => {
    const cents = fc
      .bigInt({ min: 0n, max: 10n ** 9n })
      .map((n) => new Dec(n.toString()).dividedBy(100));
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 8, maxLength: 8 }),
        cents,
        cents,
        fc.constantFrom(0, 1, 2),
        (parts, cur, prior, decimals) => {
          const names = [
            "income.generalBudget",
            "income.govFund",
            "income.stateCapital",
            "income.superiorSubsidy",
            "income.business",
            "income.operating",
            "income.affiliated",
            "income.other",
          ];
          const total = parts.reduce((a, b) => a.plus(b), new Dec(0));
          const facts: Fact[] = [
            ...names.map((m, i): Fact => ({ metric: m, period: "current", value: parts[i] })),
            { metric: "income.total", period: "current", value: total },
            { metric: "gbExpense.total", period: "current", value: cur },
            { metric: "gbExpense.total", period: "prior", value: prior },
            { metric: "expense.total", period: "current", value: total.plus(cur) },
          ];
          const book = fakeBook(facts);
          const draft = draftNarrative(facts, { reportYear: 2021, percentDecimals: decimals });
          for (const row of sheetRows(draft, facts, book.cellOf)) {
            if (row.formula) expect(evaluateFormula(row.formula, book.read)).toBe(row.text);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the evaluator enforces Excel's limits (so passing tests prove the sizes)", () => {
    expect(() => evaluateFormula(`="${"a".repeat(256)}"`, () => 0)).toThrow(FormulaLimitError);
    expect(() => evaluateFormula(`=${'"a"&'.repeat(2100)}"a"`, () => 0)).toThrow(FormulaLimitError);
  });
});

describe("sheetRows", () => {
  it("writes text, saying why, for a paragraph none of whose figures has a cell", () => {
    const facts = seedFacts();
    const book = fakeBook(facts.filter((f) => !f.metric.startsWith("operatingCost")));
    const rows = sheetRows(draftNarrative(facts, { reportYear: 2020 }), facts, book.cellOf);
    const row = rows.find((r) => r.id === "s10.1")!;
    expect(row.formula).toBeUndefined();
    expect(row.fallback?.en).toMatch(/has a cell/);
    expect(row.text).toContain("机关运行经费支出40.94万元");
    // Headings are text, without a reason: they have no figures.
    const heading = rows.find((r) => r.id === "s10.heading")!;
    expect(heading).toEqual({
      id: "s10.heading",
      role: "heading",
      text: "十、其他重要事项的情况说明",
    });
  });

  it("lists the figures written as numbers when only some have cells", () => {
    const facts = seedFacts();
    const book = fakeBook(
      facts.filter((f) => !(f.metric === "operatingCost" && f.period === "prior")),
    );
    const row = sheetRows(draftNarrative(facts, { reportYear: 2020 }), facts, book.cellOf).find(
      (r) => r.id === "s10.1",
    )!;
    expect(row.formula).toContain("42.46");
    expect(row.constants).toEqual([{ metric: "operatingCost", period: "prior" }]);
    expect(evaluateFormula(row.formula!, book.read)).toBe(row.text);
  });
});
