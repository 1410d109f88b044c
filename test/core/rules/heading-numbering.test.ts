import { headingNumbering } from "../../../src/core/rules/heading-numbering";
import { testRule } from "../../support/rule-tester";

const lines = (...l: string[]) => l.join("\n");
const duty = (n: string, what: string) =>
  `${n}负责${what}工作，协调解决运行中的问题，并及时向区委、区政府提出意见和建议。`;

testRule(headingNumbering, {
  valid: [
    lines(
      "第一部分 部门概况",
      "一、基本职能",
      "二、机构设置",
      "第二部分 说明",
      "一、收入",
      "（一）总体",
      "（二）结构",
      "二、支出",
    ),
    {
      name: "a list of items may restart at 1 (a new list)",
      text: lines(
        "（一）职能。",
        duty("1、", "甲"),
        duty("2、", "乙"),
        "另有：",
        duty("1、", "丙"),
        duty("2、", "丁"),
      ),
    },
    {
      name: "an excerpt may start at any top-level number",
      text: lines("第二部分 说明", "一、收入", "二、支出", "第三部分 名词解释"),
    },
    {
      name: "a line that is not a standard title is not a heading",
      text: lines("一、收入", "评价结论及建议", "二、支出"),
    },
    {
      name: "items number under the heading above them",
      text: lines("（一）甲", duty("1、", "甲"), duty("2、", "乙"), "（二）乙", duty("1、", "丙")),
    },
  ],
  invalid: [
    {
      name: "四、 after 五、 is an error; 五、 itself is not a gap",
      text: lines(
        "一、甲",
        "二、乙",
        "三、丙",
        "五、戊",
        "（一）子",
        "四、丁",
        "（二）子",
        "（三）子",
        "六、己",
      ),
      errors: [
        {
          text: "四、",
          severity: "error",
          messageIncludes: ["“四、”出现在“五、”之后", "out of order"],
        },
      ],
    },
    {
      name: "a repeated number",
      text: lines("一、甲", "二、乙", "二、丙", "三、丁"),
      errors: [
        {
          text: "二、",
          occurrence: 1,
          severity: "error",
          expected: "三、",
          messageIncludes: "重复",
        },
      ],
    },
    {
      name: "a skipped number",
      text: lines("（一）甲", "（三）丙"),
      errors: [
        {
          text: "（三）",
          severity: "warning",
          expected: "（二）",
          messageIncludes: "缺少“（二）”",
        },
      ],
    },
    {
      name: "a standard title without its number",
      text: lines(
        "第二部分 2020年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "收入决算情况说明",
        "三、支出决算情况说明",
      ),
      errors: [
        {
          text: "收入决算情况说明",
          severity: "warning",
          expected: "二、",
          messageIncludes: "缺少编号",
        },
      ],
    },
    {
      name: "an unnumbered part",
      text: lines("第一部分 部门概况", "第二部分 说明", "名词解释", "第四部分 附件"),
      errors: [{ text: "名词解释", expected: "第三部分" }],
    },
    {
      name: "a restart among headings: the parent lost its number",
      text: lines(
        "三、评价",
        "（一）部门预算管理。",
        "（二）结果应用情况。",
        "评价结论及建议",
        "（一）评价结论。正文。",
      ),
      errors: [
        {
          text: "（一）",
          occurrence: 1,
          severity: "warning",
          messageIncludes: "上一级标题可能缺少编号",
        },
      ],
    },
    {
      name: "a list whose first number is missing (五（三）)",
      text: lines(
        "（三）具体情况",
        "一般公共服务（类）商贸事务（款）行政运行（项）: 支出决算为199.93万元，完成预算100%。",
        "2.科学技术（类）技术研究与开发（款）其他（项）: 支出决算为34.51万元，完成调整预算100%。",
        "3.社会保障和就业（类）其他（款）其他（项）: 支出决算为12万元，完成预算100%。",
      ),
      errors: [
        { text: "2.", severity: "warning", expected: "1.", messageIncludes: "编号从“2.”开始" },
      ],
    },
    {
      name: "punctuation unlike the siblings'",
      text: lines("1.甲：指甲。", "2.乙：指乙。", "3、丙：指丙。", "4.丁：指丁。"),
      errors: [{ text: "3、", severity: "info", expected: "3." }],
    },
  ],
});
