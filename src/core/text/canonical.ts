import type { Span } from "../span";
import { foldAt, mayFold } from "./fold";
import {
  PARAGRAPH_END,
  endsParagraph,
  contentsEntryTitle,
  figureColumnsStart,
  findContents,
  isBareInteger,
  isPageNumber,
  isPipeRow,
} from "./layout";
import {
  type LineTable,
  isSpace,
  lastStartAtOrBefore,
  lineTable,
  trimSpan,
  trimmedEnd,
  trimmedStart,
} from "./lines";
import { readMarker } from "./markers";
import { matchStandardTitle } from "./title-match";

/**
 * The canonical reading of a narrative: the text the claim reader and the rules see,
 * with an offset map back to the text as given.
 *
 * API (kept small on purpose; other modules build on it):
 * - `canonicalReading(source)` → `CanonicalText` `{ source, text, toSource, spanToSource }`.
 * - `text` is what segment(), the claims and the rules read; `source` is the text as given.
 * - `toSource(offset)` maps an offset of `text` to an offset of `source`;
 *   `spanToSource(span)` maps a half-open span (its end lands after the source character
 *   of its last canonical character, so a span never swallows a dropped line break
 *   after it). Every span reported to a user is mapped through it.
 * - When nothing needs changing, `text === source` and both maps are the identity.
 *
 * What the reading does, in one linear pass over the lines:
 * - page furniture is dropped: page numbers (“- 3 -”, “第3页”, a lone integer at a page
 *   break or amid prose) and running headers/footers (a short line repeated at three or
 *   more page boundaries);
 * - hard line breaks inside a paragraph are removed: always inside a figure (“27⏎09.84”,
 *   “11⏎.18 %”); and, in a text whose lines are wrapped at a width (as text copied out of
 *   a PDF is), after every full-width line that is not followed by a numbered line —
 *   across page breaks too. A text of one paragraph per line keeps its lines;
 * - spaces go, except one between two ASCII letters or digits: justified letter spacing
 *   (“本 年 收 入 合 计 1234.56 万 元 ，”), spaces before units and percent signs; a line
 *   spaced between almost every character loses all its spaces (digits included);
 * - characters are folded one for one (fold.ts): full-width digits and letters, half-width
 *   CJK punctuation, traditional characters of this domain;
 * - pinyin glosses of mirror sites (“萬(wàn)元”) are dropped;
 * - table rows written with “|” or with columns of figures become tab-separated rows
 *   (one cell per line when the source has one cell per line), which segment() reads as
 *   tables; tab-separated tables and the 目录 keep their lines.
 */
export interface CanonicalText {
  readonly source: string;
  readonly text: string;
  toSource(offset: number): number;
  spanToSource(span: Span): Span;
}

/** What a line is to the reading, as a code in a typed array (see Lines). */
const BLANK = 0;
const FURNITURE = 1;
const VERBATIM = 2;
const CONTENTS = 3;
const PIPE = 4;
const EMPTY_CELL = 5;
const COLUMNS = 6;
const PROSE = 7;

/**
 * The lines as the reading classes them, one entry per line in typed arrays rather than an
 * object per line: a text of half a million short lines keeps them all until it is read.
 * Line i's content is the line trimmed of spaces, [contentStart[i], contentEnd[i]), both
 * −1 for a blank line; pageBreak[i] is 1 when a form feed is at or before its start.
 */
interface Lines {
  readonly table: LineTable;
  readonly kind: Uint8Array;
  readonly contentStart: Int32Array;
  readonly contentEnd: Int32Array;
  readonly pageBreak: Uint8Array;
  /** The contents as strings ("" for a blank line), as findContents() and the furniture read them. */
  readonly texts: readonly string[];
  /** startsNumbered() of each line once known: 0 not yet, 1 numbered, 2 not (asked twice a line). */
  readonly numbered: Uint8Array;
}

/** Share of tab-led lines above which a leading tab is indentation (as tables.ts reads it). */
const INDENT_SHARE = 0.8;
/** A line this close to the wrap width (display width or characters) is a full one. */
const FULL_WIDTH = 0.85;
const FULL_CHARS = 0.9;
/** Fewer wrapped-looking lines than this and the text is read as one paragraph per line. */
const MIN_WRAPPED = 3;
const MIN_WRAP_WIDTH = 24;

/** `lines`: lineTable(source), when the caller has them already (segment() needs them too). */
export function canonicalReading(
  source: string,
  lines: LineTable = lineTable(source),
): CanonicalText {
  return readCanonically(source, lines).reading;
}

/**
 * canonicalReading(), with what it found on the way that segment() would find again: the
 * 目录's range of lines (of the text as given).
 */
export function readCanonically(
  source: string,
  lines: LineTable,
): { reading: CanonicalText; contents: { start: number; end: number } | null } {
  const { infos, contents } = classify(source, lines);
  const wrap = wrapWidth(source, infos);
  const out = new Builder(source);
  const { kind } = infos;
  // The last line written whose line break is still to be written (or dropped by a join),
  // or −1. Spaces around a line and its line break are copied as they are when the line
  // ends a paragraph (segment() trims them), and what a paragraph lost (spaces, joins,
  // furniture) is given back as spaces before its line break and before the next
  // paragraph: the canonical text keeps the length of the text as given, and every
  // paragraph starts at the offset it has there, so most offsets are the same in both.
  let open = -1;
  for (let i = 0; i < lines.count; i++) {
    if (kind[i] === FURNITURE) continue;
    if (kind[i] === BLANK) {
      if (open >= 0 && pageGap(infos, i)) continue;
      if (open >= 0) out.lineEnd(restOf(infos, open), lines.next[open]);
      out.align(lines.start[i]);
      open = i;
      continue;
    }
    const joined = open >= 0 && joins(source, infos, open, i, wrap);
    if (!joined) {
      if (open >= 0) out.lineEnd(restOf(infos, open), lines.next[open]);
      out.align(lines.start[i]);
      if (kind[i] !== VERBATIM && hasContent(infos, i))
        out.fold(lines.start[i], infos.contentStart[i]);
    }
    emitLine(source, infos, i, out);
    open = i;
  }
  if (open >= 0) out.lineEnd(restOf(infos, open), lines.next[open]);
  out.align(source.length);
  return { reading: out.finish(), contents };
}

/** Where what follows a line's written content starts: its trailing spaces, its line break. */
function restOf(infos: Lines, i: number): number {
  if (infos.kind[i] === VERBATIM) return infos.table.end[i];
  return hasContent(infos, i) ? infos.contentEnd[i] : infos.table.start[i];
}

/** Blank line i lies in a page boundary: furniture or a form feed before the next text. */
function pageGap(infos: Lines, i: number): boolean {
  const { kind, pageBreak } = infos;
  for (let k = i; k >= 0 && (kind[k] === BLANK || kind[k] === FURNITURE); k--) {
    if (kind[k] === FURNITURE || pageBreak[k] === 1) return true;
  }
  for (let k = i + 1; k < kind.length; k++) {
    if (pageBreak[k] === 1 || kind[k] === FURNITURE) return true;
    if (kind[k] !== BLANK) return false;
  }
  return false;
}

function classify(
  source: string,
  table: LineTable,
): { infos: Lines; contents: { start: number; end: number } | null } {
  const n = table.count;
  const kind = new Uint8Array(n);
  const contentStart = new Int32Array(n);
  const contentEnd = new Int32Array(n);
  const pageBreak = new Uint8Array(n);
  const texts: string[] = new Array<string>(n);
  // Counted, not filtered: no arrays of every line for two numbers.
  let nonBlank = 0;
  let tabLed = 0;
  for (let i = 0; i < n; i++) {
    const start = table.start[i];
    const end = table.end[i];
    const s = trimmedStart(source, start, end);
    const e = trimmedEnd(source, s, end);
    const blank = s === e;
    pageBreak[i] = hasCode(source, start, blank ? end : s, 12) ? 1 : 0;
    // A line that is only a tab is an empty cell of a pasted table, not a blank line.
    kind[i] = !blank ? PROSE : hasCode(source, start, end, 9) ? VERBATIM : BLANK;
    contentStart[i] = blank ? -1 : s;
    contentEnd[i] = blank ? -1 : e;
    texts[i] = blank ? "" : source.slice(s, e);
    if (!blank) {
      nonBlank++;
      if (source.charCodeAt(start) === 9) tabLed++;
    }
  }
  const numbered = new Uint8Array(n);
  const infos: Lines = { table, kind, contentStart, contentEnd, pageBreak, texts, numbered };
  const tabIsIndent = nonBlank >= 5 && tabLed >= nonBlank * INDENT_SHARE;

  for (let i = 0; i < n; i++) {
    if (!hasContent(infos, i)) continue;
    const t = texts[i];
    if (t.includes("\t") || (source.charCodeAt(table.start[i]) === 9 && !tabIsIndent)) {
      kind[i] = VERBATIM;
    } else if (isPipeRow(t)) kind[i] = PIPE;
    else if (figureColumnsStart(t) >= 0 && !isLetterSpaced(source, contentStart[i], contentEnd[i]))
      kind[i] = COLUMNS;
  }
  markBarCells(infos);
  const contents = findContents(texts);
  if (contents) {
    for (let i = contents.start; i < contents.end; i++) {
      if (hasContent(infos, i)) kind[i] = CONTENTS;
    }
  }
  markFurniture(infos);
  return { infos, contents };
}

/** A bar alone on its line: “|”. */
const LONE_BAR = /^[|｜]$/;
/** A cell written with its bar: “预 算 数 |”. */
const BARRED_CELL = /^[^|｜]+[|｜]$/;
const MAX_BARRED_CELL = 40;

/**
 * Web pages' tables copied one cell to a line put each cell's bar either on the cell's
 * line (“20 |”) or on a line of its own after it (“年度⏎|⏎合计⏎|”). After a barred cell, a
 * lone bar is a cell with nothing in it (the figure the table leaves blank); after a bare
 * short line, it closes that line as a cell — either way the cells keep their places.
 */
function markBarCells(infos: Lines): void {
  const { kind, texts } = infos;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] !== PIPE || !LONE_BAR.test(texts[i])) continue;
    const k = nearest(infos, i, -1);
    if (k < 0) continue;
    if (kind[k] === PIPE && BARRED_CELL.test(texts[k])) kind[i] = EMPTY_CELL;
    else if (
      (kind[k] === PROSE || kind[k] === COLUMNS) &&
      texts[k].length <= MAX_BARRED_CELL &&
      !PARAGRAPH_END.test(texts[k]) &&
      !texts[k].includes("。")
    )
      kind[k] = PIPE;
  }
}

function hasContent(infos: Lines, i: number): boolean {
  return infos.contentStart[i] >= 0;
}

/** Whether [start, end) holds the code unit: no slice per line for a one-character test. */
function hasCode(text: string, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

function markFurniture(infos: Lines): void {
  const { kind, pageBreak, texts } = infos;
  // A line at a page boundary: it starts a page, or a page number or a page break comes
  // right before or after it, or it is the first or last line of the text.
  const atBoundary = (i: number): boolean => {
    if (pageBreak[i] === 1) return true;
    const before = nearest(infos, i, -1);
    const after = nearest(infos, i, 1);
    if (before < 0 || after < 0 || pageBreak[after] === 1) return true;
    return isPageNumber(texts[before]) || isPageNumber(texts[after]);
  };
  // No array and no callback per line: it is asked of every bare integer.
  const isLongProse = (k: number): boolean => k < 0 || (kind[k] === PROSE && texts[k].length >= 10);
  const proseAround = (i: number): boolean =>
    isLongProse(nearest(infos, i, -1)) && isLongProse(nearest(infos, i, 1));
  // Short lines by what they read as when repeated (repeatKey): a key number per line (−1
  // for none) and a count per key, in typed arrays rather than a list of lines per key.
  const keyIds = new Map<string, number>();
  const keyOf = new Int32Array(kind.length).fill(-1);
  const perKey: number[] = [];
  for (let i = 0; i < kind.length; i++) {
    if (!hasContent(infos, i)) continue;
    const t = texts[i];
    if (isPageNumber(t) || (isBareInteger(t) && (atBoundary(i) || proseAround(i)))) {
      kind[i] = FURNITURE;
      continue;
    }
    if (t.length <= 60 && !PARAGRAPH_END.test(t)) {
      const key = repeatKey(t);
      let id = keyIds.get(key);
      if (id === undefined) {
        id = perKey.length;
        keyIds.set(key, id);
        perKey.push(0);
      }
      keyOf[i] = id;
      perKey[id]++;
    }
  }
  // A line repeated at three page boundaries or more is a running header or footer there.
  const atPageBoundary = new Uint8Array(kind.length);
  const boundariesPerKey = new Int32Array(perKey.length);
  for (let i = 0; i < kind.length; i++) {
    const id = keyOf[i];
    if (id < 0 || perKey[id] < 3 || !atBoundary(i)) continue;
    atPageBoundary[i] = 1;
    boundariesPerKey[id]++;
  }
  for (let i = 0; i < kind.length; i++) {
    if (atPageBoundary[i] === 1 && boundariesPerKey[keyOf[i]] >= 3) kind[i] = FURNITURE;
  }
}

/**
 * A line as running headers repeat it: each run of digits (a page number) as “#”, spaces
 * dropped. Built by hand rather than by two replacements: every short line is keyed, and a
 * text of half a million numbered lines made two strings and a match per line.
 */
function repeatKey(t: string): string {
  let k = 0;
  while (k < t.length && !isAsciiDigit(t.charCodeAt(k)) && !isWhitespace(t.charCodeAt(k))) k++;
  if (k === t.length) return t;
  let key = t.slice(0, k);
  let inNumber = false;
  for (; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (isAsciiDigit(c)) {
      if (!inNumber) key += "#";
      inNumber = true;
      continue;
    }
    inNumber = false;
    if (!isWhitespace(c)) key += t[k];
  }
  return key;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The code units of the regular expressions' \s (ECMAScript WhiteSpace and LineTerminator). */
function isWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function nearest(infos: Lines, i: number, step: 1 | -1): number {
  const n = infos.kind.length;
  for (let k = i + step; k >= 0 && k < n; k += step) if (hasContent(infos, k)) return k;
  return -1;
}

interface Wrap {
  width: number;
  chars: number;
}

function displayWidth(text: string, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return w;
}

/** Punctuation inside a sentence or at its end: a line without any reads as a title. */
const SENTENCE_MARK = /[，,。；;：:！!？?]/;

/**
 * The width at which the text's lines were wrapped, or null for a text of one paragraph
 * per line. Wrapped lines are the ones that end mid-sentence before a line that is not
 * numbered; when they are wrapped at a width, most of them have nearly that width.
 */
function wrapWidth(source: string, infos: Lines): Wrap | null {
  const { kind, contentStart, contentEnd, table } = infos;
  const widths = new Counts();
  const chars = new Counts();
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] !== PROSE) continue;
    const next = adjacentProse(infos, i);
    if (next < 0) continue;
    const s = contentStart[i];
    const e = contentEnd[i];
    if (endsParagraph(source, s, e) || startsNumbered(source, infos, next)) continue;
    // A numbered title (“（一）基本支出预算收支增减情况”) ends where its words end, not at a
    // printed width: headings of one length are no evidence of wrapping.
    if (startsNumbered(source, infos, i) && !SENTENCE_MARK.test(source.slice(s, e))) continue;
    widths.add(displayWidth(source, s, e));
    // Characters as wrapped: a letter-spaced line loses spaces at both ends when trimmed.
    chars.add(table.end[i] - table.start[i]);
  }
  // Wrapped at a printed width (a PDF: the display widths agree) or at a number of
  // characters (an editor or a converter: the lengths agree); either is evidence.
  const width = widths.cluster(FULL_WIDTH);
  const count = chars.cluster(FULL_CHARS);
  const byWidth = width !== null && width >= MIN_WRAP_WIDTH;
  const byCount = count !== null && count * 2 >= MIN_WRAP_WIDTH;
  if (!byWidth && !byCount) return null;
  return { width: byWidth ? width : Infinity, chars: byCount ? count : Infinity };
}

/**
 * Line widths as a count per width: lines have few distinct widths, and half a million
 * short lines are then a handful of entries, not an array to sort.
 */
class Counts {
  private readonly byValue = new Map<number, number>();
  private total = 0;

  add(value: number): void {
    this.byValue.set(value, (this.byValue.get(value) ?? 0) + 1);
    this.total++;
  }

  /**
   * The value W with the most samples in [share·W, W] (the widest of equals), when they
   * are most of the samples; else null.
   */
  cluster(share: number): number | null {
    if (this.total < MIN_WRAPPED) return null;
    const values = Float64Array.from(this.byValue.keys()).sort();
    let best = 0;
    let bestValue = 0;
    let inWindow = 0;
    let lo = 0;
    for (const v of values) {
      inWindow += this.byValue.get(v)!;
      while (values[lo] < v * share) inWindow -= this.byValue.get(values[lo++])!;
      if (inWindow >= best) {
        best = inWindow;
        bestValue = v;
      }
    }
    if (best < MIN_WRAPPED || best * 2 < this.total) return null;
    return bestValue;
  }
}

/** The next line when it is prose and follows directly or across a page boundary only; else −1. */
function adjacentProse(infos: Lines, i: number): number {
  const { kind, pageBreak } = infos;
  let crossedPage = false;
  for (let k = i + 1; k < kind.length; k++) {
    if (kind[k] === FURNITURE) {
      crossedPage = true;
      continue;
    }
    if (pageBreak[k] === 1) crossedPage = true;
    if (kind[k] === BLANK) {
      if (pageGap(infos, k)) {
        crossedPage = true;
        continue;
      }
      return -1;
    }
    return kind[k] === PROSE && (k === i + 1 || crossedPage) ? k : -1;
  }
  return -1;
}

/** Enough of a letter-spaced line for its marker (“第 十 一 部 分”, “（ 1 2 ）”). */
const SPACED_MARKER = 24;

function startsNumbered(source: string, infos: Lines, i: number): boolean {
  if (infos.numbered[i] === 0) infos.numbered[i] = readsNumbered(source, infos, i) ? 1 : 2;
  return infos.numbered[i] === 1;
}

function readsNumbered(source: string, infos: Lines, i: number): boolean {
  const start = infos.contentStart[i];
  const end = infos.contentEnd[i];
  const marker = readMarker(source, start, end);
  if (marker === null) {
    // “1 4 . 其 他 …”: a letter-spaced line's marker is read without its spacing.
    if (!isLetterSpaced(source, start, end)) return false;
    const head = source.slice(start, Math.min(end, start + SPACED_MARKER)).replace(/\s/g, "");
    return readMarker(head, 0, head.length) !== null;
  }
  // Letter-spaced, a wrapped figure reads like an item number: “ 9 . 0 0 %” continues
  // “…占”. A “.” whose next letter is a digit is a decimal point there, not a marker's.
  if (marker.style === "arabic" && marker.marker.trimEnd().endsWith(".")) {
    let k = marker.markerSpan.end;
    while (k < end && isSpace(source.charCodeAt(k))) k++;
    if (isDigitCode(source.charCodeAt(k)) && isLetterSpaced(source, start, end)) return false;
  }
  return true;
}

/** Whether prose line a continues on line b (nothing but page furniture between them). */
function joins(source: string, infos: Lines, a: number, b: number, wrap: Wrap | null): boolean {
  const { kind, contentStart, contentEnd, table } = infos;
  if (kind[a] !== PROSE || kind[b] !== PROSE) return false;
  const aStart = contentStart[a];
  const aEnd = contentEnd[a];
  const last = source.charCodeAt(aEnd - 1);
  const first = source.charCodeAt(contentStart[b]);
  // A figure broken over two lines: “27⏎09.84”, “11⏎.18 %”.
  if (
    isFigureChar(last) &&
    (isDigitCode(first) || first === 46 || first === 37 || first === 0xff05)
  ) {
    if (isDigitCode(last)) return true;
    // “3,⏎633”, “0 .⏎0 0” (letter-spaced): a separator or point after a digit.
    let k = aEnd - 2;
    while (k > aStart && isSpace(source.charCodeAt(k))) k--;
    if (isDigitCode(source.charCodeAt(k)) && isDigitCode(first)) return true;
  }
  if (!wrap) return false;
  const width = displayWidth(source, aStart, aEnd);
  const chars = table.end[a] - table.start[a];
  const full =
    (width >= wrap.width * FULL_WIDTH && width <= wrap.width * 1.2 + 4) ||
    (chars >= wrap.chars * FULL_CHARS && chars <= wrap.chars * 1.2 + 2);
  if (!full || startsNumbered(source, infos, b)) return false;
  // A standard title that happens to fill the line is complete: what follows is its body.
  const text = source.slice(aStart, aEnd);
  const marker = readMarker(source, aStart, aEnd);
  const title = marker ? source.slice(marker.markerSpan.end, aEnd) : text;
  if (matchStandardTitle(title.trim()) !== null) return false;
  return true;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
function isFigureChar(c: number): boolean {
  return isDigitCode(c) || c === 46 || c === 44 || c === 0xff0e;
}

function emitLine(source: string, infos: Lines, i: number, out: Builder): void {
  const c: Span = { start: infos.contentStart[i], end: infos.contentEnd[i] };
  switch (infos.kind[i]) {
    case VERBATIM:
      out.fold(infos.table.start[i], infos.table.end[i]);
      return;
    case PIPE:
      emitPipeRow(source, c, out);
      return;
    case EMPTY_CELL:
      out.tab(c.start);
      return;
    case COLUMNS:
      emitColumns(source, c, out);
      return;
    case CONTENTS: {
      const text = infos.texts[i];
      const title = contentsEntryTitle(text, true);
      const titleEnd = title === null ? c.end : c.start + title.length;
      out.prose(c.start, titleEnd, false);
      out.fold(titleEnd, c.end);
      return;
    }
    default:
      out.prose(c.start, c.end, isLetterSpaced(source, c.start, c.end));
  }
}

/**
 * Cells between “|”: one row per line becomes tab-separated cells; a line that is one cell
 * and a bar (“项 目 |”) becomes a tab-led cell line and a line of bars a row separator, the
 * shape of a table pasted from Word one cell per line.
 */
function emitPipeRow(source: string, c: Span, out: Builder): void {
  const cells: Span[] = [];
  let s = c.start;
  for (let k = c.start; k <= c.end; k++) {
    const code = k < c.end ? source.charCodeAt(k) : 124;
    if (code === 124 || code === 0xff5c) {
      const cell = trimSpan(source, s, k);
      if (cell) cells.push(cell);
      s = k + 1;
    }
  }
  if (cells.length === 0) return; // a row separator: the line break alone
  if (cells.length === 1) out.tab(c.start);
  cells.forEach((cell, n) => {
    if (n > 0) out.tab(cell.start - 1);
    out.prose(cell.start, cell.end, isLetterSpaced(source, cell.start, cell.end));
  });
}

/** “1. 财政补助收入 6909800 55508400 703.33%”: the label, then one tab before each figure. */
function emitColumns(source: string, c: Span, out: Builder): void {
  const text = source.slice(c.start, c.end);
  const from = c.start + figureColumnsStart(text);
  const label = trimSpan(source, c.start, from);
  if (label) out.prose(label.start, label.end, isLetterSpaced(source, label.start, label.end));
  let k = from;
  while (k < c.end) {
    let e = k;
    while (e < c.end && !isSpace(source.charCodeAt(e))) e++;
    if (label || k > from) out.tab(k - 1 >= c.start ? k - 1 : k);
    out.fold(k, e);
    k = e;
    while (k < c.end && isSpace(source.charCodeAt(k))) k++;
  }
}

/** Spaces between nearly all characters: justified letter spacing, digits included. */
function isLetterSpaced(source: string, start: number, end: number): boolean {
  let chars = 0;
  let gaps = 0;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const sp = isSpace(source.charCodeAt(i));
    if (sp && !inSpace && chars > 0) gaps++;
    if (!sp) chars++;
    inSpace = sp;
  }
  return chars >= 4 && gaps * 10 >= (chars - 1) * 6;
}

const ASCII_ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_ALNUM[c] = 1;
const isAsciiAlnum = (c: number): boolean => c < 128 && ASCII_ALNUM[c] === 1;

/**
 * The spaces that are not layout: one between two ASCII letters or digits (“2019 2020”),
 * and a space that stands for a missing figure — before a unit after a word (“支出 万元”)
 * or inside empty brackets (“（ ）万元”) — which template-residue must still see.
 */
function keepsSpace(before: number, after: number): boolean {
  if (isAsciiAlnum(before) && isAsciiAlnum(after)) return true;
  if ((before === 0xff08 || before === 40) && (after === 0xff09 || after === 41)) return true;
  const unit =
    after === 0x4e07 || after === 0x5143 || after === 0x4ebf || after === 37 || after === 0xff05;
  // 万 and 亿 begin units themselves: “万 元” is one unit letter-spaced.
  const word = before >= 0x3400 && before <= 0x9fff && before !== 0x4e07 && before !== 0x4ebf;
  return unit && word;
}

/** “萬(wàn)元”: a romanisation with tone marks in brackets right after a CJK character. */
const GLOSS = /^[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}[)）]/;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

function glossLength(source: string, i: number, prev: number): number {
  if (prev < 0x3400 || prev > 0x9fff) return 0;
  const m = GLOSS.exec(source.slice(i, i + 12));
  return m && TONE.test(m[0]) ? m[0].length : 0;
}

/** Builds the canonical text and its map: runs where canonical and source advance together. */
class Builder {
  private parts: string[] = [];
  /**
   * Source [copyStart, copyEnd) still to be appended to `parts`: adjacent unchanged pieces
   * are copied as one slice, so a text that needs few changes is a few slices, not two
   * per line.
   */
  private copyStart = 0;
  private copyEnd = 0;
  private length = 0;
  /** Canonical start and source start of each run. */
  private canon: number[] = [];
  private src: number[] = [];
  private runEnd = -1;
  private last = 0;

  constructor(private readonly source: string) {}

  private mark(sourceAt: number, n: number): void {
    if (sourceAt !== this.runEnd) {
      this.canon.push(this.length);
      this.src.push(sourceAt);
    }
    this.length += n;
    this.runEnd = sourceAt + n;
  }

  private copy(start: number, end: number): void {
    if (start !== this.copyEnd || this.copyStart === this.copyEnd) {
      this.flushCopy();
      this.copyStart = start;
    }
    this.copyEnd = end;
  }

  private flushCopy(): void {
    if (this.copyStart < this.copyEnd)
      this.parts.push(this.source.slice(this.copyStart, this.copyEnd));
    this.copyStart = this.copyEnd = 0;
  }

  /** Text that is not a copy of the source, after the copies before it. */
  private append(text: string): void {
    this.flushCopy();
    this.parts.push(text);
  }

  /** Source [start, end) folded one for one. */
  fold(start: number, end: number): void {
    if (start >= end) return;
    const s = this.source;
    let clean = true;
    for (let i = start; i < end && clean; i++) if (mayFold(s.charCodeAt(i))) clean = false;
    if (clean) {
      this.mark(start, end - start);
      this.copy(start, end);
      this.last = s.charCodeAt(end - 1);
      return;
    }
    let piece = "";
    for (let i = start; i < end; i++) {
      // The unit after a comma or colon is the next one written: across letter spacing
      // and across a line break that a join removes (“3,⏎633,293.83”).
      let n = i + 1;
      while (n < s.length && isSpace(s.charCodeAt(n))) n++;
      const f = foldAt(s, i, this.last, s.charCodeAt(n));
      piece += String.fromCharCode(f);
      this.last = f;
    }
    this.mark(start, end - start);
    this.append(piece);
  }

  /** Prose: spaces dropped (one kept between ASCII letters or digits), glosses dropped, folded. */
  prose(start: number, end: number, letterSpaced: boolean): void {
    const s = this.source;
    let runStart = start;
    let i = start;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        this.fold(runStart, i);
        let j = i;
        while (j < end && isSpace(s.charCodeAt(j))) j++;
        const keep = !letterSpaced && j < end && keepsSpace(this.last, s.charCodeAt(j));
        if (keep) this.put(" ", i);
        i = j;
        runStart = j;
        continue;
      }
      if (c === 40 || c === 0xff08) {
        const n = glossLength(s, i, i > start ? s.charCodeAt(i - 1) : this.last);
        if (n > 0) {
          this.fold(runStart, i);
          i += n;
          runStart = i;
          continue;
        }
      }
      i++;
    }
    this.fold(runStart, end);
  }

  /** A character that stands for source [at, …): a line break, a tab between cells. */
  put(ch: string, at: number): void {
    this.canon.push(this.length);
    this.src.push(at);
    this.length += ch.length;
    this.runEnd = -1;
    this.append(ch);
    this.last = ch.charCodeAt(0);
  }

  /** What ends a paragraph line, copied: its trailing spaces and its line break, after the padding. */
  lineEnd(start: number, next: number): void {
    this.align(start);
    this.fold(start, next);
  }

  /**
   * Spaces for what was dropped before source offset `at`, so that the canonical text
   * reaches the same offset.
   */
  align(at: number): void {
    const pad = at - this.length;
    if (pad <= 0) return;
    // Every padding space maps onto `at`: offsets stay in order, and no span holds them
    // (spans are trimmed of spaces).
    for (let k = 0; k < pad; k++) {
      this.canon.push(this.length + k);
      this.src.push(at);
    }
    this.length += pad;
    this.runEnd = -1;
    this.append(" ".repeat(pad));
    this.last = 32;
  }

  tab(at: number): void {
    this.put("\t", at);
  }

  finish(): CanonicalText {
    const source = this.source;
    this.flushCopy();
    const text = this.parts.join("");
    if (text === source) {
      return {
        source,
        text: source,
        toSource: (o) => o,
        spanToSource: (s) => ({ start: s.start, end: s.end }),
      };
    }
    const canon = this.canon;
    const src = this.src;
    const length = text.length;
    const toSource = (offset: number): number => {
      if (offset >= length) return source.length;
      if (offset <= 0) return src.length ? Math.min(src[0], source.length) : 0;
      const k = lastStartAtOrBefore(canon, offset);
      return src[k] + (offset - canon[k]);
    };
    return {
      source,
      text,
      toSource,
      spanToSource: (span) => {
        const start = toSource(span.start);
        if (span.end <= span.start) return { start, end: start };
        const end = toSource(span.end - 1) + 1;
        return { start, end: Math.max(start, Math.min(end, source.length)) };
      },
    };
  }
}
