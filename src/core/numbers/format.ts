import { dec, type DecimalInput } from "./decimal";
import { change, growth, toPercent } from "./ratios";
import type { AmountUnit } from "./units";

/** Fixed decimals, half-up, no thousands separators (as narratives print amounts). */
export function formatNumber(value: DecimalInput, decimals: number): string {
  return dec(value).toFixed(decimals);
}

/** A fraction as printed: 0.443383 → “44.34%”. */
export function formatPercent(fraction: DecimalInput, decimals = 2): string {
  return `${toPercent(fraction, decimals).toFixed(decimals)}%`;
}

export interface ChangeWording {
  /** 增加 / 减少 / 持平 */
  direction: "increase" | "decrease" | "flat";
  text: string;
}

/**
 * The narrative wording of a change against the prior year: “增加518.08万元，增长51.81%”,
 * “减少1.52万元，下降3.58%”, “与上年持平”. Amounts are printed to 2 decimals, the rate to
 * `decimals`; equal when the amounts print the same. With no prior (0) there is no rate.
 */
export function changeWording(
  current: DecimalInput,
  prior: DecimalInput,
  unit: AmountUnit = "万元",
  decimals = 2,
): ChangeWording {
  const delta = change(current, prior);
  const printedDelta = formatNumber(delta.abs(), 2);
  if (Number(printedDelta) === 0) return { direction: "flat", text: "与上年持平" };
  const up = delta.isPositive();
  const amount = `${up ? "增加" : "减少"}${printedDelta}${unit}`;
  const rate = growth(current, prior);
  if (rate === null) return { direction: up ? "increase" : "decrease", text: amount };
  return {
    direction: up ? "increase" : "decrease",
    text: `${amount}，${up ? "增长" : "下降"}${formatPercent(rate.abs(), decimals)}`,
  };
}

export function changeText(
  current: DecimalInput,
  prior: DecimalInput,
  unit: AmountUnit = "万元",
  decimals = 2,
): string {
  return changeWording(current, prior, unit, decimals).text;
}
