import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dec, Interval } from "../../../src/core/numbers";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { readDataFile } from "../../../src/core/templates/data";
import {
  evaluateCells,
  evaluateIntervals,
  evaluateWith,
  type CellArithmetic,
} from "../../../src/core/templates/evaluate";
import { emptyFillData, type Given } from "../../../src/core/templates/fill-data";
import { cellKey } from "../../../src/core/templates/keys";
import type { Resolved } from "../../../src/core/templates/resolve";
import { templateSetFor } from "../../../src/core/templates/sets";

const printed = (v: string, decimals?: number): Given => ({
  value: new Dec(v),
  ...(decimals === undefined ? {} : { decimals }),
  source: { kind: "narrative", span: { start: 0, end: 0 }, text: v },
});

const value = (g: Given): Resolved => ({ mode: "value", given: g, stated: false });

function bookOf(items: Array<[string, Given]>) {
  const data = emptyFillData("测试单位");
  for (const [code, g] of items) data.values.set(cellKey("05", code, "total"), g);
  return buildTemplateBook(data);
}

describe("evaluating the template cells", () => {
  test("a class of printed items is known to the sum of their roundings, and so is 合计", () => {
    const book = bookOf([
      ["2011301", printed("199.93", 2)],
      ["2011302", printed("3.22", 2)],
      ["2011406", printed("20", 0)],
    ]);
    const ranges = evaluateIntervals(book.models, book.resolved);
    // [199.925 + 3.215 + 19.5, 199.935 + 3.225 + 20.5): each printed figure half a unit either way.
    const expected = Interval.of(new Dec("222.64"), new Dec("223.66"), true, false);
    expect(ranges.get(cellKey("05", "201", "total"))!.toString()).toBe(expected.toString());
    expect(ranges.get(cellKey("05", "total", "total"))!.toString()).toBe(expected.toString());
    // The exact evaluation is unchanged, and lies inside the interval.
    const exact = evaluateCells(book.models, book.resolved).get(cellKey("05", "total", "total"))!;
    expect(exact.toString()).toBe("223.15");
    expect(expected.contains(exact)).toBe(true);
  });

  test("exact parts add nothing to the width: one printed item of two", () => {
    const book = bookOf([
      ["2011301", printed("199.93")],
      ["2011302", printed("3.22", 2)],
    ]);
    const range = evaluateIntervals(book.models, book.resolved).get(cellKey("05", "201", "total"))!;
    expect(range.toString()).toBe("[203.145, 203.155)");
  });

  test("exact data give exact intervals equal to the values, blank cells stay blank", () => {
    const text = readFileSync(join(__dirname, "../../../examples/tables-2020.csv"), "utf8");
    const { data } = readDataFile(text, {
      format: "csv",
      file: "x.csv",
      set: templateSetFor(),
      catalogue: catalogueFor(),
    });
    const book = buildTemplateBook(data);
    const ranges = evaluateIntervals(book.models, book.resolved);
    let compared = 0;
    for (const [key, v] of book.values) {
      const r = ranges.get(key);
      if (v === null) {
        expect(r).toBeNull();
        continue;
      }
      expect([r!.lo.toString(), r!.hi.toString()]).toEqual([v.toString(), v.toString()]);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  test("a subtracted term subtracts its interval (年末 = 年初 + 收入 − 支出)", () => {
    const resolved = new Map<string, Resolved>([
      ["begin", value(printed("10", 0))],
      ["income", value(printed("5.5", 1))],
      ["expense", value(printed("3.25", 2))],
      [
        "end",
        {
          mode: "formula",
          complete: true,
          expr: {
            id: "t",
            tag: "S",
            terms: [
              { key: "begin", sign: 1 },
              { key: "income", sign: 1 },
              { key: "expense", sign: -1 },
            ],
          },
        },
      ],
    ]);
    // [9.5 + 5.45 − 3.255, 10.5 + 5.55 − 3.245): a subtracted end swaps open and closed.
    expect(evaluateIntervals([], resolved).get("end")!.toString()).toBe("(11.695, 12.805)");
    expect(evaluateCells([], resolved).get("end")!.toString()).toBe("12.25");
  });

  test("one traversal, any arithmetic: counting the printed inputs a cell rests on", () => {
    const book = bookOf([
      ["2011301", printed("199.93", 2)],
      ["2011302", printed("3.22")],
      ["2080501", printed("99.56", 2)],
    ]);
    const printedInputs: CellArithmetic<number> = {
      given: (g) => (g.decimals === undefined ? 0 : 1),
      zero: 0,
      add: (sum, x) => sum + x,
    };
    const counts = evaluateWith(book.models, book.resolved, printedInputs);
    expect(counts.get(cellKey("05", "201", "total"))).toBe(1);
    expect(counts.get(cellKey("05", "total", "total"))).toBe(2);
    expect(counts.get(cellKey("05", "208", "total"))).toBe(1);
  });
});
