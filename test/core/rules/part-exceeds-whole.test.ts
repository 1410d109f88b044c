import { partExceedsWhole } from "../../../src/core/rules/part-exceeds-whole";
import { testRule } from "../../support/rule-tester";

testRule(partExceedsWhole, {
  valid: [
    "2020年一般公共预算财政拨款基本支出518.52万元（其中，人员经费477.57万元，日常公用经费40.95万元）。",
    {
      name: "a part equal to its whole",
      text: "总收入为1641万元（其中，政府性基金预算财政拨款收入1641.00万元）。",
    },
    {
      name: "rounding can make a part print above its whole",
      text: "合计10万元（其中，甲10.4万元）。",
    },
    {
      name: "containment by the vocabulary, respected",
      text: "公务用车购置及运行维护费支出5.00万元。其中：公务用车购置支出3.00万元。",
    },
  ],
  invalid: [
    {
      name: "the seed's 附件",
      text: "2020年我局部门总收入为14144926.18元（其中，一般公共预算财政拨款16410000.00元，其他收入0元），上年度为12016927.27元。",
      errors: [
        {
          text: "16410000.00元",
          severity: "error",
          expected: "≤ 14144926.18元",
          messageIncludes: ["大于其总额14144926.18元", "larger than its whole"],
        },
      ],
    },
    {
      name: "containment by the vocabulary, in one section",
      text: "公务用车购置及运行维护费支出1.00万元。其中：公务用车购置支出3.00万元。",
      errors: [{ text: "3.00万元" }],
    },
    {
      name: "an item of 五（三） above its class",
      text: "2020年一般公共预算财政拨款支出100万元，主要用于以下方面:住房保障（类）支出41.12万元，占41%。\n住房保障（类）住房改革支出（款）住房公积金（项）:支出决算为51.12万元。",
      errors: [{ text: "51.12万元" }],
    },
  ],
});
