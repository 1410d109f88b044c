import fc from "fast-check";
import {
  Dec,
  Interval,
  formatFigure,
  isConsistent,
  parseFigure,
  percentInterval,
  roundHalfUp,
  share,
  shareInterval,
  toPercent,
} from "../../../src/core/numbers";

/** A decimal string with up to 4 decimals, as printed in reports. */
const printed = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => new Dec(n.toString()).dividedBy(new Dec(10).pow(d)).toFixed(d));
const unit = fc.constantFrom("", "元", "万元", "亿元", "%");

describe("properties", () => {
  it("scale is the product with an exact factor, ends and their closedness included", () => {
    const end = printed.map((v) => new Dec(v));
    const interval = fc
      .tuple(end, end, fc.boolean(), fc.boolean(), fc.boolean())
      .map(([a, b, lc, hc, point]) => {
        const [lo, hi] = a.lessThan(b) ? [a, b] : [b, a];
        return Interval.of(lo, point ? lo : hi, lc, hc);
      });
    const factor = fc.oneof(
      printed.map((v) => new Dec(v)),
      fc.constantFrom(new Dec(0), new Dec("0.01")),
    );
    fc.assert(
      fc.property(interval, factor, (i, f) => {
        expect(i.scale(f).toString()).toBe(i.times(Interval.exact(f)).toString());
      }),
      { numRuns: 2000 },
    );
    const exact = Interval.exact(5);
    expect(exact.scale(-2).toString()).toBe(exact.times(Interval.exact(-2)).toString());
  });

  it("parse → format → parse is stable", () => {
    fc.assert(
      fc.property(printed, unit, (num, u) => {
        const first = parseFigure(num + u);
        const again = parseFigure(formatFigure(first));
        expect(again.value.equals(first.value)).toBe(true);
        expect(again.decimals).toBe(first.decimals);
        expect(again.unit).toBe(first.unit);
      }),
    );
  });

  it("every correctly rounded share is accepted by isConsistent", () => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 0, max: 2 }))
      .map(([n, d]) => ({ value: new Dec(n.toString()).dividedBy(new Dec(10).pow(d)), d }));
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 3 }), (part, extra, pd) => {
        // Any true values; print them rounded as a report would, then check the printed claim.
        const total = part.value.plus(extra.value);
        fc.pre(!total.isZero());
        const claimed = toPercent(share(part.value, total)!, pd);
        const pPart = Interval.printed(roundHalfUp(part.value, part.d), part.d);
        const pTotal = Interval.printed(roundHalfUp(total, part.d), part.d);
        expect(isConsistent(percentInterval(claimed, pd), shareInterval(pPart, pTotal))).toBe(true);
      }),
    );
  });

  it("a printed value always lies in its own interval and its neighbours' do not overlap it", () => {
    fc.assert(
      fc.property(printed, (num) => {
        const f = parseFigure(num);
        const own = Interval.printed(f.value, f.decimals);
        expect(own.contains(f.value)).toBe(true);
        const step = new Dec(10).pow(-f.decimals);
        expect(own.meets(Interval.printed(f.value.plus(step), f.decimals))).toBe(false);
      }),
    );
  });
});
