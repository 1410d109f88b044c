import { enumerationSum } from "../../../src/core/rules/enumeration-sum";
import { testRule } from "../../support/rule-tester";

const FUNDING =
  "截至目前，累计完成资金争取8416万元，其中，山青钒业、三圣机械、睿恩光电工业发展资金980万元；睿恩光电抗疫特别国债1600万元；标准化厂房补助资金600万元；标准化厂房及工业渣场债券资金5000万元；科技扶持资金236万。";
const ITEMS = (classTotal: string) =>
  [
    `2020年一般公共预算财政拨款支出${classTotal}，主要用于以下方面:一般公共服务（类）支出${classTotal}，占100%。`,
    "一般公共服务（类）商贸事务（款）行政运行（项）: 支出决算为199.93万元，完成预算100%。",
    "一般公共服务（类）商贸事务（款）一般行政管理事务（项）:支出决算为3.22万元，完成预算100%。",
    "一般公共服务（类）商贸事务（款）事业运行（项）:支出决算为123.28万元，完成预算100%。",
    "一般公共服务（类）知识产权事务（款）专利试点和产业化推进（项）:支出决算为20万元，完成预算100%。",
    "一般公共服务（类）财政事务（款）信息化建设（项）: 支出决算为0.08万元，完成预算100%。",
    "一般公共服务（类）财政事务（款）财政委托业务支出（项）: 支出决算为0.08万元，完成预算100%。",
  ].join("\n");

testRule(enumerationSum, {
  valid: [
    { name: "the seed's funding total: 980 + 1600 + 600 + 5000 + 236 = 8416", text: FUNDING },
    {
      name: "parts leading the following paragraphs (六、)",
      text: "2020年一般公共预算财政拨款基本支出518.52万元，其中：\n人员经费477.57万元，主要包括：基本工资等。\n日常公用经费40.95万元，主要包括：办公费等。",
    },
    {
      name: "a bare 其中 may list only some parts",
      text: "累计完成资金争取9000万元，其中，工业发展资金980万元；抗疫特别国债1600万元。",
    },
    {
      name: "the seed's 三公, stated across sentences",
      text: "七、“三公”经费财政拨款支出决算情况说明\n2020年“三公”经费财政拨款支出决算为3.26万元，完成预算59%。\n因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算0万元，占0%；公务接待费支出决算3.26万元，占100%。",
    },
    {
      name: "a bracketed breakdown in 元",
      text: "基本支出为5270317.31元（其中，基本支出人员经费4776919.64元，日常公用经费493397.67元）。",
    },
  ],
  invalid: [
    {
      name: "a breakdown the vocabulary knows, across sentences of one chapter (七、)",
      text: "七、“三公”经费财政拨款支出决算情况说明\n（一）总体情况\n2020年“三公”经费财政拨款支出决算为3.26万元，完成预算59%。\n（二）具体情况\n因公出国（境）费支出决算0.50万元，占15%；公务用车购置及运行维护费支出决算0.00万元，占0%；公务接待费支出决算3.26万元，占100%。",
      errors: [{ text: "3.26万元", occurrence: 0, severity: "error", expected: "3.76万元" }],
    },
    {
      name: "the seed's 附件: 总支出 31538486.48 against 基本 + 项目",
      text: "2020年我局部门总支出为31538486.48元：基本支出为5270317.31元（其中，基本支出人员经费4776919.64元，日常公用经费493397.67元）；项目支出16220000.00元。",
      errors: [
        {
          text: "31538486.48元",
          severity: "error",
          expected: "21490317.31元",
          messageIncludes: ["5270317.31 + 16220000.00", "少10048169.17元"],
        },
      ],
    },
    {
      name: "the seed's 五（三）: six items add up to 346.59 under 346.6 (rounding)",
      text: ITEMS("346.6万元"),
      errors: [
        {
          text: "346.6万元",
          occurrence: 1,
          severity: "info",
          expected: "346.59万元",
          messageIncludes: ["199.93 + 3.22 + 123.28 + 20 + 0.08 + 0.08", "尾差"],
        },
      ],
    },
    {
      name: "items well below their class: an item may be missing",
      text: ITEMS("446.6万元"),
      errors: [
        {
          text: "446.6万元",
          occurrence: 1,
          severity: "warning",
          messageIncludes: "可能有分项未在文中列出",
        },
      ],
    },
    {
      name: "a bare 其中 above its total",
      text: "累计完成资金争取8000万元，其中，工业发展资金980万元；抗疫特别国债1600万元；厂房补助资金600万元；债券资金5000万元。",
      errors: [
        { text: "8000万元", severity: "error", expected: "8180万元", messageIncludes: "多180万元" },
      ],
    },
    {
      name: "a breakdown with shares must add up",
      text: "2020年本年支出合计3190.21万元，其中：基本支出1590.21万元，占50%；项目支出1500万元，占47%。",
      errors: [{ text: "3190.21万元", severity: "error", expected: "3090.21万元" }],
    },
  ],
});
