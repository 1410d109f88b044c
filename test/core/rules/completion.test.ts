import { Dec } from "../../../src/core/numbers";
import { completion } from "../../../src/core/rules/completion";
import { testRule } from "../../support/rule-tester";

testRule(completion, {
  valid: [
    {
      name: "counts: 19 ÷ 17",
      text: "已有19家通过科技型中小企业入库认定，完成市下达目标17家的111.76%。",
    },
    {
      name: "1929.58 ÷ 1892.28",
      text: "完成技术合同认定金额1929.58万元，完成市下达目标1892.28万元的101.97%。",
    },
    { name: "24亿 ÷ 28亿", text: "完成高新技术主营业务收入24亿元，完成市下达目标28亿元的85.71%。" },
    {
      name: "a budget stated before",
      text: "项目全年预算数60万元，执行数为41万元，完成预算的68%。",
    },
    {
      name: "no target, no judgement",
      text: "2020年“三公”经费财政拨款支出决算为3.26万元，完成预算59%，决算数小于预算数的主要原因是接待费用减少。",
    },
    { name: "等于 at 100%", text: "支出决算为3.22万元，完成预算100%，决算数等于预算数。" },
  ],
  invalid: [
    {
      name: "an amount target",
      text: "完成高新技术主营业务收入24亿元，完成市下达目标28亿元的95.71%。",
      errors: [
        {
          text: "完成市下达目标28亿元的95.71%",
          expected: "85.71%",
          messageIncludes: "24亿元 ÷ 28亿元",
        },
      ],
    },
    {
      name: "a count target",
      text: "已有19家通过科技型中小企业入库认定，完成市下达目标17家的101.76%。",
      errors: [
        {
          text: "完成市下达目标17家的101.76%",
          expected: "111.76%",
          messageIncludes: "19家 ÷ 17家",
        },
      ],
    },
    {
      name: "a budget stated before",
      text: "项目全年预算数60万元，执行数为31万元，完成预算的68%。",
      errors: [{ text: "完成预算的68%", expected: "52%" }],
    },
    {
      name: "the budget of the filled tables",
      text: "2020年一般公共预算财政拨款支出1518.12万元，完成预算90%。",
      options: {
        facts: [
          {
            metric: "gbExpense.total",
            period: "budget",
            value: new Dec("1518.12"),
            cell: { sheet: "预算", cell: "B2" },
          },
        ],
      },
      errors: [{ text: "完成预算90%", expected: "100%" }],
    },
  ],
});
