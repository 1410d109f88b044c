import { Dec, largestRemainder, share, toPercent } from "../numbers";

export type ShareRounding = "plain" | "largest-remainder";

/**
 * The printed percentages of one breakdown (parts of `whole`), as numbers with `decimals`
 * places. Plain: each share rounded half-up on its own (they may add to 99.99 or 100.01).
 * Largest remainder (尾差调整): each share is cut down to `decimals` places and the units
 * still missing to 100% go to the largest remainders (ties: the larger part, then the
 * earlier one), so the printed shares add to exactly 100. Each share then differs from
 * its plain rounding by at most one unit in the last place.
 *
 * The adjustment is only defined when the parts add up exactly to the whole and none is
 * negative; otherwise no rounding can make them add to 100, and plain rounding is used.
 * Returns null for every part when the whole is zero (there is no share).
 */
export function roundShares(
  parts: readonly Dec[],
  whole: Dec,
  decimals: number,
  rule: ShareRounding,
): Array<Dec | null> {
  if (whole.isZero()) return parts.map(() => null);
  const plain = parts.map((p) => toPercent(share(p, whole)!, decimals));
  if (rule === "plain" || !isExactBreakdown(parts, whole)) return plain;

  const units = new Dec(100).times(new Dec(10).pow(decimals));
  const exact = parts.map((p) => p.dividedBy(whole).times(units));
  const adjusted = largestRemainder(exact, units, parts);
  const scale = new Dec(10).pow(-decimals);
  return adjusted.map((u) => u.times(scale));
}

function isExactBreakdown(parts: readonly Dec[], whole: Dec): boolean {
  if (whole.isNegative() || parts.some((p) => p.isNegative())) return false;
  return parts.reduce((a, b) => a.plus(b), new Dec(0)).equals(whole);
}
