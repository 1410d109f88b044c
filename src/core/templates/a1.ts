/** A1-style addressing, 0-based row and column indices in, Excel text out. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `C$33`: the row fixed, for a denominator copied down a column. */
export function a1FixedRow(row: number, col: number): string {
  return `${columnLetters(col)}$${row + 1}`;
}

export function a1Absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeA1(r: Rect): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function parseRange(range: string): Rect {
  const [a, b = a] = range.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * A sheet name as written in a reference: always quoted, which is never wrong and is
 * required for CJK names, spaces, a leading digit, or a name that looks like a cell (A1).
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A range with every row and column fixed, as print areas and print titles are stored in
 * a workbook: `A1:F35` → `$A$1:$F$35`, a row span `4:5` → `$4:$5` (idempotent).
 */
export function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((part) => {
      const bare = part.replace(/\$/g, "");
      const m = /^([A-Za-z]*)(\d*)$/.exec(bare);
      if (!m) throw new Error(`not an A1 range: ${range}`);
      return `${m[1] ? `$${m[1]}` : ""}${m[2] ? `$${m[2]}` : ""}`;
    })
    .join(":");
}
