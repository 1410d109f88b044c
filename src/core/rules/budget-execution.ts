import type { AmountClaim, Claim, CompletionClaim } from "../claims/types";
import type { Finding } from "../findings";
import { Dec, Interval, percentInterval, pow10, toPercent, type AmountUnit } from "../numbers";
import type { NarrativeDocument } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import { amountInterval, claimById, unitOf } from "./utils/figures";
import { reporter } from "./utils/report";
import { normalizedText } from "../text/normalized";

/**
 * The budget-execution statement: “年初预算为X万元，支出决算为Y万元，完成年初预算的P%。决算数
 * 大于（小于/等于）预算数的主要原因是…”. The rate itself is the completion rule's (P = Y ÷ X by
 * the interval rule); this rule checks what the text then says about X and Y:
 * - the comparator (大于/小于/等于, 高于/低于, 超过/未超过) must be possible for the printed
 *   X and Y — or, when the amounts are not both stated, for the printed rate P;
 * - a budget printed in another unit than the actual (“预算为494,400.00万元，决算为
 *   115,749.56元，完成预算的23.42%”) whose rate only fits with one unit: a unit slip
 *   (a warning on the amount, since either figure could be the mistyped one).
 */
const meta: RuleMeta = {
  id: "budget-execution",
  description: {
    zh: "预算执行表述：“决算数大于/小于/等于预算数”应与所述预算数、决算数（或完成率）一致；预算数与决算数单位不一致而完成率只在同一单位下成立时提示单位错误。",
    en: "Budget execution: “决算数大于/小于/等于预算数” must agree with the stated budget and actual (or the completion rate); a budget and actual in different units whose rate fits only one unit is flagged as a unit slip.",
  },
  defaultSeverity: "error",
};

const COMPARATOR =
  /决算数?[ \u3000]*(未超过|大于|小于|等于|高于|低于|超过|超出)[ \u3000]*(?:年初|调整后?)?预算数?/g;
const ABOVE = new Set(["大于", "高于", "超过", "超出"]);
const BELOW = new Set(["小于", "低于"]);

interface Comparator {
  word: string;
  span: { start: number; end: number };
  paragraph: number;
}

export const budgetExecution: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    const completions = claims.filter((c): c is CompletionClaim => c.kind === "completion");
    const before = precedingClaims(claims);
    for (const cmp of comparators(doc)) {
      const { completion, current, budget } = before(cmp);
      const pair = operands(claims, completion, current, budget);
      if (pair) {
        const [actual, target] = pair;
        const unit: AmountUnit = unitOf(target, unitOf(actual));
        const a = amountInterval(actual, unit, unit);
        const t = amountInterval(target, unit, unit);
        if (!a || !t) continue;
        const possible = relations(a.minus(t));
        if (allowed(cmp.word, possible)) continue;
        const word = possible.below ? "小于" : possible.above ? "大于" : "等于";
        findings.push(
          report({
            span: cmp.span,
            zh: `预算数${target.figure.text}、决算数${actual.figure.text}，决算数应${word}预算数，文中为“${cmp.word}”`,
            en: `The budget is ${target.figure.text} and the actual ${actual.figure.text}: the actual is ${english(word)} the budget, not “${cmp.word}”`,
            expected: word,
            actual: cmp.word,
            related: [actual.span, target.span],
          }),
        );
        continue;
      }
      if (!completion) continue;
      const rate = percentInterval(completion.figure.value, completion.figure.decimals);
      const possible = relations(rate.minus(Interval.exact(1)));
      if (allowed(cmp.word, possible)) continue;
      findings.push(
        report({
          span: cmp.span,
          zh: `完成率${completion.figure.text}与“${cmp.word}”矛盾`,
          en: `The completion rate ${completion.figure.text} contradicts “${cmp.word}”`,
          related: [completion.span],
        }),
      );
    }
    for (const c of completions) {
      const slip = unitSlip(claims, c);
      if (!slip) continue;
      findings.push(
        report({
          span: slip.amount.span,
          severity: "warning",
          zh: `${slip.amount.figure.text}与${slip.other.figure.text}单位不同；按同一单位，完成率为${slip.rate}，与文中${c.figure.text}相符，单位可能有误`,
          en: `${slip.amount.figure.text} and ${slip.other.figure.text} are in different units; in one unit the rate is ${slip.rate}, as the text's ${c.figure.text}: a unit is probably wrong`,
          related: [slip.other.span, c.span],
        }),
      );
    }
    return findings;
  },
};

/**
 * The comparators of the text, found in one scan of the whole text (most paragraphs have
 * none, and half a million short lines should not cost a slice each), each placed in its
 * paragraph; a table's cells are not prose.
 */
function comparators(doc: NarrativeDocument): Comparator[] {
  const out: Comparator[] = [];
  const { paragraphs } = doc;
  for (const m of normalizedText(doc).matchAll(COMPARATOR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // The last paragraph starting at or before the match.
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].span.start <= start) lo = mid + 1;
      else hi = mid;
    }
    const p = paragraphs[lo - 1];
    if (!p || p.table !== undefined || end > p.span.end) continue;
    out.push({ word: m[1], span: { start, end }, paragraph: p.index });
  }
  return out;
}

/** The claims a comparator reads that stand before it in its paragraph: the last of each kind. */
interface Preceding {
  completion?: CompletionClaim;
  /** Amounts of this year and of the budget, exact ones only. */
  current?: AmountClaim;
  budget?: AmountClaim;
}

/**
 * For comparators asked in text order: what precedes each in its paragraph. One walk over
 * each paragraph's claims (ordered by where they end) for all its comparators, so that the
 * rule stays linear however many statements a paragraph holds.
 */
function precedingClaims(claims: readonly Claim[]): (cmp: Comparator) => Preceding {
  const byParagraph = new Map<number, Claim[]>();
  for (const c of claims) {
    const read =
      c.kind === "completion" ||
      (c.kind === "amount" && !c.approximate && (c.period === "current" || c.period === "budget"));
    if (!read) continue;
    const list = byParagraph.get(c.paragraph);
    if (list) list.push(c);
    else byParagraph.set(c.paragraph, [c]);
  }
  // Stable: claims that end together keep their order, the later one read last.
  for (const list of byParagraph.values()) list.sort((a, b) => a.span.end - b.span.end);
  const walks = new Map<number, { next: number; found: Preceding }>();
  return (cmp) => {
    const list = byParagraph.get(cmp.paragraph) ?? [];
    let walk = walks.get(cmp.paragraph);
    if (!walk) walks.set(cmp.paragraph, (walk = { next: 0, found: {} }));
    for (; walk.next < list.length && list[walk.next].span.end <= cmp.span.start; walk.next++) {
      const c = list[walk.next];
      if (c.kind === "completion") walk.found.completion = c;
      else if (c.kind === "amount") walk.found[c.period === "current" ? "current" : "budget"] = c;
    }
    return { ...walk.found };
  };
}

/**
 * The actual and the budget: those of the completion rate, else the last current and the
 * last budget amount before the comparator in its paragraph (“预算数60万元，执行数41万元，
 * 决算数小于预算数”).
 */
function operands(
  claims: readonly Claim[],
  completion: CompletionClaim | undefined,
  current: AmountClaim | undefined,
  budget: AmountClaim | undefined,
): [AmountClaim, AmountClaim] | undefined {
  const actual = claimById(claims, completion?.actual, "amount");
  const target = claimById(claims, completion?.target, "amount");
  if (actual && target) return [actual, target];
  return current && budget ? [current, budget] : undefined;
}

interface Relations {
  above: boolean;
  below: boolean;
  equal: boolean;
}

/** Which of actual > budget, actual < budget, actual = budget the difference allows. */
function relations(difference: Interval): Relations {
  const zero = new Dec(0);
  return {
    above: difference.hi.greaterThan(zero),
    below: difference.lo.lessThan(zero),
    equal: difference.contains(zero),
  };
}

function allowed(word: string, r: Relations): boolean {
  if (ABOVE.has(word)) return r.above;
  if (BELOW.has(word)) return r.below;
  if (word === "未超过") return r.below || r.equal;
  return r.equal;
}

function english(word: string): string {
  return word === "大于" ? "above" : word === "小于" ? "below" : "equal to";
}

/**
 * A completion whose actual and target are printed in different units, with a rate that
 * the interval rule rejects as printed but that the same figures give in one unit (to
 * within one step of the printed decimals): the unit of one of them is a slip. The
 * amount flagged is the one whose unit differs from the other amounts of its paragraph.
 */
function unitSlip(
  claims: readonly Claim[],
  c: CompletionClaim,
): { amount: AmountClaim; other: AmountClaim; rate: string } | undefined {
  const actual = claimById(claims, c.actual, "amount");
  const target = claimById(claims, c.target, "amount");
  if (!actual || !target || !actual.figure.unit || !target.figure.unit) return undefined;
  if (actual.figure.unit === target.figure.unit) return undefined;
  const claimed = percentInterval(c.figure.value, c.figure.decimals);
  const unit = unitOf(target);
  const a = amountInterval(actual, unit, unit);
  const t = amountInterval(target, unit, unit);
  const asPrinted = a && t ? a.dividedBy(t) : undefined;
  if (!asPrinted || asPrinted.meets(claimed)) return undefined;
  if (target.figure.value.isZero()) return undefined;
  const same = actual.figure.value.dividedBy(target.figure.value);
  const d = c.figure.decimals;
  const step = new Dec(1).dividedBy(pow10(d));
  const rounded = toPercent(same, d);
  if (rounded.minus(c.figure.value).abs().greaterThan(step)) return undefined;
  const units = new Map<string, number>();
  for (const x of claims) {
    if (x.kind !== "amount" || x.paragraph !== c.paragraph || !x.figure.unit) continue;
    units.set(x.figure.unit, (units.get(x.figure.unit) ?? 0) + 1);
  }
  const odd = (units.get(target.figure.unit) ?? 0) <= (units.get(actual.figure.unit) ?? 0);
  const [amount, other] = odd ? [target, actual] : [actual, target];
  return { amount, other, rate: `${rounded.toFixed(d)}%` };
}
