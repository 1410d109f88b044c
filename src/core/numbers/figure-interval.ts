import { Dec } from "./decimal";
import { Interval } from "./interval";
import { percentInterval } from "./ratios";
import type { Figure } from "./parse";
import { AMOUNT_UNITS, convertAmount, type AmountUnit } from "./units";

/** The factor from one unit to another, for each pair: every amount of a check is scaled. */
const FACTORS = Object.fromEntries(
  AMOUNT_UNITS.map((from) => [
    from,
    Object.fromEntries(AMOUNT_UNITS.map((to) => [to, convertAmount(new Dec(1), from, to)])),
  ]),
) as Record<AmountUnit, Record<AmountUnit, Dec>>;

/**
 * The values a printed amount stands for, in the unit asked: “477.57万元” in 元 is
 * [4775650, 4775750). Percentages come back as fractions (“45%” → [0.445, 0.455)).
 */
export function figureInterval(figure: Figure, unit: AmountUnit = "万元"): Interval {
  if (figure.unit === "%") return percentInterval(figure.value, figure.decimals);
  return amountFigureInterval(figure.value, figure.decimals, figure.unit ?? unit, unit);
}

/** figureInterval of an amount printed as `value` in `from`, without a figure object made for it. */
export function amountFigureInterval(
  value: Dec,
  decimals: number,
  from: AmountUnit,
  to: AmountUnit,
): Interval {
  return Interval.printed(value, decimals).scale(FACTORS[from][to]);
}
