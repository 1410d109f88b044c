import {
  metricParts,
  resolveMetric,
  resolveMetrics,
  scopeOfTotalLabel,
  type MetricScope,
} from "../metrics";
import type { ExtractionContext } from "./model";
import type { AmountClaim } from "./types";

/**
 * Metric ids for amounts, changes and named wholes. A label is read in the scopes of its
 * sections and, for the parts of an enumeration, in the scope of the total (the parts of
 * “总收入” are income lines; those of 一般公共预算财政拨款支出 are 公开05's classes).
 */

const SCOPE_OF_FAMILY: ReadonlyArray<[string, MetricScope]> = [
  ["gbExpense.", "gbExpense"],
  ["gbBasic.", "gbBasic"],
  ["threePublic.", "threePublic"],
  ["fiscal.", "fiscal"],
  ["expense.", "expense"],
  ["income.", "income"],
];

function scopeOfTotal(total: AmountClaim): MetricScope | undefined {
  if (total.metric) {
    for (const [prefix, scope] of SCOPE_OF_FAMILY)
      if (total.metric.startsWith(prefix)) return scope;
  }
  return scopeOfTotalLabel(total.label);
}

export function assignMetrics(ctx: ExtractionContext): void {
  const { list } = ctx;
  const done = new Set<number>();

  const scopesOf = (id: number): MetricScope[] => {
    const section = ctx.sectionScopes(list.meta[id].section);
    const enumeration = ctx.enumerationOfPart.get(id);
    if (enumeration === undefined) return section;
    const e = list.claims[enumeration];
    if (e.kind !== "enumeration") return section;
    const total = list.claims[e.total] as AmountClaim;
    resolveAmount(total);
    const scope = scopeOfTotal(total);
    return scope ? [scope, ...section] : section;
  };

  const { unitNames } = ctx;
  const resolveAmount = (c: AmountClaim): void => {
    if (done.has(c.id)) return;
    done.add(c.id);
    const [metric, ...others] = resolveMetrics(c.label, { scopes: scopesOf(c.id), unitNames });
    if (metric) c.metric = metric;
    if (others.length > 0) c.metrics = [metric, ...others];
  };

  for (const c of list.claims) {
    if (c.kind === "amount") resolveAmount(c);
    else if (c.kind === "change" && c.label) {
      const metric = resolveMetric(c.label, { scopes: scopesOf(c.id), unitNames });
      if (metric) c.metric = metric;
    } else if (c.kind === "share" && c.wholeLabel) {
      const metric = resolveMetric(c.wholeLabel, {
        scopes: ctx.sectionScopes(list.meta[c.id].section),
        unitNames,
      });
      if (metric) c.wholeMetric = metric;
    }
  }

  // A “其中” list whose parts are the vocabulary's whole breakdown of the total is complete.
  for (const e of list.claims) {
    if (e.kind !== "enumeration" || e.exhaustive) continue;
    const total = list.claims[e.total] as AmountClaim;
    const breakdown = total.metric ? metricParts(total.metric) : undefined;
    if (!breakdown) continue;
    const named = new Set(e.parts.map((p) => (list.claims[p] as AmountClaim).metric));
    if (breakdown.every((m) => named.has(m))) e.exhaustive = true;
  }
}
