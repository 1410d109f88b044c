/*
 * The add-in's shared state lives in the workbook, in a hidden sheet, so that every
 * co-author (Excel on the web, SharePoint) sees the same waivers and settings, and a
 * reviewer's decision travels with the file. Nothing goes to browser storage.
 *
 * One record per row, in blocks side by side:
 *   A:B    settings   key | value
 *   D:I    waivers    rule | text | message | who | when | why   (before version 2: read only)
 *   K:N    marks      sheet | cell | previous fill | severity   (cells the add-in coloured)
 *   P:S    precision  sheet | cell | value | decimals   (inputs filled from printed figures)
 *   U:AA   table FA_WaiverLog   action | rule | text | message | who | when | why
 *   AC:AD  table FA_Reviewers   reviewer | added
 * What co-authors add at the same time — waivers, withdrawals, reviewer names — is
 * appended to an Excel table (TableRowCollection.add), an operation Excel merges between
 * co-authors: two reviewers saving at once both keep their record. Nothing of theirs is a
 * read-modify-write of a shared cell or a write to a row computed from what was read.
 * The columns are defined once, in src/core/templates/state-sheet.ts, which the .xlsx
 * writer and reader use too. Every cell is text (“@”), so that Excel never turns a year
 * or a date into a number, nor a text into a formula.
 */
import type { Severity } from "../core/findings";
import { columnLetters } from "../core/templates/a1";
import { precisionFromRow, precisionRow, type PrecisionRecord } from "../core/templates/provenance";
import {
  blockRecord,
  MARKS_BLOCK as MARKS,
  PRECISION_BLOCK as PRECISION,
  REVIEWERS_TABLE,
  SETTINGS_BLOCK as SETTINGS,
  STATE_BLOCKS,
  STATE_SHEET,
  WAIVER_LOG,
  WAIVERS_BLOCK as WAIVERS,
  type StateBlock as Block,
  type StateTable,
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
  /** The waivers in force: the old block's, then the log's, a withdrawal removing one. */
  waivers: Waiver[];
  /** Reviewer names typed so far (the old `reviewers` setting's, then the table's). */
  reviewers: string[];
  marks: MarkRecord[];
  /** Input cells whose value came from a printed figure (see core/templates/provenance.ts). */
  precision: PrecisionRecord[];
  /** Where things are, for the writers: 1-based Excel rows. */
  rows: {
    settings: Partial<Record<string, number>>;
    nextSetting: number;
    marksEnd: number;
    precisionEnd: number;
    /** The precision block's rows as they stand (from row 2), for replacing only what differs. */
    precisionCells: string[][];
  };
}

/** Identifies the finding a waiver is for, independently of where it sits in the text. */
export function waiverKey(f: { rule: string; text: string; message: string }): string {
  return [f.rule, f.text, f.message].join(KEY_SEPARATOR);
}

const KEY_SEPARATOR = "\u241f";

export function emptyState(): WorkbookState {
  return {
    exists: false,
    settings: {},
    waivers: [],
    reviewers: [],
    marks: [],
    precision: [],
    rows: {
      settings: {},
      nextSetting: 2,
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
  const waivers = new Map<string, Waiver>();
  const log: Array<{ action: string; waiver: Waiver }> = [];
  const reviewers: string[] = [];
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
      waivers.set(waiverKey(waiver), waiver);
    }
    const [action, ...fields] = record(WAIVER_LOG, row);
    if (fields[0] && (action === WAIVE || action === WITHDRAW)) {
      const [rule, text, message, who, when, why] = fields;
      log.push({ action, waiver: { rule, text, message, who, when, why } });
    }
    const [reviewer] = record(REVIEWERS_TABLE, row);
    if (reviewer.trim()) reviewers.push(reviewer);
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
  // The old block first (it is older than any log record), then the log in its order.
  for (const { action, waiver } of log) {
    const key = waiverKey(waiver);
    waivers.delete(key);
    if (action === WAIVE) waivers.set(key, waiver);
  }
  state.waivers = [...waivers.values()];
  const legacy = (state.settings.reviewers ?? "").split("\n");
  state.reviewers = [...new Set([...legacy, ...reviewers].map((s) => s.trim()).filter(Boolean))];
  return state;
}

/** The log's actions. */
const WAIVE = "waive";
const WITHDRAW = "withdraw";

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

/**
 * Queues one record appended to a state table (created first when `table` is missing: the
 * header over the block's first row, made a table). Excel merges a row added to a table
 * with a co-author's; a write to the row after the last one read would not be.
 */
function queueAppend(
  sheet: Excel.Worksheet,
  spec: StateTable,
  table: Excel.Table,
  record: string[],
): void {
  let target = table;
  if (table.isNullObject) {
    // The header row is formatted as text (putRows); Excel gives a row inserted into a
    // table the formatting of the row above, so every record is entered as text too.
    putRows(sheet, spec, 1, [[...spec.header]]);
    target = sheet.tables.add(`'${STATE_SHEET}'!${blockRange(spec, 1, 1)}`, true);
    target.name = spec.name;
  }
  target.rows.add(undefined, [record]);
}

/** Queues the look-ups an append needs: the state sheet and the table (null objects when missing). */
function queueAppendTargets(context: Excel.RequestContext, spec: StateTable) {
  return {
    sheet: context.workbook.worksheets.getItemOrNullObject(STATE_SHEET),
    table: context.workbook.tables.getItemOrNullObject(spec.name),
  };
}

/**
 * Appends one record to a state table and reads the state back, in two syncs: (1) whether
 * the sheet and the table exist, (2) the append, and the read of the sheet after it.
 */
async function append(
  context: Excel.RequestContext,
  spec: StateTable,
  record: string[],
): Promise<WorkbookState> {
  const targets = queueAppendTargets(context, spec);
  await context.sync();
  const state: WorkbookState = targets.sheet.isNullObject
    ? emptyState()
    : { ...emptyState(), exists: true };
  const sheet = queueStateSheet(context, state);
  queueAppend(sheet, spec, targets.table, record);
  const used = queueStateRead(sheet);
  await context.sync();
  return stateFrom(used);
}

const waiverRecord = (action: string, w: Waiver) => [
  action,
  w.rule,
  w.text,
  w.message,
  w.who,
  w.when,
  w.why,
];

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

/**
 * Records a waiver (or replaces the one of the same finding): one record appended to the
 * log, two syncs.
 */
export function saveWaiver(context: Excel.RequestContext, waiver: Waiver): Promise<WorkbookState> {
  return append(context, WAIVER_LOG, waiverRecord(WAIVE, waiver));
}

/** Withdraws a waiver: a `withdraw` record appended to the log, two syncs. */
export function removeWaiver(context: Excel.RequestContext, key: string): Promise<WorkbookState> {
  const [rule, text, message] = key.split(KEY_SEPARATOR);
  const withdrawal = { rule, text, message, who: "", when: new Date().toISOString(), why: "" };
  return append(context, WAIVER_LOG, waiverRecord(WITHDRAW, withdrawal));
}

/** Adds a reviewer name to the list offered next time: one appended row, two syncs. */
export function saveReviewer(
  context: Excel.RequestContext,
  name: string,
  when = new Date().toISOString(),
): Promise<WorkbookState> {
  return append(context, REVIEWERS_TABLE, [name, when]);
}

/** Reviewer names typed so far in this workbook. */
export function reviewerNames(state: WorkbookState): string[] {
  return state.reviewers;
}
