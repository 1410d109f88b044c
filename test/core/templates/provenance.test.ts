import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dec } from "../../../src/core/numbers";
import { buildTemplateBook, type TemplateBook } from "../../../src/core/templates/book";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { readDataFile } from "../../../src/core/templates/data";
import { evaluateIntervals } from "../../../src/core/templates/evaluate";
import { cellKey } from "../../../src/core/templates/keys";
import { layoutWorkbook, type WorkbookLayout } from "../../../src/core/templates/layout";
import {
  precisionFromRow,
  precisionRecords,
  precisionRow,
  readPrecision,
  type PrecisionRecord,
} from "../../../src/core/templates/provenance";
import {
  factsFromBook,
  readWorkbook,
  type WorkbookGrid,
} from "../../../src/core/templates/read-back";
import { templateSetFor } from "../../../src/core/templates/sets";
import { PRECISION_BLOCK, STATE_SHEET } from "../../../src/core/templates/state-sheet";
import { seedFill } from "./fixtures/seed-values";

/**
 * A workbook as a spreadsheet holds it (inputs, formulas without results, or with the
 * results given by `cached`), with the state sheet's precision block when records are given.
 */
function gridOf(
  layout: WorkbookLayout,
  records: readonly PrecisionRecord[] | null,
  edit: (sheet: string, cell: string, v: unknown) => unknown = (_s, _c, v) => v,
): WorkbookGrid {
  const sheets: WorkbookGrid["sheets"] = layout.sheets.map((s) => {
    const values: unknown[][] = [];
    for (const c of s.cells)
      (values[c.row] ??= [])[c.col] = edit(
        s.name,
        c.address,
        c.kind === "formula" ? null : c.value,
      );
    return { name: s.name, values };
  });
  if (records) {
    const rows: unknown[][] = [[]];
    PRECISION_BLOCK.header.forEach((h, i) => (rows[0][PRECISION_BLOCK.first + i] = h));
    for (const r of records) {
      const row: unknown[] = [];
      precisionRow(r).forEach((text, i) => (row[PRECISION_BLOCK.first + i] = text));
      rows.push(row);
    }
    sheets.push({ name: STATE_SHEET, values: rows });
  }
  return { sheets };
}

function seedBook() {
  return buildTemplateBook(seedFill());
}

function exampleBook(): TemplateBook {
  const text = readFileSync(join(__dirname, "../../../examples/tables-2020.csv"), "utf8");
  const { data } = readDataFile(text, {
    format: "csv",
    file: "x.csv",
    set: templateSetFor(),
    catalogue: catalogueFor(),
  });
  return buildTemplateBook(data);
}

const fact = (facts: ReturnType<typeof factsFromBook>, metric: string) =>
  facts.find((f) => f.metric === metric && f.period === "current")!;

const TOTAL_05 = "gbExpense.total";
const ITEM = { sheet: "公开05表", metric: "gbExpense.item.2011301" };

describe("which cells hold printed figures", () => {
  test("the inputs a narrative filled, with the number written and its decimals; not the formulas", () => {
    const book = seedBook();
    const layout = layoutWorkbook(book);
    const records = precisionRecords(book, layout);
    const at = new Map(records.map((r) => [`${r.sheet}!${r.cell}`, r]));
    const cellOf = (key: string) =>
      layout.sheets.flatMap((s) => s.cells.map((c) => ({ s, c }))).find((x) => x.c.key === key)!;

    const item = cellOf(cellKey("05", "2011301", "total"));
    expect(at.get(`${item.s.name}!${item.c.address}`)).toMatchObject({ decimals: 2 });
    expect(at.get(`${item.s.name}!${item.c.address}`)!.value.toString()).toBe("199.93");
    const integer = cellOf(cellKey("05", "2299901", "total"));
    expect(at.get(`${integer.s.name}!${integer.c.address}`)?.decimals).toBe(0);
    // 05 合计 is a formula over its classes: the sheet does not hold the text's 1518.12.
    const total = cellOf(cellKey("05", "total", "total"));
    expect(total.c.kind).toBe("formula");
    expect(at.has(`${total.s.name}!${total.c.address}`)).toBe(false);
    for (const r of records) expect(r.sheet).not.toBe(STATE_SHEET);
  });

  test("data-file values are exact: no records", () => {
    const book = exampleBook();
    expect(precisionRecords(book, layoutWorkbook(book))).toEqual([]);
  });

  test("a block row is read back as written; blank or hand-damaged rows are skipped", () => {
    const r: PrecisionRecord = {
      sheet: "公开05表",
      cell: "C11",
      value: new Dec("0.08"),
      decimals: 2,
    };
    expect(precisionFromRow(precisionRow(r))).toEqual(r);
    expect(precisionFromRow(["", "", "", ""])).toBeNull();
    expect(precisionFromRow(["公开05表", "C11", "abc", "2"])).toBeNull();
    expect(precisionFromRow(["公开05表", "C11", "0.08", "two"])).toBeNull();
    expect(precisionFromRow(["公开05表", "11C", "0.08", "2"])).toBeNull();
    expect(precisionFromRow(["公开05表", "C11", "0.08万元", "2"])).toBeNull();
  });
});

describe("reading a workbook back with its precision block", () => {
  test("printed inputs keep their decimals, and 05 合计 its interval: the text's 1518.12 is within it", () => {
    const book = seedBook();
    const layout = layoutWorkbook(book);
    const back = readWorkbook(gridOf(layout, precisionRecords(book, layout)));
    expect(back.data.values.get(cellKey("05", "2011301", "total"))?.decimals).toBe(2);

    const facts = factsFromBook(back);
    const total = fact(facts, TOTAL_05);
    expect(total.value.toString()).toBe("1518.1");
    expect(total.interval).toBeDefined();
    expect(total.interval!.contains(new Dec("1518.12"))).toBe(true);
    // The same interval as the in-memory book's: nothing is lost on the way through the sheet.
    const ranges = evaluateIntervals(book.models, book.resolved);
    expect(total.interval!.toString()).toBe(
      ranges.get(cellKey("05", "total", "total"))!.toString(),
    );
    expect(fact(facts, ITEM.metric)).toMatchObject({ decimals: 2 });
  });

  test("without the block every value is exact, as typed", () => {
    const book = seedBook();
    const facts = factsFromBook(readWorkbook(gridOf(layoutWorkbook(book), null)));
    const total = fact(facts, TOTAL_05);
    expect(total.value.toString()).toBe("1518.1");
    expect(total.interval).toBeUndefined();
    expect(fact(facts, ITEM.metric).decimals).toBeUndefined();
  });

  test("a value typed over a printed figure is exact: its record no longer applies", () => {
    const book = seedBook();
    const layout = layoutWorkbook(book);
    const records = precisionRecords(book, layout);
    const itemCell = factsFromBook(book).find((f) => f.metric === ITEM.metric)!.cell!;
    const grid = gridOf(layout, records, (sheet, cell, v) =>
      sheet === itemCell.sheet && cell === itemCell.cell ? 199.934 : v,
    );
    expect(readPrecision(grid).has(`${itemCell.sheet}!${itemCell.cell}`)).toBe(true);
    const back = readWorkbook(grid);
    expect(back.data.values.get(cellKey("05", "2011301", "total"))?.decimals).toBeUndefined();
    const facts = factsFromBook(back);
    const item = fact(facts, ITEM.metric);
    expect(item.value.toString()).toBe("199.934");
    expect(item.decimals).toBeUndefined();
    expect(item.interval).toBeUndefined();
    // The other items still stand for their roundings; the typed one adds no width.
    const before = fact(
      factsFromBook(readWorkbook(gridOf(layout, records))),
      "gbExpense.class.201",
    );
    const after = fact(facts, "gbExpense.class.201");
    const width = (f: typeof after) => f.interval!.hi.minus(f.interval!.lo).toString();
    expect(width(before)).toBe("1.05");
    expect(width(after)).toBe("1.04");
  });
});

describe("facts of a book", () => {
  test("the narrative's own figure for a computed cell gives way to the formula the sheet holds", () => {
    const facts = factsFromBook(seedBook());
    const total = fact(facts, TOTAL_05);
    expect(total.value.toString()).toBe("1518.1");
    expect(total.decimals).toBeUndefined();
    expect(total.interval!.contains(new Dec("1518.12"))).toBe(true);
    // A printed input: its own interval.
    expect(fact(facts, ITEM.metric).interval!.toString()).toBe("[199.925, 199.935)");
  });

  test("exact data: computed facts are exact", () => {
    const facts = factsFromBook(exampleBook());
    const total = fact(facts, TOTAL_05);
    expect(total.value.toString()).toBe("1518.1");
    expect(total.interval).toBeUndefined();
    expect(facts.some((f) => f.interval !== undefined)).toBe(false);
  });

  test("a cached formula result with binary noise is still the formula's; a different number typed over it is exact", () => {
    const book = seedBook();
    const layout = layoutWorkbook(book);
    const records = precisionRecords(book, layout);
    const totalCell = factsFromBook(book).find((f) => f.metric === TOTAL_05)!.cell!;
    const withTotal = (n: number) =>
      factsFromBook(
        readWorkbook(
          gridOf(layout, records, (sheet, cell, v) =>
            sheet === totalCell.sheet && cell === totalCell.cell ? n : v,
          ),
        ),
      );
    const cached = fact(withTotal(1518.1000000000001), TOTAL_05);
    expect(cached.interval?.contains(new Dec("1518.12"))).toBe(true);
    const typed = fact(withTotal(1500), TOTAL_05);
    expect(typed.value.toString()).toBe("1500");
    expect(typed.interval).toBeUndefined();
  });
});
