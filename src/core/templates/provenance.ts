/*
 * Which cells of a workbook hold a figure that was printed (taken from a narrative) and
 * to how many decimals. A spreadsheet keeps only the number, so 346.59 typed by an
 * accountant and 346.59 copied from “346.59万元” look the same; the first is exact, the
 * second stands for [346.585, 346.595), and so does every total computed from it. The
 * record lives in the state sheet's precision block, written with the values and read
 * back with them.
 */
import { Dec, tryParseFigure } from "../numbers";
import type { TemplateBook } from "./book";
import type { Given } from "./fill-data";
import { priorKey } from "./keys";
import type { WorkbookLayout } from "./layout";
import type { WorkbookGrid } from "./read-back";
import { blockRecord, PRECISION_BLOCK, STATE_SHEET } from "./state-sheet";

/** A cell that holds a printed figure: the value as the cell holds it, and its printed decimals. */
export interface PrecisionRecord {
  sheet: string;
  cell: string;
  value: Dec;
  decimals: number;
}

const PRIOR_SUFFIX = priorKey("");

/**
 * The cells of a laid-out book whose value is a printed figure: inputs (上年数 included)
 * and totals that hold a stated figure for want of their parts. Data-file and typed
 * values are exact and have none.
 */
export function precisionRecords(book: TemplateBook, layout: WorkbookLayout): PrecisionRecord[] {
  const out: PrecisionRecord[] = [];
  for (const s of layout.sheets) {
    for (const c of s.cells) {
      if (c.kind !== "input" || !c.key || typeof c.value !== "number") continue;
      const decimals = givenFor(book, c.key)?.decimals;
      if (decimals === undefined) continue;
      // What the cell holds is the number written, so that is what is compared on reading.
      out.push({ sheet: s.name, cell: c.address, value: new Dec(String(c.value)), decimals });
    }
  }
  return out;
}

function givenFor(book: TemplateBook, key: string): Given | undefined {
  if (key.endsWith(PRIOR_SUFFIX)) return book.data.prior.get(key.slice(0, -PRIOR_SUFFIX.length));
  const r = book.resolved.get(key);
  return r?.mode === "value" ? r.given : undefined;
}

/** A record as the cells of its block row (all text). */
export function precisionRow(r: PrecisionRecord): string[] {
  return [r.sheet, r.cell, r.value.toFixed(), String(r.decimals)];
}

const CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const DECIMALS = /^\d{1,2}$/;

/** A block row back as a record; null for a blank or unreadable row (edited by hand). */
export function precisionFromRow(cells: readonly string[]): PrecisionRecord | null {
  const [sheet, cell, value, decimals] = cells.map((c) => c.trim());
  if (!sheet || !CELL.test(cell) || !DECIMALS.test(decimals)) return null;
  const figure = tryParseFigure(value);
  if (!figure || figure.unit !== null) return null;
  return { sheet, cell, value: figure.value, decimals: Number(decimals) };
}

export function precisionKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** The precision block of a workbook's state sheet, by `sheet!cell`; empty without one. */
export function readPrecision(grid: WorkbookGrid): Map<string, PrecisionRecord> {
  const out = new Map<string, PrecisionRecord>();
  const rows = grid.sheets.find((s) => s.name === STATE_SHEET)?.values ?? [];
  // Row 0 is the header.
  for (let r = 1; r < rows.length; r++) {
    const record = precisionFromRow(blockRecord(rows[r], PRECISION_BLOCK));
    if (record) out.set(precisionKey(record.sheet, record.cell), record);
  }
  return out;
}

/**
 * The decimals a cell's value is known to: the recorded ones while the cell still holds
 * the recorded figure; undefined (exact) once someone typed another value over it.
 */
export function printedDecimals(
  records: ReadonlyMap<string, PrecisionRecord>,
  sheet: string,
  cell: string,
  value: Dec,
): number | undefined {
  const r = records.get(precisionKey(sheet, cell));
  return r && r.value.equals(value) ? r.decimals : undefined;
}
