import { Dec, Interval, sumIntervals } from "../../numbers";
import { atLeast, atMost, equalIntervals, intersect } from "./bounds";
import type { Constraint, Term } from "./constraints";

/** The values a cell may hold, and whether they were given or inferred (and from what). */
export interface Bound {
  interval: Interval;
  /** Given by the data or the narrative: never narrowed. */
  fixed: boolean;
  /**
   * The value to show: the given figure, or the one the constraints imply from the
   * figures as printed (a blank counts 0, as in Excel). Only for messages; decisions use
   * the interval.
   */
  nominal: Dec;
  /** The constraints an inferred bound rests on (a finding is no surer than the least sure). */
  deps: Set<Constraint>;
  /** The given cells it rests on (itself, when given). */
  roots: Set<string>;
  /** The constraint that last narrowed an inferred bound. */
  from?: Constraint;
}

const TRUST = { S: 0, T: 1, "?": 2 } as const;
const MAX_ROUNDS = 12;

export type SignedTerm = Term & { a: 1 | -1 };

export function normalised(c: Constraint): SignedTerm[] {
  return [
    ...c.lhs.map((t) => ({ ...t, a: t.sign })),
    ...c.rhs.map((t) => ({ ...t, a: (t.sign === 1 ? -1 : 1) as 1 | -1 })),
  ];
}

function clamp(x: Dec, iv: Interval): Dec {
  if (iv.lo.isFinite() && x.lessThan(iv.lo)) return iv.lo;
  if (iv.hi.isFinite() && x.greaterThan(iv.hi)) return iv.hi;
  return x;
}

/**
 * Narrows what empty and computed cells may hold from every constraint they appear in
 * (interval constraint propagation): Σ a·x = 0 gives each x = −a·Σ(others); Σ a·x ≤ 0 a
 * one-sided bound. Given figures are never narrowed, and a narrowing that would leave
 * nothing is skipped: the check then finds the constraint that fails. Sound: only values
 * that cannot satisfy the constraints (or are < 0 for an unsigned amount) are removed.
 */
export function propagate(constraints: readonly Constraint[], bounds: Map<string, Bound>): void {
  const ordered = constraints
    .filter((c) => !c.heuristic)
    .sort((x, y) => TRUST[x.tag] - TRUST[y.tag]);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const c of ordered) {
      const terms = normalised(c);
      terms.forEach((t, i) => {
        const b = bounds.get(t.key)!;
        if (b.fixed) return;
        const others = terms.filter((_, j) => j !== i);
        const rest = sumIntervals(others.map((o) => signed(bounds.get(o.key)!.interval, o.a)));
        const target = rest.negate(); // a·x (rel) target
        const allowed =
          c.rel === "eq"
            ? signed(target, t.a)
            : t.a === 1
              ? atMost(target.hi, target.hiClosed)
              : atLeast(target.hi.negated(), target.hiClosed);
        if (!allowed.lo.isFinite() && !allowed.hi.isFinite()) return;
        const next = intersect(b.interval, allowed);
        if (!next || equalIntervals(next, b.interval)) return;
        let nominal = b.nominal;
        if (c.rel === "eq") {
          let s = new Dec(0);
          for (const o of others) s = s.plus(bounds.get(o.key)!.nominal.times(o.a));
          nominal = s.negated().times(t.a);
        }
        const deps = new Set<Constraint>([c]);
        const roots = new Set<string>();
        for (const o of others) {
          const ob = bounds.get(o.key)!;
          for (const d of ob.deps) deps.add(d);
          for (const r of ob.roots) roots.add(r);
        }
        bounds.set(t.key, {
          interval: next,
          fixed: false,
          nominal: clamp(nominal, next),
          deps,
          roots,
          from: c,
        });
        changed = true;
      });
    }
    if (!changed) return;
  }
}

function signed(iv: Interval, a: 1 | -1): Interval {
  return a === 1 ? iv : iv.negate();
}
