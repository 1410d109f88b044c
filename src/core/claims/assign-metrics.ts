import {
  metricParts,
  resolveMetric,
  resolveMetrics,
  scopeOfTotalLabel,
  type MetricId,
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

/**
 * Metrics already resolved, by the unit's names (as JSON) and then by scopes and label:
 * the pane checks a text again on every edit, its labels barely change between two checks,
 * and resolving one tries the class paths, the vocabulary in each scope and the unit's
 * names. Bounded, as normalizeLabel's memo. The lists are shared: callers copy them.
 */
const RESOLVED = new Map<string, Map<string, readonly MetricId[]>>();
const RESOLVED_MAX = 20_000;
/** Another document's names: rarely checked again. */
const MAX_NAME_LISTS = 16;

function resolveOnce(
  label: string,
  scopes: readonly MetricScope[],
  unitNames: readonly string[],
  names: string,
): readonly MetricId[] {
  let known = RESOLVED.get(names);
  if (known === undefined) {
    if (RESOLVED.size >= MAX_NAME_LISTS) RESOLVED.clear();
    RESOLVED.set(names, (known = new Map()));
  }
  // A scope is a word of letters, a label has no NUL: the key is unambiguous.
  const key = `${scopes.join(",")}\u0000${label}`;
  let ids = known.get(key);
  if (ids === undefined) {
    if (known.size >= RESOLVED_MAX) known.clear();
    ids = resolveMetrics(label, { scopes, unitNames });
    known.set(key, ids);
  }
  return ids;
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
  const names = JSON.stringify(unitNames);
  const resolveAmount = (c: AmountClaim): void => {
    if (done.has(c.id)) return;
    done.add(c.id);
    const [metric, ...others] = resolveOnce(c.label, scopesOf(c.id), unitNames, names);
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
