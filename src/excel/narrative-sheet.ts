/*
 * The 说明 sheet: the narrative, one paragraph per row in column A under a header row, so
 * that co-authors can edit it in Excel and a finding can be put on its paragraph's cell.
 * The checker sees the rows joined with "\n"; offsets map back to a row and an offset in it.
 * A drafted paragraph's cell holds a formula over the template cells (src/core/draft): the
 * checker reads what it shows (values), the pane keeps the formula to know which rows
 * follow the tables and which cells they come from.
 */

import { lastStartAtOrBefore } from "../core/text/lines";
import {
  NARRATIVE_HEADER,
  NARRATIVE_SHEET,
  paragraphCell,
  paragraphOfCell,
  paragraphRow,
} from "../core/templates/report-sheets";

// One layout for the sheet whoever writes it (the CLI's .xlsx or the add-in).
export { NARRATIVE_HEADER, NARRATIVE_SHEET, paragraphCell, paragraphOfCell };
/** Excel row (1-based) of the first paragraph, under the header. */
const FIRST_ROW = paragraphRow(0) + 1;
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32767;
const COLUMN_WIDTH_POINTS = 560;

/** The narrative as the checker sees it, with the row of every offset. */
export interface JoinedNarrative {
  text: string;
  /** Offset in `text` where each row starts. */
  starts: number[];
}

export function joinRows(rows: readonly string[]): JoinedNarrative {
  const starts: number[] = [];
  let at = 0;
  for (const row of rows) {
    starts.push(at);
    at += row.length + 1;
  }
  return { text: rows.join("\n"), starts };
}

/** The row (0-based paragraph index) and the offset inside it of an offset of the text. */
export function locate(joined: JoinedNarrative, offset: number): { row: number; offset: number } {
  const { starts } = joined;
  if (starts.length === 0) return { row: 0, offset: 0 };
  const row = lastStartAtOrBefore(starts, offset);
  return { row, offset: offset - starts[row] };
}

/**
 * Pasted or imported text to rows: one paragraph per line (LF, CRLF or CR), blank lines
 * dropped, everything else kept as written — leading tabs mark the rows of a text table.
 */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== "");
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** A used range after its load was synced: what the readers need of it. */
export interface LoadedGrid {
  isNullObject: boolean;
  values: unknown[][];
  /** Loaded by queueNarrativeRead; absent, no row counts as a formula. */
  formulas?: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/**
 * Queues the load of a 说明 sheet known to exist; read its paragraphs with narrativeRows
 * and its drafted (formula) rows with narrativeFormulas after a sync.
 */
export function queueNarrativeRead(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,formulas,rowIndex,columnIndex");
  return used;
}

/** A formula as Range.formulas gives it, or null for a constant (text typed or pasted). */
function formulaOf(content: unknown, value: unknown): string | null {
  // A cell formatted as text shows “=…” as typed: its value is its content, not a result.
  return typeof content === "string" && content.startsWith("=") && content !== value
    ? content
    : null;
}

/** The paragraphs whose cell holds a formula (a drafted, live paragraph), by paragraph index. */
export function narrativeFormulas(used: LoadedGrid): Map<number, string> {
  const out = new Map<number, string>();
  if (used.isNullObject || used.columnIndex > 0 || !used.formulas) return out;
  used.formulas.forEach((r, i) => {
    const paragraph = used.rowIndex + i - (FIRST_ROW - 1);
    const formula = formulaOf(r[0], used.values[i]?.[0]);
    if (paragraph >= 0 && formula !== null) out.set(paragraph, formula);
  });
  return out;
}

/** The paragraphs of column A of a loaded used range (empty cells as "", so that row indices stay Excel's). */
export function narrativeRows(used: LoadedGrid): string[] {
  if (used.isNullObject || used.columnIndex > 0) return [];
  const rows: string[] = [];
  used.values.forEach((r, i) => {
    const paragraph = used.rowIndex + i - (FIRST_ROW - 1);
    if (paragraph >= 0) rows[paragraph] = cellText(r[0]);
  });
  // A blank A2 above text starting in A3 is outside the used range: keep its place.
  const filled = Array.from(rows, (r) => r ?? "");
  // Other columns may reach lower than column A (a user's notes beside the text).
  while (filled.length > 0 && filled[filled.length - 1] === "") filled.pop();
  return filled;
}

/** The 说明 sheet's paragraphs, or null when the workbook has no 说明 sheet. Two syncs. */
export async function readNarrative(context: Excel.RequestContext): Promise<string[] | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(NARRATIVE_SHEET);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = queueNarrativeRead(sheet);
  await context.sync();
  return narrativeRows(used);
}

/** A paragraph's cell: the text it shows, and its formula when it is a drafted paragraph. */
export interface ParagraphCell {
  text: string;
  formula: string | null;
}

/** Re-reads some paragraphs only (after an edit, or a table edit for drafted rows): one sync whatever their number. */
export async function readParagraphCells(
  context: Excel.RequestContext,
  rows: readonly number[],
): Promise<Map<number, ParagraphCell>> {
  const sheet = context.workbook.worksheets.getItem(NARRATIVE_SHEET);
  const ranges = rows.map((row) => {
    const range = sheet.getRange(paragraphCell(row));
    range.load("values,formulas");
    return { row, range };
  });
  await context.sync();
  return new Map(
    ranges.map(({ row, range }) => {
      const value = range.values[0][0];
      return [row, { text: cellText(value), formula: formulaOf(range.formulas[0][0], value) }];
    }),
  );
}

/** The text of some paragraphs: one sync whatever their number. */
export async function readParagraphs(
  context: Excel.RequestContext,
  rows: readonly number[],
): Promise<Map<number, string>> {
  const cells = await readParagraphCells(context, rows);
  return new Map([...cells].map(([row, cell]) => [row, cell.text]));
}

/** A paragraph to write: text, or a drafted paragraph's live formula and the text it shows now. */
export type NarrativeParagraph = string | { text: string; formula?: string };

export type WriteNarrativeResult =
  | { written: true; rows: number }
  /** The sheet already holds paragraphs and the caller did not consent to replacing them. */
  | { written: false; existing: number };

/**
 * Writes the paragraphs into the 说明 sheet (creating it), replacing what is there only
 * with `overwrite`. Text cells are formatted as text first, so that a paragraph starting
 * with “=” or made of digits stays the text it was; a drafted paragraph's cell gets the
 * General format and its formula, so that Excel computes it. At most three syncs.
 */
export async function writeNarrative(
  context: Excel.RequestContext,
  input: readonly NarrativeParagraph[],
  options: { overwrite?: boolean } = {},
): Promise<WriteNarrativeResult> {
  const paragraphs = input.map((p) => (typeof p === "string" ? { text: p } : p));
  const tooLong = paragraphs.findIndex((p) => p.text.length > MAX_CELL_CHARS);
  if (tooLong >= 0) {
    throw new RangeError(
      `第${tooLong + 1}段超过 Excel 单元格上限 ${MAX_CELL_CHARS} 字符。Paragraph ${tooLong + 1} exceeds Excel's ${MAX_CELL_CHARS}-character cell limit.`,
    );
  }
  let sheet = context.workbook.worksheets.getItemOrNullObject(NARRATIVE_SHEET);
  await context.sync();
  let previousRows = 0;
  // A1 of an existing sheet may hold the user's own title: the header goes only into a
  // blank A1 (or one that already holds it).
  let headerFree = true;
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(NARRATIVE_SHEET);
  } else {
    const used = queueNarrativeRead(sheet);
    await context.sync();
    const title =
      !used.isNullObject && used.rowIndex === 0 && used.columnIndex === 0
        ? used.formulas[0]?.[0]
        : "";
    headerFree =
      title === "" || title === null || title === undefined || title === NARRATIVE_HEADER;
    const rows = narrativeRows(used);
    const filled = rows.filter((r) => r.trim() !== "").length;
    if (filled > 0 && !options.overwrite) return { written: false, existing: filled };
    previousRows = rows.length;
  }
  if (previousRows > paragraphs.length) {
    const stale = sheet.getRange(
      `A${FIRST_ROW + paragraphs.length}:A${FIRST_ROW + previousRows - 1}`,
    );
    stale.values = Array.from({ length: previousRows - paragraphs.length }, () => [""]);
  }
  if (headerFree) {
    const header = sheet.getRange("A1");
    header.values = [[NARRATIVE_HEADER]];
    header.format.font.bold = true;
  }
  if (paragraphs.length > 0) {
    const body = sheet.getRange(`A${FIRST_ROW}:A${FIRST_ROW + paragraphs.length - 1}`);
    body.numberFormat = paragraphs.map((p) => [p.formula ? "General" : "@"]);
    // null leaves a cell to the other write: text as values, drafted paragraphs as formulas.
    body.values = paragraphs.map((p) => [p.formula ? null : p.text]);
    if (paragraphs.some((p) => p.formula))
      body.formulas = paragraphs.map((p) => [p.formula ?? null]);
    body.format.wrapText = true;
  }
  sheet.getRange("A:A").format.columnWidth = COLUMN_WIDTH_POINTS;
  await context.sync();
  return { written: true, rows: paragraphs.length };
}
