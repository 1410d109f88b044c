import type { AmountClaim, Claim } from "../claims/types";
import { canonicalMetric } from "../metrics";
import type { RuleContext } from "../rules/types";
import { chapterOf, unitOf } from "../rules/utils/figures";
import type { Span } from "../span";

export const spanKey = (s: Span): string => `${s.start}:${s.end}`;

/**
 * The claims of one check, indexed once for the grouping pass: amounts by span, who
 * refers to whom, the chapter of each paragraph, and an inert stub for every claim (the
 * relation rules ignore placeholders), so that a claim list restricted to a figure's
 * neighbourhood is a copy of `stubs` with a few claims put back.
 */
export interface ClaimIndex {
  all: readonly Claim[];
  amountAt: Map<string, AmountClaim>;
  /** The claims that refer to a claim id (a share to its part, a growth rate to its change…). */
  referrers: Map<number, Claim[]>;
  /** Amounts with a metric, by canonical metric and by chapter. */
  byMetric: Map<string, AmountClaim[]>;
  byChapter: Map<number, AmountClaim[]>;
  chapterOfParagraph: (paragraph: number) => number;
  /**
   * The statements of one figure: amounts of the same quantity and period printed alike
   * (value, decimals, unit), by the id of each; a figure stated once is absent. A figure
   * mistyped and then copied is wrong in every copy, so they are corrected together.
   */
  copiesOf: Map<number, AmountClaim[]>;
  stubs: readonly Claim[];
}

export function indexClaims({ doc, claims }: RuleContext): ClaimIndex {
  const chapters = new Map<number, number>();
  const chapterOfParagraph = (p: number): number => {
    let c = chapters.get(p);
    if (c === undefined) chapters.set(p, (c = chapterOf(doc, p)));
    return c;
  };
  const index: ClaimIndex = {
    all: claims,
    amountAt: new Map(),
    referrers: new Map(),
    byMetric: new Map(),
    byChapter: new Map(),
    chapterOfParagraph,
    copiesOf: new Map(),
    stubs: claims.map((c) => ({
      kind: "placeholder",
      form: "marker",
      id: c.id,
      span: c.span,
      paragraph: c.paragraph,
    })),
  };
  const push = <K>(m: Map<K, AmountClaim[]>, k: K, a: AmountClaim) => {
    const list = m.get(k);
    if (list) list.push(a);
    else m.set(k, [a]);
  };
  const alike = new Map<string, AmountClaim[]>();
  for (const c of claims) {
    for (const id of refersTo(c)) {
      const list = index.referrers.get(id);
      if (list) list.push(c);
      else index.referrers.set(id, [c]);
    }
    if (c.kind !== "amount") continue;
    if (!c.approximate) index.amountAt.set(spanKey(c.span), c);
    if (!c.metric) continue;
    push(index.byMetric, canonicalMetric(c.metric), c);
    push(index.byChapter, chapterOfParagraph(c.paragraph), c);
    if (c.approximate) continue;
    const { value, decimals } = c.figure;
    push(
      alike,
      `${canonicalMetric(c.metric)}|${c.period}|${unitOf(c)}|${value.toFixed()}|${decimals}`,
      c,
    );
  }
  for (const copies of alike.values())
    if (copies.length > 1) for (const c of copies) index.copiesOf.set(c.id, copies);
  return index;
}

/** The ids of the claims a claim refers to. */
export function refersTo(c: Claim): number[] {
  const ids: Array<number | undefined> = [];
  if (c.kind === "share") ids.push(c.part, c.whole);
  if (c.kind === "growth") ids.push(c.subject, c.change, c.prior);
  if (c.kind === "change") ids.push(c.subject, c.prior);
  if (c.kind === "completion") ids.push(c.actual, c.target);
  if (c.kind === "enumeration") ids.push(c.total, ...c.parts, ...c.shares);
  return ids.filter((id): id is number => id !== undefined);
}
