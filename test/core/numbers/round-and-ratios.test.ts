import {
  Dec,
  change,
  changeText,
  completion,
  formatPercent,
  growth,
  roundHalfUp,
  share,
  toPercent,
} from "../../../src/core/numbers";

describe("roundHalfUp (Excel ROUND)", () => {
  it.each([
    ["2.675", 2, "2.68"], // a float would give 2.67
    ["-2.5", 0, "-3"],
    ["2.5", 0, "3"],
    ["1.005", 2, "1.01"],
    ["-1.005", 2, "-1.01"],
    ["0.445", 2, "0.45"],
    ["44.5", 0, "45"],
    ["44.4999999999", 0, "44"],
    ["1234.5", -1, "1230"],
    ["1235", -1, "1240"],
    ["-1235", -1, "-1240"],
  ])("ROUND(%s, %i) = %s", (x, d, expected) => {
    expect(roundHalfUp(x, d).toString()).toBe(expected);
  });
});

describe("share / growth / change / completion", () => {
  it("computes the seed's share exactly", () => {
    const s = share("1414.49", "3190.21")!;
    expect(toPercent(s, 2).toString()).toBe("44.34");
    expect(toPercent(s, 0).toString()).toBe("44");
    expect(formatPercent(share("1641", "3190.21")!, 0)).toBe("51%");
  });

  it("has no share of a zero total and no growth from a zero prior", () => {
    expect(share(5, 0)).toBeNull();
    expect(growth(5, 0)).toBeNull();
    expect(completion(5, 0)).toBeNull();
  });

  it("handles negative growth and zero change", () => {
    expect(formatPercent(growth("40.94", "42.46")!, 2)).toBe("-3.58%");
    expect(growth(7, 7)!.isZero()).toBe(true);
    expect(change("3.26", "0.88").toString()).toBe("2.38");
    expect(formatPercent(completion(19, 17)!, 2)).toBe("111.76%");
  });

  it("words a change as the narrative does", () => {
    expect(changeText("1518.12", "1000.04")).toBe("增加518.08万元，增长51.81%");
    expect(changeText("40.94", "42.46")).toBe("减少1.52万元，下降3.58%");
    expect(changeText("3", "3")).toBe("与上年持平");
    expect(changeText("3.261", "3.259")).toBe("与上年持平");
    expect(changeText("5", "0")).toBe("增加5.00万元");
    expect(changeText("40.94", "42.46", "万元", 0)).toBe("减少1.52万元，下降4%");
    expect(changeText("14144926.18", "12016927.27", "元")).toBe("增加2127998.91元，增长17.71%");
  });

  it("uses decimals, not floats", () => {
    expect(share("0.3", "0.1")!.equals(new Dec(3))).toBe(true);
  });
});
