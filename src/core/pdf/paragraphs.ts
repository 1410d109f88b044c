import { readMarker } from "../text/markers";
import { isCjk, type PdfLine } from "./lines";

/** Where a stretch of the rebuilt text was printed. */
export interface LineOrigin {
  /** Offset in the rebuilt text where the line's text starts. */
  start: number;
  page: number;
  line: number;
  /** The line's text as printed (after spacing was collapsed). */
  text: string;
}

export interface RebuiltText {
  /** Paragraphs separated by "\n"; a paragraph's printed lines joined without a break. */
  text: string;
  /** One entry per printed line, in text order. */
  origins: LineOrigin[];
}

/**
 * Rebuilds paragraphs from printed lines: a line continues the previous one (a wrap the
 * layout made, not the writer) unless something says a paragraph ended: a wider gap than
 * the body's line pitch, a previous line that stops short of the right margin, a first
 * line indented past the margin, or a numbering marker after a sentence end. Across a
 * page break, only a previous line that ran to the margin continues. Joined lines get a
 * space only between two Latin letters: Chinese and figures are written without one, so
 * “1414.” + “49万元” is the figure again.
 */
export function rebuildParagraphs(lines: readonly PdfLine[]): RebuiltText {
  const pitch = bodyPitch(lines);
  const margins = pageMargins(lines);
  let text = "";
  const origins: LineOrigin[] = [];
  let prev: PdfLine | undefined;
  for (const l of lines) {
    if (prev) text += continues(prev, l, pitch, margins) ? joiner(text, l.text) : "\n";
    origins.push({ start: text.length, page: l.page, line: l.line, text: l.text });
    text += l.text;
    prev = l;
  }
  return { text, origins };
}

function joiner(before: string, next: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(next) ? " " : "";
}

function continues(
  prev: PdfLine,
  next: PdfLine,
  pitch: number,
  margins: Map<number, { left: number; right: number }>,
): boolean {
  const pm = margins.get(prev.page)!;
  const nm = margins.get(next.page)!;
  // Lines end ragged (punctuation hangs past the margin, a figure or a Latin word that
  // does not fit moves whole to the next line): a line ran to the margin when less room
  // than about two characters, plus the next line's leading unbreakable run, was left.
  const unbreakable = (/^[\d.,%A-Za-z]+/.exec(next.text)?.[0].length ?? 0) * 0.75 * next.size;
  const ranToMargin = prev.x1 >= pm.right - 2.5 * prev.size - unbreakable;
  const indented = next.x0 > nm.left + 0.8 * next.size;
  if (!ranToMargin || indented) return false;
  if (next.page === prev.page && next.y - prev.y > pitch * 1.35) return false;
  if (/[。：:；;！？]$/.test(prev.text) && readMarker(next.text, 0, next.text.length)) return false;
  return isCjk(prev.text.slice(-1)) || /[\w.,，、%（）()“”]$/u.test(prev.text);
}

/** The most common distance between consecutive lines of a page: the body's line pitch. */
function bodyPitch(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].page !== lines[i - 1].page) continue;
    const gap = Math.round((lines[i].y - lines[i - 1].y) * 2) / 2;
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [gap, n] of counts)
    if (n > bestCount || (n === bestCount && gap < best)) {
      best = gap;
      bestCount = n;
    }
  return best || 14;
}

/** Left and right text margins per page: where most lines start and the longest ends. */
function pageMargins(lines: readonly PdfLine[]): Map<number, { left: number; right: number }> {
  const out = new Map<number, { left: number; right: number }>();
  for (const l of lines) {
    const m = out.get(l.page);
    if (!m) out.set(l.page, { left: l.x0, right: l.x1 });
    else {
      m.left = Math.min(m.left, l.x0);
      m.right = Math.max(m.right, l.x1);
    }
  }
  return out;
}

/** Page and line of an offset in the rebuilt text (binary search over the line origins). */
export function originAt(origins: readonly LineOrigin[], offset: number): LineOrigin | undefined {
  let lo = 0;
  let hi = origins.length - 1;
  let found: LineOrigin | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (origins[mid].start <= offset) {
      found = origins[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
