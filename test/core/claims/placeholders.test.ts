import { extractPlaceholders } from "../../../src/core/claims/placeholders";
import { segment } from "../../../src/core/text";
import { readSeed } from "../../support/seed";

const found = (text: string) => {
  const doc = segment(text);
  return extractPlaceholders(doc).map((p) => {
    const span = doc.toSource(p.span);
    return [p.form, text.slice(span.start, span.end), p.options];
  });
};

describe("extractPlaceholders", () => {
  it("finds unchosen alternatives with their options, / or ／, spaced or not", () => {
    expect(found("比上年增加/减少0万元，增长／下降0%，决算数大于 / 小于 / 等于预算数。")).toEqual([
      ["alternative", "增加/减少", ["增加", "减少"]],
      ["alternative", "增长／下降", ["增长", "下降"]],
      ["alternative", "大于 / 小于 / 等于", ["大于", "小于", "等于"]],
    ]);
  });

  it("finds blanks, and reports an alternative and the blank after it apart", () => {
    expect(
      found("占%；为万元；支出 万元；占比％；__万元；＿＿；（ ）万元；()；增加/减少万元。"),
    ).toEqual([
      ["blank", "占%", undefined],
      ["blank", "为万元", undefined],
      ["blank", "支出 万元", undefined],
      ["blank", "占比％", undefined],
      ["blank", "__万元", undefined],
      ["blank", "＿＿", undefined],
      ["blank", "（ ）万元", undefined],
      ["blank", "()", undefined],
      ["alternative", "增加/减少", ["增加", "减少"]],
      ["blank", "万元", undefined],
    ]);
  });

  it("finds markers but not letters in words", () => {
    expect(found("XX单位、xx局、××处、ＸＸ科；XXL、Xbox、2×3。")).toEqual([
      ["marker", "XX", undefined],
      ["marker", "xx", undefined],
      ["marker", "××", undefined],
      ["marker", "ＸＸ", undefined],
    ]);
  });

  it("leaves filled-in text alone", () => {
    expect(
      found(
        "收、支总计各增加1693.77万元，增长113%。金额单位：万元。预算执行情况(万元)。为元旦。收/支。",
      ),
    ).toEqual([]);
  });

  it("gives absolute spans and paragraph indexes in the seed (the 三公 lines)", () => {
    const text = readSeed();
    const doc = segment(text);
    const all = extractPlaceholders(doc);
    expect(all.map((p) => doc.lineCol(p.span.start).line)).toEqual([136, 136, 137, 137]);
    for (const p of all) {
      const para = doc.paragraphs[p.paragraph];
      expect(p.span.start).toBeGreaterThanOrEqual(para.span.start);
      expect(p.span.end).toBeLessThanOrEqual(para.span.end);
    }
  });
});
