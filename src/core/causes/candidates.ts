import type { AmountClaim, Claim } from "../claims/types";
import { isCellRef, type Finding } from "../findings";
import { convertAmount, Dec } from "../numbers";
import type { RuleContext } from "../rules/types";
import { changeAmount, claimById, unitOf } from "../rules/utils/figures";
import type { Span } from "../span";
import { spanKey, type ClaimIndex } from "./claim-index";

/**
 * Values a figure would have if another relation it takes part in were right: another
 * statement of the same quantity (a metric-conflict partner), the table's cell, the sum
 * of its breakdown or the total less the other parts, prior + change (or current −
 * change). In the figure's unit, rounded half-up to its printed decimals; its own value
 * is no candidate. Shares and growth rates give none: a rate printed to 1% fixes an
 * amount only to a range, and a figure must be proposed exactly or not at all. `copies`
 * are the statements of one figure (see ClaimIndex.copiesOf), the first standing for all.
 */
export function candidateValues(
  copies: readonly AmountClaim[],
  explains: readonly Finding[],
  { claims, options }: RuleContext,
  index: ClaimIndex,
): Dec[] {
  const figure = copies[0];
  const unit = unitOf(figure);
  const inUnit = (a: AmountClaim) => convertAmount(a.figure.value, unitOf(a, unit), unit);
  const ownSpans = new Set(copies.map((c) => spanKey(c.span)));
  const raw: Dec[] = [];
  for (const f of explains) {
    if (f.rule === "metric-conflict") {
      const other = [f.span, ...(f.related ?? [])].find(
        (s): s is Span => s !== undefined && !isCellRef(s) && !ownSpans.has(spanKey(s)),
      );
      const partner = other && index.amountAt.get(spanKey(other));
      if (partner) raw.push(inUnit(partner));
    }
    if (f.rule === "narrative-vs-table" && f.span && ownSpans.has(spanKey(f.span))) {
      for (const r of f.related ?? []) {
        if (!isCellRef(r)) continue;
        const fact = options.facts?.find(
          (x) => x.cell?.sheet === r.sheet && x.cell?.cell === r.cell,
        );
        if (fact) raw.push(convertAmount(fact.value, "万元", unit));
      }
    }
  }
  for (const c of index.referrers.get(figure.id) ?? []) {
    if (c.kind === "enumeration")
      raw.push(...fromBreakdown(figure, c.total, c.parts, claims, inUnit));
    if (c.kind === "change") raw.push(...fromChange(figure, c.subject, c.prior, c, claims, inUnit));
  }
  return rounded(raw, figure);
}

function fromBreakdown(
  figure: AmountClaim,
  totalId: number,
  partIds: readonly number[],
  claims: readonly Claim[],
  inUnit: (a: AmountClaim) => Dec,
): Dec[] {
  const total = claimById(claims, totalId, "amount");
  const parts = partIds.map((id) => claimById(claims, id, "amount"));
  if (!total || total.approximate || parts.some((p) => !p || p.approximate)) return [];
  const members = parts as AmountClaim[];
  const sum = (xs: AmountClaim[]) => xs.reduce((acc, p) => acc.plus(inUnit(p)), new Dec(0));
  if (total.id === figure.id) return [sum(members)];
  if (!members.some((p) => p.id === figure.id)) return [];
  return [inUnit(total).minus(sum(members.filter((p) => p.id !== figure.id)))];
}

function fromChange(
  figure: AmountClaim,
  subjectId: number | undefined,
  priorId: number | undefined,
  change: Extract<Claim, { kind: "change" }>,
  claims: readonly Claim[],
  inUnit: (a: AmountClaim) => Dec,
): Dec[] {
  const subject = claimById(claims, subjectId, "amount");
  const prior = claimById(claims, priorId, "amount");
  if (!subject || !prior || subject.approximate || prior.approximate) return [];
  const delta = inUnit(changeAmount(change)).times(change.direction);
  if (subject.id === figure.id) return [inUnit(prior).plus(delta)];
  if (prior.id === figure.id) return [inUnit(subject).minus(delta)];
  return [];
}

function rounded(raw: readonly Dec[], figure: AmountClaim): Dec[] {
  const out: Dec[] = [];
  for (const v of raw) {
    const r = v.toDecimalPlaces(figure.figure.decimals, Dec.ROUND_HALF_UP);
    if (r.isNegative() || r.equals(figure.figure.value)) continue;
    if (!out.some((o) => o.equals(r))) out.push(r);
  }
  return out;
}
