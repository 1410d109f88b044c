import type { Period } from "../facts";
import { lastStartAtOrBefore } from "../text/lines";
import { normalizedText } from "../text/normalized";
import { parseChineseCount } from "../text/numerals";
import type { NarrativeDocument } from "../text/types";
import { countedThing, wordsAfter } from "./counted";
import type { CountClaim } from "./types";
import { periodOfLabel } from "./wording";

/**
 * Counts with a counter word: “国内公务接待16批次”, “行政机构1个”, “轿车0辆”, “单价50万元以上通用
 * 设备0台（套）”, “下属两个事业单位”. Only prose sentences are read (table cells and headings
 * are not: table-counts.ts reads a performance table's). Whole numbers in Arabic digits or
 * in Chinese numerals (两 … 九百九十九; a lone 一 is too often “一个是…” to count). A rough
 * count (“50余人次”, “5000多份”, “近50人”) is kept as approximate, a bound that no rule
 * compares as exact. Each count says what it counts (counted.ts) and whose figure it is:
 * this year's, a target's or the prior year's.
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
export const NOT_A_COUNTER: Readonly<Record<string, RegExp>> = {
  // 个百分点: percentage points (claims/phrases.ts), not a count of anything.
  个: /^(?:月|百分点)/,
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
const CHINESE_DIGITS = "零〇一二两三四五六七八九十百";
// Linear by construction: one space run (余/多 brings its own), numerals tried only from
// the start of a run of them.
const COUNT_RE = new RegExp(
  `(?:(?<![0-9.])([0-9]+)|(?<![${CHINESE_DIGITS}])([${CHINESE_DIGITS}]+))[ \\u3000]*(?:(余|多)[ \\u3000]*)?(${COUNTERS.map(escape).join("|")})`,
  "g",
);
/** “二期”, “一批”: ordinals and idioms, not counts, when written in Chinese numerals. */
const NOT_COUNTED_IN_CHINESE = new Set(["期", "批"]);
/** “数十家”, “几个”: no number at all. */
const VAGUE_BEFORE = /[数几干]$/;
/** “近50人”, “约20家”, “逾百人”, “超过30个”: a bound, like “50余人”. */
const BOUND_BEFORE = /(?:近|约|逾|超过|大约|将近)$/;
/**
 * The longest word VAGUE_BEFORE and BOUND_BEFORE end on: they are tested on that many
 * characters before a figure, not on the whole sentence before it, which a regex ending
 * in `$` would scan from its start for every count.
 */
const WORD_BEFORE = 2;
/** A counted noun right after the counter, and a “其中” that breaks a count down. */
const BREAKDOWN_AFTER = /^[，,（(]?[ \u3000]*其中[：:，,]?/;

const OPENERS = "（(“‘《〈「『【[";
const CLOSERS = "）)”’》〉」』】]";
const LABEL_STOPS = "，,、；;：:。！？!?\t ";
const MAX_LABEL = 30;
/** What labelBefore makes of a character, by code unit: one lookup per step back. */
const OPENER = 1;
const CLOSER = 2;
const STOP = 3;
const LABEL_CHAR = new Uint8Array(0x10000);
for (const c of OPENERS) LABEL_CHAR[c.charCodeAt(0)] = OPENER;
for (const c of CLOSERS) LABEL_CHAR[c.charCodeAt(0)] = CLOSER;
for (const c of LABEL_STOPS) LABEL_CHAR[c.charCodeAt(0)] ||= STOP;

type Count = Omit<CountClaim, "id">;

export interface CountOptions {
  reportYear?: number;
  /** The unit's names (text/unit-name.ts), left out of what is counted. */
  unitNames?: readonly string[];
}

export function extractCounts(doc: NarrativeDocument, options: CountOptions = {}): Count[] {
  const out: Count[] = [];
  const text = normalizedText(doc);
  // Where the text holds a count at all, found in one pass: a sentence without one is not
  // sliced and scanned again. (A sentence starts after a terminator or a space, never a
  // digit, so the lookbehinds see the same there as in the sentence alone.)
  const found = [...text.matchAll(COUNT_RE)].map((m) => m.index ?? 0);
  const countIn = (start: number, end: number) => {
    const i = lastStartAtOrBefore(found, end - 1);
    return found.length > 0 && found[i] >= start && found[i] < end;
  };
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.table !== undefined) continue;
    for (const sentence of p.sentences) {
      const { start, end } = sentence.span;
      if (!countIn(start, end)) continue;
      const s = text.slice(start, end);
      let previousLabel = "";
      let previousCounted: string | undefined;
      let parent: string | undefined;
      for (const m of s.matchAll(COUNT_RE)) {
        const at = m.index ?? 0;
        const counter = m[4];
        const after = at + m[0].length;
        if (NOT_A_COUNTER[counter]?.test(s.slice(after, after + 3))) continue;
        if (at > 0 && s[at - 1] === "第") continue;
        const value = m[1] !== undefined ? Number(m[1]) : chineseCount(m[2], counter, s, at);
        if (value === null) continue;
        // “192人次” right after “16批次” counts the same thing; “，2个项目” names it after.
        const before = labelBefore(s, at);
        const named = before || nounAfter(s, after);
        const label = named || previousLabel;
        previousLabel = label;
        const approximate = m[3] !== undefined || BOUND_BEFORE.test(tailBefore(s, at));
        const period = periodOfCount(label, options.reportYear);
        const own = named
          ? countedThing(before, wordsAfter(s, after), options.unitNames)
          : previousCounted;
        previousCounted = own;
        const counted = own && parent ? `${parent}/${own}` : own;
        out.push({
          kind: "count",
          value,
          counter,
          label,
          period,
          ...(counted && !mentionsOtherYear(label, options.reportYear) ? { counted } : {}),
          ...(approximate ? { approximate } : {}),
          span: { start: start + at, end: start + after },
          paragraph: p.index,
        });
        // The parts after “X共有公务用车0辆，其中：轿车0辆” are X's 轿车, not anyone's.
        if (BREAKDOWN_AFTER.test(s.slice(after))) parent = counted;
      }
    }
  }
  return out;
}

/** The value of “两个”, “十二家”; null for a lone 一 (“一个是…”), ordinals, idioms and vague words. */
function chineseCount(numeral: string, counter: string, s: string, at: number): number | null {
  if (numeral === "一" || NOT_COUNTED_IN_CHINESE.has(counter)) return null;
  if (VAGUE_BEFORE.test(tailBefore(s, at))) return null;
  return parseChineseCount(numeral);
}

function tailBefore(s: string, at: number): string {
  return s.slice(Math.max(0, at - WORD_BEFORE), at);
}

/** A target (“市下达目标17家”, a plan) or another year's count, else this year's. */
export function periodOfCount(label: string, reportYear: number | undefined): Period {
  if (/目标|预计|计划|预期|任务/.test(label)) return "budget";
  return periodOfLabel(label, reportYear);
}

/** “2018年认定的X3家” is no figure of the report's year or the one before. */
function mentionsOtherYear(label: string, reportYear: number | undefined): boolean {
  if (reportYear === undefined) return false;
  return (label.match(/\d{4}(?=年)/g) ?? []).some(
    (y) => Number(y) !== reportYear && Number(y) !== reportYear - 1,
  );
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
    const kind = LABEL_CHAR[s.charCodeAt(i)];
    if (kind === CLOSER) depth++;
    else if (kind === OPENER) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && kind === STOP) break;
  }
  return s
    .slice(i + 1, at)
    .replace(/^(其中|另有|另外|另)/, "")
    .replace(/(共计|合计|总计|共|计|为|达到|达)$/, "")
    .trim();
}
