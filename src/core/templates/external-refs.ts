import { a1 } from "./a1";

/**
 * A formula that reads another workbook is no fact of this one: its cached value is
 * whatever the other file held when last opened. Excel stores such references as
 * `[1]Sheet1!A1` (an index into the workbook's external links) and shows them as
 * `'C:\path\[x.xlsx]Sheet1'!A1` or `[x.xlsx]Sheet1!A1`: a bracketed book before a sheet.
 */
export interface ExternalReference {
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  formula: string;
}

/** Text in double quotes is a string constant, never a reference. */
const STRINGS = /"(?:[^"]|"")*"/g;
/** `[book]Sheet!` or `'…[book]Sheet'!`: a bracketed name, then a sheet name, then `!`. */
const BOOK_THEN_SHEET = /\[[^[\]"]+\](?:[^!"'[\]]*'|[^!"'()[\],;=+\-*/&<>^\s]*)!/;

export function refersToOtherWorkbook(formula: string): boolean {
  return BOOK_THEN_SHEET.test(formula.replace(STRINGS, '""'));
}

export function externalReference(
  sheet: string,
  row: number,
  column: number,
  formula: string,
): ExternalReference {
  return { sheet, cell: a1(row, column), formula };
}

/** The warning shown for cells skipped because they read another workbook. */
export function externalReferencesWarning(refs: readonly ExternalReference[]): {
  zh: string;
  en: string;
} {
  const cells = refs.map((r) => `${r.sheet}!${r.cell}（${r.formula}）`).join("、");
  const cellsEn = refs.map((r) => `${r.sheet}!${r.cell} (${r.formula})`).join(", ");
  return {
    zh: `以下 ${refs.length} 个单元格引用其他工作簿，其值不作为本表数据读取：${cells}`,
    en: `${refs.length} cell(s) refer to another workbook; their values are not read as this workbook's figures: ${cellsEn}`,
  };
}
