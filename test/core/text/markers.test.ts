import {
  formatMarker,
  parseChineseNumeral,
  readMarker,
  toChineseNumeral,
} from "../../../src/core/text";

describe("Chinese numerals", () => {
  it("round-trip 1 … 99", () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it.each([
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["九十九", 99],
  ])("reads %s as %d", (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(["", "零", "十十", "一一", "二十零", "百", "两", "一十一十"])("rejects %j", (s) =>
    expect(parseChineseNumeral(s)).toBeNull(),
  );
});

describe("readMarker", () => {
  const read = (s: string) => readMarker(s, 0, s.length);

  it("reads each style and where its marker ends", () => {
    expect(read("第十一部分 附表")).toMatchObject({
      style: "part",
      ordinal: 11,
      marker: "第十一部分",
    });
    expect(read("（ 二 ）结构")).toMatchObject({
      style: "paren-chinese",
      ordinal: 2,
      markerSpan: { start: 0, end: 5 },
    });
    expect(read("12、事项")).toMatchObject({ style: "arabic", ordinal: 12, marker: "12、" });
    expect(read("(3)办公费")).toMatchObject({ style: "paren-arabic", ordinal: 3 });
  });

  it("is not fooled by figures, years and codes", () => {
    for (const s of [
      "3.26万元",
      "2020年",
      "2011301行政运行",
      "0、零",
      "01.开头",
      "(2020年度)",
      "一是",
      "100、",
    ]) {
      expect(read(s)).toBeNull();
    }
  });

  it("reads at an offset and keeps the original characters", () => {
    const text = "xx１２．标题";
    expect(readMarker(text, 2, text.length)).toEqual({
      style: "arabic",
      ordinal: 12,
      marker: "１２．",
      markerSpan: { start: 2, end: 5 },
    });
  });
});

describe("formatMarker", () => {
  it("writes each style, copying a sibling's punctuation", () => {
    expect(formatMarker("part", 3)).toBe("第三部分");
    expect(formatMarker("chinese", 4)).toBe("四、");
    expect(formatMarker("paren-chinese", 2)).toBe("（二）");
    expect(formatMarker("paren-chinese", 2, "(一)")).toBe("(二)");
    expect(formatMarker("arabic", 1)).toBe("1.");
    expect(formatMarker("arabic", 1, "2、")).toBe("1、");
    expect(formatMarker("arabic", 1, "2．")).toBe("1．");
    expect(formatMarker("paren-arabic", 5)).toBe("（5）");
  });
});
