import { extractTableCounts } from "../../../src/core/claims/table-counts";
import { segment } from "../../../src/core/text";
import { readSeed } from "../../support/seed";

const read = (text: string) =>
  extractTableCounts(segment(text)).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.period,
    c.counted,
  ]);

describe("extractTableCounts", () => {
  it("reads the seed's performance table: targets and actuals, by indicator", () => {
    const text = readSeed();
    const doc = segment(text);
    const counts = extractTableCounts(doc);
    expect(
      counts.map((c) => [text.slice(c.span.start, c.span.end), c.value, c.period, c.counted]),
    ).toEqual([
      ["2家", 2, "budget", "高新技术企业培育"],
      ["2家", 2, "current", "高新技术企业培育"],
      ["18家", 18, "budget", "科技型中小企业入库"],
      ["18家", 18, "current", "科技型中小企业入库"],
      ["9家", 9, "budget", "兑现企业奖补政策"],
      ["3家", 3, "current", "兑现企业奖补政策"],
    ]);
    for (const c of counts) expect(doc.paragraphs[c.paragraph].table).toBe(0);
  });

  it("reads a table pasted one row per line", () => {
    const text = [
      "正文。",
      "\t三级指标\t预期指标值\t实际完成指标值",
      "\t培训人员\t200人\t210余人",
      "\t满意度\t满意度≥90%\t满意度≥90%",
      "\t完成时限\t3个月\t3个月",
    ].join("\n");
    expect(read(text)).toEqual([
      ["200人", "budget", "人员培训"],
      ["210余人", "current", "人员培训"],
    ]);
    expect(extractTableCounts(segment(text))[1].approximate).toBe(true);
  });

  it("reads nothing from a table without a target and an actual column", () => {
    expect(read("正文。\n\t项目\t数量\n\t培育企业\t2家\n\t入库企业\t18家")).toEqual([]);
    expect(read("正文。\n\t培育企业\n\t2家\n\t18家")).toEqual([]);
  });
});
