import { Dec, dec, pow10 } from "./decimal";

/** Shared: a value is immutable, and every share, growth and completion asks about 0. */
const ZERO = new Dec(0);

/**
 * A set of real numbers between two endpoints, each endpoint open or closed.
 *
 * The interval rule: a printed figure stands for every value that rounds to it, so
 * “1414.49” is [1414.485, 1414.495) and “45%” is [44.5%, 45.5%). A claim is inconsistent
 * only when no values inside the printed precisions make it true, i.e. when the interval
 * computed from the printed inputs does not meet the interval of the printed claim.
 * Endpoints keep their open/closed state: one cent apart at the boundary is a real
 * difference (1.00 vs 1.01 never overlap), so a closed hull would hide errors.
 */
export class Interval {
  private constructor(
    readonly lo: Dec,
    readonly hi: Dec,
    readonly loClosed: boolean,
    readonly hiClosed: boolean,
  ) {}

  static of(lo: Dec, hi: Dec, loClosed = true, hiClosed = true): Interval {
    if (lo.greaterThan(hi)) throw new RangeError(`empty interval ${lo} > ${hi}`);
    return new Interval(lo, hi, loClosed, hiClosed);
  }

  /** An exact value: a figure known without rounding (a typed cell, an integer count). */
  static exact(value: Dec | number | string): Interval {
    const v = dec(value);
    return new Interval(v, v, true, true);
  }

  /**
   * Every value that rounds half-up (away from zero) to `value` at `decimals` places.
   * Positive: [v − h, v + h); negative: (v − h, v + h]; zero: (−h, h).
   */
  static printed(value: Dec | number | string, decimals: number): Interval {
    const v = dec(value);
    const h = halfUnit(decimals);
    const sign = v.isZero() ? 0 : v.isNegative() ? -1 : 1;
    return new Interval(v.minus(h), v.plus(h), sign > 0, sign < 0);
  }

  get midpoint(): Dec {
    return this.lo.plus(this.hi).dividedBy(2);
  }

  contains(x: Dec): boolean {
    const aboveLo = this.loClosed ? x.greaterThanOrEqualTo(this.lo) : x.greaterThan(this.lo);
    const belowHi = this.hiClosed ? x.lessThanOrEqualTo(this.hi) : x.lessThan(this.hi);
    return aboveLo && belowHi;
  }

  /** True when the two intervals share at least one value. */
  meets(other: Interval): boolean {
    return lowerBelowUpper(this, other) && lowerBelowUpper(other, this);
  }

  /** Does the interval contain zero (so dividing by it is unbounded)? */
  get straddlesZero(): boolean {
    return this.contains(ZERO);
  }

  negate(): Interval {
    return new Interval(this.hi.negated(), this.lo.negated(), this.hiClosed, this.loClosed);
  }

  plus(other: Interval): Interval {
    return new Interval(
      this.lo.plus(other.lo),
      this.hi.plus(other.hi),
      this.loClosed && other.loClosed,
      this.hiClosed && other.hiClosed,
    );
  }

  minus(other: Interval): Interval {
    return this.plus(other.negate());
  }

  times(other: Interval): Interval {
    const candidates: Endpoint[] = [];
    for (const [a, ac] of this.endpoints()) {
      for (const [b, bc] of other.endpoints()) {
        // A closed zero endpoint makes the product 0 reachable whatever the other side is.
        const closed = (ac && bc) || (ac && a.isZero()) || (bc && b.isZero());
        candidates.push([a.times(b), closed]);
      }
    }
    // 0 × ∞ (an unbounded side meeting a zero end): the product can be anything.
    if (candidates.some(([v]) => v.isNaN())) {
      return new Interval(new Dec(-Infinity), new Dec(Infinity), false, false);
    }
    return fromCandidates(candidates);
  }

  /**
   * Division; undefined when the divisor can be zero (the quotient is unbounded). A divisor
   * with an open end at zero, such as (−2, 0), is never zero but grows without bound
   * there: its reciprocal is (−∞, −0.5), not (+∞ …) as a plain 1 ÷ 0 would say.
   */
  dividedBy(other: Interval): Interval | undefined {
    if (other.straddlesZero) return undefined;
    // Both positive and of some width (a share, a growth base, a completion): the ends are
    // lo ÷ other.hi and hi ÷ other.lo, each one correctly rounded division — exact when the
    // quotient is a short decimal (3 ÷ 6 = 0.5), where 3 × (1 ÷ 6) is not.
    if (
      this.lo.isPositive() &&
      !this.lo.isZero() &&
      other.lo.isPositive() &&
      !other.lo.isZero() &&
      this.hi.isFinite() &&
      other.hi.isFinite() &&
      !this.lo.equals(this.hi) &&
      !other.lo.equals(other.hi)
    ) {
      return Interval.of(
        this.lo.dividedBy(other.hi),
        this.hi.dividedBy(other.lo),
        this.loClosed && other.hiClosed,
        this.hiClosed && other.loClosed,
      );
    }
    const reciprocal = new Interval(
      other.hi.isZero() ? new Dec(-Infinity) : new Dec(1).dividedBy(other.hi),
      other.lo.isZero() ? new Dec(Infinity) : new Dec(1).dividedBy(other.lo),
      other.hiClosed,
      other.loClosed,
    );
    return this.times(reciprocal);
  }

  /**
   * times(exact(factor)) in two products instead of four: every amount and percentage of a
   * check is scaled (units, 0.01), so this is the engine's most frequent interval product.
   * The flags follow times(): a degenerate interval's two ends share theirs.
   */
  scale(factor: Dec | number): Interval {
    const f = dec(factor);
    // Zero, infinities and NaN keep times()'s rules for 0 × ∞.
    if (!f.isFinite() || f.isZero() || !this.lo.isFinite() || !this.hi.isFinite())
      return this.times(Interval.exact(f));
    const a = this.lo.times(f);
    const b = this.hi.times(f);
    const positive = f.isPositive();
    let loClosed = positive ? this.loClosed : this.hiClosed;
    let hiClosed = positive ? this.hiClosed : this.loClosed;
    if (this.lo.equals(this.hi)) loClosed = hiClosed = this.loClosed || this.hiClosed;
    return positive ? Interval.of(a, b, loClosed, hiClosed) : Interval.of(b, a, loClosed, hiClosed);
  }

  toString(): string {
    return `${this.loClosed ? "[" : "("}${this.lo}, ${this.hi}${this.hiClosed ? "]" : ")"}`;
  }

  private endpoints(): Endpoint[] {
    return [
      [this.lo, this.loClosed],
      [this.hi, this.hiClosed],
    ];
  }
}

type Endpoint = [Dec, boolean];

/**
 * Half a unit of the last printed place (0.005 for 2 decimals), built once per precision
 * (see pow10).
 */
const HALF_UNITS = new Map<number, Dec>();

function halfUnit(decimals: number): Dec {
  let h = HALF_UNITS.get(decimals);
  if (h === undefined) {
    h = new Dec(5).times(pow10(-(decimals + 1)));
    HALF_UNITS.set(decimals, h);
  }
  return h;
}

function lowerBelowUpper(a: Interval, b: Interval): boolean {
  const cmp = a.lo.comparedTo(b.hi);
  return cmp < 0 || (cmp === 0 && a.loClosed && b.hiClosed);
}

function fromCandidates(candidates: Endpoint[]): Interval {
  let [lo, loClosed] = candidates[0];
  let [hi, hiClosed] = candidates[0];
  for (const [v, closed] of candidates.slice(1)) {
    const toLo = v.comparedTo(lo);
    if (toLo < 0) [lo, loClosed] = [v, closed];
    else if (toLo === 0) loClosed ||= closed;
    const toHi = v.comparedTo(hi);
    if (toHi > 0) [hi, hiClosed] = [v, closed];
    else if (toHi === 0) hiClosed ||= closed;
  }
  return Interval.of(lo, hi, loClosed, hiClosed);
}

/**
 * The interval rule itself: a claim printed as `claimed` can be true for inputs inside
 * their printed precisions iff the claimed interval meets the computed one. An
 * unbounded computation (undefined: a divisor that may be zero) decides nothing, so it
 * is consistent.
 */
export function isConsistent(claimed: Interval, computed: Interval | undefined): boolean {
  return computed === undefined || claimed.meets(computed);
}

/** Σ of intervals; the empty sum is exactly 0. */
export function sumIntervals(parts: readonly Interval[]): Interval {
  return parts.reduce((acc, p) => acc.plus(p), Interval.exact(0));
}
