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

export const WAIVERS_BLOCK: StateBlock = {
  first: 3,
  width: 6,
  header: ["规则 rule", "文字 text", "说明 message", "审核人 who", "时间 when", "原因 why"],
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

export const STATE_BLOCKS: readonly StateBlock[] = [
  SETTINGS_BLOCK,
  WAIVERS_BLOCK,
  MARKS_BLOCK,
  PRECISION_BLOCK,
];

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
