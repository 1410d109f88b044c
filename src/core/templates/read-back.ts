import type { ExternalReference } from "./external-refs";
import type { Fact } from "../facts";
import { Dec, tryParseFigure, type Interval } from "../numbers";
import { a1 } from "./a1";
import { buildTemplateBook, type BookOptions, type TemplateBook } from "./book";
import { evaluateIntervals } from "./evaluate";
import { emptyFillData, type FillData, type Given } from "./fill-data";
import { priorKey } from "./keys";
import { layoutWorkbook } from "./layout";
import { printedDecimals, readPrecision } from "./provenance";
import { givenInterval } from "./reconcile/bounds";

/** A workbook as plain values: per sheet, rows of cells (numbers, text, or null). */
export interface WorkbookGrid {
  sheets: Array<{ name: string; values: ReadonlyArray<ReadonlyArray<unknown>> }>;
  /** Cells left out (null in `values`) because their formula reads another workbook. */
  external?: ExternalReference[];
}

const CODE = /^\d{3}(?:\d{2}){0,2}$/;

/**
 * A cell's number as Excel shows it: 15 significant digits, so that a saved SUM such as
 * 3190.2099999999996 reads as the 3190.21 it is, not as a different exact figure.
 */
function numberIn(v: unknown): Dec | null {
  if (typeof v === "number" && Number.isFinite(v)) return new Dec(v.toPrecision(15));
  if (typeof v === "string" && v.trim() !== "") {
    const f = tryParseFigure(v);
    if (f && (f.unit === null || f.unit === "万元")) return f.value;
  }
  return null;
}

/**
 * Reads filled template sheets back into values: first the codes of the coded tables
 * (their rows depend on them), then every amount cell of the resulting layout. A number
 * in a computed cell is kept too (a cached formula result, or a total typed over a
 * formula), so that the reconciliation sees what the workbook shows. A value the state
 * sheet's precision block records as a printed figure keeps its decimals while the cell
 * still holds it (see provenance.ts).
 */
export function readWorkbook(grid: WorkbookGrid, options: BookOptions = {}): TemplateBook {
  const sheetOf = new Map(grid.sheets.map((s) => [s.name, s.values]));
  const printed = readPrecision(grid);
  const given = (value: Dec, sheet: string, cell: string): Given => {
    const decimals = printedDecimals(printed, sheet, cell, value);
    return {
      value,
      ...(decimals === undefined ? {} : { decimals }),
      source: { kind: "workbook", cell: { sheet, cell } },
    };
  };
  const probe = buildTemplateBook(emptyFillData(), options);
  const data: FillData = emptyFillData(options.unit);
  for (const m of probe.models) {
    const values = sheetOf.get(m.sheet);
    if (!values) continue;
    const codeCols = new Set(m.statics.filter((s) => s.style === "code").map((s) => s.col));
    const first = m.headerRows.last + 1;
    const codes = new Set<string>();
    for (let r = first; r < values.length; r++) {
      for (const c of codeCols) {
        const v = values[r]?.[c];
        const text = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
        if (CODE.test(text)) codes.add(text);
      }
    }
    if (codes.size) data.rows.set(m.table.id, codes);
  }
  const shaped = buildTemplateBook(data, options);
  for (const m of shaped.models) {
    const values = sheetOf.get(m.sheet);
    if (!values) continue;
    for (const c of m.cells) {
      const v = values[c.row]?.[c.col];
      if (c.text) {
        if (typeof v === "string" && v.trim() !== "") data.texts.set(c.key, v.trim());
        continue;
      }
      const x = numberIn(v);
      if (x) data.values.set(c.key, given(x, m.sheet, a1(c.row, c.col)));
    }
  }
  for (const s of layoutWorkbook(shaped).sheets) {
    const values = sheetOf.get(s.name);
    if (!values) continue;
    for (const c of s.cells) {
      if (!c.key?.endsWith("|prior")) continue;
      const x = numberIn(values[c.row]?.[c.col]);
      const current = c.key.slice(0, -"|prior".length);
      if (x) data.prior.set(current, given(x, s.name, c.address));
    }
  }
  return buildTemplateBook(data, options);
}

/**
 * The filled tables as facts for the narrative checker: every cell with a metric that
 * holds a value (given, or computed from given parts), and the 上年数 of the analysis block.
 * A fact known only to the precision of printed figures carries the values it may hold
 * (`interval`): a given printed figure, or a total computed from such figures.
 */
export function factsFromBook(book: TemplateBook): Fact[] {
  const facts: Fact[] = [];
  const priorCells = new Map<string, { sheet: string; cell: string }>();
  for (const s of layoutWorkbook(book).sheets) {
    for (const c of s.cells)
      if (c.key?.endsWith("|prior")) priorCells.set(c.key, { sheet: s.name, cell: c.address });
  }
  const ranges = evaluateIntervals(book.models, book.resolved);
  for (const c of book.cells.values()) {
    if (!c.metric || c.text) continue;
    const r = book.resolved.get(c.key);
    const computed = r?.mode === "formula" && r.complete ? (book.values.get(c.key) ?? null) : null;
    // A computed cell shows its formula: a figure given for it stands only when the
    // workbook shows it (a cached result, or a number typed over the formula); a
    // narrative's or a data file's figure for it gave way to the formula when written.
    const candidate = book.data.values.get(c.key);
    const given =
      candidate && (!computed || candidate.source.kind === "workbook") ? candidate : undefined;
    const value = given?.value ?? computed;
    const cell = { sheet: c.sheet, cell: a1(c.row, c.col) };
    if (value) {
      const interval =
        given?.decimals !== undefined
          ? givenInterval(given)
          : computed && (!given || showsResult(given.value, computed))
            ? ranges.get(c.key)
            : undefined;
      facts.push({
        metric: c.metric,
        period: c.period ?? "current",
        value,
        decimals: given?.decimals,
        ...(interval && !isExact(interval) ? { interval } : {}),
        cell,
      });
    }
    const prior =
      c.period === undefined || c.period === "current" ? book.data.prior.get(c.key) : undefined;
    if (prior) {
      facts.push({
        metric: c.metric,
        period: "prior",
        value: prior.value,
        decimals: prior.decimals,
        ...(prior.decimals !== undefined ? { interval: givenInterval(prior) } : {}),
        cell: priorCells.get(priorKey(c.key)),
      });
    }
  }
  return facts;
}

/**
 * Is a number read from a computed cell its formula's result? A spreadsheet sums in
 * binary floating point, so a cached 1518.1 may come back as 1518.1000000000001; to the
 * 15 significant digits a spreadsheet shows, it is the exact sum.
 */
function showsResult(shown: Dec, exact: Dec): boolean {
  return shown.toSignificantDigits(15).equals(exact.toSignificantDigits(15));
}

function isExact(i: Interval): boolean {
  return i.lo.equals(i.hi);
}

/** Facts straight from a workbook's values (the Office.js adapter and the .xlsx reader use this). */
export function readFacts(grid: WorkbookGrid, options: BookOptions = {}): Fact[] {
  return factsFromBook(readWorkbook(grid, options));
}
