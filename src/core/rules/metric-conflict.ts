import type { AmountClaim } from "../claims/types";
import type { Period } from "../facts";
import type { Finding, Severity } from "../findings";
import { canonicalMetric, metricKind, metricName } from "../metrics";
import { convertAmount, formatNumber, type AmountUnit } from "../numbers";
import type { NarrativeDocument } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import { amountInterval, inAttachment, truncate, unitOf } from "./utils/figures";
import { reporter } from "./utils/report";
import { groupBy } from "./utils/group";

/**
 * The same quantity stated differently in two places, units normalised: 人员经费 477.57万元
 * (六、) and 4776919.64元 (附件) agree; 日常公用经费 40.95万元 and 493397.67元 do not. “The
 * same quantity” means the same metric (the vocabulary decides: 机关运行经费 and 日常公用经费
 * are two), the same period, and for a project's figures the same section. Each figure is
 * compared with the first statement of its quantity (in the 说明 before an attachment).
 * Severity: error within the 说明; warning when one side is in an attachment, whose scope
 * may differ, or for performance indicators, whose scope varies; info when one figure is
 * the other truncated (1929.58万元 written 1929万元).
 */
const meta: RuleMeta = {
  id: "metric-conflict",
  description: {
    zh: "同一指标在不同位置的数值应一致（已换算单位）。",
    en: "The same quantity has the same value wherever it is stated (units converted).",
  },
  defaultSeverity: "error",
};

export const metricConflict: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const amounts = claims.filter(
      (c): c is AmountClaim =>
        c.kind === "amount" && !!c.metric && !c.approximate && (hasUnit(c) || !!c.tableCell),
    );
    // The same quantity: metric, period, and for a project's figures the same section.
    const groups = groupBy(amounts, (c) => {
      const metric = c.metric as string;
      const scope =
        metricKind(metric) === "project" ? `§${doc.paragraphs[c.paragraph]?.section}` : "";
      return `${canonicalMetric(metric)}|${c.period}|${scope}`;
    });
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const stated = group.filter(hasUnit);
      const reference = stated.find((c) => !inAttachment(doc, c.paragraph)) ?? stated[0];
      if (!reference) continue;
      const refI = amountInterval(reference, "万元");
      if (!refI) continue;
      for (const c of group) {
        if (c === reference) continue;
        if (!hasUnit(c)) {
          // A table that states no unit: it is the same figure if it is in any unit.
          const meets = AMOUNT_UNITS.some((u) => amountInterval(c, "万元", u)?.meets(refI));
          if (!meets) findings.push(report(conflict(doc, inUnitOf(c, reference), reference)));
          continue;
        }
        const cI = amountInterval(c, "万元");
        if (!cI || cI.meets(refI)) continue;
        findings.push(report(conflict(doc, c, reference)));
      }
    }
    return findings;
  },
};

const AMOUNT_UNITS: readonly AmountUnit[] = ["元", "万元", "亿元"];

function hasUnit(c: AmountClaim): boolean {
  return c.figure.unit !== null || !!c.impliedUnit;
}

/** A figure of a table without a unit, shown in the unit of the figure it contradicts. */
function inUnitOf(c: AmountClaim, reference: AmountClaim): AmountClaim {
  return { ...c, impliedUnit: unitOf(reference) };
}

function conflict(doc: NarrativeDocument, c: AmountClaim, reference: AmountClaim) {
  const base = metricName(c.metric as string);
  const name = { zh: base.zh + PERIOD_ZH[c.period], en: base.en + PERIOD_EN[c.period] };
  const unit = unitOf(c);
  const refUnit = unitOf(reference);
  const converted = unit === refUnit ? "" : `（合${formatIn(c, refUnit)}${refUnit}）`;
  const convertedEn = unit === refUnit ? "" : ` (${formatIn(c, refUnit)} ${refUnit})`;
  const severity = severityOf(doc, c, reference);
  const where =
    inAttachment(doc, c.paragraph) !== inAttachment(doc, reference.paragraph)
      ? "；附件的口径可能不同"
      : "";
  const whereEn = where ? "; the attachment's scope may differ" : "";
  const truncation = severity === "info" ? "；差异仅为截断取整" : "";
  const truncationEn = severity === "info" ? "; the difference is only a truncation" : "";
  const shown = unitOf(c) === c.figure.unit ? c.figure.text : `${c.figure.text}${unit}`;
  const refShown =
    unitOf(reference) === reference.figure.unit
      ? reference.figure.text
      : `${reference.figure.text}${refUnit}`;
  return {
    span: c.span,
    severity,
    zh: `${name.zh}此处为${shown}${converted}，与前文的${refShown}不一致${where}${truncation}`,
    en: `${name.en} is ${shown}${convertedEn} here but ${refShown} elsewhere${whereEn}${truncationEn}`,
    expected: refShown,
    actual: shown,
    related: [reference.span],
  };
}

const PERIOD_ZH: Record<Period, string> = {
  current: "",
  prior: "（上年数）",
  budget: "（预算数）",
};
const PERIOD_EN: Record<Period, string> = {
  current: "",
  prior: " (prior year)",
  budget: " (budget)",
};

function severityOf(doc: NarrativeDocument, a: AmountClaim, b: AmountClaim): Severity {
  if (truncationOf(a, b) || truncationOf(b, a)) return "info";
  if (metricKind(a.metric as string) === "indicator") return "warning";
  if (inAttachment(doc, a.paragraph) || inAttachment(doc, b.paragraph)) return "warning";
  return "error";
}

/** `short` is `long` with its last digits cut off (in `short`'s unit and precision). */
function truncationOf(short: AmountClaim, long: AmountClaim): boolean {
  const unit = unitOf(short);
  if (short.figure.decimals >= long.figure.decimals && unitOf(long) === unit) return false;
  const value = convertAmount(long.figure.value, unitOf(long), unit);
  return truncate(value, short.figure.decimals).equals(short.figure.value);
}

function formatIn(c: AmountClaim, unit: AmountUnit): string {
  const value = convertAmount(c.figure.value, unitOf(c), unit);
  return formatNumber(value, Math.max(0, value.decimalPlaces() > 2 ? 2 : value.decimalPlaces()));
}
