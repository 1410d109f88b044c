import type { AmountClaim, Claim, EnumerationClaim, ShareClaim } from "../claims/types";
import type { Finding } from "../findings";
import {
  Dec,
  formatPercent,
  isConsistent,
  largestRemainder,
  percentInterval,
  pow10,
  share as shareOf,
  shareInterval,
  toPercent,
  type AmountUnit,
} from "../numbers";
import type { CheckOptions, Rule, RuleMeta } from "./types";
import { amountInterval, amountValue, claimById, figureAtEnd, formulaTerms } from "./utils/figures";
import { reporter } from "./utils/report";

/**
 * 占P% against part ÷ whole, by the interval rule: “占45%” of 1414.49 ÷ 3190.21 is wrong
 * because no values that print as 1414.49 and 3190.21 give a share in [44.5%, 45.5%).
 *
 * Shares of one breakdown are sometimes adjusted so that they add up to 100% (尾差调整).
 * When the user says so (shareRounding: "largest-remainder"), or when the printed shares
 * are exactly what a standard adjustment gives (largest remainder, the largest part or
 * the last part absorbing the difference), a share one unit in its last place away from
 * plain rounding is a warning, not an error. Shares that merely add up to 100% are not
 * taken as adjusted: the seed's 45% + 51% + 4% does, yet no standard adjustment gives 45%.
 */
const meta: RuleMeta = {
  id: "share",
  description: {
    zh: "占比（占P%）应等于分项 ÷ 总额，按四舍五入后的区间判断。",
    en: "A share (占P%) equals part ÷ whole, judged on the intervals the printed figures stand for.",
  },
  defaultSeverity: "error",
};

export const share: Rule = {
  meta,
  check({ doc, claims, options }) {
    const report = reporter(meta, doc);
    // Read only for a share one unit off (most checks have no wrong share at all), and only
    // for the breakdowns it is in: those are indexed by share once, when first asked.
    let breakdownsOf: Map<number, EnumerationClaim[]> | undefined;
    const adjusted = new Map<EnumerationClaim, boolean>();
    const inAdjusted = (id: number): boolean => {
      breakdownsOf ??= breakdownsByShare(claims);
      return (breakdownsOf.get(id) ?? []).some((e) => {
        let known = adjusted.get(e);
        if (known === undefined) adjusted.set(e, (known = isAdjusted(claims, e, options)));
        return known;
      });
    };
    const findings: Finding[] = [];
    for (const c of claims) {
      if (c.kind !== "share") continue;
      const part = claimById(claims, c.part, "amount");
      const whole = claimById(claims, c.whole, "amount");
      if (!part || !whole) continue;
      const unit = commonUnit(part, whole);
      const partI = amountInterval(part, unit);
      const wholeI = amountInterval(whole, unit);
      if (!partI || !wholeI) continue;
      const claimed = percentInterval(c.figure.value, c.figure.decimals);
      if (isConsistent(claimed, shareInterval(partI, wholeI))) continue;
      const exact = shareOf(amountValue(part, unit), amountValue(whole, unit));
      if (exact === null) continue;
      const d = c.figure.decimals;
      const expected = toPercent(exact, d);
      const expectedText = `${expected.toFixed(d)}%`;
      const [p, w] = formulaTerms([part, whole]);
      const oneOff = expected.minus(c.figure.value).abs().equals(pow10(-d));
      const softened = oneOff && inAdjusted(c.id);
      // Declared 尾差调整 is the rule the text follows, so only a note; detected, a warning.
      const severity = !softened
        ? "error"
        : options.shareRounding === "largest-remainder"
          ? "info"
          : "warning";
      findings.push(
        report({
          span: c.span,
          severity,
          zh:
            `占比应为${expectedText}（${p} ÷ ${w} = ${formatPercent(exact, 2)}），文中为${c.figure.text}` +
            (softened ? "；该组占比经尾差调整合计为100%，调整幅度为末位一个单位" : ""),
          en:
            `The share should be ${expectedText} (${p} ÷ ${w} = ${formatPercent(exact, 2)}); the text says ${c.figure.text}` +
            (softened
              ? "; the shares of this breakdown were adjusted to add up to 100%, by one unit in the last place"
              : ""),
          expected: expectedText,
          actual: c.figure.text,
          related: [part.span, whole.span],
          fix: { ...figureAtEnd(c), replacement: expectedText },
        }),
      );
    }
    return findings;
  },
};

function commonUnit(a: AmountClaim, b: AmountClaim): AmountUnit {
  const u = a.figure.unit ?? b.figure.unit ?? a.impliedUnit ?? b.impliedUnit;
  return u && u !== "%" ? u : "万元";
}

/** The breakdowns of two or more shares, by each of their shares. */
function breakdownsByShare(claims: readonly Claim[]): Map<number, EnumerationClaim[]> {
  const by = new Map<number, EnumerationClaim[]>();
  for (const e of claims) {
    if (e.kind !== "enumeration" || e.shares.length < 2) continue;
    for (const id of e.shares) {
      const list = by.get(id);
      if (list) list.push(e);
      else by.set(id, [e]);
    }
  }
  return by;
}

/** Whether the shares of a breakdown (two or more) were adjusted to add up to 100%. */
function isAdjusted(claims: readonly Claim[], e: EnumerationClaim, options: CheckOptions): boolean {
  const shares = e.shares.map((id) => claims[id] as ShareClaim);
  const d = Math.max(...shares.map((s) => s.figure.decimals));
  const printed = shares.map((s) => s.figure.value.times(pow10(d)));
  const hundred = new Dec(100).times(pow10(d));
  if (!printed.reduce((a, b) => a.plus(b), new Dec(0)).equals(hundred)) return false;
  if (options.shareRounding === "largest-remainder") return true;
  const exact = exactShares(claims, e, shares);
  if (!exact) return false;
  const plain = exact.map((x) => x.times(hundred).toDecimalPlaces(0, Dec.ROUND_HALF_UP));
  if (plain.reduce((a, b) => a.plus(b), new Dec(0)).equals(hundred)) return false;
  const standard = [
    largestRemainder(
      exact.map((x) => x.times(hundred)),
      hundred,
    ),
    absorbedBy(plain, hundred, largestIndex(exact)),
    absorbedBy(plain, hundred, lastNonZero(exact)),
  ];
  return standard.some((alloc) => alloc.every((v, i) => v.equals(printed[i])));
}

function exactShares(
  claims: readonly Claim[],
  e: EnumerationClaim,
  shares: ShareClaim[],
): Dec[] | undefined {
  const out: Dec[] = [];
  for (const s of shares) {
    const part = claimById(claims, s.part, "amount");
    const whole = claimById(claims, s.whole ?? e.total, "amount");
    if (!part || !whole) return undefined;
    const unit = commonUnit(part, whole);
    const x = shareOf(amountValue(part, unit), amountValue(whole, unit));
    if (x === null) return undefined;
    out.push(x);
  }
  return out;
}

function absorbedBy(plain: Dec[], hundred: Dec, index: number): Dec[] {
  const diff = hundred.minus(plain.reduce((a, b) => a.plus(b), new Dec(0)));
  return plain.map((v, i) => (i === index ? v.plus(diff) : v));
}

function largestIndex(exact: Dec[]): number {
  return exact.reduce((best, x, i) => (x.greaterThan(exact[best]) ? i : best), 0);
}

function lastNonZero(exact: Dec[]): number {
  for (let i = exact.length - 1; i >= 0; i--) if (!exact[i].isZero()) return i;
  return exact.length - 1;
}
