import type { AmountClaim, Claim } from "../claims/types";
import type { Finding, Severity } from "../findings";
import {
  Dec,
  formatNumber,
  isConsistent,
  sumIntervals,
  type AmountUnit,
  type Interval,
} from "../numbers";
import type { NarrativeDocument } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import {
  amountInterval,
  amountValue,
  claimById,
  exceeds,
  formulaTerms,
  unitOf,
} from "./utils/figures";
import { codedBreakdowns, vocabularyBreakdowns } from "./utils/hierarchy";
import { reporter } from "./utils/report";

/**
 * Σ parts against the total they break down, with each part's printed precision: six
 * items rounded to 0.01 may add up to 346.59 under a total of 346.6 (rounding: info, at
 * most); parts that cannot reach the total whatever their rounding are an error. A bare
 * “其中” may list only some parts, so there only a sum above the total is wrong; a list
 * with shares, a colon list or a complete breakdown must add up. Items written one by one
 * in 五（三） are also summed against their class in 五（二）; there a sum below the class is
 * a warning (an item may have been left out of the text). A breakdown the vocabulary knows
 * (“三公”经费 = 因公出国 + 公务用车 + 公务接待) is summed when its total and all its parts are
 * stated in one chapter (七、), even in separate sentences.
 * A single part above the total is part-exceeds-whole's finding, not this rule's.
 */
const meta: RuleMeta = {
  id: "enumeration-sum",
  description: {
    zh: "分项之和应等于合计（按各项的印刷精度判断，四舍五入尾差仅提示）。",
    en: "The parts add up to their total, within the precision printed (rounding differences are only hints).",
  },
  defaultSeverity: "error",
};

const MAX_TERMS_SHOWN = 12;

interface Breakdown {
  total: AmountClaim;
  parts: AmountClaim[];
  exhaustive: boolean;
  /** Severity when Σ parts is below the total and the breakdown is not known to be complete. */
  belowSeverity?: Severity;
}

export const enumerationSum: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    for (const b of breakdowns(doc, claims)) {
      const unit = unitOf(b.total);
      const totalI = amountInterval(b.total, unit);
      const partIs = b.parts.map((p) => amountInterval(p, unit, unit));
      if (!totalI || partIs.some((p) => !p)) continue;
      const intervals = partIs as Interval[];
      if (intervals.some((p) => exceeds(p, totalI))) continue;
      const sum = b.parts.reduce((acc, p) => acc.plus(amountValue(p, unit, unit)), new Dec(0));
      const total = amountValue(b.total, unit);
      const consistent = isConsistent(totalI, sumIntervals(intervals));
      const above = sum.greaterThan(total);
      // Most breakdowns add up: their message is not written.
      if (consistent ? sum.equals(total) : !above && !b.exhaustive && !b.belowSeverity) continue;
      const d = Math.max(b.total.figure.decimals, ...b.parts.map((p) => p.figure.decimals));
      const sumText = `${formatNumber(sum, d)}${unitText(b.total)}`;
      const terms = termsOf(b.parts, b.total);
      const diff = `${formatNumber(sum.minus(total).abs(), d)}${unitText(b.total)}`;
      if (consistent) {
        findings.push(
          report({
            span: b.total.span,
            severity: "info",
            zh: `分项之和为${sumText}（${terms}），与合计${b.total.figure.text}相差${diff}，属四舍五入尾差`,
            en: `The parts add up to ${sumText} (${terms}), ${diff} off the total ${b.total.figure.text}: a rounding difference`,
            expected: sumText,
            actual: b.total.figure.text,
            related: b.parts.map((p) => p.span),
          }),
        );
        continue;
      }
      findings.push(
        report({
          span: b.total.span,
          severity: above || b.exhaustive ? "error" : b.belowSeverity,
          zh:
            `分项之和为${sumText}（${terms}），与合计${b.total.figure.text}不符，${above ? "多" : "少"}${diff}` +
            (!above && !b.exhaustive ? "；可能有分项未在文中列出" : ""),
          en:
            `The parts add up to ${sumText} (${terms}), ${diff} ${above ? "above" : "below"} the total ${b.total.figure.text}` +
            (!above && !b.exhaustive ? "; a part may be missing from the text" : ""),
          expected: sumText,
          actual: b.total.figure.text,
          related: b.parts.map((p) => p.span),
        }),
      );
    }
    return findings;
  },
};

function breakdowns(doc: NarrativeDocument, claims: readonly Claim[]): Breakdown[] {
  const out: Breakdown[] = [];
  const listed = new Set<number>();
  for (const e of claims) {
    if (e.kind !== "enumeration") continue;
    const total = claimById(claims, e.total, "amount");
    const parts = e.parts.map((id) => claimById(claims, id, "amount"));
    if (!total || parts.some((p) => !p) || parts.length < 2) continue;
    listed.add(total.id);
    out.push({ total, parts: parts as AmountClaim[], exhaustive: e.exhaustive === true });
  }
  for (const { total, parts } of vocabularyBreakdowns(doc, claims)) {
    if (!listed.has(total.id) && parts.length >= 2) out.push({ total, parts, exhaustive: true });
  }
  for (const { total, parts } of codedBreakdowns(claims)) {
    out.push({ total, parts, exhaustive: false, belowSeverity: "warning" });
  }
  return out;
}

function unitText(total: AmountClaim): string {
  const u: AmountUnit | undefined =
    total.figure.unit && total.figure.unit !== "%" ? total.figure.unit : total.impliedUnit;
  return u ?? "";
}

function termsOf(parts: readonly AmountClaim[], total: AmountClaim): string {
  const shown = formulaTerms([...parts.slice(0, MAX_TERMS_SHOWN), total]).slice(0, -1);
  return shown.join(" + ") + (parts.length > MAX_TERMS_SHOWN ? " + …" : "");
}
