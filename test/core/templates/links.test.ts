import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dec } from "../../../src/core/numbers";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { emptyFillData } from "../../../src/core/templates/fill-data";
import { fillFromNarrative } from "../../../src/core/templates/fill/from-narrative";
import { cellKey } from "../../../src/core/templates/keys";
import { layoutWorkbook, type LayoutCell } from "../../../src/core/templates/layout";
import { NATIONAL_2020 } from "../../../src/core/templates/sets";

const SEED = join(__dirname, "..", "..", "..", "seeds", "renhe-2020-final-accounts.txt");
const given = (v: string) => ({ value: new Dec(v), source: { kind: "workbook" as const } });

/** 公开01 filled alone: every income row, four classes, the carry-overs. */
function only01() {
  const d = emptyFillData("测试单位");
  const put = (row: string, v: string) => d.values.set(cellKey("01", row, "amount"), given(v));
  put("income.generalBudget", "1500");
  put("income.govFund", "200");
  put("income.stateCapital", "0");
  put("income.superiorSubsidy", "10");
  put("income.business", "20");
  put("income.operating", "0");
  put("income.affiliated", "0");
  put("income.other", "30");
  put("income.nonFiscalBalanceUsed", "0");
  put("income.carryForwardBegin", "40");
  for (const [code, v] of [
    ["201", "900"],
    ["206", "500"],
    ["208", "300"],
    ["221", "60"],
  ])
    put(`class.${code}`, v);
  put("expense.balanceDistribution", "0");
  put("expense.carryForwardEnd", "40");
  return d;
}

const cellsOf = (book: ReturnType<typeof buildTemplateBook>) => {
  const out = new Map<string, LayoutCell & { sheet: string }>();
  for (const s of layoutWorkbook(book).sheets)
    for (const c of s.cells) if (c.key) out.set(c.key, { ...c, sheet: s.name });
  return out;
};

describe("tables tied together by formulas", () => {
  test("filling 公开01 alone fills every cell the identities determine, as formulas referring to 01", () => {
    const book = buildTemplateBook(only01());
    const cells = cellsOf(book);
    const determined: Array<[string, string]> = [
      [cellKey("02", "total", "total"), "1760"],
      [cellKey("02", "total", "fiscal"), "1700"],
      [cellKey("02", "total", "superiorSubsidy"), "10"],
      [cellKey("02", "total", "business"), "20"],
      [cellKey("02", "total", "operating"), "0"],
      [cellKey("02", "total", "affiliated"), "0"],
      [cellKey("02", "total", "other"), "30"],
      [cellKey("03", "total", "total"), "1760"],
      [cellKey("04", "gb", "amount"), "1500"],
      [cellKey("04", "gf", "amount"), "200"],
      [cellKey("04", "sc", "amount"), "0"],
      [cellKey("04", "income.total", "amount"), "1700"],
      [cellKey("08", "total", "income"), "200"],
    ];
    for (const [key, value] of determined) {
      const c = cells.get(key)!;
      expect({ key, kind: c.kind, result: c.result }).toEqual({
        key,
        kind: "formula",
        result: Number(value),
      });
    }
    // The references name their source sheet: 04 一般公共预算财政拨款收入 is 01's C6.
    expect(cells.get(cellKey("04", "gb", "amount"))!.formula).toContain("'公开01表'!C6");
    expect(cells.get(cellKey("02", "total", "fiscal"))!.formula).toContain("'公开01表'!C6:C8");
    // Inputs and formulas look different: the typed cells carry the input style.
    expect(cells.get(cellKey("01", "income.generalBudget", "amount"))!.style).toBe("amountInput");
    expect(cells.get(cellKey("04", "gb", "amount"))!.style).toBe("amount");
    // 01 itself: every total a formula, no figure typed beside its detail.
    for (const row of ["income.total", "income.grandTotal", "expense.total", "expense.grandTotal"])
      expect(cells.get(cellKey("01", row, "amount"))!.kind).toBe("formula");
  });

  test("without 01 the linked cells are still formulas (the live template), blank while 01 is", () => {
    const cells = cellsOf(buildTemplateBook(emptyFillData()));
    const c = cells.get(cellKey("04", "gb", "amount"))!;
    expect(c.kind).toBe("formula");
    expect(c.result).toBe("");
  });

  test("a figure given for a linked cell stays when it differs (the conflict stays visible)", () => {
    const d = only01();
    d.values.set(cellKey("04", "gb", "amount"), given("1499"));
    const cells = cellsOf(buildTemplateBook(d));
    expect(cells.get(cellKey("04", "gb", "amount"))).toMatchObject({ kind: "input", value: 1499 });
  });

  test("the same figure given for a linked input is the reference, not a second typed copy", () => {
    const d = only01();
    d.values.set(cellKey("02", "total", "other"), given("30"));
    const cells = cellsOf(buildTemplateBook(d));
    expect(cells.get(cellKey("02", "total", "other"))).toMatchObject({
      kind: "formula",
      result: 30,
    });
    expect(cells.get(cellKey("02", "total", "other"))!.formula).toContain("'公开01表'!C13");
  });

  test("a figure given only for the repeating cell is typed where it is repeated from", () => {
    const d = emptyFillData();
    d.values.set(cellKey("02", "total", "other"), given("30"));
    const cells = cellsOf(buildTemplateBook(d));
    expect(cells.get(cellKey("01", "income.other", "amount"))).toMatchObject({
      kind: "input",
      value: 30,
    });
    expect(cells.get(cellKey("02", "total", "other"))).toMatchObject({
      kind: "formula",
      result: 30,
    });
    // Given in both and different: both stay typed, and the difference stays visible.
    d.values.set(cellKey("01", "income.other", "amount"), given("31"));
    const both = cellsOf(buildTemplateBook(d));
    expect(both.get(cellKey("02", "total", "other"))).toMatchObject({ kind: "input", value: 30 });
    expect(both.get(cellKey("01", "income.other", "amount"))).toMatchObject({ value: 31 });
  });

  test("the seed: no derived cell is negative; 01's totals are formulas; 05 基本支出 from 06", () => {
    const book = buildTemplateBook(fillFromNarrative(readFileSync(SEED, "utf8")).data);
    const cells = cellsOf(book);
    const negative = [...cells.values()].filter(
      (c) => c.kind === "formula" && typeof c.result === "number" && c.result < 0,
    );
    expect(negative.map((c) => `${c.sheet}!${c.address}`)).toEqual([]);
    for (const row of ["expense.total", "income.grandTotal", "expense.grandTotal"])
      expect(cells.get(cellKey("01", row, "amount"))!.kind).toBe("formula");
    expect(cells.get(cellKey("05", "total", "basic"))).toMatchObject({
      kind: "formula",
      result: 518.52,
    });
    // 08's 年末结转 = 年初 + 收入 (04 → 01: 1641) − 支出 1600, no longer −1600.
    expect(cells.get(cellKey("08", "total", "end"))!.result).toBe(41);
  });

  test("every link names cells of the set's tables", () => {
    const ids = new Set(NATIONAL_2020.tables.map((t) => t.id));
    for (const l of NATIONAL_2020.links ?? [])
      for (const a of [l.target, ...l.from]) expect(ids.has(a.table)).toBe(true);
  });
});
