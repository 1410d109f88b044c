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
  it("divides positive intervals end by end, as the reciprocal product did, only exacter", () => {
    const positive = printed.map((v) => new Dec(v).abs()).filter((v) => v.greaterThan(0));
    const interval = fc
      .tuple(positive, positive, fc.boolean(), fc.boolean())
      .filter(([a, b]) => !a.equals(b))
      .map(([a, b, lc, hc]) =>
        a.lessThan(b) ? Interval.of(a, b, lc, hc) : Interval.of(b, a, lc, hc),
      );
    const viaReciprocal = (a: Interval, b: Interval) =>
      a.times(
        Interval.of(new Dec(1).dividedBy(b.hi), new Dec(1).dividedBy(b.lo), b.hiClosed, b.loClosed),
      );
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const q = a.dividedBy(b)!;
        const r = viaReciprocal(a, b);
        expect([q.loClosed, q.hiClosed]).toEqual([r.loClosed, r.hiClosed]);
        expect(q.lo.minus(r.lo).abs().lessThanOrEqualTo(q.lo.times("1e-35"))).toBe(true);
        expect(q.hi.minus(r.hi).abs().lessThanOrEqualTo(q.hi.times("1e-35"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // 3 ÷ 6 is 0.5, exactly: the reciprocal of 6 is not a short decimal.
    const q = Interval.of(new Dec(3), new Dec(4)).dividedBy(Interval.of(new Dec(5), new Dec(6)))!;
    expect(q.lo.toString()).toBe("0.5");
  });

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
