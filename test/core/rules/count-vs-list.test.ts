import { countVsList } from "../../../src/core/rules/count-vs-list";
import { testRule } from "../../support/rule-tester";

testRule(countVsList, {
  valid: [
    "下设独立编制机构3个，其中行政机构1个，参照公务员法管理的事业机构2个，其他事业机构0个。",
    "共有公务用车5辆，其中：轿车2辆、越野车1辆。",
    "国内公务接待2批次，10人次，共计支出0.3万元。具体内容包括：A接待费1000元，B接待费1500元，C接待费500元。",
    "下设综合协调组、重点工作（项目）推进组、跟踪问效组3个工作组。",
    "开展督查、暗访3次。",
    "国内公务接待16批次，共计支出3.26万元。",
    "全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元，其他车型0辆、金额0万元。",
  ],
  invalid: [
    {
      name: "the seed: parts exceed the whole",
      text: "仁和区经济信息化和科学技术局属一级预算单位，下设独立编制机构0个，其中行政机构1个，参照公务员法管理的事业机构2个，其他事业机构0个。",
      errors: [
        {
          text: "0个",
          occurrence: 0,
          severity: "error",
          expected: "3个",
          messageIncludes: ["1+2+0=3", "parts exceed the whole"],
        },
      ],
    },
    {
      name: "a breakdown that ends with 其他 must add up",
      text: "共有车辆5辆，其中：执法执勤用车3辆、其他用车1辆。",
      errors: [{ text: "5辆", severity: "error", expected: "4辆" }],
    },
    {
      name: "fewer payments listed than batches",
      text: "国内公务接待16批次，192人次，共计支出0.24万元。具体内容包括：支付A接待费1050元，B接待费1350元。",
      errors: [
        { text: "16批次", severity: "warning", expected: "2批次", messageIncludes: "14批次未列明" },
      ],
    },
    {
      name: "names before the count",
      text: "下设综合协调组、推进组、跟踪问效组4个工作组。",
      errors: [{ text: "4个", severity: "warning", expected: "3个" }],
    },
  ],
});
