import { budgetExecution } from "../../../src/core/rules/budget-execution";
import { testRule } from "../../support/rule-tester";

testRule(budgetExecution, {
  valid: [
    {
      name: "小于, with the budget and the actual stated",
      text: "“三公”经费年初预算为246万元，支出决算为167.37万元，完成年初预算的68%。决算数小于预算数的主要原因是节约项目经费。",
    },
    {
      name: "大于",
      text: "年初预算为100万元，支出决算为120万元，完成年初预算的120%，决算数大于预算数的主要原因是新增项目。",
    },
    {
      name: "等于 when the printed figures allow it",
      text: "年初预算为3.22万元，支出决算为3.22万元，完成年初预算的100%，决算数等于预算数。",
    },
    {
      name: "only the rate stated",
      text: "2020年“三公”经费财政拨款支出决算为3.26万元，完成预算59%，决算数小于预算数的主要原因是接待费用减少。",
    },
    {
      name: "未超过 allows equality",
      text: "预算数为50万元，决算数为50万元，决算数未超过预算数。",
    },
    {
      name: "the same unit: no unit slip",
      text: "支出预算为494,400.00元，支出决算为115,749.56元，完成预算的23.41%。",
    },
  ],
  invalid: [
    {
      name: "the comparator contradicts the amounts",
      text: "年初预算为246万元，支出决算为167.37万元，完成年初预算的68%。决算数大于预算数的主要原因是节约项目经费。",
      errors: [
        {
          text: "决算数大于预算数",
          expected: "小于",
          messageIncludes: ["预算数246万元", "决算数167.37万元"],
        },
      ],
    },
    {
      name: "等于 where the printed figures differ",
      text: "年初预算为3.22万元，支出决算为3.26万元，决算数等于预算数。",
      errors: [{ text: "决算数等于预算数", expected: "大于" }],
    },
    {
      name: "the comparator contradicts the rate",
      text: "公务接待费支出3.26万元，完成预算59%，决算数大于预算数。",
      errors: [{ text: "决算数大于预算数", messageIncludes: "完成率59%" }],
    },
    {
      name: "a budget in 万元 beside amounts in 元: a unit slip",
      text: "“三公”经费支出预算为494,400.00万元，支出决算为115,749.56元，完成预算的23.41%。其中：因公出国（境）费支出决算为38,069.00元。",
      errors: [
        {
          text: "494,400.00万元",
          severity: "warning",
          messageIncludes: ["单位", "23.41%"],
        },
      ],
    },
  ],
});
