import type { Span } from "../span";

/** One line of the text: [start, end) without its terminator; `next` is where the next begins. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
}

/**
 * The lines of a text as typed arrays: line i is [start[i], end[i]) without its
 * terminator, and the next one begins at next[i]. Reading a document keeps its lines
 * until the model is built, and half a million short lines as objects cost the collector
 * more than everything read from them. Offsets fit 32 bits: inputs are bounded far below.
 */
export interface LineTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly next: Int32Array;
}

/** Splits at LF, CRLF and lone CR, so that the three styles give the same lines. */
export function lineTable(text: string): LineTable {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const next = new Int32Array(count);
  let n = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const after = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    start[n] = from;
    end[n] = i;
    next[n++] = after;
    from = after;
    i = after - 1;
  }
  start[n] = from;
  end[n] = next[n] = text.length;
  return { count, start, end, next };
}

/** Line i of a table as an object, for the readers that keep few lines. */
export function lineOf(table: LineTable, index: number): Line {
  return { index, start: table.start[index], end: table.end[index], next: table.next[index] };
}

/** The lines as objects: lineTable() for readers that keep few of them. */
export function splitLines(text: string): Line[] {
  const table = lineTable(text);
  return Array.from({ length: table.count }, (_, i) => lineOf(table, i));
}

/**
 * Spaces for trimming: ASCII controls and space (tabs included), the ideographic space,
 * no-break and zero-width spaces, the BOM. Checked by code unit, so lone surrogates are
 * simply not spaces.
 */
export function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x7f ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** The span without leading and trailing spaces, or null when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  const s = trimmedStart(text, start, end);
  const e = trimmedEnd(text, s, end);
  return s < e ? { start: s, end: e } : null;
}

/**
 * Where [start, end) begins once its leading spaces are skipped (end when it is all
 * spaces); trimmedEnd(), where it ends without its trailing ones. Numbers, not a span: a
 * reader of every line makes no object for a line it does not keep.
 */
export function trimmedStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  return s;
}

export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * 1-based line and column of an offset, by binary search over the lines' starts (columns in
 * UTF-16 units, as the offsets are). Offsets outside the text are clamped.
 */
export function lineColumnFinder(
  starts: ArrayLike<number>,
  length: number,
): (offset: number) => { line: number; column: number } {
  return (offset: number) => {
    const at = Math.min(Math.max(Number.isFinite(offset) ? Math.floor(offset) : 0, 0), length);
    const i = lastStartAtOrBefore(starts, at);
    return { line: i + 1, column: at - starts[i] + 1 };
  };
}

/** Index of the last of ascending `starts` that is ≤ `at` (0 when none is), by binary search. */
export function lastStartAtOrBefore(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
