import { extractClaims } from "../../claims/extract";
import type { AmountClaim, Claim } from "../../claims/types";
import { convertAmount, isAmountUnit, type AmountUnit } from "../../numbers";
import { segment } from "../../text";
import type { NarrativeDocument } from "../../text/types";
import { emptyFillData, type FillData, type Given } from "../fill-data";
import { priorKey } from "../keys";
import { cellsForMetric } from "../metric-cells";
import { templateSetFor } from "../sets";
import type { TemplateSet } from "../types";
import { fillPerformanceFromTable } from "./perf-table";

/** How many digits a unit shift adds: 元 → 万元 is 4 more places, 亿元 → 万元 4 fewer. */
const SHIFT: Record<AmountUnit, number> = { 元: 4, 万元: 0, 亿元: -4 };

export interface NarrativeFill {
  data: FillData;
  /** Claims whose figure went into cells, with the cell keys. */
  used: Array<{ claim: AmountClaim; keys: string[] }>;
  /** A later statement of a cell that differs from the one used (the checker reports these). */
  conflicts: Array<{ claim: AmountClaim; key: string; kept: Given }>;
}

/**
 * Fills the template cells the narrative states. Each amount claim with a metric goes
 * into every cell holding that metric (本年支出合计 is in 公开01 and 公开03), in 万元,
 * keeping its printed precision. The first statement of a cell wins; cells no sentence
 * states stay empty (never zero). Approximate figures (“980万余元”) are not used. The
 * pasted 项目绩效目标完成情况表 fills the performance table.
 */
export function fillFromNarrative(
  input: string | { doc: NarrativeDocument; claims: readonly Claim[] },
  set: TemplateSet = templateSetFor(),
): NarrativeFill {
  const doc = typeof input === "string" ? segment(input) : input.doc;
  const claims = typeof input === "string" ? extractClaims(doc) : input.claims;
  const data = emptyFillData();
  const used: NarrativeFill["used"] = [];
  const conflicts: NarrativeFill["conflicts"] = [];

  for (const claim of claims) {
    if (claim.kind !== "amount" || !claim.metric || claim.approximate) continue;
    const unit = claim.figure.unit ?? claim.impliedUnit ?? "万元";
    if (!isAmountUnit(unit)) continue;
    // “收、支总计各X” states both sides' 总计: the figure goes into every metric's cells.
    const current = (claim.metrics ?? [claim.metric]).flatMap((metric) =>
      cellsForMetric(set, metric, claim.period === "prior" ? "current" : claim.period),
    );
    if (current.length === 0) continue;
    const given: Given = {
      value: convertAmount(claim.figure.value, unit, "万元"),
      decimals: claim.figure.decimals + SHIFT[unit],
      source: {
        kind: "narrative",
        span: claim.figureSpan,
        text: doc.text.slice(claim.figureSpan.start, claim.figureSpan.end),
      },
    };
    const target = claim.period === "prior" ? data.prior : data.values;
    const keys: string[] = [];
    for (const key of current) {
      const kept = target.get(key);
      if (!kept) {
        target.set(key, given);
        keys.push(claim.period === "prior" ? priorKey(key) : key);
      } else if (!kept.value.equals(given.value)) {
        conflicts.push({ claim, key, kept });
      }
    }
    if (keys.length) used.push({ claim, keys });
  }
  fillPerformanceFromTable(doc, data);
  return { data, used, conflicts };
}
