import { normalizeDigits } from "../numbers";
import type { NarrativeDocument } from "../text/types";
import type { CountClaim } from "./types";

/**
 * Counts with a counter word: “国内公务接待16批次”, “行政机构1个”, “轿车0辆”, “单价50万元以上通用
 * 设备0台（套）”. Only prose sentences are read (table cells and headings are not), only
 * whole numbers in Arabic digits, and not approximate ones (“50余人次”, “5000多份”): a count
 * that the text itself says is rough cannot contradict anything.
 */

/** Longest first, so that 批次 wins over 批 and 台（套） over 台. */
export const COUNTERS: readonly string[] = [
  "台（套）",
  "台(套)",
  "批次",
  "人次",
  "场次",
  "个",
  "名",
  "人",
  "家",
  "项",
  "次",
  "辆",
  "台",
  "套",
  "期",
  "份",
  "户",
  "批",
  "所",
  "处",
  "条",
  "座",
  "件",
  "篇",
  "场",
  "位",
  "棵",
];

/** A counter followed by these is part of another word (个月, 项目, 人员, 次年 …). */
const NOT_A_COUNTER: Readonly<Record<string, RegExp>> = {
  个: /^[月]/,
  人: /^[民员才口大社]/,
  名: /^[单称义额]/,
  项: /^[目]/,
  次: /^[日年月序]/,
  处: /^[理室长罚]/,
  所: /^[得有属在以述]/,
  条: /^[件例款]/,
  位: /^[于置]/,
  场: /^[所地]/,
  期: /^[间限末初]/,
  家: /^[庭]/,
  件: /^[事]/,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const COUNT_RE = new RegExp(
  `(?<![0-9.])([0-9]+)(?![0-9.])[ \\u3000]*(余|多)?[ \\u3000]*(${COUNTERS.map(escape).join("|")})`,
  "g",
);

const OPENERS = "（(“‘《〈「『【[";
const CLOSERS = "）)”’》〉」』】]";
const LABEL_STOPS = "，,、；;：:。！？!?\t ";
const MAX_LABEL = 30;

type Count = Omit<CountClaim, "id">;

export function extractCounts(doc: NarrativeDocument): Count[] {
  const out: Count[] = [];
  for (const p of doc.paragraphs) {
    if (p.table !== undefined) continue;
    for (const sentence of p.sentences) {
      const { start, end } = sentence.span;
      const s = normalizeDigits(doc.text.slice(start, end));
      let previousLabel = "";
      for (const m of s.matchAll(COUNT_RE)) {
        const at = m.index ?? 0;
        const counter = m[3];
        const after = s.slice(at + m[0].length, at + m[0].length + 1);
        if (NOT_A_COUNTER[counter]?.test(after)) continue;
        if (at > 0 && s[at - 1] === "第") continue;
        // “192人次” right after “16批次” counts the same thing; “，2个项目” names it after.
        const label = labelBefore(s, at) || nounAfter(s, at + m[0].length) || previousLabel;
        previousLabel = label;
        if (m[2]) continue;
        out.push({
          kind: "count",
          value: Number(m[1]),
          counter,
          label,
          span: { start: start + at, end: start + at + m[0].length },
          paragraph: p.index,
        });
      }
    }
  }
  return out;
}

/** “项目” of “2个项目”: the noun a count is of, when nothing before names it. */
function nounAfter(s: string, from: number): string {
  return /^[\u4e00-\u9fff]{1,8}/.exec(s.slice(from, from + 8))?.[0] ?? "";
}

/**
 * The words right before a figure, back to the nearest stop that is not inside brackets
 * or quotes: “因公出国（境）团组” keeps its brackets, “其中：轿车” becomes “轿车”.
 */
function labelBefore(s: string, at: number): string {
  let depth = 0;
  let i = at - 1;
  for (; i >= 0 && at - i <= MAX_LABEL; i--) {
    const ch = s[i];
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && LABEL_STOPS.includes(ch)) break;
  }
  return s
    .slice(i + 1, at)
    .replace(/^(其中|另有|另外|另)/, "")
    .replace(/(共计|合计|总计|共|计|为|达到|达)$/, "")
    .trim();
}
