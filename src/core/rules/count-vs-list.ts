import type { CountClaim } from "../claims/types";
import type { Finding } from "../findings";
import { lowerBound } from "../claims/search";
import { normalizeDigits } from "../numbers";
import type { Span } from "../span";
import type { NarrativeDocument, Paragraph } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import { groupBy } from "./utils/group";
import { reporter } from "./utils/report";
import { normalizedSlice } from "../text/normalized";

/**
 * A count against its own breakdown or list.
 *
 * - Breakdown (“下设机构0个，其中行政机构1个，事业机构2个”): parts in the same counter after
 *   “其中” cannot add up to more than the whole (error); when the breakdown ends with
 *   “其他…” it claims to be complete, so it must add up exactly (error otherwise).
 * - Names before the count (“下设A组、B组、C组3个工作组”): the number of names must be the
 *   count (warning; “等” makes the list open, so it is not checked).
 * - A list after the count (“接待16批次…具体内容包括：A接待费1050元，B…”): a list of
 *   payments shorter than the number of batches leaves batches unaccounted for (warning);
 *   a longer one is normal, since one batch may be paid in several parts. People (人次,
 *   人, 名) are never compared with a list of payments.
 * Approximate counts (“50余人次”) are bounds and are checked neither as wholes nor as parts.
 *
 * Linear in the text: counts are indexed by paragraph in text order and sentences found by
 * binary search, so that no count scans all the others or the rest of its sentence.
 */
const meta: RuleMeta = {
  id: "count-vs-list",
  description: {
    zh: "数量应与其“其中”分项之和、列举的名称数或明细条数相符。",
    en: "A count agrees with its breakdown, the names listed with it, or the itemised list that follows.",
  },
  defaultSeverity: "error",
};

const LIST_INTRO =
  /^(?:具体内容包括|具体情况如下|具体如下|具体包括|分别是|分别为|包括|明细如下)[：:]?/;
/** Counters of things that a list of payments or names can enumerate. */
const LISTABLE = new Set(["批次", "次", "项", "个", "家", "场次", "期", "件", "场", "批", "处"]);
/** Counters whose count can be checked against names listed before it. */
const NAMED = new Set(["个", "家", "项", "所", "支", "处"]);
const AMOUNT_RE = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?[ \u3000]*(?:亿元|万元|元)/g;
/** “0个，其中：”, read in place (sticky) rather than on a copy of the rest of the sentence. */
const BREAKDOWN_INTRO = /[，,]?[ \u3000]*其中[：:，,]?/y;
/** Names before a count sit in one short clause; a longer stretch is no list of names. */
const MAX_NAMES_CLAUSE = 200;
const CLAUSE_STOPS = "，,：:";

/** A paragraph's counts in text order. */
type Counts = readonly CountClaim[];

export const countVsList: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const counts = claims.filter((c): c is CountClaim => c.kind === "count");
    const byParagraph = groupBy(counts, (c) => String(c.paragraph));
    for (const list of byParagraph.values()) list.sort((a, b) => a.span.start - b.span.start);
    const findings: Finding[] = [];
    for (const whole of counts) {
      // “50余人次” is a bound: it neither has nor is a part that adds up exactly.
      if (whole.approximate) continue;
      const inParagraph = byParagraph.get(String(whole.paragraph)) ?? [];
      const breakdown = breakdownFindings(doc, inParagraph, whole, report);
      if (breakdown) {
        findings.push(breakdown);
        continue;
      }
      const names = namesBeforeFinding(doc, whole, report);
      if (names) {
        findings.push(names);
        continue;
      }
      const list = listAfterFinding(doc, inParagraph, whole, report);
      if (list) findings.push(list);
    }
    return findings;
  },
};

/** Index of the sentence of `p` that holds offset `at`, or -1 (sentences are in text order). */
function sentenceIndex(p: Paragraph, at: number): number {
  const i = lowerBound(p.sentences, (s) => s.span.end > at);
  return i < p.sentences.length && p.sentences[i].span.start <= at ? i : -1;
}

function sentenceOf(p: Paragraph, at: number): Span | undefined {
  return p.sentences[sentenceIndex(p, at)]?.span;
}

/** The counts of a paragraph's sorted list that start at or after `from`, in order. */
function* countsFrom(counts: Counts, from: number): Generator<CountClaim> {
  for (let i = lowerBound(counts, (c) => c.span.start >= from); i < counts.length; i++) {
    yield counts[i];
  }
}

function breakdownFindings(
  doc: NarrativeDocument,
  counts: Counts,
  whole: CountClaim,
  report: ReturnType<typeof reporter>,
): Finding | undefined {
  const p = doc.paragraphs[whole.paragraph];
  const sentence = p && sentenceOf(p, whole.span.start);
  if (!sentence) return undefined;
  // The breakdown must follow at once: “0个，其中…”, not a “其中” three clauses later.
  BREAKDOWN_INTRO.lastIndex = whole.span.end;
  const intro = BREAKDOWN_INTRO.exec(doc.text);
  if (!intro || whole.span.end + intro[0].length > sentence.end) return undefined;
  // A nested “其中” breaks the parts down further; its counts are not parts of this whole.
  const nested = doc.text.indexOf("其中", whole.span.end + intro[0].length);
  const end = nested < 0 || nested >= sentence.end ? sentence.end : nested;
  const parts: CountClaim[] = [];
  for (const c of countsFrom(counts, whole.span.end)) {
    if (c.span.start >= end) break;
    if (c !== whole && c.counter === whole.counter && c.span.end <= end) parts.push(c);
  }
  if (parts.length < 2 || parts.some((c) => c.approximate)) return undefined;
  const sum = parts.reduce((acc, c) => acc + c.value, 0);
  const complete = parts.some((c) => /^其他|^其它/.test(c.label));
  const arithmetic = `${parts.map((c) => c.value).join("+")}=${sum}`;
  const unit = whole.counter;
  if (sum > whole.value) {
    return report({
      span: whole.span,
      zh: `“${whole.label}${whole.value}${unit}”少于其中各项之和（${arithmetic}${unit}）：分项超过总数。`,
      en: `"${whole.label}" is ${whole.value}, fewer than its parts (${arithmetic}): the parts exceed the whole.`,
      expected: `${sum}${unit}`,
      actual: `${whole.value}${unit}`,
      related: parts.map((c) => c.span),
    });
  }
  if (complete && sum < whole.value) {
    return report({
      span: whole.span,
      zh: `“${whole.label}${whole.value}${unit}”与其中各项之和（${arithmetic}${unit}）不符：分项含“其他”，应合计为总数。`,
      en: `"${whole.label}" is ${whole.value} but its parts, “其他” included, add up to ${sum} (${arithmetic}).`,
      expected: `${sum}${unit}`,
      actual: `${whole.value}${unit}`,
      related: parts.map((c) => c.span),
    });
  }
  return undefined;
}

/**
 * “下设综合协调组、重点工作（项目）推进组、跟踪问效组3个工作组”: names, then the count, then the
 * noun they are instances of. Checked only when the last name ends like that noun (组 … 工作组),
 * since “开展督查、暗访3次” counts occasions, not the names before it.
 */
function namesBeforeFinding(
  doc: NarrativeDocument,
  whole: CountClaim,
  report: ReturnType<typeof reporter>,
): Finding | undefined {
  if (!NAMED.has(whole.counter)) return undefined;
  const p = doc.paragraphs[whole.paragraph];
  const sentence = p && sentenceOf(p, whole.span.start);
  if (!sentence) return undefined;
  const noun = /^[\u4e00-\u9fff]{1,8}/.exec(doc.text.slice(whole.span.end, sentence.end))?.[0];
  if (!noun) return undefined;
  const clause = clauseBefore(doc.text, sentence.start, whole.span.start);
  if (clause === undefined) return undefined;
  if (/[0-9]/.test(clause) || clause.includes("等")) return undefined;
  const names = splitTopLevel(clause, "、").filter((n) => n.trim() !== "");
  if (names.length < 2 || names.length === whole.value) return undefined;
  if (!names[names.length - 1].trim().endsWith(noun[noun.length - 1])) return undefined;
  return report({
    span: whole.span,
    severity: "warning",
    zh: `前面列出${names.length}个名称，数量却写为“${whole.value}${whole.counter}${noun}”。`,
    en: `${names.length} names are listed before it, but the count says ${whole.value}.`,
    expected: `${names.length}${whole.counter}`,
    actual: `${whole.value}${whole.counter}`,
  });
}

/**
 * The text from the last clause stop (，：) of the sentence to `at`, digits normalised;
 * undefined when it is longer than a clause of names can be.
 */
function clauseBefore(text: string, sentenceStart: number, at: number): string | undefined {
  let from = at;
  while (from > sentenceStart && !CLAUSE_STOPS.includes(text[from - 1])) {
    if (at - from >= MAX_NAMES_CLAUSE) return undefined;
    from--;
  }
  return normalizeDigits(text.slice(from, at));
}

/** “国内公务接待16批次，192人次，共计支出3.26万元。具体内容包括：…1050元，…1350元，…”. */
function listAfterFinding(
  doc: NarrativeDocument,
  counts: Counts,
  whole: CountClaim,
  report: ReturnType<typeof reporter>,
): Finding | undefined {
  if (!LISTABLE.has(whole.counter) || whole.value === 0) return undefined;
  const p = doc.paragraphs[whole.paragraph];
  if (!p) return undefined;
  const at = sentenceIndex(p, whole.span.start);
  const next = p.sentences[at + 1];
  if (at < 0 || !next) return undefined;
  // Only the last listable count before the list is its subject.
  for (const c of countsFrom(counts, whole.span.start + 1)) {
    if (c.span.start >= p.sentences[at].span.end) break;
    if (c !== whole && LISTABLE.has(c.counter)) return undefined;
  }
  const listText = normalizedSlice(doc, next.span);
  const intro = LIST_INTRO.exec(listText);
  if (!intro) return undefined;
  const body = listText.slice(intro[0].length);
  const amounts = [...body.matchAll(AMOUNT_RE)].length;
  if (amounts >= 2) {
    if (amounts >= whole.value) return undefined;
    return report({
      span: whole.span,
      severity: "warning",
      zh: `写明${whole.label}${whole.value}${whole.counter}，下文明细只列出${amounts}笔支出：有${whole.value - amounts}${whole.counter}未列明（一${whole.counter}可有多笔支出，但不会没有支出），请核对。`,
      en: `${whole.value} ${whole.counter} stated, but the itemised list that follows has only ${amounts} payments: ${whole.value - amounts} are not accounted for.`,
      expected: `${amounts}${whole.counter}`,
      actual: `${whole.value}${whole.counter}`,
      related: [next.span],
    });
  }
  // An open list (等) or one joined by 和/及/与 has no countable items.
  if (/[等和及与]/.test(body)) return undefined;
  const items = splitTopLevel(body.replace(/[。；;]$/, ""), "、；;").filter((s) => s.trim() !== "");
  if (items.length < 2 || items.length === whole.value) return undefined;
  return report({
    span: whole.span,
    severity: "warning",
    zh: `写明${whole.value}${whole.counter}，下文列出${items.length}项，数量不一致。`,
    en: `${whole.value} stated, but ${items.length} items are listed after it.`,
    expected: `${items.length}${whole.counter}`,
    actual: `${whole.value}${whole.counter}`,
    related: [next.span],
  });
}

const OPEN = "（(“‘《〈「『【[";
const CLOSE = "）)”’》〉」』】]";

/** Splits at any of `separators` outside brackets and quotes. */
function splitTopLevel(s: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}
