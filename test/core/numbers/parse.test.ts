import {
  Dec,
  FigureParseError,
  convertAmount,
  formatFigure,
  normalizeDigits,
  parseFigure,
  tryParseFigure,
} from "../../../src/core/numbers";

describe("parseFigure", () => {
  it.each([
    ["1414.49万元", "1414.49", 2, "万元"],
    ["14144926.18元", "14144926.18", 2, "元"],
    ["24亿元", "24", 0, "亿元"],
    ["３１９０.２１", "3190.21", 2, null],
    ["３１９０．２１万元", "3190.21", 2, "万元"],
    ["1,234.50", "1234.5", 2, null],
    ["-5", "-5", 0, null],
    ["－5", "-5", 0, null],
    ["45%", "45", 0, "%"],
    ["0.00%", "0", 2, "%"],
    ["59.7%", "59.7", 1, "%"],
    ["45％", "45", 0, "%"],
    ["1641万元", "1641", 0, "万元"],
    ["236万", "236", 0, "万元"],
    [" 8.2万元 ", "8.2", 1, "万元"],
  ])("%s → %s (%i decimals, %s)", (text, value, decimals, unit) => {
    const f = parseFigure(text);
    expect(f.value.equals(new Dec(value))).toBe(true);
    expect(f.decimals).toBe(decimals);
    expect(f.unit).toBe(unit);
    expect(f.text).toBe(text);
  });

  it.each(["", "abc", "12..3", "1,23", "万元", "12万元元", "1e5", "NaN", "Infinity", "１２三"])(
    "rejects %j with a bilingual message",
    (text) => {
      expect(tryParseFigure(text)).toBeNull();
      expect(() => parseFigure(text)).toThrow(FigureParseError);
      try {
        parseFigure(text);
      } catch (e) {
        expect((e as FigureParseError).messageZh).toContain("无法识别");
        expect((e as FigureParseError).message).toContain("Not a number");
      }
    },
  );

  it("normalises full-width forms one unit for one, so offsets survive", () => {
    const text = "收入３１９０．２１万元，占４５％";
    const norm = normalizeDigits(text);
    expect(norm).toBe("收入3190.21万元，占45%");
    expect(norm.length).toBe(text.length);
  });

  it("formats back with its own precision and unit", () => {
    expect(formatFigure(parseFigure("1,234.50"))).toBe("1234.50");
    expect(formatFigure(parseFigure("0.00%"))).toBe("0.00%");
    expect(formatFigure(parseFigure("236万"))).toBe("236万元");
  });
});

describe("convertAmount", () => {
  it("converts exactly between 元, 万元 and 亿元", () => {
    const yuan = new Dec("14144926.18");
    expect(convertAmount(yuan, "元", "万元").toString()).toBe("1414.492618");
    expect(convertAmount(new Dec(24), "亿元", "万元").toString()).toBe("240000");
    expect(convertAmount(new Dec("0.1"), "万元", "元").toString()).toBe("1000");
    expect(convertAmount(new Dec("1414.492618"), "万元", "元").equals(yuan)).toBe(true);
    expect(convertAmount(yuan, "元", "元")).toBe(yuan);
  });
});
