import { Dec } from "./decimal";

export type AmountUnit = "元" | "万元" | "亿元";
export const AMOUNT_UNITS: readonly AmountUnit[] = ["元", "万元", "亿元"];

const YUAN_PER_UNIT: Record<AmountUnit, Dec> = {
  元: new Dec(1),
  万元: new Dec(10_000),
  亿元: new Dec(100_000_000),
};

export function isAmountUnit(s: unknown): s is AmountUnit {
  return typeof s === "string" && (AMOUNT_UNITS as readonly string[]).includes(s);
}

/** Exact conversion: powers of ten only, so no digits are ever lost. */
export function convertAmount(value: Dec, from: AmountUnit, to: AmountUnit): Dec {
  if (from === to) return value;
  return value.times(YUAN_PER_UNIT[from]).dividedBy(YUAN_PER_UNIT[to]);
}
