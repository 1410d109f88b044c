import { segment } from "../../../src/core/text";
import { detectUnitNames } from "../../../src/core/text/unit-name";
import { readSeed } from "../../support/seed";

const names = (text: string) => detectUnitNames(segment(text));

describe("detectUnitNames", () => {
  it("finds the seed's unit from its own sentences and table, with shorter forms", () => {
    expect(names(readSeed())).toEqual([
      "攀枝花市仁和区经济信息化和科学技术局",
      "仁和区经济信息化和科学技术局",
      "经济信息化和科学技术局",
    ]);
  });

  it.each([
    ["a field line", "部门：仁和区总工会\t\t金额单位：万元\n正文。", ["仁和区总工会"]],
    [
      "a describing sentence",
      "仁和区人民医院属二级预算单位，下设科室5个。",
      ["仁和区人民医院", "人民医院"],
    ],
    ["after a time", "2020年，某某县财政局下设股室3个。", ["某某县财政局"]],
    [
      "the title block of an attachment",
      "附件1\n某某县教育局\n2020年部门整体支出绩效评价报告",
      ["某某县教育局"],
    ],
    [
      "a table's 预算单位 cell",
      "正文。\n\t预算单位\n\t某某县民政局\n\t项目名称\n\t养老服务\n",
      ["某某县民政局"],
    ],
  ])("reads %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["a pronoun", "本单位属一级预算单位。我局下设办公室。"],
    ["a definition", "项目支出是指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"],
    ["a unit of measure", "金额单位：万元\n单位：元"],
    ["a name that does not sound like an office", "经济运行调节为区委、区政府部门工作。"],
  ])("reads nothing from %s", (_name, text) => {
    expect(names(text)).toEqual([]);
  });

  it("leaves out the offices it names as its parts", () => {
    const text =
      "某某县民政局下属两个事业单位：一个是某某县养老服务中心；一个是某某县救助管理站。\n" +
      "某某县养老服务中心为全额拨款事业单位。";
    expect(names(text)).toEqual(["某某县民政局"]);
  });
});
