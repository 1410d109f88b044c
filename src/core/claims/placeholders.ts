import { normalizeDigits } from "../numbers";
import type { NarrativeDocument } from "../text/types";
import type { PlaceholderClaim } from "./types";

/**
 * Template residue: the choices a template offers and the writer must make (“增加/减少”,
 * “大于/小于/等于”), blanks where a figure should stand (“占%”, “为万元”, “__万元”, “（ ）万元”)
 * and filler markers (“XX”, “××”). Read from every paragraph, table cells included: residue
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
const ALTERNATIVE_RE = new RegExp(`(?:${WORD})(?:${SLASH}(?:${WORD}))+`, "g");

/** 元 of 元旦/元月 is no unit. */
const UNIT = "(?:亿元|万元|元(?![旦月素宵])|%)";
/** Words a figure follows in the template; a unit right after one of them lost its figure. */
const INTRO =
  "(?:占比为|占比|占|为|达到|达|共计|合计|总计|计|共|各|约|支出|收入|增加|减少|增长|下降|完成预算|完成|金额)";
const BLANK_AFTER_WORD_RE = new RegExp(`(${INTRO})[ \\u3000]*(${UNIT})`, "g");
const UNDERSCORES_RE = new RegExp(`[_＿]{2,}(?:${UNIT})?`, "g");
const EMPTY_BRACKETS_RE = new RegExp(`[（(][ \\u3000]*[）)](?:${UNIT})?`, "g");
const MARKER_RE = /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-zＡ-Ｚａ-ｚ])/g;

type Placeholder = Omit<PlaceholderClaim, "id">;

export function extractPlaceholders(doc: NarrativeDocument): Placeholder[] {
  const out: Placeholder[] = [];
  for (const p of doc.paragraphs) {
    const base = p.span.start;
    const s = normalizeDigits(doc.text.slice(p.span.start, p.span.end));
    const alternatives: Array<[number, number]> = [];
    for (const m of s.matchAll(ALTERNATIVE_RE)) {
      const start = base + (m.index ?? 0);
      const end = start + m[0].length;
      alternatives.push([start, end]);
      out.push({
        kind: "placeholder",
        form: "alternative",
        options: m[0].split(/[/／]/).map((o) => o.trim()),
        span: { start, end },
        paragraph: p.index,
      });
    }
    const insideAlternative = (at: number) => alternatives.some(([a, b]) => at >= a && at < b);
    for (const m of s.matchAll(BLANK_AFTER_WORD_RE)) {
      let start = base + (m.index ?? 0);
      const end = start + m[0].length;
      // “增加/减少万元”: the alternative is reported on its own; the blank is the unit.
      if (insideAlternative(start)) start = end - m[2].length;
      out.push(blank(start, end, p.index));
    }
    for (const re of [UNDERSCORES_RE, EMPTY_BRACKETS_RE]) {
      for (const m of s.matchAll(re)) {
        const start = base + (m.index ?? 0);
        out.push(blank(start, start + m[0].length, p.index));
      }
    }
    for (const m of s.matchAll(MARKER_RE)) {
      const start = base + (m.index ?? 0);
      out.push({
        kind: "placeholder",
        form: "marker",
        span: { start, end: start + m[0].length },
        paragraph: p.index,
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function blank(start: number, end: number, paragraph: number): Placeholder {
  return { kind: "placeholder", form: "blank", span: { start, end }, paragraph };
}
