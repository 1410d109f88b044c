import { Dec, dec, roundHalfUp, type DecimalInput } from "./decimal";
import { Interval } from "./interval";

/** part ÷ total as a fraction; null when the total is zero (no share exists). */
export function share(part: DecimalInput, total: DecimalInput): Dec | null {
  const t = dec(total);
  return t.isZero() ? null : dec(part).dividedBy(t);
}

/** (current − prior) ÷ prior as a fraction; null when there is no prior to grow from. */
export function growth(current: DecimalInput, prior: DecimalInput): Dec | null {
  const p = dec(prior);
  return p.isZero() ? null : dec(current).minus(p).dividedBy(p);
}

export function change(current: DecimalInput, prior: DecimalInput): Dec {
  return dec(current).minus(dec(prior));
}

/** actual ÷ target as a fraction (完成预算P%); null when the target is zero. */
export function completion(actual: DecimalInput, target: DecimalInput): Dec | null {
  return share(actual, target);
}

/** A fraction as a percentage number rounded half-up: 0.443383 → 44.34 (2 decimals). */
export function toPercent(fraction: DecimalInput, decimals: number): Dec {
  return roundHalfUp(dec(fraction).times(100), decimals);
}

const PER_CENT = new Dec("0.01");

/** The fraction a printed percentage stands for: “45%” → [0.445, 0.455). */
export function percentInterval(printed: DecimalInput, decimals: number): Interval {
  return Interval.printed(printed, decimals).scale(PER_CENT);
}

export function shareInterval(part: Interval, total: Interval): Interval | undefined {
  return part.dividedBy(total);
}

/** current ÷ prior − 1: each input used once, so the interval is tight. */
export function growthInterval(current: Interval, prior: Interval): Interval | undefined {
  return current.dividedBy(prior)?.minus(Interval.exact(1));
}

/**
 * Growth when only the current value and the change are printed (the prior is implied):
 * Δ ÷ (c − Δ) = 1 ÷ (c ÷ Δ − 1), written so that each input appears once and the
 * interval stays tight; falls back to the looser form when Δ may be zero.
 */
export function growthFromChangeInterval(current: Interval, delta: Interval): Interval | undefined {
  const ratio = current.dividedBy(delta);
  if (ratio) return Interval.exact(1).dividedBy(ratio.minus(Interval.exact(1)));
  return delta.dividedBy(current.minus(delta));
}
