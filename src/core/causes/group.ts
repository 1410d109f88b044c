import type { AmountClaim } from "../claims/types";
import { isCellRef, type Finding, type Severity } from "../findings";
import { formatNumber, normalizeDigits, type Dec } from "../numbers";
import type { RuleContext } from "../rules/types";
import type { Span } from "../span";
import { candidateValues } from "./candidates";
import { indexClaims, spanKey } from "./claim-index";
import type { CauseFigure, CauseGroup, FindingCause } from "./types";
import { FIGURE_RELATION_RULES, findingKey, verifier } from "./verify";

/**
 * Findings grouped by cause. One mistyped amount makes its share, its growth rate, its
 * change and a sum wrong, and conflicts with another statement of it: reported one by
 * one, a reviewer sees five problems, and the fixes proposed for the derived figures are
 * computed from the mistyped amount, so applying them adds errors.
 *
 * A figure is taken as the cause of several findings only when that explanation is
 * consistent, which is checked, not guessed:
 * 1. it is an amount that several failed relations share (as a finding's own span or as
 *    a figure the finding was computed from);
 * 2. some value for it, taken from a relation with other figures (another statement of
 *    the same quantity, the table, its breakdown, prior + change), makes every one of
 *    those findings disappear when the relation rules run again with that value, and no
 *    new one appear: a figure confirmed by a relation that holds is not in doubt;
 * 3. no other figure explains as many of the same findings (then the cause is not known,
 *    and nothing is grouped).
 * The figure's own finding, when there is one, is the primary; the others follow from
 * it. A fix is kept only where it was not computed from the figure in doubt (on the
 * figure's own finding, and on the findings about its copies); when exactly one value
 * clears the group, the primary names it and, when it is about the figure, offers it.
 * Followers are still reported, marked as following.
 */

export interface Grouped {
  /** The findings, in the same order; grouped ones copied with `cause` set. */
  findings: Finding[];
  groups: CauseGroup[];
}

interface Explanation {
  /** The figure's statements, in text order (see ClaimIndex.copiesOf). */
  copies: AmountClaim[];
  /** Indices of the findings it explains. */
  explains: number[];
  /** The values of the figure, as printed, that clear all of them. */
  values: string[];
}

/** A failed relation: not a rounding note (info), and about a text figure. */
const isFailure = (f: Finding): boolean =>
  FIGURE_RELATION_RULES.has(f.rule) && f.severity !== "info" && f.span !== undefined;

/**
 * Groups `findings` (as the rules returned them for `context`, in text order) by the
 * figure that explains them.
 */
export function groupByCause(findings: readonly Finding[], context: RuleContext): Grouped {
  const index = indexClaims(context);
  // The failed findings each figure takes part in, its copies counted as one.
  const byFigure = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!isFailure(f)) return;
    const keys = new Set<string>();
    for (const s of [f.span as Span, ...(f.related ?? [])]) {
      const a = isCellRef(s) ? undefined : index.amountAt.get(spanKey(s));
      if (a) keys.add(spanKey((index.copiesOf.get(a.id)?.[0] ?? a).span));
    }
    for (const k of keys) byFigure.set(k, [...(byFigure.get(k) ?? []), i]);
  });

  const before = new Set(findings.filter(isFailure).map(findingKey));
  const explanations: Explanation[] = [];
  for (const [key, explains] of byFigure) {
    if (explains.length < 2) continue;
    const figure = index.amountAt.get(key) as AmountClaim;
    const copies = index.copiesOf.get(figure.id) ?? [figure];
    const its = explains.map((i) => findings[i]);
    const candidates = candidateValues(copies, its, context, index);
    if (candidates.length === 0) continue;
    const values = candidates.filter(verifier(copies, its, before, context, index));
    if (values.length === 0) continue;
    const shown = [...new Set(values.map((v) => printed(figure, v, context)))];
    explanations.push({ copies, explains, values: shown });
  }
  return assemble(findings, choose(explanations), context);
}

/** Largest explanations first; one that ties with another over the same findings is dropped. */
function choose(explanations: Explanation[]): Explanation[] {
  const sorted = [...explanations].sort(
    (a, b) => b.explains.length - a.explains.length || a.explains[0] - b.explains[0],
  );
  const taken = new Set<number>();
  const chosen: Explanation[] = [];
  for (const x of sorted) {
    const open = x.explains.filter((i) => !taken.has(i));
    const rival = sorted.some(
      (y) =>
        y !== x &&
        y.explains.length === x.explains.length &&
        y.explains.some((i) => open.includes(i)),
    );
    if (rival || open.length < 2) continue;
    for (const i of open) taken.add(i);
    chosen.push({ ...x, explains: open });
  }
  return chosen;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function assemble(
  findings: readonly Finding[],
  chosen: Explanation[],
  { doc }: RuleContext,
): Grouped {
  const out = [...findings];
  const drafts = chosen.map((x) => {
    const keys = new Map(x.copies.map((c) => [spanKey(c.span), c]));
    const ownCopy = (i: number) => keys.get(spanKey(findings[i].span as Span));
    const own = (i: number) => ownCopy(i) !== undefined;
    // The figure's own finding first, one with a fix (from the table) before one without;
    // else the most severe, first in the text.
    const fixed = (i: number) => own(i) && findings[i].fix !== undefined;
    const primary = [...x.explains].sort(
      (a, b) =>
        Number(own(b)) - Number(own(a)) ||
        Number(fixed(b)) - Number(fixed(a)) ||
        SEVERITY_RANK[findings[a].severity] - SEVERITY_RANK[findings[b].severity] ||
        a - b,
    )[0];
    return { x, primary, own: ownCopy(primary), ownCopy };
  });
  drafts.sort((a, b) => a.primary - b.primary);
  const groups = drafts.map(({ x, primary, own, ownCopy }, n): CauseGroup => {
    const [figure, ...others] = x.copies.map(({ span: { start, end } }): CauseFigure => ({
      start,
      end,
      text: doc.text.slice(start, end),
    }));
    const expected = x.values.length === 1 ? x.values[0] : undefined;
    const followers = x.explains.filter((i) => i !== primary).sort((a, b) => a - b);
    const base = {
      group: n + 1,
      figure,
      ...(others.length > 0 ? { others } : {}),
      size: x.explains.length,
    };

    const p: Finding = { ...findings[primary] };
    const cause: FindingCause = { ...base, role: "primary" };
    if (expected !== undefined) cause.expected = expected;
    if (!own && p.fix) {
      delete p.fix;
      cause.fixWithheld = true;
    } else if (own && !p.fix && expected !== undefined) {
      p.fix = { ...own.figureSpan, replacement: expected };
    }
    out[primary] = { ...p, cause };
    for (const i of followers) {
      const f: Finding = { ...findings[i] };
      const follows: FindingCause = { ...base, role: "follows" };
      // A copy of the figure gets the same correction; any other fix came from the figure.
      const copy = ownCopy(i);
      if (copy && expected !== undefined) f.fix = { ...copy.figureSpan, replacement: expected };
      else if (f.fix) {
        delete f.fix;
        follows.fixWithheld = true;
      }
      out[i] = { ...f, cause: follows };
    }
    return {
      id: n + 1,
      figure,
      ...(others.length > 0 ? { others } : {}),
      ...(expected !== undefined ? { expected } : {}),
      primary,
      followers,
    };
  });
  return { findings: out, groups };
}

/** A value printed as the figure is: its decimals, then its unit as written (“14144926.18元”). */
function printed(figure: AmountClaim, value: Dec, { doc }: RuleContext): string {
  const shown = doc.text.slice(figure.figureSpan.start, figure.figureSpan.end);
  const lead = /^[-+−]?[0-9][0-9.,]*/.exec(normalizeDigits(shown))?.[0].length ?? 0;
  return formatNumber(value, figure.figure.decimals) + shown.slice(lead);
}
