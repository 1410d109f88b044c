import { canonicalMetric, normalizeLabel, shareDenominator } from "../metrics";
import type { Figure } from "../numbers";
import type { ExtractionContext } from "./model";
import { countClaim } from "./prose";
import { lowerBound } from "./search";
import type {
  AmountClaim,
  ChangeClaim,
  Claim,
  CompletionClaim,
  GrowthClaim,
  ShareClaim,
} from "./types";
import { PRIOR_YEAR } from "../text/prior-year";
import type { Period } from "../facts";

/**
 * Links between claims, by id: a share to its part and whole, a change or growth rate to
 * the amount it is about (its subject), to the change stated with it and to a stated
 * prior, a completion rate to its actual and target. Positional links look only inside
 * the claim's paragraph (and sentence); named links (a metric) may look across the text.
 */

/** Share → the amount just before it (“1414.49万元，占45%”); done before enumerations. */
export function linkShareParts(ctx: ExtractionContext): void {
  const { list } = ctx;
  for (const scan of ctx.scans.values()) {
    let candidate: number | undefined;
    for (const id of list.inParagraph(scan.paragraph)) {
      const c = list.claims[id];
      if (c.kind === "amount") candidate = id;
      else if (c.kind === "share") {
        const m = list.meta[id];
        const a = candidate === undefined ? undefined : list.meta[candidate];
        if (candidate !== undefined && a && a.sentence === m.sentence && a.depth <= m.depth) {
          c.part = candidate;
          ctx.shareOfPart.set(candidate, id);
        }
        candidate = undefined;
      } else if (c.kind === "growth" || c.kind === "completion" || c.kind === "change") {
        candidate = undefined;
      }
    }
  }
}

export function linkClaims(ctx: ExtractionContext): void {
  const index = new MetricIndex(ctx);
  const wholes = new NamedWholeIndex(ctx);
  for (const c of ctx.list.claims) {
    if (c.kind === "share") linkShareWhole(ctx, index, wholes, c);
  }
  for (const c of ctx.list.claims) {
    if (c.kind === "change") linkChange(ctx, c);
  }
  for (const c of ctx.list.claims) {
    if (c.kind === "growth") linkGrowth(ctx, c);
    else if (c.kind === "completion") linkCompletion(ctx, c);
  }
}

/** Current-period amounts by canonical metric, in text order. */
class MetricIndex {
  private readonly byMetric = new Map<string, AmountClaim[]>();

  constructor(ctx: ExtractionContext) {
    for (const c of ctx.list.claims) {
      if (c.kind !== "amount" || !c.metric || c.period !== "current") continue;
      const key = canonicalMetric(c.metric);
      let list = this.byMetric.get(key);
      if (!list) this.byMetric.set(key, (list = []));
      list.push(c);
    }
    for (const list of this.byMetric.values()) list.sort((a, b) => a.span.start - b.span.start);
  }

  /** The nearest amount of `metric` before `offset`, else the first after it. */
  nearest(metric: string, offset: number): AmountClaim | undefined {
    const list = this.byMetric.get(canonicalMetric(metric));
    if (!list || list.length === 0) return undefined;
    const i = lowerBound(list, (c) => c.span.start >= offset);
    return i > 0 ? list[i - 1] : list[i];
  }
}

/**
 * Amounts by the named whole their label ends with (phrases.ts): “2016年度总收入X” and
 * “2016年我院支出合计X” are the wholes of “占总收入的P%” and “占总支出的P%”.
 */
class NamedWholeIndex {
  private readonly byEnding = new Map<string, AmountClaim[]>();

  constructor(private readonly ctx: ExtractionContext) {
    const endings = new Set<string>();
    for (const labels of ctx.phrases.wholeLabels.values()) for (const l of labels) endings.add(l);
    for (const c of ctx.list.claims) {
      if (c.kind !== "amount" || c.approximate) continue;
      const label = normalizeLabel(c.label);
      for (const ending of endings) {
        if (!label.endsWith(ending)) continue;
        let list = this.byEnding.get(ending);
        if (!list) this.byEnding.set(ending, (list = []));
        list.push(c);
      }
    }
  }

  /** The nearest amount before `share` that is the whole it names, if the table knows the name. */
  nearest(share: ShareClaim): AmountClaim | undefined {
    const endings = share.wholeLabel
      ? this.ctx.phrases.wholeLabels.get(normalizeLabel(share.wholeLabel))
      : undefined;
    let best: AmountClaim | undefined;
    for (const ending of endings ?? []) {
      const list = this.byEnding.get(ending);
      if (!list) continue;
      const i = lowerBound(list, (c) => c.span.start >= share.span.start) - 1;
      let k = i;
      while (k >= 0 && list[k].id === share.part) k--;
      if (k >= 0 && (!best || list[k].span.start > best.span.start)) best = list[k];
    }
    return best;
  }
}

function linkShareWhole(
  ctx: ExtractionContext,
  index: MetricIndex,
  wholes: NamedWholeIndex,
  share: ShareClaim,
): void {
  const { list } = ctx;
  if (share.wholeMetric) {
    const whole = index.nearest(share.wholeMetric, share.span.start);
    if (whole && whole.id !== share.part) share.whole = whole.id;
    return;
  }
  if (share.wholeLabel) {
    // A named whole the vocabulary does not know: the phrase table's names, else no guess.
    const whole = wholes.nearest(share);
    if (whole) share.whole = whole.id;
    return;
  }
  if (share.part === undefined) return;
  const enumeration = ctx.enumerationOfPart.get(share.part);
  if (enumeration !== undefined) {
    const e = list.claims[enumeration];
    if (e.kind === "enumeration") {
      share.whole = e.total;
      return;
    }
  }
  const part = list.claims[share.part] as AmountClaim;
  const denominator = part.metric ? shareDenominator(part.metric) : undefined;
  if (!denominator) return;
  const whole = index.nearest(denominator, share.span.start);
  if (whole && whole.id !== share.part) {
    share.whole = whole.id;
    share.wholeMetric = denominator;
  }
}

/** How far back a positional link looks, in claims: keeps a huge paragraph linear. */
const MAX_BACK = 64;

/** Claims of the claim's paragraph before it, nearest first. */
function* before(ctx: ExtractionContext, claim: Claim): Generator<Claim> {
  const ids = ctx.list.inParagraph(claim.paragraph);
  const from = lowerBound(ids, (id) => id >= claim.id) - 1;
  for (let i = from; i >= 0 && from - i < MAX_BACK; i--) {
    const c = ctx.list.claims[ids[i]];
    if (c.span.start < claim.span.start) yield c;
  }
}

/** Claims of the claim's sentence before it, nearest first. */
function* sentenceBefore(ctx: ExtractionContext, claim: Claim): Generator<Claim> {
  const sentence = ctx.list.meta[claim.id].sentence;
  for (const c of before(ctx, claim)) {
    if (ctx.list.meta[c.id].sentence !== sentence) return;
    yield c;
  }
}

/** The amount a change or growth rate is about: named by its label, else the nearest one. */
function subjectOf(
  ctx: ExtractionContext,
  claim: Claim,
  metric: string | undefined,
): AmountClaim | undefined {
  const { list } = ctx;
  const depth = list.meta[claim.id].depth;
  if (metric) {
    const key = canonicalMetric(metric);
    for (const c of before(ctx, claim)) {
      if (
        c.kind === "amount" &&
        c.period === "current" &&
        c.metric &&
        canonicalMetric(c.metric) === key
      )
        return c;
    }
    const stated = statedBefore(ctx, claim, key, "current");
    if (stated) return stated;
  }
  for (const c of before(ctx, claim)) {
    if (c.kind !== "amount" || c.period !== "current") continue;
    if (list.meta[c.id].depth > depth || isPartOfListHere(ctx, c.id, claim.paragraph)) continue;
    return c;
  }
  return undefined;
}

/** How many paragraphs back a change named by its quantity looks for that quantity's amount. */
const PARAGRAPHS_BACK = 3;

/**
 * “2018年“三公”经费预算总额为2.7万元，其中…。” then “2018年“三公”经费预算数比2017年减少0.06万元”:
 * the amount of the quantity a change names, stated in a paragraph just before it in the
 * same section.
 */
function statedBefore(
  ctx: ExtractionContext,
  claim: Claim,
  key: string,
  period: Period,
): AmountClaim | undefined {
  const { doc } = ctx;
  const section = doc.paragraphs[claim.paragraph].section;
  for (let p = claim.paragraph - 1; p >= 0 && p >= claim.paragraph - PARAGRAPHS_BACK; p--) {
    if (doc.paragraphs[p].section !== section) break;
    const ids = ctx.list.inParagraph(p);
    for (let i = ids.length - 1; i >= 0; i--) {
      const c = ctx.list.claims[ids[i]];
      if (
        c.kind === "amount" &&
        c.period === period &&
        c.metric &&
        canonicalMetric(c.metric) === key
      )
        return c;
    }
  }
  return undefined;
}

/**
 * “X，其中：A，B，增加Z”: Z is X's change, not B's. A part that leads its own paragraph
 * (“收入总计X，其中：” then “1.财政拨款收入A。较上年减少Z”) is the subject of what follows it.
 */
function isPartOfListHere(ctx: ExtractionContext, part: number, paragraph: number): boolean {
  const e = ctx.enumerationOfPart.get(part);
  if (e === undefined) return false;
  const enumeration = ctx.list.claims[e];
  return enumeration.kind === "enumeration" && enumeration.paragraph === paragraph;
}

/**
 * A prior-year amount stated in the same sentence (“上年度为12016927.27元”), of the same
 * quantity: another current amount between them (“总额X，较2024年的Y减少Z；其中：A X1，较上年
 * 减少Z1”) means the prior is that other quantity's.
 */
function priorOf(
  ctx: ExtractionContext,
  claim: Claim,
  subject: number | undefined,
): AmountClaim | undefined {
  for (const c of sentenceBefore(ctx, claim)) {
    if (c.kind !== "amount") continue;
    if (c.period === "prior") return c;
    if (c.period === "current" && c.id !== subject) break;
  }
  return undefined;
}

/**
 * The budget a change against the budget is of: a budget amount earlier in its sentence, or
 * the budget figure of the subject's quantity stated elsewhere (the table's 预算数).
 */
function budgetOf(
  ctx: ExtractionContext,
  claim: Claim,
  subject: AmountClaim | undefined,
): AmountClaim | undefined {
  for (const c of sentenceBefore(ctx, claim)) {
    if (c.kind === "amount" && c.period === "budget") return c;
  }
  if (!subject?.metric) return undefined;
  return budgetsByMetric(ctx).get(canonicalMetric(subject.metric));
}

const budgetIndex = new WeakMap<ExtractionContext, Map<string, AmountClaim>>();

/** The first budget amount of each quantity, indexed once per document. */
function budgetsByMetric(ctx: ExtractionContext): Map<string, AmountClaim> {
  let index = budgetIndex.get(ctx);
  if (!index) {
    index = new Map();
    for (const c of ctx.list.claims) {
      if (c.kind !== "amount" || c.period !== "budget" || !c.metric) continue;
      const key = canonicalMetric(c.metric);
      if (!index.has(key)) index.set(key, c);
    }
    budgetIndex.set(ctx, index);
  }
  return index;
}

/** What a change or rate is compared with: last year's figure, or the budget. */
function baseOf(
  ctx: ExtractionContext,
  claim: ChangeClaim | GrowthClaim,
  subject: number | undefined,
): AmountClaim | undefined {
  if (claim.base !== "budget") return priorOf(ctx, claim, subject);
  return budgetOf(
    ctx,
    claim,
    subject === undefined ? undefined : (ctx.list.claims[subject] as AmountClaim),
  );
}

const PRIOR_OR_SAME_PERIOD = new RegExp(`${PRIOR_YEAR}|同期`, "g");

/** A prior stated without a name (“上年度为X”) is a figure of the subject's quantity. */
function namePrior(prior: AmountClaim | undefined, subject: AmountClaim | undefined): void {
  if (!prior || prior.metric || !subject?.metric) return;
  const rest = normalizeLabel(prior.label).replace(PRIOR_OR_SAME_PERIOD, "");
  if (rest === "") prior.metric = subject.metric;
}

function linkChange(ctx: ExtractionContext, change: ChangeClaim): void {
  // “占比与上年持平”, “人数同比持平”: 持平 of something named that is no amount we know.
  if (change.flat && change.label && !change.metric) return;
  // A respectively-list has paired its changes with their amounts already (prose.ts).
  const subject =
    change.subject !== undefined
      ? (ctx.list.claims[change.subject] as AmountClaim)
      : subjectOf(ctx, change, change.metric);
  if (subject) {
    change.subject = subject.id;
    if (!change.metric && subject.metric) change.metric = subject.metric;
    if (change.flat) change.figure = flatFigure(change.figure, subject);
  }
  const across = subject !== undefined && subject.paragraph !== change.paragraph;
  if (across) change.linkedAcross = true;
  // Named in the paragraphs before: last year's figure of that quantity may be stated there too.
  const prior =
    baseOf(ctx, change, change.subject) ??
    (across && change.base !== "budget" && subject.metric
      ? statedBefore(ctx, change, canonicalMetric(subject.metric), "prior")
      : undefined);
  if (prior) {
    change.prior = prior.id;
    if (change.base !== "budget") namePrior(prior, subject);
  }
}

/**
 * 持平 says the change rounds to nothing at the precision the amounts are printed in: the
 * zero takes the decimals and unit of the amount it is about.
 */
function flatFigure(figure: Figure, subject: AmountClaim): Figure {
  const printed = subject.figure.unit;
  const unit = printed && printed !== "%" ? printed : (subject.impliedUnit ?? figure.unit);
  return { ...figure, decimals: subject.figure.decimals, unit };
}

function linkGrowth(ctx: ExtractionContext, growth: GrowthClaim): void {
  const { list } = ctx;
  const sentence = list.meta[growth.id].sentence;
  // A flat rate was made with its change (they share one span, so it is not “before”).
  for (const c of growth.change === undefined ? before(ctx, growth) : []) {
    if (list.meta[c.id].sentence !== sentence || c.kind === "growth") break;
    if (c.kind === "change") {
      growth.change = c.id;
      break;
    }
  }
  const change =
    growth.change === undefined ? undefined : (list.claims[growth.change] as ChangeClaim);
  const subjectId = change?.subject ?? subjectOf(ctx, growth, undefined)?.id;
  if (subjectId !== undefined) growth.subject = subjectId;
  if (change?.base === "budget") growth.base = "budget";
  if (change?.linkedAcross) growth.linkedAcross = true;
  const prior = baseOf(ctx, growth, subjectId);
  if (prior) {
    growth.prior = prior.id;
    if (growth.base !== "budget")
      namePrior(
        prior,
        subjectId === undefined ? undefined : (list.claims[subjectId] as AmountClaim),
      );
  }
}

function linkCompletion(ctx: ExtractionContext, completion: CompletionClaim): void {
  const { list } = ctx;
  const sentence = list.meta[completion.id].sentence;
  const target = completion.target === undefined ? undefined : list.claims[completion.target];
  if (target?.kind === "count") {
    const actual = countBefore(ctx, completion, target.counter);
    if (actual !== undefined) completion.actual = actual;
    return;
  }
  for (const c of before(ctx, completion)) {
    if (list.meta[c.id].sentence !== sentence) break;
    if (c.kind !== "amount" || c.id === completion.target) continue;
    if (c.period === "current" && completion.actual === undefined) completion.actual = c.id;
    if (c.period === "budget" && completion.target === undefined) completion.target = c.id;
  }
}

/** The count with the same counter word before a count target (“已有19家…完成市下达目标17家的…”). */
function countBefore(
  ctx: ExtractionContext,
  completion: CompletionClaim,
  counter: string,
): number | undefined {
  const scan = ctx.scans.get(completion.paragraph);
  if (!scan) return undefined;
  const meta = ctx.list.meta[completion.id];
  const target = completion.target === undefined ? undefined : ctx.list.claims[completion.target];
  const from = lowerBound(scan.tokens, (t) => t.start >= completion.span.start) - 1;
  for (let i = from; i >= 0 && from - i < MAX_BACK; i--) {
    const t = scan.tokens[i];
    if (t.sentence !== meta.sentence) break;
    if (t.kind !== "counted" || t.unitText !== counter[0]) continue;
    if (target && t.start >= target.span.start && t.start < target.span.end) continue;
    return countClaim(ctx, scan, t);
  }
  return undefined;
}
