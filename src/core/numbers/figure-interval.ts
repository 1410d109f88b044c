import { Dec } from "./decimal";
import { Interval } from "./interval";
import type { Figure } from "./parse";
import { convertAmount, type AmountUnit } from "./units";

/**
 * The values a printed amount stands for, in the unit asked: “477.57万元” in 元 is
 * [4775650, 4775750). Percentages come back as fractions (“45%” → [0.445, 0.455)).
 */
export function figureInterval(figure: Figure, unit: AmountUnit = "万元"): Interval {
  const own = Interval.printed(figure.value, figure.decimals);
  if (figure.unit === "%") return own.scale(new Dec("0.01"));
  const from = figure.unit ?? unit;
  return own.scale(convertAmount(new Dec(1), from, unit));
}
