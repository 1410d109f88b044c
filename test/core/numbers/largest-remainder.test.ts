import { Dec, largestRemainder } from "../../../src/core/numbers";

const d = (xs: Array<number | string>) => xs.map((x) => new Dec(x));
const str = (xs: Dec[]) => xs.map((x) => x.toString());

describe("largestRemainder (尾差调整)", () => {
  it("gives the missing units to the largest remainders", () => {
    // 44.34 / 51.44 / 4.22 at 0 decimals: floors 44 + 51 + 4 = 99, one unit to 0.44.
    expect(str(largestRemainder(d(["44.338", "51.438", "4.223"]), new Dec(100)))).toEqual([
      "44",
      "52",
      "4",
    ]);
  });

  it("breaks a tie of remainders towards the larger weight (part), then the earlier", () => {
    // Remainders all 1/3: weights decide, not the order of the list.
    const scaled = d(["0.3333333333", "1.3333333333", "98.3333333333"]);
    expect(str(largestRemainder(scaled, new Dec(100), d([1, 4, 295])))).toEqual(["0", "1", "99"]);
    expect(str(largestRemainder(scaled, new Dec(100), d([5, 5, 5])))).toEqual(["1", "1", "98"]);
  });

  it("leaves exact shares alone", () => {
    expect(str(largestRemainder(d([25, 75]), new Dec(100)))).toEqual(["25", "75"]);
  });
});
