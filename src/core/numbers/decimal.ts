import Decimal from "decimal.js";

/**
 * The one configured decimal constructor of the engine. A clone, so that nothing else
 * that uses decimal.js in the same bundle is affected; ROUND_HALF_UP rounds ties away
 * from zero, which is what Excel's ROUND and 四舍五入 do (2.675 → 2.68, -2.5 → -3).
 * `precision` counts significant digits, so rounding to decimal places goes through
 * `toDecimalPlaces` (see roundHalfUp), never through this setting.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;
export type DecimalInput = Dec | number | string;

export function dec(x: DecimalInput): Dec {
  return x instanceof Dec ? x : new Dec(x);
}

const POWERS_OF_TEN = new Map<number, Dec>();

/**
 * 10^n, built once per exponent: every printed figure's half unit, every percentage and
 * every share's rounding step needs one, and a decimal power costs more than the
 * comparison it serves. A text uses a handful of exponents; Dec values are immutable,
 * so sharing them is safe.
 */
export function pow10(n: number): Dec {
  let p = POWERS_OF_TEN.get(n);
  if (p === undefined) {
    p = new Dec(10).pow(n);
    POWERS_OF_TEN.set(n, p);
  }
  return p;
}

/**
 * Half-up (away from zero) to `decimals` places, like Excel's ROUND; negative `decimals`
 * round to tens, hundreds … as ROUND(1234.5, -1) = 1230 does.
 */
export function roundHalfUp(x: DecimalInput, decimals: number): Dec {
  if (decimals >= 0) return dec(x).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const scale = pow10(-decimals);
  return dec(x).dividedBy(scale).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(scale);
}
