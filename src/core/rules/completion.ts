import type { AmountClaim, Claim, CompletionClaim, CountClaim } from "../claims/types";
import type { Fact } from "../facts";
import type { Finding } from "../findings";
import { canonicalMetric } from "../metrics";
import {
  Dec,
  formatPercent,
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
  claimById,
  factInterval,
  figureAtEnd,
  unitOf,
} from "./utils/figures";
import { reporter } from "./utils/report";

/**
 * 完成P% against actual ÷ target: “完成市下达目标28亿元的85.71%” for 24亿元, “完成市下达目标
 * 17家的111.76%” for 19家, “预算数60万元，执行数41万元，完成预算的68%”. Without a target in
 * the text, the budget figure of the filled tables is used when given (facts, period
 * budget). What the text then says about the budget (“决算数大于/小于/等于预算数”) is the
 * budget-execution rule's.
 */
const meta: RuleMeta = {
  id: "completion",
  description: {
    zh: "完成率（完成P%）应等于实际数 ÷ 目标（预算）数。",
    en: "A completion rate (完成P%) equals actual ÷ target.",
  },
  defaultSeverity: "error",
};

interface Operand {
  interval: Interval;
  value: Dec;
  text: string;
  span?: { start: number; end: number };
  cell?: { sheet: string; cell: string };
}

export const completion: Rule = {
  meta,
  check({ doc, claims, options }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    for (const c of claims) {
      if (c.kind !== "completion") continue;
      const pair = operands(claims, c, options.facts ?? []);
      const claimed = percentInterval(c.figure.value, c.figure.decimals);
      if (pair) {
        const [actual, target] = pair;
        const computed = actual.interval.dividedBy(target.interval);
        if (!isConsistent(claimed, computed)) {
          if (target.value.isZero()) continue;
          const exact = actual.value.dividedBy(target.value);
          const d = c.figure.decimals;
          const expectedText = `${toPercent(exact, d).toFixed(d)}%`;
          findings.push(
            report({
              span: c.span,
              zh: `完成率应为${expectedText}（${actual.text} ÷ ${target.text} = ${formatPercent(exact, 2)}），文中为${c.figure.text}`,
              en: `The completion rate should be ${expectedText} (${actual.text} ÷ ${target.text} = ${formatPercent(exact, 2)}); the text says ${c.figure.text}`,
              expected: expectedText,
              actual: c.figure.text,
              related: [actual, target].map((o) => o.span ?? o.cell).filter((x) => x !== undefined),
              fix: { ...figureAtEnd(c), replacement: expectedText },
            }),
          );
        }
      }
    }
    return findings;
  },
};

function operands(
  claims: readonly Claim[],
  c: CompletionClaim,
  facts: readonly Fact[],
): [Operand, Operand] | undefined {
  const actualAmount = claimById(claims, c.actual, "amount");
  const targetAmount = claimById(claims, c.target, "amount");
  if (actualAmount && targetAmount) {
    const unit: AmountUnit = unitOf(targetAmount, unitOf(actualAmount));
    const a = amountOperand(actualAmount, unit);
    const t = amountOperand(targetAmount, unit);
    return a && t ? [a, t] : undefined;
  }
  const actualCount = claimById(claims, c.actual, "count");
  const targetCount = claimById(claims, c.target, "count");
  if (actualCount && targetCount) {
    // “完成目标50余家的110%”: a bound divides into no exact rate.
    if (actualCount.approximate || targetCount.approximate) return undefined;
    return [countOperand(actualCount), countOperand(targetCount)];
  }
  if (actualAmount && !targetAmount && actualAmount.metric) {
    const key = canonicalMetric(actualAmount.metric);
    const fact = facts.find((f) => f.period === "budget" && canonicalMetric(f.metric) === key);
    const a = amountOperand(actualAmount, "万元");
    if (fact && a) {
      const interval = factInterval(fact);
      return [
        a,
        {
          interval,
          value: fact.value,
          text: fact.value.toString(),
          ...(fact.cell ? { cell: fact.cell } : {}),
        },
      ];
    }
  }
  return undefined;
}

function amountOperand(a: AmountClaim, unit: AmountUnit): Operand | undefined {
  const interval = amountInterval(a, unit, unit);
  if (!interval) return undefined;
  return { interval, value: amountValue(a, unit, unit), text: a.figure.text, span: a.span };
}

function countOperand(c: CountClaim): Operand {
  return {
    interval: Interval.exact(c.value),
    value: new Dec(c.value),
    text: `${c.value}${c.counter}`,
    span: c.span,
  };
}
