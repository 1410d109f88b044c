import type { CheckOptions } from "../rules/types";
import { catalogueFor, type Catalogue } from "../templates/catalogue";
import type { ShareRounding } from "./share-rounding";

export interface DraftOptions {
  /** The report year: “2020年度…”, compared with `reportYear − 1`. */
  reportYear: number;
  /** Named where the standard wording names the unit (十、机关运行经费); default “本单位”. */
  unitName?: string;
  /** Decimals of shares, growth rates and completion rates: 2 by default, 0 allowed. */
  percentDecimals?: number;
  /** Decimals of amounts (2, as the tables print them). */
  amountDecimals?: number;
  /** Unit amounts are printed in; facts are always in 万元. */
  unit?: "万元" | "元";
  /** List components whose amount is zero (“事业收入0.00万元，占0.00%”): true by default. */
  listZeros?: boolean;
  /** How the shares of one breakdown are rounded (see share-rounding.ts). */
  shareRounding?: ShareRounding;
  /** Written where the template asks for the reason of a change (主要变动原因是……). */
  reasonPlaceholder?: string;
  /**
   * The writer's own reasons, by reasons.ts key (`change:<metric>`, `budget:<metric>`):
   * usually `reasonsFromText` of the 说明 drafted before. Written instead of the placeholder.
   */
  reasons?: ReadonlyMap<string, string>;
  /** Names of 功能分类 / 经济分类 codes; the shipped catalogue of the year by default. */
  catalogue?: Catalogue;
}

export type ResolvedDraftOptions = Required<DraftOptions>;

export class DraftOptionsError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "DraftOptionsError";
  }
}

/**
 * Fills in defaults and rejects what cannot be printed.
 * @throws DraftOptionsError for a year or decimals out of range
 */
export function resolveDraftOptions(options: DraftOptions): ResolvedDraftOptions {
  const { reportYear } = options;
  if (!Number.isInteger(reportYear) || reportYear < 1990 || reportYear > 2200) {
    throw new DraftOptionsError(
      `报告年度无效：${reportYear}`,
      `Invalid report year: ${reportYear}`,
    );
  }
  const percentDecimals = options.percentDecimals ?? 2;
  const amountDecimals = options.amountDecimals ?? 2;
  for (const [name, d] of [
    ["percentDecimals", percentDecimals],
    ["amountDecimals", amountDecimals],
  ] as const) {
    if (!Number.isInteger(d) || d < 0 || d > 6) {
      throw new DraftOptionsError(
        `小数位数应为0到6的整数：${name}=${d}`,
        `Decimals must be an integer from 0 to 6: ${name}=${d}`,
      );
    }
  }
  return {
    reportYear,
    unitName: options.unitName?.trim() || "本单位",
    percentDecimals,
    amountDecimals,
    unit: options.unit ?? "万元",
    listZeros: options.listZeros ?? true,
    shareRounding: options.shareRounding ?? "plain",
    reasonPlaceholder: options.reasonPlaceholder ?? "……",
    reasons: options.reasons ?? new Map(),
    catalogue: options.catalogue ?? catalogueFor(reportYear),
  };
}

/** What the checker must be told about a drafted text, so that it reads it by the same rules. */
export function checkOptionsFor(options: ResolvedDraftOptions): CheckOptions {
  return { reportYear: options.reportYear, shareRounding: options.shareRounding };
}
