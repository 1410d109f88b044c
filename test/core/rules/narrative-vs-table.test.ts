import type { Fact } from "../../../src/core/facts";
import { Dec } from "../../../src/core/numbers";
import { narrativeVsTable } from "../../../src/core/rules/narrative-vs-table";
import { runRule, testRule } from "../../support/rule-tester";

const facts: Fact[] = [
  {
    metric: "income.total",
    period: "current",
    value: new Dec("3190.21"),
    cell: { sheet: "公开01表", cell: "C12" },
  },
  {
    metric: "gbBasic.total",
    period: "current",
    value: new Dec("518.52"),
    cell: { sheet: "公开06表", cell: "B5" },
  },
  {
    metric: "gbExpense.total",
    period: "prior",
    value: new Dec("1000.04"),
    cell: { sheet: "上年", cell: "B2" },
  },
  {
    metric: "gbExpense.total",
    period: "current",
    value: new Dec("1518.12"),
    cell: { sheet: "公开05表", cell: "C6" },
  },
];
const unchanged: Fact[] = [
  { metric: "operatingCost", period: "current", value: new Dec("40.94") },
  { metric: "operatingCost", period: "prior", value: new Dec("40.94") },
];
const changedAfterwards: Fact[] = [
  { metric: "operatingCost", period: "current", value: new Dec("40.94") },
  { metric: "operatingCost", period: "prior", value: new Dec("42.46") },
];
const OPERATING = (rest: string) =>
  `（一）机关运行经费支出情况\n2020年，本单位机关运行经费支出40.94万元。机关运行经费支出${rest}。`;
const GB = (change: string) =>
  `五、一般公共预算财政拨款支出决算情况说明\n2020年一般公共预算财政拨款支出1518.12万元。与2019年相比，一般公共预算财政拨款${change}。`;

testRule(narrativeVsTable, {
  valid: [
    { name: "equal", text: "2020年本年收入合计3190.21万元。", options: { facts } },
    { name: "the same in 元", text: "2020年本年收入合计31902100.00元。", options: { facts } },
    { name: "rounded by the text", text: "2020年本年收入合计3190.2万元。", options: { facts } },
    { name: "no facts, no check", text: "2020年本年收入合计3109.21万元。" },
    {
      name: "a change equal to the tables' current − prior",
      text: GB("增加518.08万元"),
      options: { facts },
    },
    {
      name: "another period is not compared",
      text: "本年收入合计3190.21万元，上年为3000.00万元。",
      options: { facts },
    },
    {
      name: "identical metrics by identity (05 基本支出 = 06 基本支出)",
      text: "五、一般公共预算财政拨款支出决算情况说明\n其中基本支出518.52万元。",
      options: { facts },
    },
    {
      name: "与上年持平 when the tables agree",
      text: OPERATING("与上年持平"),
      options: { facts: unchanged },
    },
    {
      name: "持平 within the precision of the amount (the tables differ by 0.004万元)",
      text: OPERATING("与上年持平"),
      options: {
        facts: [unchanged[0], { ...unchanged[1], value: new Dec("40.936") }],
      },
    },
  ],
  invalid: [
    {
      name: "与上年持平 when the tables say otherwise",
      text: OPERATING("与上年持平"),
      options: { facts: changedAfterwards },
      errors: [
        {
          text: "与上年持平",
          severity: "error",
          expected: "减少1.52万元",
          messageIncludes: ["40.94万元 − 上年42.46万元", "“与上年持平”"],
        },
      ],
    },
    {
      name: "比2019年持平 when the tables say otherwise",
      text: OPERATING("比2019年持平"),
      options: { facts: [changedAfterwards[0], { ...changedAfterwards[1], value: new Dec("40") }] },
      errors: [{ text: "比2019年持平", expected: "增加0.94万元" }],
    },
    {
      name: "a transposition",
      text: "2020年本年收入合计3109.21万元。",
      options: { facts },
      errors: [
        {
          text: "3109.21万元",
          severity: "error",
          expected: "3190.21万元",
          messageIncludes: ["公开01表!C12", "3190.21万元"],
        },
      ],
    },
    {
      name: "identical metrics by identity, differing",
      text: "五、一般公共预算财政拨款支出决算情况说明\n其中基本支出528.52万元。",
      options: { facts },
      errors: [{ text: "528.52万元", expected: "518.52万元", messageIncludes: "公开06表!B5" }],
    },
    {
      name: "a change against the tables' current − prior",
      text: GB("增加581.08万元"),
      options: { facts },
      errors: [
        {
          text: "增加581.08万元",
          expected: "518.08万元",
          messageIncludes: "1518.12万元 − 上年1000.04万元",
        },
      ],
    },
    {
      name: "a change in the wrong direction",
      text: GB("减少518.08万元"),
      options: { facts },
      errors: [{ text: "减少518.08万元", expected: "增加518.08万元" }],
    },
    {
      name: "in an attachment: a warning",
      text: "第四部分 附件\n基本支出为5270317.31元（其中，人员经费4776919.64元）。\n2020年一般公共预算财政拨款基本支出5270317.31元。",
      options: { facts },
      errors: [
        { text: "5270317.31元", occurrence: 1, severity: "warning", expected: "5185200.00元" },
      ],
    },
  ],
});

describe("narrative-vs-table on 持平", () => {
  it("suggests the change, keeping the comparison", () => {
    const text = OPERATING("与2019年持平");
    const [f] = runRule(narrativeVsTable, text, { facts: changedAfterwards });
    expect(text.slice(f.fix!.start, f.fix!.end)).toBe("与2019年持平");
    expect(f.fix!.replacement).toBe("比2019年减少1.52万元");
  });
});

describe("narrative-vs-table related", () => {
  it("points at the cell", () => {
    const [f] = runRule(narrativeVsTable, "2020年本年收入合计3109.21万元。", { facts });
    expect(f.related).toEqual([{ sheet: "公开01表", cell: "C12" }]);
    expect(f.fix?.replacement).toBe("3190.21万元");
  });
});

describe("narrative-vs-table on the counts of the 其他事项 form", () => {
  const counts: Fact[] = [
    {
      metric: "threePublic.reception.batches",
      period: "current",
      value: new Dec(16),
      cell: { sheet: "其他事项", cell: "D22" },
    },
    { metric: "threePublic.reception.people", period: "current", value: new Dec(192) },
  ];

  it("accepts the counts the form holds", () => {
    expect(runRule(narrativeVsTable, "国内公务接待16批次，192人次。", { facts: counts })).toEqual(
      [],
    );
  });

  it("reports a count that differs, pointing at its cell", () => {
    const [f, g] = runRule(narrativeVsTable, "国内公务接待17批次，190人次。", { facts: counts });
    expect([f.text, f.expected, f.related]).toEqual([
      "17批次",
      "16批次",
      [{ sheet: "其他事项", cell: "D22" }],
    ]);
    expect([g.text, g.expected]).toEqual(["190人次", "192人次"]);
  });

  it("leaves counts of things the form does not hold, and bounds, alone", () => {
    const text = "外事接待3批次。国内公务接待16余批次。";
    expect(runRule(narrativeVsTable, text, { facts: counts })).toEqual([]);
  });
});
