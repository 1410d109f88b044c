import type { AmountClaim, ChangeClaim, CountClaim } from "../claims/types";
import type { Fact } from "../facts";
import type { Finding } from "../findings";
import { canonicalMetric, metricKind, metricName } from "../metrics";
import { countMetric } from "../metrics/counts";
import { convertAmount, formatNumber } from "../numbers";
import type { Rule, RuleMeta } from "./types";
import type { NarrativeDocument } from "../text/types";
import {
  amountInterval,
  changeAmount,
  changeReplacement,
  factInterval,
  figureAtEnd,
  inAttachment,
  statedChange,
  unitOf,
} from "./utils/figures";
import { reporter } from "./utils/report";
import { groupBy } from "./utils/group";

/**
 * Each amount of the narrative against the filled tables (options.facts): the same
 * metric and period, compared by the interval rule in 万元 (a typed cell is exact; a
 * rounded one, or a total computed from rounded ones, stands for its interval). A change
 * (增加X) is compared with the tables' current − prior of its metric, and so is “与上年持平”
 * (a change of zero at the precision of its amount). The finding points at the cell it
 * was compared with and offers the table's figure, printed with the narrative's precision
 * and unit. In an attachment, whose scope may differ, it is a warning.
 */
const meta: RuleMeta = {
  id: "narrative-vs-table",
  description: {
    zh: "说明中的金额应与已填报表格中同一指标、同一期间的数值一致。",
    en: "An amount in the narrative matches the filled tables' value of the same metric and period.",
  },
  defaultSeverity: "error",
};

export const narrativeVsTable: Rule = {
  meta,
  check({ doc, claims, options }) {
    const facts = options.facts ?? [];
    if (facts.length === 0) return [];
    const report = reporter(meta, doc);
    const byKey = groupBy(facts, (f) => `${canonicalMetric(f.metric)}|${f.period}`);
    const findings: Finding[] = [];
    for (const c of claims) {
      if (c.kind === "change") {
        const f = changeMismatch(doc, c, byKey, inAttachment(doc, c.paragraph));
        if (f) findings.push(report(f));
        continue;
      }
      if (c.kind === "count") {
        const f = countMismatch(c, byKey, inAttachment(doc, c.paragraph));
        if (f) findings.push(report(f));
        continue;
      }
      if (c.kind !== "amount" || !c.metric || metricKind(c.metric) !== "template") continue;
      const candidates = byKey.get(`${canonicalMetric(c.metric)}|${c.period}`);
      if (!candidates) continue;
      const claimed = amountInterval(c, "万元");
      if (!claimed) continue;
      if (candidates.some((f) => claimed.meets(factInterval(f)))) continue;
      findings.push(report(mismatch(c, candidates[0], inAttachment(doc, c.paragraph))));
    }
    return findings;
  },
};

/**
 * A change (增加X) against the tables' current − prior of its metric, when both are
 * there: a transposed 增减额 is caught even when the rate printed with it hides it.
 */
function changeMismatch(
  doc: NarrativeDocument,
  c: ChangeClaim,
  byKey: Map<string, Fact[]>,
  attachment: boolean,
) {
  if (!c.metric || metricKind(c.metric) !== "template") return undefined;
  const key = canonicalMetric(c.metric);
  const current = byKey.get(`${key}|current`)?.[0];
  // “与年初预算相比，增加X”: the other figure is the budget's.
  const budget = c.base === "budget";
  const prior = byKey.get(`${key}|${budget ? "budget" : "prior"}`)?.[0];
  if (!current || !prior) return undefined;
  const printedUnit = c.figure.unit && c.figure.unit !== "%" ? c.figure.unit : undefined;
  const stated = amountInterval(changeAmount(c), "万元")?.scale(c.direction);
  if (!stated) return undefined;
  const computed = factInterval(current).minus(factInterval(prior));
  if (stated.meets(computed)) return undefined;
  const delta = current.value.minus(prior.value);
  const word = delta.isNegative() ? "减少" : "增加";
  const unit = printedUnit ?? "万元";
  const expected = `${formatNumber(convertAmount(delta.abs(), "万元", unit), c.figure.decimals)}${printedUnit ?? ""}`;
  const cells = [current.cell, prior.cell].filter((x) => x !== undefined);
  const name = metricName(c.metric);
  const shown = c.flat ? `“${doc.text.slice(c.span.start, c.span.end)}”` : statedChange(c);
  const same = !c.flat && (delta.isNegative() ? -1 : 1) === c.direction;
  return {
    span: c.span,
    severity: attachment ? ("warning" as const) : ("error" as const),
    zh: `${name.zh}文中${c.flat ? "为" : ""}${shown}，表中本年${current.value.toString()}万元 − ${budget ? "预算" : "上年"}${prior.value.toString()}万元 = ${delta.toString()}万元`,
    en: `${name.en}: the text says ${shown}; the tables give ${current.value.toString()} − ${prior.value.toString()} = ${delta.toString()} (万元)`,
    expected: same ? expected : `${word}${expected}`,
    actual: c.figure.text,
    related: cells,
    fix: same
      ? { ...figureAtEnd(c), replacement: expected }
      : {
          start: c.span.start,
          end: c.span.end,
          replacement: changeReplacement(doc, c, `${word}${expected}`),
        },
  };
}

/**
 * A count of the 其他事项 form (接待批次, 团组, 车辆 …), named by what it counts
 * (metrics/counts.ts), against the form's figure: counts are exact, so any difference is one.
 */
function countMismatch(c: CountClaim, byKey: Map<string, Fact[]>, attachment: boolean) {
  if (c.approximate || !c.counted || (c.period ?? "current") !== "current") return undefined;
  const metric = countMetric(c.counted, c.counter);
  const fact = metric ? byKey.get(`${metric}|current`)?.[0] : undefined;
  if (!metric || !fact || fact.value.equals(c.value)) return undefined;
  const where = fact.cell ? `（${fact.cell.sheet}!${fact.cell.cell}）` : "";
  const name = metricName(metric);
  const expected = `${fact.value.toString()}${c.counter}`;
  return {
    span: c.span,
    severity: attachment ? ("warning" as const) : ("error" as const),
    zh: `${name.zh}文中为${c.value}${c.counter}，表中${where}为${expected}`,
    en: `${name.en} is ${c.value} in the text but ${fact.value.toString()} in the table${where ? ` ${where}` : ""}`,
    expected,
    actual: `${c.value}${c.counter}`,
    related: fact.cell ? [fact.cell] : [],
  };
}

function mismatch(c: AmountClaim, fact: Fact, attachment: boolean) {
  const unit = unitOf(c);
  const expected = `${formatNumber(convertAmount(fact.value, "万元", unit), c.figure.decimals)}${c.figure.unit ? unit : ""}`;
  const where = fact.cell ? `${fact.cell.sheet}!${fact.cell.cell}` : "";
  const name = metricName(c.metric as string);
  const tableValue = `${fact.value.toString()}万元`;
  return {
    span: c.span,
    severity: attachment ? ("warning" as const) : ("error" as const),
    zh:
      `${name.zh}文中为${c.figure.text}，表中${where ? `（${where}）` : ""}为${tableValue}` +
      (attachment ? "；附件的口径可能不同" : ""),
    en:
      `${name.en} is ${c.figure.text} in the text but ${tableValue} in the table${where ? ` (${where})` : ""}` +
      (attachment ? "; the attachment's scope may differ" : ""),
    expected,
    actual: c.figure.text,
    related: fact.cell ? [fact.cell] : [],
    fix: { ...figureAtEnd(c), replacement: expected },
  };
}
