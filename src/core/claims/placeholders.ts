import { lastStartAtOrBefore } from "../text/lines";
import type { NarrativeDocument } from "../text/types";
import type { PlaceholderClaim } from "./types";
import { normalizedText } from "../text/normalized";

/**
 * Template residue: the choices a template offers and the writer must make (“增加/减少”,
 * “大于/小于/等于”), blanks where a figure should stand (“占%”, “为万元”, “__万元”, “（ ）万元”)
 * filler markers (“XX”, “××”, “【】”), the template's notes to the writer (“（如持平作持平表述）”,
 * “（不涉及的不列）”) and gaps where words belong (“主要变动原因是……”). Read from every paragraph, table cells included: residue
 * is residue wherever it is left.
 */

/** The template's alternative vocabulary, longest first so that the alternation is greedy. */
export const ALTERNATIVE_WORDS: readonly string[] = [
  "未超过",
  "增加",
  "减少",
  "增长",
  "下降",
  "上升",
  "降低",
  "持平",
  "大于",
  "小于",
  "等于",
  "高于",
  "低于",
  "超过",
  "增减",
];

const WORD = ALTERNATIVE_WORDS.join("|");
const SLASH = "[ \\u3000]*[/／][ \\u3000]*";
/**
 * “增加/减少”, and the bracketed form some templates print: “增加（减少）”, “增长（下降）”,
 * “大于（小于/等于）”. One alternation per step, no nested quantifier.
 */
const ALTERNATIVE_RE = new RegExp(
  `(?:${WORD})(?:${SLASH}(?:${WORD})|[（(](?:${WORD})(?:${SLASH}(?:${WORD}))*[）)])+`,
  "g",
);
/** Alternatives fused into one word by a hasty edit: “决算数大小于预算数”. */
export const FUSED_ALTERNATIVES: Readonly<Record<string, readonly string[]>> = {
  大小于: ["大于", "小于"],
  高低于: ["高于", "低于"],
};
const FUSED_RE = new RegExp(Object.keys(FUSED_ALTERNATIVES).join("|"), "g");

/** 元 of 元旦/元月 is no unit. */
const UNIT = "(?:亿元|万元|元(?![旦月素宵])|%)";
/** Words a figure follows in the template; a unit right after one of them lost its figure. */
const INTRO =
  "(?:占比为|占比|占|为|达到|达|共计|合计|总计|计|共|各|约|支出|收入|增加|减少|增长|下降|完成预算|完成|金额)";
const BLANK_AFTER_WORD_RE = new RegExp(`(${INTRO})[ \\u3000]*(${UNIT})`, "g");
const UNDERSCORES_RE = new RegExp(`[_＿]{2,}(?:${UNIT})?`, "g");
const EMPTY_BRACKETS_RE = new RegExp(`(?:[（(][ \\u3000]*[）)]|【[ \\u3000]*】)(?:${UNIT})?`, "g");
const MARKER_RE = /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-zＡ-Ｚａ-ｚ])/g;
/** A short bracketed note, read whole; whether it is the template's instruction is decided after. */
const BRACKETED_RE = /[（(][^（）()\n]{2,30}[）)]/g;
/** The template's notes to the writer: “（如持平作持平表述）”, “（不涉及的不列）”, “（请据实填写）”. */
const INSTRUCTION =
  /^[（(](?:如[^，,。；;]*(?:表述|填写|填列|列示|说明)|不涉及|请|据实|此处|可删除)/;
const LEADER_AFTER = /^[ \u3000]*\d/;

type Placeholder = Omit<PlaceholderClaim, "id">;

/**
 * One pass of each pattern over the whole text (normalised once) rather than one per
 * paragraph: a paragraph is a line of the canonical text and no pattern crosses a line
 * break, so the matches are the same, found without slicing every paragraph.
 */
export function extractPlaceholders(doc: NarrativeDocument): Placeholder[] {
  const out: Placeholder[] = [];
  const s = normalizedText(doc);
  const starts = doc.paragraphs.map((p) => p.span.start);
  /** The paragraph a match lies in, or -1 for one outside every paragraph. */
  const paragraphOf = (start: number, end: number): number => {
    const i = lastStartAtOrBefore(starts, start);
    const p = doc.paragraphs[i];
    return p && start >= p.span.start && end <= p.span.end ? p.index : -1;
  };
  const each = (re: RegExp, take: (m: RegExpMatchArray, paragraph: number) => void) => {
    for (const m of s.matchAll(re)) {
      const at = m.index ?? 0;
      const paragraph = paragraphOf(at, at + m[0].length);
      if (paragraph >= 0) take(m, paragraph);
    }
  };

  const alternatives: Array<[number, number]> = [];
  each(ALTERNATIVE_RE, (m, paragraph) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    alternatives.push([start, end]);
    out.push({
      kind: "placeholder",
      form: "alternative",
      options: m[0]
        .split(/[/／（()）]/)
        .map((o) => o.trim())
        .filter((o) => o !== ""),
      span: { start, end },
      paragraph,
    });
  });
  each(FUSED_RE, (m, paragraph) => {
    const start = m.index ?? 0;
    out.push({
      kind: "placeholder",
      form: "alternative",
      options: [...FUSED_ALTERNATIVES[m[0]]],
      span: { start, end: start + m[0].length },
      paragraph,
    });
  });
  each(BRACKETED_RE, (m, paragraph) => {
    if (!INSTRUCTION.test(m[0])) return;
    const start = m.index ?? 0;
    out.push(other("instruction", start, start + m[0].length, paragraph));
  });
  for (const [start, end] of gaps(s)) {
    const paragraph = paragraphOf(start, end);
    if (paragraph >= 0) out.push(other("gap", start, end, paragraph));
  }
  // Alternatives come in text order: the one a blank could lie in is found by a pointer.
  let alt = 0;
  each(BLANK_AFTER_WORD_RE, (m, paragraph) => {
    let start = m.index ?? 0;
    const end = start + m[0].length;
    while (alt < alternatives.length && alternatives[alt][1] <= start) alt++;
    // “增加/减少万元”: the alternative is reported on its own; the blank is the unit.
    if (alt < alternatives.length && start >= alternatives[alt][0]) start = end - m[2].length;
    out.push(blank(start, end, paragraph));
  });
  for (const re of [UNDERSCORES_RE, EMPTY_BRACKETS_RE]) {
    each(re, (m, paragraph) => {
      const start = m.index ?? 0;
      out.push(blank(start, start + m[0].length, paragraph));
    });
  }
  each(MARKER_RE, (m, paragraph) => {
    const start = m.index ?? 0;
    out.push(other("marker", start, start + m[0].length, paragraph));
  });
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function blank(start: number, end: number, paragraph: number): Placeholder {
  return { kind: "placeholder", form: "blank", span: { start, end }, paragraph };
}

function other(
  form: "marker" | "instruction" | "gap",
  start: number,
  end: number,
  paragraph: number,
): Placeholder {
  return { kind: "placeholder", form, span: { start, end }, paragraph };
}

/** Dots that, run together, stand for words not written, and how many make a gap. */
const GAP_LEAST = new Map<number, number>([
  [0x2026, 2], // …
  [0x22ef, 2], // ⋯
  [0x2e, 3], // .
  [0x3002, 3], // 。
]);
const FULL_STOP = 0x3002;
const isGapDot = (ch: number): boolean =>
  ch === 0x2e || ch === FULL_STOP || ch === 0x2026 || ch === 0x22ef;

/**
 * An ellipsis standing for words not written: “主要变动原因是……”, “主要包括：...”. Not a
 * leader of a 目录 line (“……… 3”: a page number follows). One pass over the runs of dots,
 * by char code (this loop sees every character of the text).
 */
function gaps(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.length;) {
    const ch = s.charCodeAt(i);
    let j = i + 1;
    // Almost no character is a dot: tested by code before the map is asked.
    const least = isGapDot(ch) ? GAP_LEAST.get(ch) : undefined;
    if (least !== undefined) {
      // A run of one dot, or of the mixed ellipsis dots (… ⋯ .), never 。 among others.
      while (j < s.length) {
        const next = s.charCodeAt(j);
        if (next !== ch && (ch === FULL_STOP || next === FULL_STOP || !isGapDot(next))) break;
        j++;
      }
      if (j - i >= least && !LEADER_AFTER.test(s.slice(j, j + 8))) out.push([i, j]);
    }
    i = j;
  }
  return out;
}
