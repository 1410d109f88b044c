import { extractClaims } from "../../claims/extract";
import type { AmountClaim, ChangeClaim, Claim } from "../../claims/types";
import { segment, shownSpan } from "../../text";
import { inAttachment } from "../../text/attachment";
import type { NarrativeDocument } from "../../text/types";
import { emptyFillData, type FillData, type Given } from "../fill-data";
import { priorKey } from "../keys";
import { cellsForMetric } from "../metric-cells";
import { templateSetFor } from "../sets";
import type { TemplateSet } from "../types";
import { impliedPriors } from "./implied-prior";
import { amountUnit, inWan } from "./in-wan";
import { fillPerformanceFromTable } from "./perf-table";
import { priorSlots } from "./prior-slots";

export interface NarrativeFill {
  data: FillData;
  /** Claims whose figure went into cells, with the cell keys. */
  used: Array<{ claim: AmountClaim; keys: string[] }>;
  /** A later statement of a cell that differs from the one used (the checker reports these). */
  conflicts: Array<{ claim: AmountClaim; key: string; kept: Given }>;
  /** Changes whose prior-year amount (stated with them, or current − change) went into 上年数 cells. */
  implied: Array<{ claim: ChangeClaim; keys: string[] }>;
}

/**
 * Fills the template cells the narrative states. Each amount claim with a metric goes
 * into every cell holding that metric (本年支出合计 is in 公开01 and 公开03), in 万元,
 * keeping its printed precision. The first statement of a cell wins; cells no sentence
 * states stay empty (never zero). Approximate figures (“980万余元”) are not used. The
 * pasted 项目绩效目标完成情况表 fills the performance table.
 *
 * The 上年数 of the analysis block are filled from the 说明 proper only (an attachment's
 * scope may differ): a prior amount stated outright, else the one a change implies
 * (current − change; see impliedPriors). These are the narrative's: a `--prior` file is
 * merged over them (mergeFillData, later fill wins), so the file always wins.
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
  const implied: NarrativeFill["implied"] = [];
  // Where a figure came from, in the text as given (claims are in the canonical reading).
  const source = (span: { start: number; end: number }): Given["source"] => ({
    kind: "narrative",
    span: doc.toSource(span),
    text: shownSpan(doc, span),
  });

  const amounts = claims.filter(
    (c): c is AmountClaim => c.kind === "amount" && !!c.metric && !c.approximate,
  );
  const fill = (claim: AmountClaim, cells: readonly string[], target: Map<string, Given>) => {
    const wan = inWan(claim.figure, amountUnit(claim));
    if (!wan || cells.length === 0) return;
    const given: Given = { ...wan, source: source(claim.figureSpan) };
    const keys: string[] = [];
    for (const key of cells) {
      const kept = target.get(key);
      if (!kept) {
        target.set(key, given);
        keys.push(target === data.prior ? priorKey(key) : key);
      } else if (!kept.value.equals(given.value)) {
        conflicts.push({ claim, key, kept });
      }
    }
    if (keys.length) used.push({ claim, keys });
  };

  for (const claim of amounts) {
    if (claim.period === "prior") continue;
    fill(claim, cellsOf(set, claim), data.values);
  }

  // Which cells have a 上年数 depends on the rows the values gave (coded tables).
  const slots = priorSlots(set, data);
  const withSlot = (cells: string[]) => cells.filter((k) => slots.has(k));
  for (const claim of amounts) {
    if (claim.period !== "prior" || inAttachment(doc, claim.paragraph)) continue;
    fill(claim, withSlot(cellsOf(set, claim, "current")), data.prior);
  }
  // First statement wins, stated figures before implied ones (impliedPriors' order).
  for (const p of impliedPriors(doc, claims)) {
    const keys = withSlot(cellsOf(set, p.subject)).filter((k) => !data.prior.has(k));
    const given: Given = { value: p.value, decimals: p.decimals, source: source(p.from) };
    for (const key of keys) data.prior.set(key, given);
    if (keys.length) implied.push({ claim: p.change, keys: keys.map(priorKey) });
  }

  fillPerformanceFromTable(doc, data);
  return { data, used, conflicts, implied };
}

/**
 * The cells an amount states: “收、支总计各X” states both sides' 总计, so every metric's
 * cells. A prior-year amount belongs to the current-year cell whose 上年数 it is.
 */
function cellsOf(
  set: TemplateSet,
  claim: AmountClaim,
  period: AmountClaim["period"] = claim.period,
): string[] {
  const metrics = claim.metrics ?? (claim.metric ? [claim.metric] : []);
  return metrics.flatMap((m) => cellsForMetric(set, m, period));
}
