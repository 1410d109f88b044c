import { Dec, Interval } from "../../numbers";
import type { Given } from "../fill-data";

const INF = new Dec(Infinity);

/**
 * What an empty cell may hold: any amount ≥ 0 (or any amount, for a signed line such as
 * 结余分配). Unbounded above, so an empty cell never makes an identity fail by itself.
 */
export function unknownInterval(signed = false): Interval {
  return signed
    ? Interval.of(INF.negated(), INF, false, false)
    : Interval.of(new Dec(0), INF, true, false);
}

/** A given value: a printed figure stands for all it rounds from; data and typed values are exact. */
export function givenInterval(g: Given): Interval {
  return g.decimals === undefined ? Interval.exact(g.value) : Interval.printed(g.value, g.decimals);
}

export function isBounded(i: Interval): boolean {
  return i.lo.isFinite() && i.hi.isFinite();
}

/** The common part of two intervals, or null when they do not meet. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const loCmp = a.lo.comparedTo(b.lo);
  const [lo, loClosed] =
    loCmp > 0
      ? [a.lo, a.loClosed]
      : loCmp < 0
        ? [b.lo, b.loClosed]
        : [a.lo, a.loClosed && b.loClosed];
  const hiCmp = a.hi.comparedTo(b.hi);
  const [hi, hiClosed] =
    hiCmp < 0
      ? [a.hi, a.hiClosed]
      : hiCmp > 0
        ? [b.hi, b.hiClosed]
        : [a.hi, a.hiClosed && b.hiClosed];
  const c = lo.comparedTo(hi);
  if (c > 0 || (c === 0 && !(loClosed && hiClosed))) return null;
  return Interval.of(lo, hi, loClosed, hiClosed);
}

/** (−∞, hi] or (−∞, hi) */
export function atMost(hi: Dec, closed: boolean): Interval {
  return Interval.of(INF.negated(), hi, false, closed);
}

/** [lo, ∞) or (lo, ∞) */
export function atLeast(lo: Dec, closed: boolean): Interval {
  return Interval.of(lo, INF, closed, false);
}

/** Can some value of `a` be ≤ some value of `b`? */
export function canBeAtMost(a: Interval, b: Interval): boolean {
  return intersect(a, atMost(b.hi, b.hiClosed)) !== null;
}

export function equalIntervals(a: Interval, b: Interval): boolean {
  return (
    a.lo.equals(b.lo) && a.hi.equals(b.hi) && a.loClosed === b.loClosed && a.hiClosed === b.hiClosed
  );
}
