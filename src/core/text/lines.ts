import type { Span } from "../span";

/** One line of the text: [start, end) without its terminator; `next` is where the next begins. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
}

/** Splits at LF, CRLF and lone CR, so that the three styles give the same lines. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ index: lines.length, start, end: i, next });
    start = next;
    i = next - 1;
  }
  lines.push({ index: lines.length, start, end: text.length, next: text.length });
  return lines;
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
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * 1-based line and column of an offset, by binary search over line starts (columns in
 * UTF-16 units, as the offsets are). Offsets outside the text are clamped.
 */
export function lineColumnFinder(
  lines: readonly Line[],
  length: number,
): (offset: number) => { line: number; column: number } {
  const starts = lines.map((l) => l.start);
  return (offset: number) => {
    const at = Math.min(Math.max(Number.isFinite(offset) ? Math.floor(offset) : 0, 0), length);
    const i = lastStartAtOrBefore(starts, at);
    return { line: i + 1, column: at - starts[i] + 1 };
  };
}

/** Index of the last of ascending `starts` that is ≤ `at` (0 when none is), by binary search. */
export function lastStartAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
