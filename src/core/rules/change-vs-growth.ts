import type { AmountClaim, ChangeClaim } from "../claims/types";
import type { Finding } from "../findings";
import { formatNumber, isConsistent, type AmountUnit } from "../numbers";
import type { Rule, RuleMeta } from "./types";
import type { NarrativeDocument } from "../text/types";
import {
  amountInterval,
  amountValue,
  changeAmount,
  changeReplacement,
  claimById,
  figureAtEnd,
  formulaTerms,
} from "./utils/figures";
import { across, reporter } from "./utils/report";

/**
 * The change stated with a quantity agrees with it:
 * - 增加/减少 and 增长/下降 stated together point the same way (“增加X万元，下降P%” is wrong);
 * - when the prior year's figure is stated, 增加X is current − prior
 *   (附件: 14144926.18 − 12016927.27 = 2127998.91 ✓), and “与上年持平” is no change at
 *   the precision of the amounts.
 * Whether X and P agree when the prior is only implied (X ÷ (current − X)) is the growth
 * rule's check, made on the rate, so that one wrong figure gives one finding.
 */
const meta: RuleMeta = {
  id: "change-vs-growth",
  description: {
    zh: "增减额与增减率方向一致；文中给出上年数时，增减额应等于本年数 − 上年数。",
    en: "A change and its rate point the same way; with a stated prior, the change equals current − prior.",
  },
  defaultSeverity: "error",
};

export const changeVsGrowth: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    for (const g of claims) {
      if (g.kind !== "growth") continue;
      const change = claimById(claims, g.change, "change");
      if (
        !change ||
        change.direction === g.direction ||
        g.figure.value.isZero() ||
        change.figure.value.isZero()
      )
        continue;
      const c = doc.text.slice(change.span.start, change.span.end);
      const r = doc.text.slice(g.span.start, g.span.end);
      findings.push(
        report({
          span: g.span,
          zh: `增减方向矛盾：前文为“${c}”，此处为“${r}”`,
          en: `The change and its rate point different ways: “${c}” but “${r}”`,
          related: [change.span],
        }),
      );
    }
    for (const change of claims) {
      if (change.kind !== "change") continue;
      const subject = claimById(claims, change.subject, "amount");
      const prior = claimById(claims, change.prior, "amount");
      if (!subject || !prior) continue;
      const f = checkAgainstPrior(doc, change, subject, prior);
      if (f) findings.push(report(across(change, f)));
    }
    return findings;
  },
};

function checkAgainstPrior(
  doc: NarrativeDocument,
  change: ChangeClaim,
  subject: AmountClaim,
  prior: AmountClaim,
) {
  const printedUnit = change.figure.unit;
  const unit: AmountUnit = printedUnit && printedUnit !== "%" ? printedUnit : "万元";
  const c = amountInterval(subject, unit);
  const p = amountInterval(prior, unit);
  if (!c || !p) return undefined;
  const stated = amountInterval(changeAmount(change), unit)?.scale(change.direction);
  if (!stated || isConsistent(stated, c.minus(p))) return undefined;
  const delta = amountValue(subject, unit).minus(amountValue(prior, unit));
  const d = change.figure.decimals;
  const word = delta.isNegative() ? "减少" : "增加";
  const expectedText = `${formatNumber(delta.abs(), d)}${printedUnit ?? ""}`;
  const [cs, ps] = formulaTerms([subject, prior]);
  const same = !change.flat && (delta.isNegative() ? -1 : 1) === change.direction;
  const wording = change.flat
    ? { zh: "“持平”", en: "no change (持平)" }
    : {
        zh: `“${change.figure.text}”的${change.direction > 0 ? "增加" : "减少"}`,
        en: `${change.direction > 0 ? "an increase" : "a decrease"} of ${change.figure.text}`,
      };
  return {
    span: change.span,
    zh: `应为${word}${expectedText}（${cs} − ${ps}），文中为${wording.zh}`,
    en: `Should be ${delta.isNegative() ? "a decrease" : "an increase"} of ${expectedText} (${cs} − ${ps}); the text says ${wording.en}`,
    expected: same ? expectedText : `${word}${expectedText}`,
    actual: change.figure.text,
    related: [subject.span, prior.span],
    fix: same
      ? { ...figureAtEnd(change), replacement: expectedText }
      : {
          start: change.span.start,
          end: change.span.end,
          replacement: changeReplacement(doc, change, `${word}${expectedText}`),
        },
  };
}
