import type { AmountClaim, ChangeClaim } from "../claims/types";
import type { Finding } from "../findings";
import {
  Dec,
  formatPercent,
  growthFromChangeInterval,
  growthInterval,
  Interval,
  isConsistent,
  percentInterval,
  toPercent,
  type AmountUnit,
} from "../numbers";
import type { Rule, RuleMeta } from "./types";
import {
  amountInterval,
  amountValue,
  changeAmount,
  claimById,
  figureAtEnd,
  formulaTerms,
  truncate,
} from "./utils/figures";
import { across, reporter } from "./utils/report";

/**
 * 增长/下降P% against (current − prior) ÷ prior. The prior is the one stated (“上年度为X”)
 * or the one implied by the change stated with the rate (current − 增加X). Judged by the
 * interval rule; a rate one rounding step off is an error (it is a wrong figure), and the
 * message says so when truncating instead of rounding would give the printed figure, since
 * that is the usual cause (17.71% printed as 17%).
 */
const meta: RuleMeta = {
  id: "growth",
  description: {
    zh: "增长率（增长/下降P%）应等于（本年 − 上年）÷ 上年，上年数为文中所述或由增减额推出。",
    en: "A growth rate (增长/下降P%) equals (current − prior) ÷ prior, the prior stated or implied by the change.",
  },
  defaultSeverity: "error",
};

/**
 * A rate computed from printed amounts. Most stated rates agree with it, so the exact rate
 * (numerator ÷ divisor, a division) and the formula (printed figures) are left for the
 * ones that do not. A zero divisor gives no rate.
 */
interface Computation {
  interval: Interval | undefined;
  numerator: Dec;
  divisor: Dec;
  formula: () => string;
  related: AmountClaim[];
}

export const growth: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    for (const g of claims) {
      // 持平 prints no rate: its change claim is checked (change-vs-growth, narrative-vs-table).
      if (g.kind !== "growth" || g.flat) continue;
      const subject = claimById(claims, g.subject, "amount");
      const prior = claimById(claims, g.prior, "amount");
      const change = claimById(claims, g.change, "change");
      // “增加X，下降P%” contradicts itself: change-vs-growth reports it, once.
      if (change && change.direction !== g.direction) continue;
      const computed = compute(subject, prior, change);
      if (!computed || computed.divisor.isZero()) continue;
      const claimed = percentInterval(g.figure.value, g.figure.decimals).scale(g.direction);
      if (isConsistent(claimed, computed.interval)) continue;
      const exact = computed.numerator.dividedBy(computed.divisor);
      const formula = computed.formula();
      const d = g.figure.decimals;
      const magnitude = toPercent(exact.abs(), d);
      const word = exact.isNegative() ? "下降" : "增长";
      const sameDirection = (exact.isNegative() ? -1 : 1) === g.direction || magnitude.isZero();
      const expectedText = `${magnitude.toFixed(d)}%`;
      const truncated = truncate(exact.abs().times(100), d);
      const byTruncation = sameDirection && truncated.equals(g.figure.value);
      const rate = formatPercent(exact.abs(), 2);
      const stated = doc.text.slice(g.span.start, g.span.end);
      findings.push(
        report(
          across(g, {
            span: g.span,
            zh:
              `应为${word}${expectedText}（${formula} = ${exact.isNegative() ? "−" : ""}${rate}），文中为“${stated}”` +
              (byTruncation ? `；按截断（舍去尾数）才得${g.figure.text}，应四舍五入` : ""),
            en:
              `Should be ${word === "增长" ? "an increase" : "a decrease"} of ${expectedText} (${formula} = ${exact.isNegative() ? "−" : ""}${rate}); the text says “${stated}”` +
              (byTruncation
                ? `; ${g.figure.text} comes from truncating, not rounding half-up`
                : ""),
            expected: sameDirection ? expectedText : `${word}${expectedText}`,
            actual: sameDirection ? g.figure.text : stated,
            related: computed.related.map((a) => a.span),
            fix: sameDirection
              ? { ...figureAtEnd(g), replacement: expectedText }
              : { start: g.span.start, end: g.span.end, replacement: `${word}${expectedText}` },
          }),
        ),
      );
    }
    return findings;
  },
};

function unitOfAll(...amounts: Array<AmountClaim | undefined>): AmountUnit {
  for (const a of amounts) {
    const u = a?.figure.unit ?? a?.impliedUnit;
    if (u && u !== "%") return u;
  }
  return "万元";
}

function compute(
  subject: AmountClaim | undefined,
  prior: AmountClaim | undefined,
  change: ChangeClaim | undefined,
): Computation | undefined {
  const deltaAmount = change ? changeAmount(change) : undefined;
  const unit = unitOfAll(subject, prior, deltaAmount);
  if (subject && prior) {
    const c = amountInterval(subject, unit);
    const p = amountInterval(prior, unit);
    if (!c || !p) return undefined;
    const cv = amountValue(subject, unit);
    const pv = amountValue(prior, unit);
    return {
      interval: growthInterval(c, p),
      numerator: cv.minus(pv),
      divisor: pv,
      formula: () => {
        const [cs, ps] = formulaTerms([subject, prior]);
        return `(${cs} − ${ps}) ÷ ${ps}`;
      },
      related: [subject, prior],
    };
  }
  if (!change || !deltaAmount) return undefined;
  const delta = amountInterval(deltaAmount, unit)?.scale(change.direction);
  const dv = amountValue(deltaAmount, unit).times(change.direction);
  if (!delta) return undefined;
  if (subject) {
    const c = amountInterval(subject, unit);
    if (!c) return undefined;
    const cv = amountValue(subject, unit);
    return {
      interval: growthFromChangeInterval(c, delta),
      numerator: dv,
      divisor: cv.minus(dv),
      formula: () => {
        const [cs, ds] = formulaTerms([subject, deltaAmount]);
        return `${change.direction > 0 ? "" : "−"}${ds} ÷ (${cs} ${change.direction > 0 ? "−" : "+"} ${ds})`;
      },
      related: [subject, deltaAmount],
    };
  }
  if (prior) {
    const p = amountInterval(prior, unit);
    if (!p) return undefined;
    const pv = amountValue(prior, unit);
    return {
      interval: delta.dividedBy(p),
      numerator: dv,
      divisor: pv,
      formula: () => {
        const [ds, ps] = formulaTerms([deltaAmount, prior]);
        return `${change.direction > 0 ? "" : "−"}${ds} ÷ ${ps}`;
      },
      related: [deltaAmount, prior],
    };
  }
  return undefined;
}
