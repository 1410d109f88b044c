import { check } from "../../../src/core/check";
import { roleOfHeader } from "../../../src/core/claims/grid-claims";

const findings = (text: string) =>
  check(text).findings.map((f) => `${f.rule}:${f.text}:${f.severity}`);

describe("figures of text tables read as claims", () => {
  it.each([
    ["上年决算数", "prior"],
    ["本年决算数", "current"],
    ["2019年预算", "prior"],
    ["2020年预算", "budget"],
    ["2020年", "current"],
    ["本期", "current"],
    ["上年同期", "prior"],
    ["预算数", "budget"],
    ["决算数", "current"],
    ["增、减金额", "change"],
    ["增加额", "change"],
    ["增、减幅度", "growth"],
    ["2020年比2019年增减%", "growth"],
    ["增长率", "growth"],
    ["行号", "skip"],
    ["2018年", undefined],
    ["项目名称", undefined],
    // Items whose names hold a period's word are items, not periods.
    ["一般公共预算拨款", undefined],
    ["本年收入合计", undefined],
  ])("a header %s is %s (report year 2020)", (header, role) => {
    expect(roleOfHeader(header, 2020)).toBe(role);
  });

  const SIDEWAYS = (rate: string) =>
    [
      "2020年“三公”经费决算情况。",
      "年度 | 公务接待费 | 因公出国(境)费 |",
      "2019年 | 80 | 20 |",
      "2020年 | 60 | 20 |",
      `2020年比2019年增减% | ${rate} | 0 |`,
    ].join("\n");

  it("checks a rate row against the years above it", () => {
    expect(findings(SIDEWAYS("-25.00"))).toEqual([]);
    expect(findings(SIDEWAYS("-20.00"))).toEqual(["growth:-20.00:error"]);
  });

  const COLUMNS = (change: string) =>
    [
      "2020年收支情况如下。",
      "单位:元 |",
      "项目 | 本期 | 上年同期 | 增加额 | 增长率 |",
      `总收入 | 1500000.00 | 1200000.00 | ${change} | 25.00% |`,
      "总支出 | 1100000.00 | 1000000.00 | 100000.00 | 10.00% |",
    ].join("\n");

  it("checks a change column in the table's unit", () => {
    expect(findings(COLUMNS("300000.00"))).toEqual([]);
    expect(findings(COLUMNS("30000.00"))).toContain("change-vs-growth:30000.00:error");
  });

  it("reads years down the side when the items across the top hold 预算 or 本年", () => {
    const text = [
      "2020年度收入决算情况如下，本年收入合计300.00万元。",
      "单位：万元",
      "年度 | 一、财政拨款收入 | 一般公共预算拨款 | 本年收入合计 |",
      "2019年 | 100.00 | 100.00 | 250.00 |",
      "2020年 | 120.00 | 120.00 | 310.00 |",
      "2020年比2019年增减% | 20.00 | 25.00 | 24.00 |",
    ].join("\n");
    expect(findings(text)).toEqual(["metric-conflict:310.00:error", "growth:25.00:error"]);
  });

  it("never calls a table's figure a missing unit", () => {
    const text = COLUMNS("300000.00").replace("单位:元 |\n", "");
    expect(findings(text)).toEqual([]);
  });
});
