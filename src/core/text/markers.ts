import { normalizeDigits } from "../numbers";
import type { Span } from "../span";
import { parseChineseNumeral, toChineseNumeral } from "./numerals";
import type { HeadingStyle } from "./types";

/** Nesting depth of each numbering style: a heading closes the open sections at its depth or deeper. */
export const HEADING_LEVEL: Readonly<Record<HeadingStyle, number>> = {
  part: 0,
  chinese: 1,
  "paren-chinese": 2,
  arabic: 3,
  "paren-arabic": 4,
};

export interface Marker {
  style: HeadingStyle;
  ordinal: number;
  /** The marker as written (original characters, e.g. full-width digits kept). */
  marker: string;
  markerSpan: Span;
}

const CN = "([一二三四五六七八九十]{1,3})";
const AR = "([1-9][0-9]?)";
const SP = "[ \\u3000]*";

// An arabic marker must not be followed by a digit, so “3.26万元” and “2020.12” are figures.
const PATTERNS: ReadonlyArray<readonly [HeadingStyle, RegExp, "cn" | "ar"]> = [
  ["part", new RegExp(`^第${SP}${CN}${SP}部分`), "cn"],
  ["chinese", new RegExp(`^${CN}${SP}、`), "cn"],
  ["paren-chinese", new RegExp(`^[（(]${SP}${CN}${SP}[）)]`), "cn"],
  ["paren-arabic", new RegExp(`^[（(]${SP}${AR}${SP}[）)]`), "ar"],
  ["arabic", new RegExp(`^${AR}${SP}[、.](?![0-9])`), "ar"],
];

/** Longest marker we accept (“第 十一 部分”); only this much of a line is looked at. */
const MAX_MARKER = 12;

/** The numbering marker at `start`, if the text there begins with one. */
/** What a marker opens with: 第, a bracket, a Chinese numeral, a digit (full-width too). */
const MARKER_OPENERS = "第（(一二三四五六七八九十123456789１２３４５６７８９";

export function readMarker(text: string, start: number, end: number): Marker | null {
  // Most lines are prose: rejected on their first character, without slicing or matching.
  if (end - start < 2 || !MARKER_OPENERS.includes(text[start])) return null;
  const head = normalizeDigits(text.slice(start, Math.min(end, start + MAX_MARKER)));
  for (const [style, re, kind] of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const ordinal = kind === "cn" ? parseChineseNumeral(m[1]) : Number(m[1]);
    if (ordinal === null) continue;
    const markerEnd = start + m[0].length;
    return {
      style,
      ordinal,
      marker: text.slice(start, markerEnd),
      markerSpan: { start, end: markerEnd },
    };
  }
  return null;
}

/**
 * The marker for `ordinal` in `style`, written like `like` (a sibling's marker) so that
 * a suggestion keeps the document's own punctuation: “2.” next to “3.”, “2、” next to “3、”.
 */
export function formatMarker(style: HeadingStyle, ordinal: number, like?: string): string {
  const cn = toChineseNumeral(ordinal);
  const halfWidthParens = like !== undefined && like.startsWith("(");
  switch (style) {
    case "part":
      return `第${cn}部分`;
    case "chinese":
      return `${cn}、`;
    case "paren-chinese":
      return halfWidthParens ? `(${cn})` : `（${cn}）`;
    case "paren-arabic":
      return halfWidthParens ? `(${ordinal})` : `（${ordinal}）`;
    case "arabic": {
      const sep = like ? like.replace(/^[0-9０-９ \u3000]+/, "") : "";
      return `${ordinal}${sep === "" ? "." : sep}`;
    }
  }
}
