import type { CellAddress, TableId } from "./types";

/**
 * The logical key of a template cell: `01|income.total|amount`. Keys name what a cell
 * means, not where it sits, so that values survive a change of layout (rows added for
 * new codes) and identities can be written as data.
 */
export function cellKey(table: TableId, row: string, col: string): string {
  return `${table}|${row}|${col}`;
}

export function parseCellKey(key: string): CellAddress {
  const [table, row, col] = key.split("|");
  return { table: table as TableId, row, col };
}

/** Key of the 上年数 (prior-year) input that belongs to a value cell. */
export function priorKey(valueKey: string): string {
  return `${valueKey}|prior`;
}
