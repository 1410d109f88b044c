import { templateResidue } from "../../../src/core/rules/template-residue";
import { testRule } from "../../support/rule-tester";

testRule(templateResidue, {
  valid: [
    "目录\n一、收入支出决算总体情况说明……………………3\n二、收入决算情况说明.......... 4",
    "主要用于以下方面（详见附表）：一般公共服务支出12万元。",
    "与2019年相比，收、支总计各增加1693.77万元，增长113%。",
    "支出决算为20万元，完成预算100%，决算数等于预算数。",
    "本表金额单位：万元。预算执行情况(万元)。",
    "时间为元旦前后，型号XXL，面积2×3米。",
    "收、支总计各3190.21万元。",
  ],
  invalid: [
    {
      name: "the seed's 三公 residue: zero decides 持平",
      text: "因公出国（境）支出决算比2019年增加/减少0万元，增长/下降0%。",
      errors: [
        {
          text: "增加/减少",
          severity: "error",
          expected: "持平",
          messageIncludes: ["“增加”、“减少”", "0万元"],
        },
        { text: "增长/下降", expected: "持平", messageIncludes: "0%" },
      ],
    },
    {
      name: "a negative figure decides the word",
      text: "比上年增加/减少-5.5万元。",
      errors: [{ text: "增加/减少", expected: "减少5.5万元" }],
    },
    {
      name: "a positive figure does not decide",
      text: "比上年增加／减少12.5万元。",
      errors: [{ text: "增加／减少", messageIncludes: "上年数" }],
    },
    {
      name: "a completion rate below 100% decides 小于",
      text: "“三公”经费财政拨款支出决算为3.26万元，完成预算59%，决算数大于/小于/等于预算数的主要原因是接待费用减少。",
      errors: [{ text: "大于/小于/等于", expected: "小于", messageIncludes: "完成预算59%" }],
    },
    {
      name: "a completion rate above 100% decides 大于",
      text: "支出决算为12万元，完成预算120.5%，决算数大于 / 小于 / 等于预算数。",
      errors: [{ text: "大于 / 小于 / 等于", expected: "大于" }],
    },
    {
      name: "100% printed only suggests 等于",
      text: "支出决算为12万元，完成预算100%，决算数大于/小于/等于预算数。",
      errors: [{ text: "大于/小于/等于", messageIncludes: "若决算数与预算数相同应为“等于”" }],
    },
    {
      name: "blanks",
      text: "其他收入134.72万元，占%。公务接待费支出为万元。收入__万元，支出（ ）万元。",
      errors: [{ text: "占%" }, { text: "为万元" }, { text: "__万元" }, { text: "（ ）万元" }],
    },
    {
      name: "an alternative with a blank after it",
      text: "比上年增加/减少万元。",
      errors: [{ text: "增加/减少" }, { text: "万元" }],
    },
    {
      name: "markers",
      text: "XX单位20xx年度决算，由××局审核。",
      errors: [{ text: "XX", messageIncludes: "占位符" }, { text: "xx" }, { text: "××" }],
    },
    {
      name: "bracketed alternatives",
      text: "因公出国（境）经费0万元，较上年增加（减少）0万元，增长(下降)0%。决算数大于（小于/等于）预算数。",
      errors: [
        { text: "增加（减少）", expected: "持平" },
        { text: "增长(下降)", expected: "持平" },
        { text: "大于（小于/等于）" },
      ],
    },
    {
      name: "alternatives fused into one word",
      text: "支出预算为49.9万元，支出决算为7.69万元，完成预算的15.41%，决算数大小于预算数的主要原因是外出减少。",
      errors: [{ text: "大小于", expected: "小于" }],
    },
    {
      name: "markers and blanks of other templates",
      text: "XXX单位收入XX%，由×××审核，地址【 】，电话＿＿。",
      errors: [
        { text: "XXX" },
        { text: "XX" },
        { text: "×××" },
        { text: "【 】" },
        { text: "＿＿" },
      ],
    },
    {
      name: "the template's notes to the writer",
      text: "公务接待费支出1万元，与上年持平（如持平作持平表述）。政府性基金预算财政拨款支出0万元（不涉及的不列）。",
      errors: [
        { text: "（如持平作持平表述）", messageIncludes: "填写说明" },
        { text: "（不涉及的不列）" },
      ],
    },
    {
      name: "a gap where the reason belongs: a warning",
      text: "与2019年相比，收、支总计各增加1693.77万元，增长113.19%。主要变动原因是……。主要用于：...",
      errors: [
        { text: "……", severity: "warning", messageIncludes: "未填写" },
        { text: "...", severity: "warning" },
      ],
    },
  ],
});
