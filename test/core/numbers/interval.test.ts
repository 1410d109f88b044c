import {
  Dec,
  Interval,
  figureInterval,
  growthFromChangeInterval,
  isConsistent,
  parseFigure,
  percentInterval,
  shareInterval,
  sumIntervals,
} from "../../../src/core/numbers";

const p = (value: string, decimals: number) => Interval.printed(value, decimals);

describe("Interval.printed", () => {
  it("1414.49 stands for [1414.485, 1414.495)", () => {
    const i = p("1414.49", 2);
    expect(i.toString()).toBe("[1414.485, 1414.495)");
    expect(i.contains(new Dec("1414.485"))).toBe(true);
    expect(i.contains(new Dec("1414.495"))).toBe(false);
  });

  it("is mirrored for negatives (half away from zero) and open at zero", () => {
    expect(p("-3", 0).toString()).toBe("(-3.5, -2.5]");
    expect(p("0", 2).toString()).toBe("(-0.005, 0.005)");
  });

  it("keeps open ends: 1.00 and 1.01 never overlap", () => {
    expect(p("1.00", 2).meets(p("1.01", 2))).toBe(false);
    expect(p("1.00", 2).meets(p("1.00", 2))).toBe(true);
  });
});

describe("the interval rule on the seed's own cases", () => {
  const total = p("3190.21", 2);

  it("占45% for 1414.49 of 3190.21 is inconsistent (44.34%)", () => {
    expect(isConsistent(percentInterval(45, 0), shareInterval(p("1414.49", 2), total))).toBe(false);
  });

  it("占51% for 1641 of 3190.21 is consistent (51.44%)", () => {
    expect(isConsistent(percentInterval(51, 0), shareInterval(p("1641", 0), total))).toBe(true);
  });

  it("six items rounded to 0.01 summing to 346.59 are consistent with a printed 346.6", () => {
    const items = ["199.93", "3.22", "123.28", "20", "0.08", "0.08"].map((v) => {
      const f = parseFigure(v);
      return figureInterval(f);
    });
    // “20” is printed with 0 decimals: its own interval is ±0.5, which only widens the sum.
    expect(isConsistent(p("346.6", 1), sumIntervals(items))).toBe(true);
    const exactCents = ["199.93", "3.22", "123.28", "20.00", "0.08", "0.08"].map((v) => p(v, 2));
    expect(isConsistent(p("346.6", 1), sumIntervals(exactCents))).toBe(true);
    expect(isConsistent(p("346.7", 1), sumIntervals(exactCents))).toBe(false);
  });

  it("增长113% from an implied prior (1693.77 more, now 3190.21) is consistent", () => {
    const g = growthFromChangeInterval(total, p("1693.77", 2));
    expect(isConsistent(percentInterval(113, 0), g)).toBe(true);
    expect(isConsistent(percentInterval(112, 0), g)).toBe(false);
  });

  it("下降3% for 40.94 after a 1.52 decrease is inconsistent (3.58%)", () => {
    const g = growthFromChangeInterval(p("40.94", 2), p("-1.52", 2));
    expect(isConsistent(percentInterval(-3, 0), g)).toBe(false);
    expect(isConsistent(percentInterval(-4, 0), g)).toBe(true);
  });

  it("a divisor that may be zero decides nothing", () => {
    expect(shareInterval(p("5", 0), p("0", 0))).toBeUndefined();
    expect(isConsistent(percentInterval(45, 0), undefined)).toBe(true);
  });

  it("compares across units: 477.69万元 = 4776919.64元, but 477.57万元 is not", () => {
    const yuan = figureInterval(parseFigure("4776919.64元"));
    expect(figureInterval(parseFigure("477.69万元")).meets(yuan)).toBe(true);
    // The seed's 人员经费: 477.57万元 in section 六, 4776919.64元 (477.69万元) in the attachment.
    expect(figureInterval(parseFigure("477.57万元")).meets(yuan)).toBe(false);
    expect(
      figureInterval(parseFigure("40.95万元")).meets(figureInterval(parseFigure("493397.67元"))),
    ).toBe(false);
  });
});

describe("interval arithmetic", () => {
  it("multiplies across signs and keeps closedness of zero", () => {
    const a = Interval.of(new Dec(-1), new Dec(2), true, false);
    const b = Interval.of(new Dec(3), new Dec(4), false, true);
    const prod = a.times(b);
    expect(prod.lo.toString()).toBe("-4");
    expect(prod.hi.toString()).toBe("8");
    expect(prod.loClosed).toBe(true);
    expect(prod.hiClosed).toBe(false);
    const z = Interval.exact(0).times(b);
    expect(z.toString()).toBe("[0, 0]");
  });

  it("divides by an interval with an open end at zero towards the right infinity", () => {
    const negative = Interval.of(new Dec(-2), new Dec(0), false, false);
    const q = Interval.exact(1).dividedBy(negative)!;
    expect(q.hi.toString()).toBe("-0.5");
    expect(q.lo.isFinite()).toBe(false);
    expect(q.lo.isNegative()).toBe(true);
    // A line that falls from 0.01 to 0.00 fell by 100%: consistent, however it is printed.
    const g = growthFromChangeInterval(p("0.00", 2), p("-0.01", 2));
    expect(isConsistent(percentInterval("-100.00", 2), g)).toBe(true);
  });

  it("rejects an empty interval", () => {
    expect(() => Interval.of(new Dec(2), new Dec(1))).toThrow(RangeError);
  });
});
