import type { AmountClaim, Claim } from "../../claims/types";
import { canonicalMetric, metricParts } from "../../metrics";
import type { NarrativeDocument } from "../../text/types";
import { chapterOf } from "./figures";

/**
 * Implied breakdowns by classification code: a class written in 五（二） (gbExpense.class.201)
 * and its items written one by one in 五（三） (gbExpense.item.2011301 …). Each class is
 * taken at its first statement and each item once, in this year's figures.
 */
export interface CodedBreakdown {
  total: AmountClaim;
  parts: AmountClaim[];
}

const CLASS = "gbExpense.class.";
const ITEM = "gbExpense.item.";

export function codedBreakdowns(claims: readonly Claim[]): CodedBreakdown[] {
  const classes = new Map<string, AmountClaim>();
  const items = new Map<string, AmountClaim>();
  for (const c of claims) {
    if (c.kind !== "amount" || c.period !== "current" || !c.metric || c.approximate) continue;
    if (c.metric.startsWith(CLASS)) {
      const code = c.metric.slice(CLASS.length);
      if (!classes.has(code)) classes.set(code, c);
    } else if (c.metric.startsWith(ITEM)) {
      const code = c.metric.slice(ITEM.length);
      if (!items.has(code)) items.set(code, c);
    }
  }
  const out: CodedBreakdown[] = [];
  for (const [code, total] of classes) {
    const parts = [...items].filter(([item]) => item.startsWith(code)).map(([, c]) => c);
    if (parts.length > 0) out.push({ total, parts });
  }
  return out;
}

/**
 * Breakdowns the vocabulary knows (三公 = 因公出国 + 公务用车 + 公务接待) whose total and
 * every part are stated in one chapter: the first statement of each, in one period.
 */
export function vocabularyBreakdowns(
  doc: NarrativeDocument,
  claims: readonly Claim[],
): CodedBreakdown[] {
  const first = new Map<string, AmountClaim>();
  const totals: AmountClaim[] = [];
  for (const c of claims) {
    if (c.kind !== "amount" || !c.metric || c.approximate) continue;
    const key = `${chapterOf(doc, c.paragraph)}|${c.period}|${canonicalMetric(c.metric)}`;
    if (first.has(key)) continue;
    first.set(key, c);
    if (metricParts(c.metric)) totals.push(c);
  }
  const out: CodedBreakdown[] = [];
  for (const total of totals) {
    const chapter = chapterOf(doc, total.paragraph);
    const parts = (metricParts(total.metric as string) ?? []).map((m) =>
      first.get(`${chapter}|${total.period}|${canonicalMetric(m)}`),
    );
    if (parts.every((p) => p !== undefined)) out.push({ total, parts: parts as AmountClaim[] });
  }
  return out;
}
