import { changeVsGrowth } from "../../../src/core/rules/change-vs-growth";
import { runRule, testRule } from "../../support/rule-tester";

const ATTACHMENT = (change: string) =>
  `2020年我局部门总收入为14144926.18元，上年度为12016927.27元，比上年度${change}，增幅18%。`;

/** A 三公 table of budget and actuals, one cell to a line, then the text comparing them. */
const AGAINST_BUDGET = (sentence: string) =>
  [
    "一、2021年度“三公”经费支出决算表",
    "单位:万元",
    ...[
      ...["项目", "预算数", "决算数", "合计", "34.90", "5.21", "因公出国(境)费", "20.00", "0"],
      ...["公务接待费", "14.90", "5.21"],
    ].map((cell) => `${cell} |`),
    "二、2021年度“三公”经费支出情况说明",
    sentence,
  ].join("\n");

testRule(changeVsGrowth, {
  valid: [
    {
      name: "a change against the budget that the table's budget bears out",
      text: AGAINST_BUDGET("公务接待费支出5.21万元，与2021年度预算相比，减少9.69万元。"),
    },
    {
      name: "a budget disclosure's comparison with last year's budget is a prior-year change",
      text: AGAINST_BUDGET("公务接待费支出5.21万元，与2020年度预算相比，减少0.10万元。"),
    },
    {
      name: "the seed's 附件: 14144926.18 − 12016927.27 = 2127998.91",
      text: ATTACHMENT("增加2127998.91元"),
    },
    {
      name: "the seed's 一",
      text: "2020年度收、支总计3190.21万元。与2019年相比，收、支总计各增加1693.77万元，增长113%。",
    },
    {
      name: "a decrease stated as such",
      text: "机关运行经费支出40.94万元，比2019年减少1.52万元，下降4%。",
    },
    {
      name: "template alternatives",
      text: "公务用车购置及运行维护费支出决算比2019年增加/减少0万元，增长/下降0%。",
    },
    {
      name: "a change rounded to 万元 against figures in 元",
      text: "2020年总收入为14144926.18元，上年度为12016927.27元，比上年度增加212.80万元。",
    },
    {
      name: "持平 with a stated prior that prints the same",
      text: "2020年总收入为100.00万元，上年度为100.00万元，与上年持平。",
    },
    {
      name: "持平 with a prior less than half a unit of the amounts away",
      text: "2020年总收入为100万元，上年度为99.6万元，与上年持平。",
    },
  ],
  invalid: [
    {
      name: "this year's and last year's totals in the paragraph before, the change in its own",
      text: "2022年的“三公”经费决算数合计为1000.86万元。2021年的“三公”经费决算数合计为807.95万元。\n2022年“三公”经费决算数相较于上年增加275.76万元，主要原因是：车辆更新。",
      errors: [
        {
          text: "增加275.76万元",
          severity: "warning",
          expected: "192.91万元",
          messageIncludes: "1000.86 − 807.95",
        },
      ],
    },
    {
      name: "a change against the budget that the table contradicts",
      text: AGAINST_BUDGET("公务接待费支出5.21万元，与2021年度预算相比，减少0.10万元。"),
      errors: [{ text: "减少0.10万元", severity: "error", expected: "9.69万元" }],
    },
    {
      name: "无增减 against the budget when the table says 20 less",
      text: AGAINST_BUDGET("因公出国(境)费支出0万元，与2021年度预算相比无增减。"),
      errors: [{ text: "与2021年度预算相比无增减", severity: "error", expected: "减少20万元" }],
    },
    {
      name: "a one-character verb continuing the comparison of the change",
      text: "商品和服务支出较上年减0.04万元，增0.01%。主要原因是：职工教育经费增加。",
      errors: [{ text: "增0.01%", messageIncludes: "减0.04万元" }],
    },
    {
      name: "持平 with a stated prior that differs",
      text: "2020年总收入为100.00万元，上年度为120.00万元，与上年持平。",
      errors: [
        {
          text: "与上年持平",
          expected: "减少20.00万元",
          messageIncludes: ["100.00 − 120.00", "“持平”"],
        },
      ],
    },
    {
      name: "the change is not current − prior",
      text: ATTACHMENT("增加2172998.91元"),
      errors: [
        {
          text: "增加2172998.91元",
          severity: "error",
          expected: "2127998.91元",
          messageIncludes: ["14144926.18 − 12016927.27"],
        },
      ],
    },
    {
      name: "增加 with 下降",
      text: "2020年度收、支总计3190.21万元。与2019年相比，收、支总计各增加1693.77万元，下降113%。",
      errors: [{ text: "下降113%", messageIncludes: ["方向矛盾", "增加1693.77万元"] }],
    },
    {
      name: "a decrease written as an increase",
      text: "2020年总收入为100.00万元，上年度为120.00万元，比上年度增加20.00万元。",
      errors: [{ text: "增加20.00万元", expected: "减少20.00万元" }],
    },
  ],
});

describe("change-vs-growth fix", () => {
  it("turns 与上年持平 into the change, keeping the comparison", () => {
    const text = "2020年总收入为100.00万元，上年度为120.00万元，与上年持平。";
    const [f] = runRule(changeVsGrowth, text);
    expect(text.slice(f.fix!.start, f.fix!.end)).toBe("与上年持平");
    expect(f.fix!.replacement).toBe("比上年减少20.00万元");
  });

  it("replaces the amount of a wrong change", () => {
    const text = ATTACHMENT("增加2172998.91元");
    const [f] = runRule(changeVsGrowth, text);
    expect(text.slice(f.fix!.start, f.fix!.end)).toBe("2172998.91元");
    expect(f.fix!.replacement).toBe("2127998.91元");
  });
});
