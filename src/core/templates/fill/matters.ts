import type { AmountClaim, Claim } from "../../claims/types";
import { countMetric } from "../../metrics/counts";
import { Dec } from "../../numbers";
import { inAttachment } from "../../text/attachment";
import type { NarrativeDocument } from "../../text/types";
import type { FillData, Given } from "../fill-data";
import { cellsForMetric } from "../metric-cells";
import type { TemplateSet } from "../types";
import { amountUnit, inWan } from "./in-wan";

/**
 * What the 说明 states for the 其他事项 form beyond amounts: the counts of 七 and 十
 * (接待批次, 团组, 车辆 …), a 政府采购 it says did not happen, and the 年初预算 of a line it
 * says was spent exactly (“决算数等于预算数”: the budget prints as the actual). Counts are
 * matched by what they count (metrics/counts.ts).
 */
/** Sentences that state a zero without a figure. */
const STATED_ZERO: ReadonlyArray<{ pattern: RegExp; metric: string }> = [
  { pattern: /未发生政府采购(?:支出)?/, metric: "procurement.total" },
];

const EQUALS_BUDGET = /^[^。；]*?决算数等于预算数/;

export function fillMattersFromNarrative(
  doc: NarrativeDocument,
  claims: readonly Claim[],
  set: TemplateSet,
  data: FillData,
  source: (span: { start: number; end: number }) => Given["source"],
): void {
  const put = (metric: string, period: "current" | "budget", given: Given) => {
    for (const key of cellsForMetric(set, metric, period)) {
      if (!data.values.has(key)) data.values.set(key, given);
    }
  };
  for (const c of claims) {
    if (c.kind !== "count" && c.kind !== "completion") continue;
    if (inAttachment(doc, c.paragraph)) continue;
    if (
      c.kind === "count" &&
      !c.approximate &&
      c.counted &&
      (c.period ?? "current") === "current"
    ) {
      const metric = countMetric(c.counted, c.counter);
      if (metric) put(metric, "current", { value: new Dec(c.value), source: source(c.span) });
    }
    if (c.kind === "completion" && c.actual !== undefined && c.target === undefined) {
      const actual = claims[c.actual] as AmountClaim;
      if (!actual.metric || actual.approximate) continue;
      // The comparison follows within the clause: “，决算数等于预算数”.
      if (!EQUALS_BUDGET.test(doc.text.slice(c.span.end, c.span.end + 24))) continue;
      const wan = inWan(actual.figure, amountUnit(actual));
      if (wan) put(actual.metric, "budget", { ...wan, source: source(actual.figureSpan) });
    }
  }
  for (const p of doc.paragraphs) {
    if (inAttachment(doc, p.index)) continue;
    const text = doc.text.slice(p.span.start, p.span.end);
    for (const z of STATED_ZERO) {
      const m = z.pattern.exec(text);
      if (!m) continue;
      const start = p.span.start + m.index;
      put(z.metric, "current", {
        value: new Dec(0),
        source: source({ start, end: start + m[0].length }),
      });
    }
  }
}
