/*
 * The add-in's shared state lives in the workbook, in a hidden sheet, so that every
 * co-author (Excel on the web, SharePoint) sees the same waivers and settings, and a
 * reviewer's decision travels with the file. Nothing goes to browser storage.
 *
 * One record per row, in blocks side by side, so that co-authors adding a waiver each
 * touch one row rather than rewriting a shared blob:
 *   A:B  settings   key | value
 *   D:I  waivers    rule | text | message | who | when | why
 *   K:N  marks      sheet | cell | previous fill | severity   (cells the add-in coloured)
 *   P:S  precision  sheet | cell | value | decimals   (inputs filled from printed figures)
 * The columns are defined once, in src/core/templates/state-sheet.ts, which the .xlsx
 * writer and reader use too. Every cell is text (“@”), so that Excel never turns a year
 * or a date into a number.
 */
import type { Severity } from "../core/findings";
import { columnLetters } from "../core/templates/a1";
import { precisionFromRow, precisionRow, type PrecisionRecord } from "../core/templates/provenance";
import {
  blockRecord,
  MARKS_BLOCK as MARKS,
  PRECISION_BLOCK as PRECISION,
  SETTINGS_BLOCK as SETTINGS,
  STATE_BLOCKS,
  STATE_SHEET,
  WAIVERS_BLOCK as WAIVERS,
  type StateBlock as Block,
} from "../core/templates/state-sheet";
import type { LoadedGrid } from "./narrative-sheet";

export { STATE_SHEET };

/** A reviewer's decision that a finding is acceptable, with who, when and why. */
export interface Waiver {
  rule: string;
  /** The finding's text (the claim as written). */
  text: string;
  /** The finding's zh-CN message, arithmetic included: a waiver lapses when the figures change. */
  message: string;
  who: string;
  /** ISO 8601. */
  when: string;
  why: string;
}

/** A cell the add-in coloured, and the fill it had before (null: none). */
export interface MarkRecord {
  sheet: string;
  cell: string;
  fill: string | null;
  severity: Severity;
}

/** Setting keys; values are strings. */
export type SettingKey = "templateSet" | "unit" | "year" | "liveCheck" | "reviewers";

export interface WorkbookState {
  exists: boolean;
  settings: Partial<Record<SettingKey, string>>;
  waivers: Waiver[];
  marks: MarkRecord[];
  /** Input cells whose value came from a printed figure (see core/templates/provenance.ts). */
  precision: PrecisionRecord[];
  /** Where things are, for the writers: 1-based Excel rows. */
  rows: {
    settings: Partial<Record<string, number>>;
    waivers: Map<string, number>;
    nextSetting: number;
    nextWaiver: number;
    marksEnd: number;
    precisionEnd: number;
    /** The precision block's rows as they stand (from row 2), for replacing only what differs. */
    precisionCells: string[][];
  };
}

/** Identifies the finding a waiver is for, independently of where it sits in the text. */
export function waiverKey(f: { rule: string; text: string; message: string }): string {
  return `${f.rule}\u241f${f.text}\u241f${f.message}`;
}

export function emptyState(): WorkbookState {
  return {
    exists: false,
    settings: {},
    waivers: [],
    marks: [],
    precision: [],
    rows: {
      settings: {},
      waivers: new Map(),
      nextSetting: 2,
      nextWaiver: 2,
      marksEnd: 1,
      precisionEnd: 1,
      precisionCells: [],
    },
  };
}

const SEVERITY_SET = new Set<string>(["error", "warning", "info"]);

/** Parses the sheet's used range (values with its top-left position) into the state. */
export function parseState(
  values: readonly unknown[][],
  rowIndex: number,
  columnIndex: number,
): WorkbookState {
  const state = emptyState();
  state.exists = true;
  const record = (block: Block, row: number) =>
    blockRecord(values[row - rowIndex], block, columnIndex);
  const lastRow = rowIndex + values.length - 1;
  for (let row = 1; row <= lastRow; row++) {
    const excelRow = row + 1;
    const [key, value] = record(SETTINGS, row);
    if (key) {
      state.settings[key as SettingKey] = value;
      state.rows.settings[key] = excelRow;
      state.rows.nextSetting = excelRow + 1;
    }
    const [rule, text, message, who, when, why] = record(WAIVERS, row);
    if (rule) {
      const waiver = { rule, text, message, who, when, why };
      state.waivers.push(waiver);
      state.rows.waivers.set(waiverKey(waiver), excelRow);
      state.rows.nextWaiver = excelRow + 1;
    }
    const [sheet, cell, fill, severity] = record(MARKS, row);
    if (sheet && cell && SEVERITY_SET.has(severity)) {
      state.marks.push({ sheet, cell, fill: fill || null, severity: severity as Severity });
    }
    if (sheet) state.rows.marksEnd = excelRow;
    const cells = record(PRECISION, row);
    const printed = precisionFromRow(cells);
    if (printed) state.precision.push(printed);
    state.rows.precisionCells.push(cells);
    if (cells.some((c) => c !== "")) state.rows.precisionEnd = excelRow;
  }
  state.rows.precisionCells.length = state.rows.precisionEnd - 1;
  return state;
}

function blockRange(block: Block, firstRow: number, lastRow: number): string {
  return `${columnLetters(block.first)}${firstRow}:${columnLetters(block.first + block.width - 1)}${lastRow}`;
}

/** Writes rows of text into a block; one queued write whatever their number. */
function putRows(sheet: Excel.Worksheet, block: Block, firstRow: number, rows: string[][]) {
  if (rows.length === 0) return;
  const range = sheet.getRange(blockRange(block, firstRow, firstRow + rows.length - 1));
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
}

/** Queues the load of the state sheet, known to exist; parse it with stateFrom after a sync. */
export function queueStateRead(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  return used;
}

export function stateFrom(used: LoadedGrid): WorkbookState {
  return used.isNullObject
    ? { ...emptyState(), exists: true }
    : parseState(used.values, used.rowIndex, used.columnIndex);
}

/** Reads the state; an empty state when the sheet does not exist yet. Two syncs. */
export async function readState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  await context.sync();
  if (sheet.isNullObject) return emptyState();
  const used = queueStateRead(sheet);
  await context.sync();
  return stateFrom(used);
}

/** The state sheet, created hidden with its headers when `state` says it is missing. No sync. */
export function queueStateSheet(
  context: Excel.RequestContext,
  state: WorkbookState,
): Excel.Worksheet {
  if (state.exists) return context.workbook.worksheets.getItem(STATE_SHEET);
  const sheet = context.workbook.worksheets.add(STATE_SHEET);
  sheet.visibility = "Hidden";
  for (const block of STATE_BLOCKS) putRows(sheet, block, 1, [[...block.header]]);
  state.exists = true;
  return sheet;
}

/** Queues setting updates: a key keeps its row, a new key takes the next free one. */
export function queueSettings(
  sheet: Excel.Worksheet,
  state: WorkbookState,
  entries: Partial<Record<SettingKey, string>>,
): void {
  for (const [key, value] of Object.entries(entries) as Array<[SettingKey, string]>) {
    if (state.settings[key] === value) continue;
    let row = state.rows.settings[key];
    if (row === undefined) {
      row = state.rows.nextSetting++;
      state.rows.settings[key] = row;
    }
    putRows(sheet, SETTINGS, row, [[key, value]]);
    state.settings[key] = value;
  }
}

/** Queues a waiver, appended below the others (or replacing the one for the same finding). */
export function queueWaiver(sheet: Excel.Worksheet, state: WorkbookState, waiver: Waiver): void {
  const key = waiverKey(waiver);
  let row = state.rows.waivers.get(key);
  if (row === undefined) {
    row = state.rows.nextWaiver++;
    state.rows.waivers.set(key, row);
    state.waivers.push(waiver);
  } else {
    state.waivers = state.waivers.map((w) => (waiverKey(w) === key ? waiver : w));
  }
  putRows(sheet, WAIVERS, row, [
    [waiver.rule, waiver.text, waiver.message, waiver.who, waiver.when, waiver.why],
  ]);
}

/** Queues the removal of a waiver (its row is emptied; the others keep their rows). */
export function queueWaiverRemoval(
  sheet: Excel.Worksheet,
  state: WorkbookState,
  key: string,
): void {
  const row = state.rows.waivers.get(key);
  if (row === undefined) return;
  putRows(sheet, WAIVERS, row, [Array<string>(WAIVERS.width).fill("")]);
  state.rows.waivers.delete(key);
  state.waivers = state.waivers.filter((w) => waiverKey(w) !== key);
}

const sameMark = (a: MarkRecord, b: MarkRecord | undefined) =>
  b !== undefined &&
  a.sheet === b.sheet &&
  a.cell === b.cell &&
  a.fill === b.fill &&
  a.severity === b.severity;

/**
 * Queues the replacement of the mark records (the add-in's own list): only the rows from
 * the first record that changed are written, and the rows left over below are emptied.
 * The state sheet is created only when there is something to record. Returns whether
 * anything was queued.
 */
export function queueMarks(
  context: Excel.RequestContext,
  state: WorkbookState,
  marks: readonly MarkRecord[],
): boolean {
  let first = 0;
  while (state.exists && first < marks.length && sameMark(marks[first], state.marks[first]))
    first++;
  const unchanged = first === marks.length && marks.length === state.marks.length;
  if (unchanged || (!state.exists && marks.length === 0)) return false;
  const sheet = queueStateSheet(context, state);
  putRows(
    sheet,
    MARKS,
    2 + first,
    marks.slice(first).map((m) => [m.sheet, m.cell, m.fill ?? "", m.severity]),
  );
  const end = marks.length + 1;
  if (state.rows.marksEnd > end) {
    const stale = Array.from({ length: state.rows.marksEnd - end }, () =>
      Array<string>(MARKS.width).fill(""),
    );
    putRows(sheet, MARKS, end + 1, stale);
  }
  state.rows.marksEnd = end;
  state.marks = [...marks];
  return true;
}

/**
 * Queues the replacement of the precision block by `records` (the cells a fill wrote from
 * printed figures): rows from the first that differs are written, rows left over below
 * are emptied, so the block never holds a stale or duplicated record. Nothing is queued
 * when it already holds them; the state sheet is created only when there is something to
 * record. Returns whether anything was queued.
 */
export function queuePrecision(
  context: Excel.RequestContext,
  state: WorkbookState,
  records: readonly PrecisionRecord[],
): boolean {
  const rows = records.map(precisionRow);
  // Compared with the rows as they stand, so that a row damaged by hand is rewritten too.
  const held = state.rows.precisionCells;
  const same = (a: string[], b: string[] | undefined) =>
    b !== undefined && a.every((x, i) => x === b[i]);
  let first = 0;
  while (first < rows.length && same(rows[first], held[first])) first++;
  const end = rows.length + 1;
  const unchanged = first === rows.length && state.rows.precisionEnd <= end;
  if (unchanged || (!state.exists && rows.length === 0)) return false;
  const sheet = queueStateSheet(context, state);
  putRows(sheet, PRECISION, 2 + first, rows.slice(first));
  if (state.rows.precisionEnd > end) {
    const stale = Array.from({ length: state.rows.precisionEnd - end }, () =>
      Array<string>(PRECISION.width).fill(""),
    );
    putRows(sheet, PRECISION, end + 1, stale);
  }
  state.rows.precisionEnd = end;
  state.rows.precisionCells = rows;
  state.precision = [...records];
  return true;
}

/** Saves settings: read, then one write. */
export async function saveSettings(
  context: Excel.RequestContext,
  entries: Partial<Record<SettingKey, string>>,
): Promise<WorkbookState> {
  const state = await readState(context);
  queueSettings(queueStateSheet(context, state), state, entries);
  await context.sync();
  return state;
}

/** Records a waiver: read, then one write. */
export async function saveWaiver(
  context: Excel.RequestContext,
  waiver: Waiver,
): Promise<WorkbookState> {
  const state = await readState(context);
  queueWaiver(queueStateSheet(context, state), state, waiver);
  await context.sync();
  return state;
}

/** Withdraws a waiver: read, then one write. */
export async function removeWaiver(
  context: Excel.RequestContext,
  key: string,
): Promise<WorkbookState> {
  const state = await readState(context);
  if (state.exists)
    queueWaiverRemoval(context.workbook.worksheets.getItem(STATE_SHEET), state, key);
  await context.sync();
  return state;
}

/** Reviewer names typed so far in this workbook, one per line in the setting. */
export function reviewerNames(state: WorkbookState): string[] {
  return (state.settings.reviewers ?? "")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
}
