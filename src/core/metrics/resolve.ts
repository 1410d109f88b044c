import {
  defaultClassification,
  parseClassPath,
  type ClassPathStep,
  type ClassificationIndex,
} from "./classification";
import { codedMetric, type FixedMetricId, type MetricId } from "./ids";
import { normalizeLabel } from "./labels";
import type { MetricScope } from "./scopes";
import {
  AMBIGUOUS_IN_SCOPE,
  CODED_VOCABULARY,
  JOINT_WORDINGS,
  VOCABULARY,
  type MetricEntry,
} from "./vocabulary";

export interface MetricContext {
  /** Scopes of the enclosing sections (and enumeration), innermost first. */
  scopes?: readonly MetricScope[];
  classification?: ClassificationIndex;
  /**
   * Names of the reporting unit that the text gives (text/unit-name.ts), longest first: a
   * label may open with one (“仁和区经济信息化和科学技术局机关运行经费支出”).
   */
  unitNames?: readonly string[];
}

type Lookup = Map<string, FixedMetricId>;

/** Expense wordings are also written with 支出 appended (人员经费支出); income ones are not. */
function variants(synonym: string): string[] {
  const base = normalizeLabel(synonym);
  return /(?:支出|收入|合计|总计|结余|分配|数)$/.test(base) ? [base] : [base, `${base}支出`];
}

function buildLookups(): { global: Lookup; scoped: Map<MetricScope, Lookup> } {
  const global: Lookup = new Map();
  const scoped = new Map<MetricScope, Lookup>();
  for (const [id, entry] of Object.entries(VOCABULARY) as Array<[FixedMetricId, MetricEntry]>) {
    for (const s of entry.synonyms)
      for (const v of variants(s)) if (!global.has(v)) global.set(v, id);
    for (const [scope, words] of Object.entries(entry.scoped ?? {}) as Array<
      [MetricScope, string[]]
    >) {
      let lookup = scoped.get(scope);
      if (!lookup) scoped.set(scope, (lookup = new Map()));
      for (const s of words) for (const v of variants(s)) if (!lookup.has(v)) lookup.set(v, id);
    }
  }
  return { global, scoped };
}

const LOOKUPS = buildLookups();

const AMBIGUOUS = new Map<MetricScope, Set<string>>(
  (Object.entries(AMBIGUOUS_IN_SCOPE) as Array<[MetricScope, readonly string[]]>).map(
    ([scope, words]) => [scope, new Set(words.flatMap(variants))],
  ),
);

/** Which coded family a class list belongs to, by the scope it is read in. */
const CLASS_FAMILY: Partial<Record<MetricScope, "gbExpense" | "expense" | "income">> = {
  gbExpense: "gbExpense",
  expense: "expense",
  income: "income",
};

function familyOf(scopes: readonly MetricScope[]): "gbExpense" | "expense" | "income" | undefined {
  for (const s of scopes) {
    const family = CLASS_FAMILY[s];
    if (family) return family;
  }
  return undefined;
}

function resolveClassPath(
  steps: readonly ClassPathStep[],
  context: MetricContext,
): MetricId | undefined {
  const code = (context.classification ?? defaultClassification()).codeOfPath(steps);
  if (!code) return undefined;
  // Item-level lines (项) are written only in 五（三）, so they are 公开05's whatever the
  // heading says; a class list follows the section it is in.
  const family = familyOf(context.scopes ?? []) ?? "gbExpense";
  if (code.length === 3) return codedMetric(`${family}.class`, code);
  if (code.length === 7 && family === "gbExpense") return codedMetric("gbExpense.item", code);
  return undefined;
}

/**
 * The metric a label names, or undefined. Conservative on purpose: a label is matched
 * exactly (after normalisation) against the vocabulary, in the scopes it is read in
 * first; 类/款/项 names go through the catalogue. An unknown label is no metric, since a
 * wrong metric would compare figures that have nothing to do with each other.
 * @example resolveMetric("其中：一般公共预算财政拨款收入") // "income.generalBudget"
 * @example resolveMetric("一般公共服务（类）商贸事务（款）行政运行（项）") // "gbExpense.item.2011301"
 */
export function resolveMetric(label: string, context: MetricContext = {}): MetricId | undefined {
  const direct = resolveLabel(label, context);
  if (direct) return direct;
  const rest = withoutUnitName(label, context);
  return rest === undefined ? undefined : resolveLabel(rest, context);
}

/**
 * Every metric a label states, the one resolveMetric gives first: “收、支总计” is both sides'
 * 总计 (vocabulary JOINT_WORDINGS); most labels state one. Empty when none.
 */
export function resolveMetrics(label: string, context: MetricContext = {}): MetricId[] {
  const primary = resolveMetric(label, context);
  if (!primary) return [];
  const joint =
    JOINT.get(normalizeLabel(label)) ??
    JOINT.get(normalizeLabel(withoutUnitName(label, context) ?? ""));
  return joint && joint[0] === primary ? [...joint] : [primary];
}

const JOINT = new Map<string, readonly MetricId[]>(
  Object.entries(JOINT_WORDINGS).map(([wording, ids]) => [normalizeLabel(wording), ids]),
);

/** A time opening a label: “2020年，”, “2020年度”, “截至2020年12月31日”. */
const OPENING_TIME = /^\s*(?:[0-9０-９]{4}年度?|截至[^，,。]{1,20}?)[，,]?\s*/;
/** A unit's name opening a label, named like an office (局, 中心 …), no punctuation. */
const ORGANISATION_PREFIX =
  /^[^，,。；;：:、\s]{2,30}?(?:局|委员会|办公室|中心|厅|院|所|站|馆|公司)(?=\S)/;
/** A name after these is a part of the unit (下属X中心), not the unit. */
const RELATIONAL = /^(?:下属|所属|直属|其中|包括|含|各|部分|全体|另)/;

/**
 * The label after the unit's name it opens with. When the text gives the unit's names
 * (context.unitNames), only those: another office's name before a metric (“区生产力促进中心
 * 人员经费”) is another office's figure. Otherwise a name in subject position that ends like
 * an organisation's (“XX局机关运行经费支出”, as the standard sentence of 十、 writes it).
 * Undefined when the label opens with no such name.
 */
function withoutUnitName(label: string, context: MetricContext): string | undefined {
  const s = label.replace(OPENING_TIME, "");
  const names = context.unitNames ?? [];
  for (const name of names) {
    if (s.length > name.length && s.startsWith(name)) return s.slice(name.length);
  }
  if (names.length > 0 || RELATIONAL.test(s)) return undefined;
  const org = ORGANISATION_PREFIX.exec(s);
  return org ? s.slice(org[0].length) : undefined;
}

/** Words after a quantity's name for its period or its total: “…预算数”, “…决算数合计”. */
const BUDGET_SUFFIX = /(?:预算数|预算总额|预算金额|(?:决算数|预算数)?合计)$/;

function resolveLabel(label: string, context: MetricContext): MetricId | undefined {
  // A line written as a class path is that class or nothing.
  const steps = parseClassPath(label);
  if (steps.length > 0) return resolveClassPath(steps, context);
  const key = normalizeLabel(label);
  if (!key) return undefined;
  const scopes = context.scopes ?? [];
  for (const scope of scopes) {
    const hit = LOOKUPS.scoped.get(scope)?.get(key);
    if (hit) return hit;
    if (AMBIGUOUS.get(scope)?.has(key)) return undefined;
  }
  const hit = LOOKUPS.global.get(key);
  if (hit) return hit;
  // “公务接待费预算数”, “三公经费预算总额”, “三公经费决算数合计”: a quantity named with the
  // word for its period (which periodOfLabel reads from the label as written) or its total.
  const period = BUDGET_SUFFIX.exec(key);
  if (period && period.index > 0) {
    const named = resolveLabel(key.slice(0, period.index), context);
    if (named) return named;
  }
  // A class named without its marker (“卫生健康支出”) inside a class list of 五（二）/三、.
  const family = familyOf(scopes);
  if (family) {
    const code = (context.classification ?? defaultClassification()).classCode(key);
    if (code) return codedMetric(`${family}.class`, code);
  }
  return undefined;
}

/** The vocabulary by id, in a Map: asked for every claim by several rules, mostly for ids it lacks. */
const ENTRIES = new Map<string, MetricEntry>(Object.entries(VOCABULARY));

export function metricEntry(id: string): MetricEntry | undefined {
  return ENTRIES.get(id);
}

/** One id per quantity: ids declared the same by identity compare as one. */
export function canonicalMetric(id: string): string {
  return metricEntry(id)?.sameAs ?? id;
}

/** The whole a share of `id` is taken of by default (income.* → income.total …). */
export function shareDenominator(id: string): MetricId | undefined {
  const entry = metricEntry(id);
  if (entry) return entry.shareOf;
  const family = id.slice(0, id.lastIndexOf("."));
  return CODED_VOCABULARY[family]?.shareOf;
}

/** The complete breakdown of `id`, when the vocabulary knows one. */
export function metricParts(id: string): readonly MetricId[] | undefined {
  return metricEntry(id)?.parts;
}

export function metricKind(id: string): "template" | "indicator" | "project" {
  return metricEntry(id)?.kind ?? "template";
}

/** The zh / en name of a metric, for messages. */
export function metricName(id: string): { zh: string; en: string } {
  const entry = metricEntry(id);
  if (entry) return { zh: entry.zh, en: entry.en };
  const family = id.slice(0, id.lastIndexOf("."));
  const code = id.slice(id.lastIndexOf(".") + 1);
  const coded = CODED_VOCABULARY[family];
  return coded ? { zh: `${coded.zh} ${code}`, en: `${coded.en} ${code}` } : { zh: id, en: id };
}
