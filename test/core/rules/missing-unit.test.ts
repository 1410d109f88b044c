import { missingUnit } from "../../../src/core/rules/missing-unit";
import { runRule, testRule } from "../../support/rule-tester";

const SEED =
  "2020年一般公共预算支出决算数为1518.12，完成调整预算数的100%。其中：\n行政运行（项）: 支出决算为199.93万元。";

testRule(missingUnit, {
  valid: [
    "2020年一般公共预算支出决算数为1518.12万元，完成调整预算数的100%。",
    { name: "approximate figures", text: "已为企业申报补贴资金980万余元。" },
    { name: "counts and years are not amounts", text: "2020年共有车辆0辆，组织专题会议11次。" },
    { name: "a figure without an amount word", text: "全区社会R＆D投入强度达1.2%，得分101.28分。" },
  ],
  invalid: [
    {
      name: "the seed's 五（三）",
      text: SEED,
      errors: [
        { text: "1518.12", severity: "warning", expected: "1518.12万元", messageIncludes: "万元" },
      ],
    },
    {
      name: "万 for 万元",
      text: "累计完成资金争取8416万元，其中，科技扶持资金236万。",
      errors: [{ text: "236万", severity: "info", expected: "236万元" }],
    },
  ],
});

describe("missing-unit fix", () => {
  it("inserts the unit of the surrounding text after the figure", () => {
    const [f] = runRule(missingUnit, SEED);
    expect(f.fix).toEqual({
      start: SEED.indexOf("1518.12") + 7,
      end: SEED.indexOf("1518.12") + 7,
      replacement: "万元",
    });
  });
});
