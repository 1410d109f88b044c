import { tableSum } from "../../../src/core/rules/table-sum";
import { testRule } from "../../support/rule-tester";

/** A 收入对比 table copied out of a web page: one cell to a line, each with its bar. */
const barred = (cells: string[]) => cells.map((c) => `${c} |`).join("\n");
const HEADER = ["项目", "2019年决算", "2020年决算", "增减额", "增减率"];
const INCOME = (grant: string, grantChange: string) =>
  `2020年收入决算情况如下。\n单位：万元\n${barred([
    ...HEADER,
    ...["一、财政拨款收入", "1,200.00", grant, grantChange, "5.00%"],
    ...["一般公共预算拨款", "1,200.00", "1,260.00", "60.00", "5.00%"],
    ...["二、其他收入", "300.00", "240.00", "-60.00", "-20.00%"],
    ...["利息收入", "100.00", "90.00", "-10.00", "-10.00%"],
    ...["租金收入", "200.00", "150.00", "-50.00", "-25.00%"],
    ...["本年收入合计", "1,500.00", "1,500.00", "0.00", "0.00%"],
  ])}\n以上为收入情况。`;

/** A hospital's 总收入 table, one row to a line, with a “其中” list. */
const HOSPITAL = (other: string) =>
  [
    "2020年收支情况如下。",
    "单位:元 |",
    "项目 | 行号 | 本期 | 上年同期 |",
    "1、总收入 | 1 | 1000.50 | 900.00 |",
    `其中:医疗收入 | 2 | 700.25 | 600.00 |`,
    `财政拨款收入 | 3 | 200.00 | 200.00 |`,
    `其他收入 | 4 | ${other} | 100.00 |`,
    "2、总支出 | 5 | 950.00 | 880.00 |",
    "其中:医疗成本 | 6 | 900.00 | 800.00 |",
    "其他支出 | 7 | 50.00 | 80.00 |",
  ].join("\n");

testRule(tableSum, {
  valid: [
    { name: "every row adds up", text: INCOME("1,260.00", "60.00") },
    { name: "a “其中” list closed by 其他 that adds up", text: HOSPITAL("100.25") },
    {
      name: "a “其中” list without 其他 may name only some parts",
      text: HOSPITAL("100.25").replace("其他收入", "科研收入").replace("100.25", "50.00"),
    },
    {
      name: "one breakdown only: the layout cannot be confirmed, so nothing is said",
      text: `对比如下。\n${barred(["项目", "2020年决算", "一、基本支出", "100.00", "人员经费", "60.00", "公用经费", "30.00"])}\n结束。`,
    },
  ],
  invalid: [
    {
      name: "a row above its only sub-row; the 合计 off by the same amount is not reported again",
      text: INCOME("1,323.41", "123.41"),
      errors: [
        {
          text: "1,323.41",
          severity: "warning",
          expected: "1260.00",
          messageIncludes: ["“一、财政拨款收入”", "2020年决算", "相差63.41", "另有1列"],
        },
      ],
    },
    {
      name: "a “其中” list closed by 其他 that does not add up",
      text: HOSPITAL("50.25"),
      errors: [{ text: "1000.50", severity: "warning", messageIncludes: ["950.50", "相差50.00"] }],
    },
    {
      name: "a “其中” list above its row",
      text: HOSPITAL("100.25").replace("其他收入", "科研收入").replace("100.25", "150.25"),
      errors: [{ text: "1000.50", severity: "warning", messageIncludes: ["已超过它50.00"] }],
    },
  ],
});
