import { growth } from "../../../src/core/rules/growth";
import { runRule, testRule } from "../../support/rule-tester";

const ATTACHMENT = (rate: string) =>
  `2020年我局部门总收入为14144926.18元（其中，一般公共预算财政拨款16410000.00元，其他收入0元），上年度为12016927.27元，比上年度增加2127998.91元，${rate}。`;

testRule(growth, {
  valid: [
    "公务接待费2.30万元，较上年减少1.5万元（39.47%）。",
    {
      name: "the seed's 一: the subject in the sentence before",
      text: "2020年度收、支总计3190.21万元。与2019年相比，收、支总计各增加1693.77万元，增长113%。",
    },
    {
      name: "the seed's 五（一）",
      text: "2020年一般公共预算财政拨款支出1518.12万元，占本年支出合计的48%。与2019年相比，一般公共预算财政拨款增加518.08万元，增长52%。",
    },
    {
      name: "the seed's 四: 1717.14 ÷ 1457.23 = 117.84%",
      text: "2020年财政拨款收、支总计3174.37万元。与2019年相比，财政拨款收、支总计各增加1717.14万元，增长118%。",
    },
    {
      name: "the seed's 三公: 2.38 ÷ 0.88 is 270.45%, and 0.88 is itself rounded",
      text: "公务接待费支出3.26万元，完成预算59%。公务接待费支出决算比2019年增加2.38万元，增长270%。",
    },
    { name: "a decrease", text: "机关运行经费支出40.94万元，比2019年减少1.52万元，下降4%。" },
    { name: "a stated prior", text: ATTACHMENT("增幅18%") },
    {
      name: "template alternatives are not rates",
      text: "因公出国（境）支出决算比2019年增加/减少0万元，增长/下降0%。",
    },
    { name: "no subject, no judgement", text: "比上年增长35%。" },
  ],
  invalid: [
    {
      name: "a change that names its quantity, whose amount is in the paragraph before",
      text: "二、“三公”经费预算情况\n2018年“三公”经费预算总额为2.70万元。\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。",
      // Found by its name in another paragraph: likely, not certain — a warning, no fix.
      errors: [{ text: "减幅0.02%", severity: "warning", expected: "2.17%" }],
    },
    {
      name: "a rate in brackets after its change",
      text: "公务接待费2.30万元，较上年减少1.5万元（42.86%），减少的主要原因是压缩接待费开支。",
      errors: [{ text: "42.86%", expected: "39.47%" }],
    },
    {
      name: "减幅 after a one-character verb of a comparison",
      text: "2018年“三公”经费预算总额为2.7万元，比2017年预算数减0.06万元，减幅 0.02%。",
      errors: [{ text: "减幅 0.02%", expected: "2.17%" }],
    },
    {
      name: "the seed's 机关运行经费: 1.52 ÷ 42.46 = 3.58%",
      text: "2020年，仁和区经济信息化和科学技术局机关运行经费支出40.94万元，比2019年减少1.52万元，下降3%。",
      errors: [
        {
          text: "下降3%",
          severity: "error",
          expected: "4%",
          messageIncludes: ["应为下降4%", "3.58%", "截断"],
        },
      ],
    },
    {
      name: "the seed's 附件: (14144926.18 − 12016927.27) ÷ 12016927.27 = 17.71%",
      text: ATTACHMENT("增幅17%"),
      errors: [
        {
          text: "增幅17%",
          severity: "error",
          expected: "18%",
          messageIncludes: ["17.71%", "截断", "truncating"],
        },
      ],
    },
    {
      name: "the wrong direction",
      text: "本年收入合计100.00万元，上年为120.00万元，增长17%。",
      errors: [{ text: "增长17%", expected: "下降17%", messageIncludes: "16.67%" }],
    },
  ],
});

describe("growth fix", () => {
  it("replaces the figure when the direction is right", () => {
    const text = ATTACHMENT("增幅17%");
    const [f] = runRule(growth, text);
    expect(text.slice(f.fix!.start, f.fix!.end)).toBe("17%");
    expect(f.fix!.replacement).toBe("18%");
  });

  it("replaces the wording too when the direction is wrong", () => {
    const text = "本年收入合计100.00万元，上年为120.00万元，增长17%。";
    const [f] = runRule(growth, text);
    expect(text.slice(f.fix!.start, f.fix!.end)).toBe("增长17%");
    expect(f.fix!.replacement).toBe("下降17%");
  });

  it("offers none when the amount was found by its name in another paragraph", () => {
    const text =
      "2018年“三公”经费预算总额为2.70万元。\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。";
    const [f] = runRule(growth, text);
    expect(f.severity).toBe("warning");
    expect(f.fix).toBeUndefined();
  });
});
