import { parseA1 } from "./a1";
import type { Dec } from "../numbers";
import type { SheetModel } from "./sheet-model";
import { STYLES, type CellStyle } from "./styles";

/*
 * Conventions of the published tables, decided here once for both writers (exceljs for
 * `fa build`, Office.js for the add-in), so that the printed pages agree whichever wrote
 * them.
 */

/*
 * Blank or 0.00 in an amount column. The rule the layout keeps (and the tests hold it to):
 * - an input the user left empty stays blank; the template never invents a figure;
 * - a computed cell is blank exactly when every part it adds is blank, and otherwise shows
 *   its value with 0 printed as 0.00 (AMOUNT_FORMAT has no zero section that would hide
 *   it): a 类 whose 款 are given as 0 prints 0.00, like the 款 rows under it;
 * - a difference (年末结转 = 年初 + 收入 − 支出) is blank while its added parts are, since
 *   0 − 支出 would print a negative figure that nobody stated.
 * Why a row's other figures do not turn a sum of blanks into 0.00: in 公开05 a 类 row
 * with 合计 1,000.00 from its 款 and no 基本/项目 split would print 0.00 + 0.00 beside
 * 1,000.00 — an identity broken on the printed page, and a zero nobody stated. Blank
 * there says “not split”, which is what the data says.
 */

/**
 * 类 rows hidden in the printed table: in a coded table, a 类 row with no 款 or 项 under it
 * whose every amount is blank or 0 (a data export lists every 类 of the catalogue, most of
 * them empty). Hidden, not removed: the row keeps its formulas, the 合计 still sums it, and
 * a figure typed into it later is one “unhide” away. Rows are 0-based sheet rows.
 */
export function hiddenClassRows(m: SheetModel, values: ReadonlyMap<string, Dec | null>): number[] {
  if (m.table.kind !== "coded") return [];
  const codes = m.rowKeys
    .map((k, row) => ({ row, code: /^row:(\d{3,})$/.exec(k)?.[1] }))
    .filter((r): r is { row: number; code: string } => r.code !== undefined);
  return codes
    .filter(
      ({ row, code }) =>
        code.length === 3 &&
        !codes.some((o) => o.code.length > 3 && o.code.startsWith(code)) &&
        m.cells
          .filter((c) => c.row === row)
          .every((c) => {
            const v = values.get(c.key);
            return v === null || v === undefined || v.isZero();
          }),
    )
    .map((r) => r.row);
}

/** Points per line of wrapped text in the tables' 10-pt 宋体, with Excel's cell padding. */
export const LINE_HEIGHT = 13.5;
const ROW_PADDING = 3;

/**
 * Width of a text in column-width units: a CJK character (or full-width punctuation) is
 * as wide as two Latin ones, which is how Excel's column width counts it in 宋体.
 */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}

/** Lines a text wraps to in a column `width` units wide (one unit lost to the padding). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

interface HeightCell {
  row: number;
  col: number;
  address: string;
  value?: string | number | null;
  style: keyof typeof STYLES;
}

/**
 * Row heights that show every wrapped text whole (header rows, the 项目绩效表's text
 * cells): neither Excel nor LibreOffice grows a row for text written by a program until
 * it is edited, so a long header would print cut. The line count is estimated from the
 * text and the width of its cell (merged columns together; a cell merged down several
 * rows shares its lines among them). Only rows that need more than one line are listed.
 */
export function wrappedRowHeights(
  cells: readonly HeightCell[],
  widths: ReadonlyArray<{ col: number; width: number }>,
  merges: readonly string[],
): Array<{ row: number; height: number }> {
  const widthOf = new Map(widths.map((w) => [w.col, w.width]));
  const span = new Map<string, { rows: number; cols: number[] }>();
  for (const m of merges) {
    const [a, b = a] = m.split(":");
    const p = parseA1(a);
    const q = parseA1(b);
    const cols = Array.from({ length: q.col - p.col + 1 }, (_, i) => p.col + i);
    span.set(a, { rows: q.row - p.row + 1, cols });
  }
  const lines = new Map<number, number>();
  for (const c of cells) {
    if (!(STYLES[c.style] as CellStyle).wrap || typeof c.value !== "string" || c.value === "")
      continue;
    const s = span.get(c.address) ?? { rows: 1, cols: [c.col] };
    const width = s.cols.reduce((w, col) => w + (widthOf.get(col) ?? 9), 0);
    const need = Math.ceil(wrappedLines(c.value, width) / s.rows);
    if (need > (lines.get(c.row) ?? 1)) lines.set(c.row, need);
  }
  return [...lines]
    .sort((a, b) => a[0] - b[0])
    .map(([row, n]) => ({ row, height: n * LINE_HEIGHT + ROW_PADDING }));
}
