import { share } from "../../../src/core/rules/share";
import { runRule, testRule } from "../../support/rule-tester";

const INCOME = (first: string) =>
  `2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占${first}；政府性基金预算财政拨款收入1641万元，占51%；其他收入134.72万元，占4%。`;

testRule(share, {
  valid: [
    { name: "plain rounding", text: INCOME("44%") },
    {
      name: "a named whole found earlier",
      text: "2020年本年支出合计3190.21万元。\n2020年一般公共预算财政拨款支出1518.12万元，占本年支出合计的48%。",
    },
    {
      name: "the vocabulary's denominator (三公 items of the 三公 total)",
      text: "2020年“三公”经费财政拨款支出决算为3.26万元。\n因公出国（境）费支出决算0万元，占0%；公务接待费支出决算3.26万元，占100%。",
    },
    {
      name: "units differ between part and whole",
      text: "2020年部门总收入为14144926.18元（其中，一般公共预算财政拨款收入1414.49万元，占100%）。",
    },
    {
      name: "two-decimal shares",
      text: "2020年本年支出合计3190.21万元，其中：基本支出1590.21万元，占49.85%；项目支出1600万元，占50.15%。",
    },
    { name: "a share with no amount before it is not judged", text: "占45%。" },
  ],
  invalid: [
    {
      name: "the seed: 1414.49 of 3190.21 is 44.34%",
      text: INCOME("45%"),
      errors: [
        {
          text: "占45%",
          severity: "error",
          expected: "44%",
          messageIncludes: [
            "占比应为44%（1414.49 ÷ 3190.21 = 44.34%），文中为45%",
            "should be 44%",
          ],
        },
      ],
    },
    {
      name: "a named whole",
      text: "2020年本年支出合计3190.21万元。\n2020年一般公共预算财政拨款支出1518.12万元，占本年支出合计的47%。",
      errors: [{ text: "占本年支出合计的47%", expected: "48%", messageIncludes: "47.59%" }],
    },
    {
      name: "shares adjusted by largest remainder are one unit off: a warning",
      text: "合计300.00万元，其中：甲100.00万元，占34%；乙100.00万元，占33%；丙100.00万元，占33%。",
      errors: [
        { text: "占34%", severity: "warning", expected: "33%", messageIncludes: "尾差调整" },
      ],
    },
    {
      name: "an adjustment no standard method gives is not trusted",
      text: "合计300.00万元，其中：甲100.00万元，占33%；乙100.00万元，占34%；丙100.00万元，占33%。",
      errors: [{ text: "占34%", severity: "error", expected: "33%" }],
    },
    {
      name: "…unless the user says the shares were adjusted: then only a note",
      text: "合计300.00万元，其中：甲100.00万元，占33%；乙100.00万元，占34%；丙100.00万元，占33%。",
      options: { shareRounding: "largest-remainder" },
      errors: [{ text: "占34%", severity: "info" }],
    },
    {
      name: "with the option, only the share one unit off is softened",
      text: "合计300.00万元，其中：甲100.00万元，占35%；乙100.00万元，占33%；丙100.00万元，占32%。",
      options: { shareRounding: "largest-remainder" },
      errors: [
        { text: "占35%", severity: "error", expected: "33%" },
        { text: "占32%", severity: "info", expected: "33%" },
      ],
    },
  ],
});

describe("share fix", () => {
  it("offers the figure alone as a suggestion", () => {
    const text = INCOME("45%");
    const [f] = runRule(share, text);
    expect(f.fix).toBeDefined();
    const fix = f.fix!;
    expect(text.slice(fix.start, fix.end)).toBe("45%");
    expect(fix.replacement).toBe("44%");
    expect(f.related).toHaveLength(2);
  });
});
