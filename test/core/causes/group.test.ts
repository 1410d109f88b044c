import { causeNote } from "../../../src/core/causes";
import { check } from "../../../src/core/check";
import type { Fact } from "../../../src/core/facts";
import { compareFindings, type Finding } from "../../../src/core/findings";
import { rules as ruleList } from "../../../src/core/rules";
import { Dec } from "../../../src/core/numbers";

/** The table's 一般公共预算财政拨款收入: what the mistyped 1441.49 should have been. */
const TABLE: Fact[] = [
  {
    metric: "income.generalBudget",
    period: "current",
    value: new Dec("1414.49"),
    cell: { sheet: "公开01表", cell: "C6" },
  },
];

/** 1414.49 typed as 1441.49 in a breakdown whose shares and total were computed from 1414.49. */
const INCOME =
  "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1441.49万元，占44.34%；" +
  "政府性基金预算财政拨款收入1641.00万元，占51.44%；其他收入134.72万元，占4.22%。";
/** The same mistyped amount with its prior, change and growth rate computed from 1414.49. */
const GROWTH =
  "2020年一般公共预算财政拨款收入1441.49万元，上年为1000.00万元，比上年增加414.49万元，增长41.45%。";
/** 1600.00 typed as 1660.00: the sum and the second share fail. */
const EXPENSE =
  "2020年本年支出合计3190.21万元，其中：基本支出1590.21万元，占49.85%；项目支出1660.00万元，占50.15%。";

const at = (text: string, s: string) => ({
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
});
const rules = (fs: readonly Finding[]) => fs.map((f) => f.rule);

describe("findings grouped by cause", () => {
  it("one mistyped amount: the table's finding names it and keeps its fix; share and sum follow", () => {
    const { findings, groups } = check(INCOME, { facts: TABLE });
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g.figure).toEqual({ ...at(INCOME, "1441.49万元"), text: "1441.49万元" });
    expect(g.expected).toBe("1414.49万元");
    const primary = findings[g.primary];
    expect(primary).toMatchObject({
      rule: "narrative-vs-table",
      text: "1441.49万元",
      cause: { group: 1, role: "primary", size: 3, expected: "1414.49万元" },
      fix: { ...at(INCOME, "1441.49万元"), replacement: "1414.49万元" },
    });
    expect(primary.cause?.fixWithheld).toBeUndefined();
    const followers = g.followers.map((i) => findings[i]);
    expect(rules(followers).sort()).toEqual(["enumeration-sum", "share"]);
    for (const f of followers) {
      expect(f.cause).toMatchObject({ group: 1, role: "follows", figure: g.figure, size: 3 });
      expect(f.fix).toBeUndefined();
    }
    // The share's fix (45.18%, from 1441.49) would have added an error: withheld, and said so.
    const share = followers.find((f) => f.rule === "share")!;
    expect(share.message).toContain("45.18%");
    expect(share.cause?.fixWithheld).toBe(true);
  });

  it("keeps every finding the rules made: grouping marks them and withdraws fixes, nothing else", () => {
    const text = `${INCOME}\n${GROWTH}\n${EXPENSE}`;
    const options = { facts: TABLE };
    const { doc, claims, findings } = check(text, options);
    const raw = ruleList.flatMap((r) => r.check({ doc, claims, options })).sort(compareFindings);
    const strip = ({ cause: _c, fix: _f, ...rest }: Finding) => rest;
    expect(findings.map(strip)).toEqual(raw.map(strip));
    findings.forEach((f, i) => {
      if (f.fix) expect(f.fix).toEqual(raw[i].fix);
      else if (raw[i].fix) expect(f.cause?.fixWithheld).toBe(true);
    });
    expect(findings.filter((f) => f.cause).length).toBeGreaterThanOrEqual(7);
  });

  it("withholds the growth rate's and the change's fixes computed from the mistyped amount", () => {
    const { findings, groups } = check(GROWTH, { facts: TABLE });
    expect(groups).toHaveLength(1);
    expect(findings[groups[0].primary].rule).toBe("narrative-vs-table");
    const followers = groups[0].followers.map((i) => findings[i]);
    expect(rules(followers)).toEqual(["change-vs-growth", "growth"]);
    for (const f of followers) {
      expect(f.fix).toBeUndefined();
      expect(f.cause).toMatchObject({ role: "follows", fixWithheld: true });
    }
  });

  it("finds the cause without a table: the sum gives the value, the share follows", () => {
    const { findings, groups } = check(EXPENSE);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      figure: { ...at(EXPENSE, "1660.00万元"), text: "1660.00万元" },
      expected: "1600.00万元",
    });
    // No finding is about 1660.00 itself: the first in the text names it, without a fix.
    expect(rules([findings[groups[0].primary]])).toEqual(["enumeration-sum"]);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
    expect(findings.find((f) => f.rule === "share")?.cause?.fixWithheld).toBe(true);
  });

  it("a mistyped amount copied into another sentence: its share, sum, change and growth rate follow", () => {
    const text = `${INCOME}\n${GROWTH}`;
    const { findings, groups } = check(text);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g.figure.text).toBe("1441.49万元");
    expect(g.others).toEqual(
      [{ ...at(text.slice(INCOME.length), "1441.49万元"), text: "1441.49万元" }].map((o) => ({
        ...o,
        start: o.start + INCOME.length,
        end: o.end + INCOME.length,
      })),
    );
    expect(g.expected).toBe("1414.49万元");
    const grouped = [g.primary, ...g.followers].map((i) => findings[i]);
    expect(rules(grouped).sort()).toEqual([
      "change-vs-growth",
      "enumeration-sum",
      "growth",
      "share",
    ]);
    // Every fix there was computed from 1441.49: none is offered.
    expect(grouped.every((f) => f.fix === undefined)).toBe(true);
    expect(grouped.filter((f) => f.cause?.fixWithheld)).toHaveLength(3);
  });

  it("two independent mistyped amounts make two groups", () => {
    const text = `${GROWTH}\n${EXPENSE}`;
    const { findings, groups } = check(text, { facts: TABLE });
    expect(groups.map((g) => g.figure.text)).toEqual(["1441.49万元", "1660.00万元"]);
    expect(groups.map((g) => g.id)).toEqual([1, 2]);
    expect(findings.filter((f) => f.cause?.group === 1)).toHaveLength(3);
    expect(findings.filter((f) => f.cause?.group === 2)).toHaveLength(2);
  });

  it("does not blame an amount that a relation which holds confirms", () => {
    // Both shares are wrong, and both were computed from 100: but 60 + 40 = 100 holds,
    // so 100 is not in doubt; the shares are the errors, each with its own fix.
    const text =
      "2020年本年收入合计100.00万元，其中：财政拨款收入60.00万元，占50%；其他收入40.00万元，占50%。";
    const { findings, groups } = check(text);
    expect(rules(findings)).toEqual(["share", "share"]);
    expect(groups).toEqual([]);
    expect(findings.every((f) => f.fix && !f.cause)).toBe(true);
  });

  it("does not group unrelated findings, nor findings whose shared figure no one value explains", () => {
    // The share is wrong by itself (1414.49 is confirmed by the sum); the heading is unrelated.
    const text =
      "二、收入决算情况说明\n2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占45%；" +
      "政府性基金预算财政拨款收入1641.00万元，占51%；其他收入134.72万元，占4%。\n一、支出决算情况说明\n" +
      "2020年一般公共预算财政拨款收入1441.49万元。";
    const { findings, groups } = check(text);
    expect(rules(findings)).toEqual(
      expect.arrayContaining(["share", "metric-conflict", "heading-numbering"]),
    );
    expect(groups).toEqual([]);
    expect(findings.some((f) => f.cause)).toBe(false);
  });

  it("says the same thing in both languages", () => {
    const { findings } = check(INCOME, { facts: TABLE });
    const primary = findings.find((f) => f.cause?.role === "primary")!;
    const share = findings.find((f) => f.rule === "share")!;
    expect(causeNote(primary, "zh")).toBe(
      "第1组的共同原因：“1441.49万元”可能有误，应为“1414.49万元”；另有2个问题由它引起，改正后随之消失",
    );
    expect(causeNote(share, "zh")).toBe(
      "由“1441.49万元”引起（第1组）：改正该数字后本问题随之消失；原修正建议由该数字算出，已撤回",
    );
    expect(causeNote(primary, "en")).toContain(
      "“1441.49万元” is likely wrong (should be “1414.49万元”)",
    );
    expect(causeNote(share, "en")).toMatch(/^Follows from “1441\.49万元” \(group 1\).*withheld$/);
    expect(causeNote(findings.find((f) => !f.cause) ?? ({} as Finding), "zh")).toBe("");
  });
});
