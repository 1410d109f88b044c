import { Dec } from "./decimal";

/**
 * Hamilton's method (尾差调整): given exact shares already scaled to units of the last
 * printed place (44.338… % at 2 decimals is 4433.8…), cut each down to a whole unit and
 * give the units still missing to `total` to the largest remainders — ties to the larger
 * `weight` (the larger part), then to the earlier one. The drafter prints with it and the
 * share rule recognises it, so both must break ties the same way: hence one function.
 */
export function largestRemainder(
  scaled: readonly Dec[],
  total: Dec,
  weight: readonly Dec[] = scaled,
): Dec[] {
  const floors = scaled.map((x) => x.floor());
  let missing = total.minus(floors.reduce((a, b) => a.plus(b), new Dec(0))).toNumber();
  const order = scaled
    .map((x, i) => ({ i, remainder: x.minus(floors[i]) }))
    .filter((r) => !r.remainder.isZero())
    .sort(
      (a, b) =>
        b.remainder.comparedTo(a.remainder) || weight[b.i].comparedTo(weight[a.i]) || a.i - b.i,
    );
  const out = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i] = out[i].plus(1);
    missing--;
  }
  return out;
}
