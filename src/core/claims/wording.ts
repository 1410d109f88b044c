import type { Period } from "../facts";
import { trimEndOf } from "../text/trim-end";
import type { CompiledPhrases, Verb } from "./phrases";

/**
 * The words around a figure that say what it is, read through the phrase table
 * (phrases.ts). Each recogniser looks only at the text of the figure's own clause
 * (bounded), so none of them can backtrack across a document.
 */

export interface Keyword {
  /** Offset of the keyword inside the text examined. */
  at: number;
  direction: 1 | -1;
}

/** A template alternative left in place (“增加/减少”): no direction, no claim. */
const ALTERNATIVE_BEFORE = /[/／][ \u3000]*$/;

function keywordAtEnd(
  text: string,
  verbs: readonly Verb[],
  phrases: CompiledPhrases,
  compared = false,
): Keyword | undefined {
  const trimmed = trimEndOf(text, " \u3000");
  for (const { word, direction, afterComparison } of verbs) {
    if (!trimmed.endsWith(word)) continue;
    const at = trimmed.length - word.length;
    const before = trimmed.slice(0, at);
    if (ALTERNATIVE_BEFORE.test(before)) return undefined;
    // “较上年增17.1万元” is a change; “新增17.1万元” is an amount.
    if (afterComparison && !(compared && before === "") && !phrases.comparisonAtEnd.test(before))
      continue;
    return { at, direction };
  }
  return undefined;
}

/** “增加518.08万元”, “较上年减0.04万元”: the text before the amount ends with a change verb. */
export function changeKeyword(textBefore: string, phrases: CompiledPhrases): Keyword | undefined {
  return keywordAtEnd(textBefore, phrases.changeVerbs, phrases);
}

/**
 * “增长113%”, “增幅17%”, “减幅 0.02%”, “下降3%”. `compared`: the text examined continues a
 * comparison already made (a change just before it), so a one-character verb alone counts.
 */
export function growthKeyword(
  textBefore: string,
  phrases: CompiledPhrases,
  compared = false,
): Keyword | undefined {
  return keywordAtEnd(textBefore, phrases.growthVerbs, phrases, compared);
}

export interface ShareWording {
  /** Offset of 占 in the text examined. */
  at: number;
  /** The whole as written (“本年支出合计”), when named. */
  wholeLabel?: string;
}

/** “占45%”, “占比45%”, “占本年支出合计的48%”: 占 in the clause, no figure after it. */
export function shareWording(clauseBefore: string): ShareWording | undefined {
  const at = clauseBefore.lastIndexOf("占");
  if (at < 0) return undefined;
  const rest = clauseBefore.slice(at + 1);
  if (/[0-9]/.test(rest) || rest.length > 40) return undefined;
  const whole = trimEndOf(rest.replace(/^(?:比重|比例|比)/, ""), " \u3000")
    .replace(/(?:的)?(?:比重|比例)?(?:为|是)?$/, "")
    .replace(/的$/, "")
    .trim();
  return whole ? { at, wholeLabel: whole } : { at };
}

/**
 * “完成预算59%”, “完成调整预算数的100%”, “完成市下达目标28亿元的85.71%”, “预算执行率为68%”:
 * the offset of the wording's start in the text examined.
 */
export function completionWording(clauseBefore: string): number | undefined {
  const done = clauseBefore.lastIndexOf("完成");
  if (done >= 0 && clauseBefore.length - done <= 40) return done;
  const rate = clauseBefore.search(/(?:预算)?执行率/);
  return rate >= 0 ? rate : undefined;
}

/**
 * Which figure of the quantity an amount is, from its label: the prior year's
 * (“上年度为”, “2019年”), the budget's (“预算数”, “市下达目标”) or this year's. 公共预算 /
 * 基金预算 / 经营预算 are names of funds, not budget figures.
 */
export function periodOfLabel(label: string, reportYear: number | undefined): Period {
  // 上年结转和结余 is a line of this year's accounts (carried over from last year), not last year's figure.
  if (/上年(?!结转|结余)|上一年|去年|同期/.test(label)) return "prior";
  if (reportYear !== undefined) {
    const years = label.match(/\d{4}(?=年)/g) ?? [];
    if (years.length > 0 && Number(years[years.length - 1]) === reportYear - 1) return "prior";
  }
  const bare = label.replace(/(?:一般公共|政府性基金|国有资本经营)预算/g, "");
  if (/(?:预算数?|预算金额|目标(?:任务)?|计划数?)(?:为|是|:|：)?[ \u3000]*$/.test(bare))
    return "budget";
  return "current";
}

/** The last comparison before a figure, with the budget or with another period. */
const COMPARED_WITH =
  /(?:与|和|同|较|比)[ \u3000]*(?:\d{4}年度?|上一?年度?)?(?:同期|(年初|调整)?预算数?)?[ \u3000]*(?:相比|相较|比较)?/g;
/** How far back in its sentence a figure's comparison is looked for. */
const COMPARISON_LOOKBACK = 60;

/**
 * “与2021年度预算相比，减少0.1万元”: the change is against the budget when the last
 * comparison before it in its sentence names the budget (a budget disclosure's 同比 is
 * against last year's budget, which is another year: that stays a prior-year change).
 */
export function comparedWithBudget(
  norm: string,
  sentenceStart: number,
  at: number,
  reportYear: number | undefined,
): boolean {
  const from = Math.max(sentenceStart, at - COMPARISON_LOOKBACK);
  let budget = false;
  for (const m of norm.slice(from, at).matchAll(COMPARED_WITH)) {
    if (m[0].length < 3) continue;
    const year = /\d{4}/.exec(m[0]);
    const lastYears = /上一?年|同期/.test(m[0]) || (!!year && Number(year[0]) !== reportYear);
    budget = /预算/.test(m[0]) && !lastYears;
  }
  return budget;
}

const LABEL_END = /[\s（(]/;

/** A module function, not a closure per call (see trimEndOf). */
function isLabelEnd(ch: string): boolean {
  return LABEL_END.test(ch);
}

/** A label without the punctuation and spaces around it. */
export function cleanLabel(text: string): string {
  return trimEndOf(text.replace(/^[\s，,；;：:、。）)]+/, ""), isLabelEnd);
}

/** Leading words of a change/growth label that only say “compared with last year”. */
export function stripComparison(label: string, phrases: CompiledPhrases): string {
  return label.replace(phrases.comparison, "").replace(/各$/, "").trim();
}
