import type { PdfItem, PdfPage } from "./types";

/** A printed line: the runs sharing a baseline, left to right. */
export interface PdfLine {
  page: number;
  /** 1-based index of the line on its page, top to bottom (what a reader counts). */
  line: number;
  y: number;
  x0: number;
  x1: number;
  /** The largest font size on the line. */
  size: number;
  items: PdfItem[];
  /** The runs joined (see joinRuns). */
  text: string;
}

/**
 * Groups a page's runs into lines. Runs belong to one line when their baselines are
 * closer than a third of the font size (cells of one table row are printed with slightly
 * different baselines when one wraps); within a line they are ordered by x.
 */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((i) => i.s.trim() !== "").sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    const tolerance = Math.max(1, item.h / 3);
    if (last && Math.abs(last[0].y - item.y) <= tolerance) last.push(item);
    else groups.push([item]);
  }
  return groups.map((g, i) => {
    g.sort((a, b) => a.x - b.x);
    return {
      page: page.page,
      line: i + 1,
      y: g[0].y,
      x0: g[0].x,
      x1: Math.max(...g.map((r) => r.x + r.w)),
      size: Math.max(...g.map((r) => r.h)),
      items: g,
      text: joinRuns(g),
    };
  });
}

/** CJK ideographs, full-width forms and CJK punctuation: characters written without spaces. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d\u2018\u2019]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Runs joined into the line's text: a gap wider than a fifth of the font size is a space;
 * spaces next to a CJK character are dropped, which collapses letter-spaced runs
 * (“目  录”, “2 0 2 0 年”) — Chinese is written without spaces, so none is lost.
 */
export function joinRuns(runs: readonly PdfItem[]): string {
  let text = "";
  let end = -Infinity;
  for (const r of runs) {
    if (text !== "" && r.x - end > r.h / 5) text += " ";
    text += r.s;
    end = Math.max(end, r.x + r.w);
  }
  return collapseSpacing(text);
}

/** Drops whitespace that touches a CJK character, and squeezes the rest to single spaces. */
export function collapseSpacing(text: string): string {
  const chars = Array.from(text.replace(/[ \t\u00a0\u3000]+/g, " ").trim());
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === " " && (isCjk(chars[i - 1]) || isCjk(chars[i + 1]) || isDigitGap(chars, i))) {
      continue;
    }
    out += ch;
  }
  return out;
}

/**
 * A space between two digits, or between a digit and a decimal point or percent sign, in
 * a letter-spaced figure (“1 4 1 4 . 4 9”); figures in Chinese prose never hold spaces.
 */
function isDigitGap(chars: readonly string[], i: number): boolean {
  const a = chars[i - 1] ?? "";
  const b = chars[i + 1] ?? "";
  return /[\d.%]/.test(a) && /[\d.%]/.test(b);
}
