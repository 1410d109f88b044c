import { Dec } from "../../../src/core/numbers";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { emptyFillData, type FillData } from "../../../src/core/templates/fill-data";
import { sumFormula } from "../../../src/core/templates/formula";
import { cellKey, priorKey } from "../../../src/core/templates/keys";
import {
  layoutWorkbook,
  type LayoutCell,
  type SheetLayout,
} from "../../../src/core/templates/layout";
import type { TableId } from "../../../src/core/templates/types";

const given = (v: string, decimals?: number) => ({
  value: new Dec(v),
  decimals,
  source: { kind: "workbook" as const },
});

function fill(
  entries: Array<[TableId, string, string, string]>,
  prior: Array<[TableId, string, string, string]> = [],
): FillData {
  const d = emptyFillData("测试单位");
  for (const [t, r, c, v] of entries) d.values.set(cellKey(t, r, c), given(v));
  for (const [t, r, c, v] of prior) d.prior.set(cellKey(t, r, c), given(v));
  return d;
}

function layout(data: FillData) {
  return layoutWorkbook(buildTemplateBook(data));
}

const sheet = (l: ReturnType<typeof layout>, name: string): SheetLayout =>
  l.sheets.find((s) => s.name === name)!;
const byKey = (s: SheetLayout, key: string): LayoutCell => s.cells.find((c) => c.key === key)!;
const codesOf = (s: SheetLayout) =>
  s.cells.filter((c) => c.style === "code" && c.value !== "").map((c) => c.value);

describe("layout of the template set", () => {
  test("an empty set: totals are formulas, inputs are blank (not zero), coded tables have only 合计", () => {
    const l = layout(emptyFillData());
    const t01 = sheet(l, "公开01表");
    expect(byKey(t01, cellKey("01", "income.generalBudget", "amount"))).toMatchObject({
      kind: "input",
      value: null,
    });
    expect(byKey(t01, cellKey("01", "income.total", "amount"))).toMatchObject({
      kind: "formula",
      address: "C32",
      formula: 'IF(COUNT(C6:C13)=0,"",SUM(C6:C13))',
    });
    expect(byKey(t01, cellKey("01", "expense.total", "amount")).formula).toBe(
      'IF(COUNT(F6:F31)=0,"",SUM(F6:F31))',
    );
    for (const s of l.sheets.filter((x) =>
      ["公开02表", "公开03表", "公开05表", "公开08表", "公开09表"].includes(x.name),
    )) {
      expect(codesOf(s)).toEqual([]);
      expect(s.rowKeys.filter((k) => k.startsWith("row:"))).toEqual(["row:total"]);
    }
    for (const s of l.sheets) {
      for (const c of s.cells)
        if (c.kind === "input" && c.key && !c.key.endsWith("|prior")) expect(c.value).toBeNull();
    }
  });

  test("rows of a coded table are the codes in the data plus their parents, by code", () => {
    const l = layout(
      fill([
        ["05", "2080501", "total", "99.56"],
        ["05", "2011406", "total", "20"],
        ["05", "2011301", "total", "199.93"],
      ]),
    );
    const t05 = sheet(l, "公开05表");
    expect(codesOf(t05)).toEqual([
      "201",
      "20113",
      "2011301",
      "20114",
      "2011406",
      "208",
      "20805",
      "2080501",
    ]);
    const names = t05.cells.filter((c) => c.col === 1 && c.row >= 4).map((c) => c.value);
    expect(names).toEqual([
      "合计",
      "一般公共服务支出",
      "商贸事务",
      "行政运行",
      "知识产权事务",
      "专利试点和产业化推进",
      "社会保障和就业支出",
      "行政事业单位养老支出",
      "行政单位离退休",
    ]);
    // 类 = Σ 款 (not adjacent rows), 合计 = Σ 类.
    expect(byKey(t05, cellKey("05", "201", "total")).formula).toBe(
      'IF(COUNT(C7,C9)=0,"",SUM(C7,C9))',
    );
    expect(byKey(t05, cellKey("05", "total", "total")).formula).toBe(
      'IF(COUNT(C6,C11)=0,"",SUM(C6,C11))',
    );
    // A 项 row: the total column is the sum of its parts, but holds the figure while they are blank.
    expect(byKey(t05, cellKey("05", "2011301", "total"))).toMatchObject({
      kind: "input",
      value: 199.93,
    });
    expect(byKey(t05, cellKey("05", "2011301", "basic"))).toMatchObject({
      kind: "input",
      value: null,
    });
  });

  test("a total stated without its parts holds the figure; with all parts known it is their sum", () => {
    const stated = layout(fill([["06", "personnel", "amount", "477.57"]]));
    const cell = byKey(sheet(stated, "公开06表"), cellKey("06", "personnel", "amount"));
    expect(cell).toMatchObject({ kind: "input", value: 477.57 });
    expect(cell.note).toMatch(/明细未填/);

    const parts = layout(
      fill([
        ["06", "personnel", "amount", "477.57"],
        ["06", "301", "amount", "450"],
        ["06", "303", "amount", "27.57"],
      ]),
    );
    expect(byKey(sheet(parts, "公开06表"), cellKey("06", "personnel", "amount")).kind).toBe(
      "formula",
    );
  });

  test("of two ways to sum a total, the one whose parts are all known is used", () => {
    const l = layout(
      fill([
        ["05", "total", "basic", "518.52"],
        ["05", "201", "total", "346.6"],
        ["05", "206", "total", "149.51"],
      ]),
    );
    const t05 = sheet(l, "公开05表");
    // 合计·合计 could be 基本 + 项目 (项目 unknown) or Σ 类 (all known): Σ 类 it is.
    expect(byKey(t05, cellKey("05", "total", "total")).formula).toBe(
      'IF(COUNT(C6,C7)=0,"",SUM(C6,C7))',
    );
  });

  test("subtractions and sums of parts are rendered as native formulas", () => {
    const positions = new Map([
      ["a", { row: 5, col: 2 }],
      ["b", { row: 5, col: 3 }],
      ["c", { row: 5, col: 4 }],
    ]);
    expect(
      sumFormula(
        {
          id: "x",
          tag: "T",
          terms: [
            { key: "a", sign: 1 },
            { key: "b", sign: 1 },
            { key: "c", sign: -1 },
          ],
        },
        positions,
      ),
    ).toBe('IF(COUNT(C6,D6)=0,"",SUM(C6,D6)-SUM(E6))');
    const t08 = sheet(layout(emptyFillData()), "公开08表");
    expect(byKey(t08, cellKey("08", "total", "end")).formula).toBe(
      'IF(COUNT(C6,D6)=0,"",SUM(C6,D6)-SUM(E6))',
    );
    // A difference of blank added parts is blank, not the subtracted parts negated.
    const spentOnly = layout(fill([["08", "total", "expense", "1600"]]));
    const end = byKey(sheet(spentOnly, "公开08表"), cellKey("08", "total", "end"));
    expect(end.result).toBe("");
  });

  test("the analysis block beside each table: share, 上年数 (input), change and growth", () => {
    const l = layout(
      fill(
        [["01", "income.generalBudget", "amount", "1414.49"]],
        [["01", "income.generalBudget", "amount", "1000"]],
      ),
    );
    const t01 = sheet(l, "公开01表");
    const row6 = t01.cells.filter((c) => c.row === 5 && c.col > 6);
    expect(row6.slice(0, 4).map((c) => c.formula ?? c.value)).toEqual([
      'IF(C6="","",IFERROR(ROUND(C6/C$32,4),""))',
      1000,
      'IF(OR(C6="",I6=""),"",C6-I6)',
      'IF(OR(C6="",I6=""),"",IFERROR(ROUND((C6-I6)/I6,4),""))',
    ]);
    expect(byKey(t01, priorKey(cellKey("01", "income.generalBudget", "amount"))).style).toBe(
      "analysisInput",
    );
    // Outside the print area.
    expect(t01.print?.area).toBe("A1:F35");
    expect(Math.min(...row6.map((c) => c.col))).toBeGreaterThan(5);
    // 三公: shares of the 合计 and completion of the budget.
    const t07 = sheet(l, "公开07表");
    const lane = t07.cells.filter((c) => c.style === "analysisHeader").map((c) => c.value);
    expect(lane).toEqual(["项目", "本年数", "占比", "上年数", "增减额", "增长率", "完成预算"]);
  });

  test("names for the key totals are ASCII, unique, and carry the Chinese label", () => {
    const l = layout(emptyFillData());
    const names = l.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^FA_[A-Za-z0-9_]+$/);
    expect(l.names.find((n) => n.name === "FA_income_total")).toEqual({
      name: "FA_income_total",
      sheet: "公开01表",
      address: "'公开01表'!$C$32",
      comment: "公开01表 本年收入合计",
    });
    expect(names).toEqual(
      expect.arrayContaining([
        "FA_gbExpense_total",
        "FA_threePublic_total",
        "FA_threePublic_total_budget",
      ]),
    );
  });

  test("a table whose data are all zero carries its “本表无数据” note; an unfilled one does not", () => {
    const zero = sheet(layout(fill([["09", "total", "total", "0"]])), "公开09表");
    expect(
      zero.cells.some(
        (c) => c.value === "注：本单位2020年度无国有资本经营预算财政拨款支出，故本表无数据。",
      ),
    ).toBe(true);
    const none = sheet(layout(emptyFillData()), "公开09表");
    expect(none.cells.some((c) => c.style === "note")).toBe(false);
  });

  test("the evaluated values are the exact sums the formulas state (blank stays blank)", () => {
    const book = buildTemplateBook(
      fill([
        ["05", "2011301", "total", "199.93"],
        ["05", "2011302", "total", "3.22"],
      ]),
    );
    expect(book.values.get(cellKey("05", "20113", "total"))?.toString()).toBe("203.15");
    expect(book.values.get(cellKey("05", "total", "total"))?.toString()).toBe("203.15");
    expect(book.values.get(cellKey("05", "total", "basic"))).toBeNull();
  });

  test("a sheet's signature changes with its structure, not with the values typed", () => {
    const a = layout(fill([["05", "2011301", "total", "1"]]));
    const b = layout(fill([["05", "2011301", "total", "2"]]));
    expect(a.sheets.map((s) => s.signature)).toEqual(b.sheets.map((s) => s.signature));
    const d = layout(fill([["05", "2080501", "total", "1"]]));
    expect(sheet(d, "公开05表").signature).not.toBe(sheet(a, "公开05表").signature);
  });
});
