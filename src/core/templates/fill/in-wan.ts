import type { AmountClaim } from "../../claims/types";
import { convertAmount, isAmountUnit, type AmountUnit, type Dec, type Figure } from "../../numbers";

/** How many digits a unit shift adds: 元 → 万元 is 4 more places, 亿元 → 万元 4 fewer. */
const SHIFT: Record<AmountUnit, number> = { 元: 4, 万元: 0, 亿元: -4 };

/** A printed amount in 万元 (the tables' unit), exactly, with its printed decimals in 万元. */
export interface WanAmount {
  value: Dec;
  decimals: number;
}

/** A figure printed in `unit`, in 万元; undefined when `unit` is not an amount's. */
export function inWan(figure: Figure, unit: string): WanAmount | undefined {
  if (!isAmountUnit(unit)) return undefined;
  return {
    value: convertAmount(figure.value, unit, "万元"),
    decimals: figure.decimals + SHIFT[unit],
  };
}

/** The unit an amount claim is in: printed, implied by a table header, else 万元. */
export function amountUnit(claim: AmountClaim): string {
  return claim.figure.unit ?? claim.impliedUnit ?? "万元";
}
