import type { AmountClaim, Claim } from "../claims/types";
import { isCellRef, type Finding } from "../findings";
import { canonicalMetric } from "../metrics";
import { Dec, formatNumber } from "../numbers";
import { rules } from "../rules";
import type { Rule, RuleContext } from "../rules/types";
import type { Span } from "../span";
import { refersTo, spanKey, type ClaimIndex } from "./claim-index";

/** Rules whose findings say that a relation between figures fails. Ids never change. */
export const FIGURE_RELATION_RULES: ReadonlySet<string> = new Set([
  "share",
  "growth",
  "change-vs-growth",
  "enumeration-sum",
  "part-exceeds-whole",
  "completion",
  "metric-conflict",
  "narrative-vs-table",
]);

const relationRules = rules.filter((r) => FIGURE_RELATION_RULES.has(r.meta.id));

/** The claim kinds a relation rule reads; a rule none of whose kinds is near is not run. */
const RULE_NEEDS: Partial<Record<string, readonly Claim["kind"][]>> = {
  share: ["share"],
  growth: ["growth"],
  "change-vs-growth": ["growth", "change"],
  completion: ["completion"],
};

export const findingKey = (f: Finding): string | undefined =>
  f.span ? `${f.rule}|${spanKey(f.span)}` : undefined;

/**
 * A test of one figure as the cause of `explains`: true for a value when, with the figure
 * reading it, the relation rules report none of `explains` and nothing that is not in
 * `before` (the failures of the check as it ran; rounding notes aside). A relation that
 * holds with the printed figure and breaks with the new value confirms the printed figure.
 *
 * The rules run on the figure's neighbourhood only (see `neighbourhood`): first the rules
 * of `explains` on the claims that state them, where most values fail, then every
 * relation rule on the claims the figure may be related to. A relation the restriction
 * cuts can only add a finding, never hide one, so it can only refuse an explanation.
 */
export function verifier(
  copies: readonly AmountClaim[],
  explains: readonly Finding[],
  before: ReadonlySet<string | undefined>,
  context: RuleContext,
  index: ClaimIndex,
): (value: Dec) => boolean {
  const gone = new Set(explains.map(findingKey));
  const spans = explains
    .flatMap((f) => [f.span as Span, ...(f.related ?? [])])
    .filter((s): s is Span => !isCellRef(s));
  const { core, wide } = neighbourhood(copies, spans, index);
  const kinds = new Set(wide.map((c) => c.kind));
  const run = relationRules.filter((r) => RULE_NEEDS[r.meta.id]?.some((k) => kinds.has(k)) ?? true);
  const first = run.filter((r) => explains.some((f) => f.rule === r.meta.id));
  const failures = (which: readonly Rule[], claims: readonly Claim[]) =>
    which.flatMap((rule) =>
      rule
        .check({ ...context, claims })
        .filter((f) => f.severity !== "info")
        .map(findingKey),
    );
  const withValue = (claims: readonly Claim[], value: Dec): Claim[] => {
    const out = [...claims];
    for (const c of copies)
      out[c.id] = {
        ...c,
        figure: { ...c.figure, value, text: formatNumber(value, c.figure.decimals) },
      };
    return out;
  };
  return (value) => {
    if (failures(first, withValue(core, value)).some((k) => gone.has(k))) return false;
    return failures(run, withValue(wide, value)).every((k) => before.has(k) && !gone.has(k));
  };
}

/**
 * The claims whose relations a change of `figure` can affect, at their ids; every other
 * claim is an inert stub. `core`: the claims that refer to the figure (its shares, growth
 * rates, changes, completion rates, breakdowns) with everything they refer to, the
 * growth rates stated with its changes, and the amounts at `spans` (those of the findings
 * it must clear). `wide` adds the amounts the vocabulary may relate to it: the same
 * quantity anywhere (another statement of it) and every quantity of its chapter (a whole
 * it is part of, its parts).
 */
function neighbourhood(
  copies: readonly AmountClaim[],
  spans: readonly Span[],
  index: ClaimIndex,
): { core: Claim[]; wide: Claim[] } {
  const keep = new Map<number, Claim>(copies.map((c) => [c.id, c]));
  for (const s of spans) {
    const a = index.amountAt.get(spanKey(s));
    if (a) keep.set(a.id, a);
  }
  const direct = copies.flatMap((c) => index.referrers.get(c.id) ?? []);
  for (const c of [...direct])
    if (c.kind === "change")
      for (const g of index.referrers.get(c.id) ?? []) if (g.kind === "growth") direct.push(g);
  const queue = [...direct];
  while (queue.length > 0) {
    const c = queue.pop() as Claim;
    if (keep.has(c.id) && c.kind !== "amount") continue;
    keep.set(c.id, c);
    for (const id of refersTo(c)) {
      const r = index.all[id];
      if (r && !keep.has(id)) queue.push(r);
    }
  }
  const core = place(index, keep.values());
  const nearby = copies.flatMap((figure) => [
    ...(figure.metric ? (index.byMetric.get(canonicalMetric(figure.metric)) ?? []) : []),
    ...(index.byChapter.get(index.chapterOfParagraph(figure.paragraph)) ?? []),
  ]);
  const wide = [...core];
  for (const a of nearby) wide[a.id] = a;
  return { core, wide };
}

function place(index: ClaimIndex, claims: Iterable<Claim>): Claim[] {
  const out = [...index.stubs];
  for (const c of claims) out[c.id] = c;
  return out;
}
