import type { AmountClaim, Claim } from "../claims/types";
import type { Finding } from "../findings";
import { canonicalMetric, metricParts } from "../metrics";
import type { Rule, RuleMeta } from "./types";
import { amountInterval, chapters, claimById, exceeds, unitOf } from "./utils/figures";
import { codedBreakdowns } from "./utils/hierarchy";
import { reporter } from "./utils/report";

/**
 * A part larger than its whole, whatever the rounding: a “其中” part above its total
 * (附件: “总收入为14144926.18元（其中，一般公共预算财政拨款16410000.00元…）”), an item of
 * 五（三） above its class, or a quantity above the one the vocabulary says contains it
 * (公务用车购置费 within 公务用车购置及运行维护费), the latter only inside one chapter (七、
 * and its subsections), where both figures are of the same scope.
 */
const meta: RuleMeta = {
  id: "part-exceeds-whole",
  description: {
    zh: "分项（其中数）不能大于其总额。",
    en: "A part (其中) cannot be larger than its whole.",
  },
  defaultSeverity: "error",
};

interface Pair {
  part: AmountClaim;
  whole: AmountClaim;
}

export const partExceedsWhole: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const { part, whole } of pairs(claims, chapters(doc))) {
      if (seen.has(part.id)) continue;
      const unit = unitOf(whole);
      const partI = amountInterval(part, unit, unit);
      const wholeI = amountInterval(whole, unit);
      if (!partI || !wholeI || !exceeds(partI, wholeI)) continue;
      seen.add(part.id);
      const partText = doc.text.slice(part.span.start, part.span.end);
      findings.push(
        report({
          span: part.span,
          zh: `分项${partText}大于其总额${whole.figure.text}`,
          en: `The part ${partText} is larger than its whole ${whole.figure.text}`,
          expected: `≤ ${whole.figure.text}`,
          actual: part.figure.text,
          related: [whole.span],
        }),
      );
    }
    return findings;
  },
};

function* pairs(claims: readonly Claim[], chapterOfParagraph: readonly number[]): Generator<Pair> {
  for (const e of claims) {
    if (e.kind !== "enumeration") continue;
    const whole = claimById(claims, e.total, "amount");
    if (!whole) continue;
    for (const id of e.parts) {
      const part = claimById(claims, id, "amount");
      if (part) yield { part, whole };
    }
  }
  for (const { total, parts } of codedBreakdowns(claims)) {
    for (const part of parts) yield { part, whole: total };
  }
  // Vocabulary breakdowns, within one chapter and one period.
  const byChapter = new Map<string, AmountClaim>();
  for (const c of claims) {
    if (c.kind !== "amount" || !c.metric) continue;
    const key = `${chapterOfParagraph[c.paragraph]}|${c.period}|${canonicalMetric(c.metric)}`;
    if (!byChapter.has(key)) byChapter.set(key, c);
  }
  for (const whole of byChapter.values()) {
    for (const partMetric of metricParts(whole.metric as string) ?? []) {
      const key = `${chapterOfParagraph[whole.paragraph]}|${whole.period}|${canonicalMetric(partMetric)}`;
      const part = byChapter.get(key);
      if (part) yield { part, whole };
    }
  }
}
