import type { AmountClaim, Claim } from "../claims/types";
import { isCellRef, type Finding } from "../findings";
import { convertAmount, Dec, type AmountUnit } from "../numbers";
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
  const breakdowns = breakdownsOf(index, claims);
  for (const c of index.referrers.get(figure.id) ?? []) {
    if (c.kind === "enumeration") raw.push(...fromBreakdown(figure, unit, breakdowns(c)));
    if (c.kind === "change") raw.push(...fromChange(figure, c.subject, c.prior, c, claims, inUnit));
  }
  return rounded(raw, figure);
}

/** A breakdown's amounts, read once per check: a figure may be a part of many. */
interface Breakdown {
  total: AmountClaim;
  parts: ReadonlySet<number>;
  /** The parts' sum in a unit, by unit. */
  sums: Map<string, Dec>;
  members: readonly AmountClaim[];
}

const BREAKDOWNS = new WeakMap<ClaimIndex, Map<number, Breakdown | null>>();

/**
 * The breakdowns of a check, each read once: a long paragraph can make a figure a part of
 * many lists, and summing every list again for every figure was cubic in its length.
 */
function breakdownsOf(
  index: ClaimIndex,
  claims: readonly Claim[],
): (c: Extract<Claim, { kind: "enumeration" }>) => Breakdown | null {
  let known = BREAKDOWNS.get(index);
  if (!known) BREAKDOWNS.set(index, (known = new Map()));
  const cache = known;
  return (c) => {
    let b = cache.get(c.id);
    if (b === undefined) {
      const total = claimById(claims, c.total, "amount");
      const parts = c.parts.map((id) => claimById(claims, id, "amount"));
      const exact = total && !total.approximate && parts.every((p) => p && !p.approximate);
      b = exact
        ? { total, parts: new Set(c.parts), sums: new Map(), members: parts as AmountClaim[] }
        : null;
      cache.set(c.id, b);
    }
    return b;
  };
}

function fromBreakdown(figure: AmountClaim, unit: AmountUnit, b: Breakdown | null): Dec[] {
  if (b === null) return [];
  const inUnit = (a: AmountClaim) => convertAmount(a.figure.value, unitOf(a, unit), unit);
  let sum = b.sums.get(unit);
  if (sum === undefined) {
    sum = b.members.reduce((acc, p) => acc.plus(inUnit(p)), new Dec(0));
    b.sums.set(unit, sum);
  }
  if (b.total.id === figure.id) return [sum];
  if (!b.parts.has(figure.id)) return [];
  // The other parts' sum: exact, as every sum of printed figures is.
  return [inUnit(b.total).minus(sum.minus(inUnit(figure)))];
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
  const seen = new Set<string>();
  for (const v of raw) {
    const r = v.toDecimalPlaces(figure.figure.decimals, Dec.ROUND_HALF_UP);
    if (r.isNegative() || r.equals(figure.figure.value)) continue;
    // Equal values print alike at one number of decimals.
    const key = r.toFixed(figure.figure.decimals);
    if (!seen.has(key)) out.push(r);
    seen.add(key);
  }
  return out;
}
