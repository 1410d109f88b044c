/*
 * The layout of the add-in's hidden state sheet, `_决算助手`: blocks of columns side by
 * side, a header in row 1 and one record per row below it. The Office.js adapter
 * (src/excel/workbook-state.ts) and the .xlsx writer and reader both take the columns
 * from here, so that a workbook written by one is read by the other.
 */

export const STATE_SHEET = "_决算助手";

/** A block of the state sheet: its first column (0-based), its width and its header. */
export interface StateBlock {
  first: number;
  width: number;
  header: readonly string[];
}

export const SETTINGS_BLOCK: StateBlock = {
  first: 0,
  width: 2,
  header: ["设置 setting", "值 value"],
};

/**
 * Waivers as the add-in wrote them before version 2 of the sheet: one row each, written at
 * a computed next row, so that two co-authors saving at once wrote the same row. Still
 * read (released workbooks hold them), never written; a withdrawal is a record of the log.
 */
export const WAIVERS_BLOCK: StateBlock = {
  first: 3,
  width: 6,
  header: ["规则 rule", "文字 text", "说明 message", "审核人 who", "时间 when", "原因 why"],
};

/** A block kept as an Excel table: records are appended with TableRowCollection.add. */
export interface StateTable extends StateBlock {
  /** The table's name (workbook-wide in Excel). */
  name: string;
}

/**
 * The waiver log: one record per row, appended (an Excel table's rows.add, which Excel
 * merges between co-authors, unlike two writes to one computed row). `waive` records a
 * waiver, or replaces the one of the same finding; `withdraw` withdraws it. The waivers in
 * force are the old block's, then the log read from top to bottom.
 */
export const WAIVER_LOG: StateTable = {
  name: "FA_WaiverLog",
  first: 20,
  width: 7,
  header: [
    "操作 action",
    "规则 rule",
    "文字 text",
    "说明 message",
    "审核人 who",
    "时间 when",
    "原因 why",
  ],
};

/** Reviewer names typed in the pane, one appended row each (a table, as the log). */
export const REVIEWERS_TABLE: StateTable = {
  name: "FA_Reviewers",
  first: 28,
  width: 2,
  header: ["审核人 reviewer", "时间 added"],
};

export const MARKS_BLOCK: StateBlock = {
  first: 10,
  width: 4,
  header: ["工作表 sheet", "单元格 cell", "原填充 previous fill", "级别 severity"],
};

/** Input cells whose value came from a printed figure, and the decimals it was printed with. */
export const PRECISION_BLOCK: StateBlock = {
  first: 15,
  width: 4,
  header: ["工作表 sheet", "单元格 cell", "数值 value", "小数位 decimals"],
};

/** The blocks a new state sheet gets headers for (the tables get theirs when created). */
export const STATE_BLOCKS: readonly StateBlock[] = [SETTINGS_BLOCK, MARKS_BLOCK, PRECISION_BLOCK];

/**
 * One record of a block, from a sheet row whose index 0 is column `firstColumn` (a used
 * range need not start at A); blanks are "".
 */
export function blockRecord(
  row: ReadonlyArray<unknown> | undefined,
  block: StateBlock,
  firstColumn = 0,
): string[] {
  return Array.from({ length: block.width }, (_, i) => {
    const v = row?.[block.first + i - firstColumn];
    return v === null || v === undefined ? "" : String(v);
  });
}
