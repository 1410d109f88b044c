import fc from "fast-check";
import { roundShares } from "../../../src/core/draft";
import { Dec, share, toPercent } from "../../../src/core/numbers";

const d = (xs: Array<string | number>) => xs.map((x) => new Dec(x));
const sum = (xs: readonly Dec[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));
const strings = (xs: Array<Dec | null>) => xs.map((x) => (x === null ? null : x.toFixed(0)));

describe("roundShares", () => {
  it("plain: each share half-up on its own, even when they add to 99", () => {
    const parts = d(["1414.49", "1641", "134.72"]);
    expect(strings(roundShares(parts, sum(parts), 0, "plain"))).toEqual(["44", "51", "4"]);
  });

  it("largest remainder: the missing point goes to the largest remainder", () => {
    const parts = d(["1414.49", "1641", "134.72"]);
    expect(strings(roundShares(parts, sum(parts), 0, "largest-remainder"))).toEqual([
      "44",
      "52",
      "4",
    ]);
  });

  it("largest remainder: equal remainders go to the larger part", () => {
    // 1/3 each of 3 → 33.33…; one point is missing and all remainders are equal: the first wins.
    expect(strings(roundShares(d([1, 1, 1]), new Dec(3), 0, "largest-remainder"))).toEqual([
      "34",
      "33",
      "33",
    ]);
    // 25.5 and 74.5 both have remainder .5 at 0 decimals: nothing is missing after floors 25 + 74 = 99 → one point,
    // to the larger part.
    expect(strings(roundShares(d(["25.5", "74.5"]), new Dec(100), 0, "largest-remainder"))).toEqual(
      ["25", "75"],
    );
  });

  it("falls back to plain rounding when the parts do not add up to the whole", () => {
    const parts = d(["1414.49", "1641"]);
    expect(strings(roundShares(parts, new Dec("3190.21"), 0, "largest-remainder"))).toEqual([
      "44",
      "51",
    ]);
  });

  it("has no share of a zero whole", () => {
    expect(roundShares(d([0, 0]), new Dec(0), 2, "largest-remainder")).toEqual([null, null]);
  });

  it("adds to exactly 100 and stays within one unit of plain rounding (property)", () => {
    const cents = fc
      .bigInt({ min: 0n, max: 10n ** 10n })
      .map((n) => new Dec(n.toString()).dividedBy(100));
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (parts, decimals) => {
          const whole = sum(parts);
          fc.pre(!whole.isZero());
          const adjusted = roundShares(parts, whole, decimals, "largest-remainder") as Dec[];
          expect(sum(adjusted).equals(100)).toBe(true);
          const unit = new Dec(10).pow(-decimals);
          parts.forEach((p, i) => {
            const plain = toPercent(share(p, whole)!, decimals);
            expect(adjusted[i].minus(plain).abs().lessThanOrEqualTo(unit)).toBe(true);
            if (p.isZero()) expect(adjusted[i].isZero()).toBe(true);
          });
        },
      ),
    );
  });
});
