import { reportYear } from "../../../src/core/rules/report-year";
import { testRule } from "../../support/rule-tester";

const lines = (...l: string[]) => l.join("\n");

testRule(reportYear, {
  valid: [
    lines(
      "第二部分 2020年度部门决算情况说明",
      "2020年本年收入合计3190.21万元。与2019年相比，收、支总计各增加1693.77万元。",
      "2019年决算数为100万元。",
      "2021年预算安排100万元。",
      "2021年部门预算已编制完成。",
      "截至2020年12月31日，共有车辆0辆。",
    ),
    { text: "2021年一般公共预算财政拨款支出预计为100万元。", options: { reportYear: 2020 } },
    {
      name: "one project, one year",
      text: lines(
        "对2020年区级引导资金开展评估。",
        "\t项目名称",
        "\t2020年区级引导资金",
        "\t预算单位",
      ),
      options: { reportYear: 2020 },
    },
    { name: "no year known, nothing to compare", text: "本年收入合计3190.21万元。" },
  ],
  invalid: [
    {
      name: "actuals (决算) of a later year, report year given",
      text: "2021年一般公共预算财政拨款支出决算为1518.12万元。",
      options: { reportYear: 2020 },
      errors: [
        {
          text: "2021年",
          severity: "error",
          expected: "2020年",
          messageIncludes: "决算年度为2020年",
        },
      ],
    },
    {
      name: "actuals of an earlier year, report year from the title",
      text: lines("第二部分 2020年度部门决算情况说明", "2018年本年收入合计3190.21万元。"),
      errors: [{ text: "2018年", severity: "warning", expected: "2020年" }],
    },
    {
      name: "a year-end holding dated the prior year",
      text: "截至2019年12月31日，共有车辆0辆。",
      options: { reportYear: 2020 },
      errors: [{ text: "2019年", severity: "warning", expected: "2020年" }],
    },
    {
      name: "the seed: one project dated 2021 in the text and 2020 in the table",
      text: lines(
        "本单位组织对2021年区级应用技术研究与开发经费、区级创新创业引导资金项目开展了预算事前绩效评估。",
        "\t项目名称",
        "\t2020年区级应用技术研究与开发经费、区级创新创业引导资金项目",
        "\t预算单位",
      ),
      options: { reportYear: 2020 },
      errors: [
        {
          text: "2021年区级应用技术研究与开发经费",
          severity: "warning",
          expected: "2020年区级应用技术研究与开发经费",
          messageIncludes: "同一项目",
        },
      ],
    },
  ],
});
