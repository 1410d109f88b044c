import { extractCounts } from "../../../src/core/claims/counts";
import { parseChineseCount, segment } from "../../../src/core/text";
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

  it("skips decimals, ordinals and words that only start with a counter", () => {
    const text =
      "培训1000余人次，发放5000多份，共1.5个，第3次会议，历时3个月，2个项目，人员12人员，共有车辆２辆。";
    expect(found(text)).toEqual([
      ["1000余人次", 1000, "人次", "培训"],
      ["5000多份", 5000, "份", "发放"],
      ["2个", 2, "个", "项目"],
      ["２辆", 2, "辆", "共有车辆"],
    ]);
  });

  it("keeps rough counts as approximate: a bound, never an exact figure", () => {
    const text = "培训1000余人次，接送务工人员50多人次，近20家企业，约30人，十余家，共有车辆２辆。";
    const counts = extractCounts(segment(text));
    expect(
      counts.map((c) => [text.slice(c.span.start, c.span.end), c.approximate ?? false]),
    ).toEqual([
      ["1000余人次", true],
      ["50多人次", true],
      ["20家", true],
      ["30人", true],
      ["十余家", true],
      ["２辆", false],
    ]);
  });

  it("reads counts in Chinese numerals, but not a lone 一, ordinals, idioms or vague words", () => {
    expect(
      found(
        "下属两个事业单位：一个是循环经济促进中心；一个是生产力促进中心。修订制度十二项，接待一百零五人次，二十家企业。二期项目已投产，谋划一批项目，数十家企业，第三次会议，统一个人账户。",
      ),
    ).toEqual([
      ["两个", 2, "个", "下属"],
      ["十二项", 12, "项", "修订制度"],
      ["一百零五人次", 105, "人次", "接待"],
      ["二十家", 20, "家", "企业"],
    ]);
  });

  it("tells targets and the prior year's counts from this year's", () => {
    const text =
      "已有19家通过科技型中小企业入库认定，完成市下达目标17家的111.76%；预计全年完成市下达目标任务3家。上年培育企业2家。";
    const counts = extractCounts(segment(text), { reportYear: 2020 });
    expect(counts.map((c) => [c.value, c.period])).toEqual([
      [19, "current"],
      [17, "budget"],
      [3, "budget"],
      [2, "prior"],
    ]);
  });

  it("says what is counted, in one spelling", () => {
    const text = [
      "仁和区某某局下属两个事业单位。",
      "已有19家通过科技型中小企业入库认定，完成市下达目标17家的111.76%。",
      "其中：科技型中小企业年度评价入库19家；开展高新技术企业培育3家并获得高新技术企业证书。",
      "国内公务接待16批次，192人次。",
      "全年更新购置公务用车0辆，其中：轿车0辆。截至2020年12月底，单位共有公务用车0辆，其中：轿车0辆。",
    ].join("\n");
    const counts = extractCounts(segment(text), { unitNames: ["仁和区某某局"] });
    expect(counts.map((c) => [text.slice(c.span.start, c.span.end), c.counted])).toEqual([
      ["两个", "下属事业单位"],
      ["19家", "科技型中小企业入库"],
      ["17家", undefined],
      ["19家", "科技型中小企业入库"],
      ["3家", "高新技术企业培育"],
      ["16批次", "国内公务接待"],
      ["192人次", "国内公务接待"],
      ["0辆", "更新购置公务用车"],
      ["0辆", "更新购置公务用车/轿车"],
      ["0辆", "单位共有公务用车"],
      ["0辆", "单位共有公务用车/轿车"],
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
      const shown = doc.text
        .slice(c.span.start, c.span.end)
        .replace(c.counter, "")
        .replace(/[余多 ]/g, "");
      expect([shown, /^[0-9]/.test(shown) ? Number(shown) : parseChineseCount(shown)]).toEqual([
        shown,
        c.value,
      ]);
    }
    const reception = counts.find((c) => c.counter === "批次" && c.value === 16);
    expect(doc.lineCol(reception!.span.start).line).toBe(143);
  });
});
