/*
 * narrative-vs-table against tables whose totals are computed from printed figures: a
 * total of items printed to 0.01 stands for every value their roundings allow, so the
 * text's 1518.12 beside a sheet's 1518.10 is rounding; the same 1518.10 typed exactly
 * is a real difference.
 */
import { check } from "../../../src/core/check";
import type { Fact } from "../../../src/core/facts";
import { Dec, Interval, parseFigure, sumIntervals } from "../../../src/core/numbers";
import { narrativeVsTable } from "../../../src/core/rules/narrative-vs-table";
import { factInterval } from "../../../src/core/rules/utils/figures";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { fillFromNarrative } from "../../../src/core/templates/fill/from-narrative";
import { factsFromBook } from "../../../src/core/templates/read-back";
import { readSeed } from "../../support/seed";
import { testRule } from "../../support/rule-tester";
import { SEED_FIGURES } from "../templates/fixtures/seed-values";

/** The seed's 05 项 as printed: Σ 1518.10, each figure half a unit either way. */
const items = SEED_FIGURES.filter(([t, row]) => t === "05" && /^\d{7}$/.test(row)).map(
  ([, , , text]) => parseFigure(text),
);
const sum = items.reduce((s, f) => s.plus(f.value), new Dec(0));
const CELL = { sheet: "公开05表", cell: "C5" };

const computed: Fact = {
  metric: "gbExpense.total",
  period: "current",
  value: sum,
  interval: sumIntervals(items.map((f) => Interval.printed(f.value, f.decimals))),
  cell: CELL,
};
const typed: Fact = { metric: "gbExpense.total", period: "current", value: sum, cell: CELL };
const prior: Fact = { metric: "gbExpense.total", period: "prior", value: new Dec("1000.04") };

const TEXT =
  "五、一般公共预算财政拨款支出决算情况说明\n2020年一般公共预算财政拨款支出1518.12万元。";
const CHANGE = `${TEXT}与2019年相比，一般公共预算财政拨款增加518.08万元。`;

test("the fixture: Σ of the printed items is 1518.10", () => {
  expect(sum.toFixed(2)).toBe("1518.10");
});

testRule(narrativeVsTable, {
  valid: [
    {
      name: "1518.12 against a total of printed items summing to 1518.10",
      text: TEXT,
      options: { facts: [computed] },
    },
    {
      name: "a change against such a total minus an exact prior",
      text: CHANGE,
      options: { facts: [computed, prior] },
    },
  ],
  invalid: [
    {
      name: "1518.12 against 1518.10 typed exactly",
      text: TEXT,
      options: { facts: [typed] },
      errors: [
        {
          text: "1518.12万元",
          severity: "error",
          expected: "1518.10万元",
          messageIncludes: "公开05表!C5",
        },
      ],
    },
    {
      name: "a change against 1518.10 typed exactly",
      text: CHANGE,
      options: { facts: [typed, prior] },
      errors: [
        { text: "1518.12万元", expected: "1518.10万元" },
        { text: "增加518.08万元", expected: "518.06万元" },
      ],
    },
    {
      name: "a figure outside every rounding of the items is still an error",
      text: TEXT.replace("1518.12", "1528.12"),
      options: { facts: [computed] },
      errors: [{ text: "1528.12万元", expected: "1518.10万元" }],
    },
  ],
});

describe("factInterval", () => {
  test("the interval overrides the decimals; decimals without it; exact without either", () => {
    expect(factInterval({ ...typed, decimals: 2, interval: computed.interval }).toString()).toBe(
      computed.interval!.toString(),
    );
    expect(factInterval({ ...typed, decimals: 1 }).toString()).toBe("[1518.05, 1518.15)");
    expect(factInterval(typed).toString()).toBe("[1518.1, 1518.1]");
  });
});

describe("the seed against its own tables", () => {
  const text = readSeed();
  const errorsOn1518 = (facts: Fact[]) =>
    check(text, { facts }).findings.filter(
      (f) =>
        f.rule === "narrative-vs-table" && f.severity === "error" && f.text.startsWith("1518.12"),
    );

  test("filled from the narrative: the 1518.12 claims are rounding, not errors", () => {
    const facts = factsFromBook(buildTemplateBook(fillFromNarrative(text).data));
    expect(errorsOn1518(facts)).toEqual([]);
  });

  test("the same figures typed exactly: every 1518.12 claim is an error against 1518.10", () => {
    const data = fillFromNarrative(text).data;
    for (const [key, g] of data.values) data.values.set(key, { ...g, decimals: undefined });
    const found = errorsOn1518(factsFromBook(buildTemplateBook(data)));
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const f of found) expect(f.expected).toMatch(/^1518\.10/);
  });
});
