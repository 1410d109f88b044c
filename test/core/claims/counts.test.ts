import { extractCounts } from "../../../src/core/claims/counts";
import { segment } from "../../../src/core/text";
import { readSeed } from "../../support/seed";

const found = (text: string) =>
  extractCounts(segment(text)).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.value,
    c.counter,
    c.label,
  ]);

describe("extractCounts", () => {
  it("reads counts with their counter words and labels", () => {
    expect(
      found(
        "下设独立编制机构0个，其中行政机构1个，参照公务员法管理的事业机构2个，其他事业机构0个。",
      ),
    ).toEqual([
      ["0个", 0, "个", "下设独立编制机构"],
      ["1个", 1, "个", "行政机构"],
      ["2个", 2, "个", "参照公务员法管理的事业机构"],
      ["0个", 0, "个", "其他事业机构"],
    ]);
  });

  it("prefers the longest counter and keeps brackets inside a label", () => {
    expect(
      found(
        "国内公务接待16批次，192人次。全年安排因公出国（境）团组0次。通用设备0台（套）。活动3场次。",
      ),
    ).toEqual([
      ["16批次", 16, "批次", "国内公务接待"],
      ["192人次", 192, "人次", "国内公务接待"],
      ["0次", 0, "次", "全年安排因公出国（境）团组"],
      ["0台（套）", 0, "台（套）", "通用设备"],
      ["3场次", 3, "场次", "活动"],
    ]);
  });

  it("skips approximate counts, decimals, ordinals and words that only start with a counter", () => {
    expect(
      found(
        "培训1000余人次，发放5000多份，共1.5个，第3次会议，历时3个月，2个项目，人员12人员，共有车辆２辆。",
      ),
    ).toEqual([
      ["2个", 2, "个", "项目"],
      ["２辆", 2, "辆", "共有车辆"],
    ]);
  });

  it("reads no table cells and no headings", () => {
    const text = "正文。\n正文。\n\t培育企业\n\t2家\n\t18家\n一、机构3个\n正文3个。";
    expect(found(text)).toEqual([["3个", 3, "个", "正文"]]);
  });

  it("finds the seed's counts at exact offsets, outside the performance table", () => {
    const text = readSeed();
    const doc = segment(text);
    const counts = extractCounts(doc);
    for (const c of counts) {
      expect(doc.paragraphs[c.paragraph].table).toBeUndefined();
      expect(text.slice(c.span.start, c.span.end)).toMatch(new RegExp(`^${c.value}`));
    }
    const reception = counts.find((c) => c.counter === "批次" && c.value === 16);
    expect(doc.lineCol(reception!.span.start).line).toBe(143);
  });
});
