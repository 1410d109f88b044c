import type { AmountClaim, ChangeClaim, Claim } from "../../claims/types";
import type { Span } from "../../span";
import { inAttachment } from "../../text/attachment";
import type { NarrativeDocument } from "../../text/types";
import { amountUnit, inWan, type WanAmount } from "./in-wan";

/** The prior-year amount of a change's subject, in 万元, and the text it comes from. */
export interface ImpliedPrior extends WanAmount {
  change: ChangeClaim;
  subject: AmountClaim;
  /** “上年度为X” when stated, else the change (“增加1693.77万元”) it is computed from. */
  from: Span;
  stated: boolean;
}

/**
 * The prior-year amounts the 说明 gives with a change, stated ones first. Stated: “上年度为X，
 * 比上年度增加Y” (the change's `prior`) gives X. Implied: “收、支总计各3190.21万元 … 各增加
 * 1693.77万元” says the prior was 3190.21 − 1693.77 = 1496.44, known only as well as the
 * coarser of the two figures; “与上年持平” gives the current amount (a flat change is a zero
 * at the subject's precision). Attachments are left out (their scope may differ), and so
 * are approximate amounts and differences below zero (no 上年数 is negative: the text is
 * wrong there, which the checker reports).
 */
export function impliedPriors(doc: NarrativeDocument, claims: readonly Claim[]): ImpliedPrior[] {
  const stated: ImpliedPrior[] = [];
  const implied: ImpliedPrior[] = [];
  for (const change of claims) {
    if (change.kind !== "change" || inAttachment(doc, change.paragraph)) continue;
    // A change against the budget says nothing of last year.
    if (change.base === "budget") continue;
    const subject = amountAt(claims, change.subject);
    if (!subject || subject.period !== "current") continue;
    const unit = amountUnit(subject);
    const prior = amountAt(claims, change.prior);
    if (prior) {
      const wan = inWan(prior.figure, amountUnit(prior));
      if (wan) stated.push({ ...wan, change, subject, from: prior.figureSpan, stated: true });
      continue;
    }
    if (change.prior !== undefined) continue;
    const current = inWan(subject.figure, unit);
    const delta = inWan(change.figure, change.figure.unit ?? unit);
    if (!current || !delta) continue;
    const value = current.value.minus(delta.value.times(change.direction));
    if (value.isNegative()) continue;
    const decimals = Math.min(current.decimals, delta.decimals);
    implied.push({ value, decimals, change, subject, from: change.span, stated: false });
  }
  return [...stated, ...implied];
}

/** An exact amount claim by id (not “980万余元”, which is a bound). */
function amountAt(claims: readonly Claim[], id: number | undefined): AmountClaim | undefined {
  const c = id === undefined ? undefined : claims[id];
  return c?.kind === "amount" && !c.approximate ? c : undefined;
}
