import { metricConflict } from "../../../src/core/rules/metric-conflict";
import { runRule, testRule } from "../../support/rule-tester";

const BODY = "第二部分 2020年度部门决算情况说明\n六、一般公共预算财政拨款基本支出决算情况说明\n";
const ATTACHMENT = "第四部分 附件\n二、部门财政资金收支情况\n";
/** A 三公 table that states no unit, years down its side, as web pages print it. */
const SANGONG_TABLE = (purchase: string) =>
  [
    "2020年公务接待费120万元，公务用车购置费40万元。",
    "2020年决算数与2019年决算数对比情况",
    "年度 | 公务接待费 | 车辆购置 |",
    "2019年 | 130 | 50 |",
    `2020年 | 120 | ${purchase} |`,
  ].join("\n");

testRule(metricConflict, {
  valid: [
    {
      name: "the same amount in 万元 and in 元",
      text: `${BODY}人员经费477.57万元，主要包括：基本工资等。\n${ATTACHMENT}基本支出人员经费4775700.00元。`,
    },
    {
      name: "机关运行经费 and 日常公用经费 are two metrics",
      text: "日常公用经费40.95万元。\n机关运行经费支出40.94万元。",
    },
    { name: "a rounded repetition", text: "公务接待费支出3.26万元。\n2、公务接待32552.00元。" },
    {
      name: "unknown labels are never compared",
      text: "市科技局到仁和调研接待费1000元，市科技局到仁和调研接待费559元。",
    },
    {
      name: "a prior-year figure is another period",
      text: "本年收入合计100.00万元，上年为120.00万元。\n本年收入合计100.00万元。",
    },
    {
      name: "the parts of last year's total are last year's, though their labels name no year",
      text: "2020年“三公”经费决算数合计为100.00万元，其中：公务接待费40.00万元、公务用车购置费60.00万元。2019年“三公”经费决算数合计为90.00万元，其中：公务接待费30.00万元、公务用车购置费60.00万元。",
    },
    {
      name: "a table without a unit agrees in some unit (1200000 元 = 120万元)",
      text: SANGONG_TABLE("40").replace("| 120 |", "| 1200000 |"),
    },
  ],
  invalid: [
    {
      name: "a table without a unit that agrees in no unit (车辆购置 = 公务用车购置费)",
      text: SANGONG_TABLE("41"),
      errors: [{ text: "41", severity: "error", expected: "40万元" }],
    },
    {
      name: "within the 说明: an error",
      text: `${BODY}2020年一般公共预算财政拨款基本支出518.52万元。\n2020年一般公共预算财政拨款基本支出528.52万元。`,
      errors: [{ text: "528.52万元", severity: "error", expected: "518.52万元" }],
    },
    {
      name: "the seed's 日常公用经费 against the attachment: a warning",
      text: `${BODY}日常公用经费40.95万元，主要包括：办公费等。\n${ATTACHMENT}日常公用经费493397.67元。`,
      errors: [
        {
          text: "493397.67元",
          severity: "warning",
          expected: "40.95万元",
          messageIncludes: ["合49.34万元", "附件的口径可能不同"],
        },
      ],
    },
    {
      name: "the seed's 基本支出 against the attachment",
      text: `${BODY}2020年一般公共预算财政拨款基本支出518.52万元。\n${ATTACHMENT}2020年我局部门总支出为5270317.31元：基本支出为5270317.31元。`,
      errors: [
        {
          text: "5270317.31元",
          occurrence: 1,
          severity: "warning",
          messageIncludes: "合527.03万元",
        },
      ],
    },
    {
      name: "an indicator truncated: info",
      text: "完成技术合同认定金额1929.58万元。\n技术合同交易认定1929万元。",
      errors: [{ text: "1929万元", severity: "info", messageIncludes: "截断" }],
    },
    {
      name: "an indicator stated differently: a warning",
      text: "完成高新技术主营业务收入24亿元。\n完成高新技术产业主营业务收入29亿元。",
      errors: [{ text: "29亿元", severity: "warning", expected: "24亿元" }],
    },
  ],
});

describe("metric-conflict related", () => {
  it("points at the first statement", () => {
    const text = "完成高新技术主营业务收入24亿元。\n完成高新技术产业主营业务收入29亿元。";
    const [f] = runRule(metricConflict, text);
    const [related] = f.related as Array<{ start: number; end: number }>;
    expect(text.slice(related.start, related.end)).toBe("24亿元");
  });
});
