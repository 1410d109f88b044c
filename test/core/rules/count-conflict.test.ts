import { countConflict } from "../../../src/core/rules/count-conflict";
import { runRule, testRule } from "../../support/rule-tester";

/** A performance table pasted with one row per line (tab-separated cells). */
const TABLE = (...rows: string[]) =>
  [
    "一级指标\t三级指标\t预期指标值(包含数字及文字描述)\t实际完成指标值(包含数字及文字描述)",
    ...rows,
  ]
    .map((r) => `\t${r}`)
    .join("\n");

testRule(countConflict, {
  valid: [
    {
      name: "the same count in two sentences",
      text: "已有19家通过科技型中小企业入库认定。\n其中：科技型中小企业年度评价入库19家。",
    },
    {
      name: "prose and table agree",
      text: `已有18家通过科技型中小企业入库认定。\n${TABLE("数量指标\t科技型中小企业评价入库\t18家\t18家")}`,
    },
    {
      name: "an actual count is not compared with a target",
      text: `完成高新技术企业培育2家，预计全年完成市下达目标任务3家。\n${TABLE("数量指标\t培育高新技术企业\t3家\t2家")}`,
    },
    {
      name: "different counter words",
      text: `兑现企业奖补4项。\n${TABLE("数量指标\t兑现企业奖补\t9家\t3家")}`,
    },
    { name: "approximate counts", text: "培训1000余人次。\n开展科技培训，培训998人次。" },
    { name: "different things", text: "开展创业培训300人，开展职业培训189人。" },
    {
      name: "parts of different wholes",
      text: "全年更新购置公务用车1辆，其中：轿车1辆。单位共有公务用车5辆，其中：轿车3辆。",
    },
    {
      name: "an unnamed target",
      text: "已有19家通过科技型中小企业入库认定，完成市下达目标17家的111.76%；预计全年完成市下达目标任务3家。",
    },
    {
      name: "another year's count",
      text: "第二部分 2020年度部门决算情况说明\n2018年认定的高新技术企业5家。\n认定的高新技术企业3家。",
    },
    {
      name: "a Chinese numeral that agrees",
      text: "人员概况：下属两个事业单位。\n机构设置：下属2个事业单位。",
    },
  ],
  invalid: [
    {
      name: "the seed: 19家 in the text, 18家 actual in the performance table",
      text: `一是加大科技企业培育力度。已有19家通过科技型中小企业入库认定。\n${TABLE("数量指标\t科技型中小企业评价入库\t18家\t18家")}`,
      errors: [
        {
          text: "18家",
          occurrence: 1,
          severity: "warning",
          expected: "19家",
          messageIncludes: ["科技型中小企业入库", "表中为18家", "前文为19家"],
        },
      ],
    },
    {
      name: "the seed: 高新技术企业培育3家 against the table's 2家",
      text: `开展高新技术企业培育3家并获得高新技术企业证书。\n${TABLE("数量指标\t培育高新技术企业\t2家\t2家")}`,
      errors: [{ text: "2家", occurrence: 1, severity: "warning", expected: "3家" }],
    },
    {
      name: "targets that disagree",
      text: TABLE("数量指标\t培育高新技术企业\t3家\t2家") + "\n高新技术企业培育目标4家。",
      errors: [{ text: "4家", severity: "warning", expected: "3家", messageIncludes: "目标数" }],
    },
    {
      name: "a Chinese numeral that disagrees",
      text: "人员概况：下属两个事业单位。\n机构设置：下属3个事业单位。",
      errors: [{ text: "3个", expected: "2个" }],
    },
  ],
});

describe("count-conflict findings", () => {
  it("point at the first statement and offer no fix", () => {
    const text = "科技型中小企业年度评价入库19家。\n已有18家通过科技型中小企业入库认定。";
    const [f] = runRule(countConflict, text);
    expect(f.related).toEqual([{ start: text.indexOf("19家"), end: text.indexOf("19家") + 3 }]);
    expect(f.fix).toBeUndefined();
  });

  it("report each later count that differs, once", () => {
    const text =
      "科技型中小企业年度评价入库19家。\n科技型中小企业评价入库18家。\n科技型中小企业入库19家。\n科技型中小企业入库17家。";
    expect(runRule(countConflict, text).map((f) => f.text)).toEqual(["18家", "17家"]);
  });
});
