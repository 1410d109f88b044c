import { buildTemplateBook } from "../../../src/core/templates/book";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { readDataFile } from "../../../src/core/templates/data";
import { CLASS_ROWS_CSV, classRowsLayout } from "./fixtures/class-rows";
import { layoutWorkbook, type SheetLayout } from "../../../src/core/templates/layout";
import {
  LINE_HEIGHT,
  textUnits,
  wrappedLines,
  wrappedRowHeights,
} from "../../../src/core/templates/print-conventions";
import { templateSetFor } from "../../../src/core/templates/sets";
import { AMOUNT_FORMAT } from "../../../src/core/templates/styles";
import { seedFill } from "./fixtures/seed-values";

const sheet = (sheets: SheetLayout[], name: string) => sheets.find((s) => s.name === name)!;
const rowOf = (s: SheetLayout, key: string) => s.rowKeys.indexOf(key);

describe("print conventions of the published tables", () => {
  test("a 类 row that is all zero or blank with nothing under it is hidden; others are not", () => {
    const t05 = sheet(classRowsLayout().sheets, "公开05表");
    expect(t05.hiddenRows).toEqual([rowOf(t05, "row:205"), rowOf(t05, "row:206")]);
    // 201 has detail under it, 207 a figure: both print.
    expect(t05.hiddenRows).not.toContain(rowOf(t05, "row:201"));
    expect(t05.hiddenRows).not.toContain(rowOf(t05, "row:207"));
    // Hidden, not removed: the 合计 still sums the hidden rows' cells.
    expect(t05.cells.some((c) => c.row === rowOf(t05, "row:205"))).toBe(true);
  });

  test("which rows are hidden is part of the sheet's signature", () => {
    const a = sheet(classRowsLayout().sheets, "公开05表");
    const { data } = readDataFile(
      CLASS_ROWS_CSV.replace("206,科学技术支出,,,", "206,科学技术支出,2.00,,"),
      {
        format: "csv",
        file: "classes.csv",
        set: templateSetFor(2020),
        catalogue: catalogueFor(2020),
      },
    );
    const b = sheet(layoutWorkbook(buildTemplateBook(data)).sheets, "公开05表");
    expect(b.hiddenRows).toEqual([rowOf(b, "row:205")]);
    expect(b.signature).not.toBe(a.signature);
  });

  test("tables without 类 rows hide nothing", () => {
    const l = layoutWorkbook(buildTemplateBook(seedFill()));
    expect(sheet(l.sheets, "公开01表").hiddenRows).toEqual([]);
  });

  test("blank vs 0.00: inputs left empty stay blank, sums of blanks are blank, a computed 0 shows", () => {
    const t05 = sheet(classRowsLayout().sheets, "公开05表");
    const at = (key: string, col: number) =>
      t05.cells.find((c) => c.row === rowOf(t05, key) && c.col === col)!;
    // 207: 合计 given, 基本/项目 not: the inputs stay blank, nothing is invented.
    expect(at("row:207", 3)).toMatchObject({ kind: "input", value: null });
    // 205 given as 0: its 合计 is the sum of its parts, a computed 0, printed 0.00 by the
    // amount format (which has no zero section to hide it).
    expect(at("row:205", 2)).toMatchObject({ kind: "formula", result: 0 });
    // 206 left blank: its sums are blank, not 0.00.
    expect(at("row:206", 2)).toMatchObject({ kind: "formula", result: "" });
    expect(AMOUNT_FORMAT.split(";")).toHaveLength(1);
    // The 合计 row's 基本支出 sums 201's 323.21 and 205's 0 (207's blank counts as 0).
    expect(at("row:total", 3)).toMatchObject({ kind: "formula", result: 323.21 });
  });

  test("text width counts a CJK character as two units", () => {
    expect(textUnits("abc")).toBe(3);
    expect(textUnits("基本支出")).toBe(8);
    expect(textUnits("（万元）")).toBe(8);
    expect(wrappedLines("一般公共预算财政拨款支出", 14)).toBe(2); // 24 units in 13
    expect(wrappedLines("合计", 14)).toBe(1);
    expect(wrappedLines("第一行\n第二行", 40)).toBe(2);
  });

  test("row heights fit wrapped text; merged widths add up; one-line rows are left alone", () => {
    const heights = wrappedRowHeights(
      [
        {
          row: 2,
          col: 0,
          address: "A3",
          value: "一般公共预算财政拨款支出决算明细",
          style: "header",
        },
        { row: 2, col: 1, address: "B3", value: "合计", style: "header" },
        {
          row: 3,
          col: 0,
          address: "A4",
          value: "一般公共预算财政拨款支出决算明细",
          style: "header",
        },
        { row: 4, col: 0, address: "A5", value: "x".repeat(100), style: "label" },
      ],
      [
        { col: 0, width: 12 },
        { col: 1, width: 12 },
      ],
      ["A4:B4"],
    );
    // A3: 32 units in 11 → 3 lines; A4 merged over 24 columns' width: 32 in 23 → 2 lines;
    // A5 is not a wrapping style.
    expect(heights).toEqual([
      { row: 2, height: 3 * LINE_HEIGHT + 3 },
      { row: 3, height: 2 * LINE_HEIGHT + 3 },
    ]);
  });

  test("the set's long headers and the performance table's text get their heights", () => {
    const l = layoutWorkbook(buildTemplateBook(seedFill()));
    const t05 = sheet(l.sheets, "公开05表");
    const t01 = sheet(l.sheets, "公开01表");
    const header = (s: SheetLayout) => s.cells.find((c) => c.style === "header")!.row;
    expect(t01.rowHeights).toBeDefined();
    for (const s of [t01, t05]) {
      for (const h of s.rowHeights!) expect(h.height).toBeGreaterThan(LINE_HEIGHT);
      // Every listed row holds a wrapping cell.
      for (const h of s.rowHeights!)
        expect(s.cells.some((c) => c.row === h.row && typeof c.value === "string")).toBe(true);
    }
    expect(header(t05)).toBeGreaterThan(0);
    const perf = l.sheets.find((s) => s.table === "perf")!;
    const long = perf.cells.find(
      (c) => c.style === "text" && typeof c.value === "string" && textUnits(c.value) > 60,
    );
    if (long) expect(perf.rowHeights!.map((h) => h.row)).toContain(long.row);
  });
});
