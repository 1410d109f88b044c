import type { AmountClaim, Claim } from "../../claims/types";

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
