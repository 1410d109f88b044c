import { extractClaims } from "../../../src/core/claims/extract";
import type { Claim } from "../../../src/core/claims/types";
import { segment } from "../../../src/core/text";
import { readSeed } from "../../support/seed";

function claimsOf(text: string): {
  text: string;
  claims: Claim[];
  at: (c: { span: { start: number; end: number } }) => string;
} {
  const claims = extractClaims(segment(text));
  return { text, claims, at: (c) => text.slice(c.span.start, c.span.end) };
}

function only<K extends Claim["kind"]>(
  claims: Claim[],
  kind: K,
): Array<Extract<Claim, { kind: K }>> {
  return claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

describe("extractClaims", () => {
  it("numbers claims by their index", () => {
    const { claims } = claimsOf(
      "2020年本年收入合计3190.21万元，其中：其他收入134.72万元，占4%。国内公务接待16批次。增加/减少0万元",
    );
    claims.forEach((c, i) => expect(c.id).toBe(i));
    expect(new Set(claims.map((c) => c.kind))).toEqual(
      new Set(["amount", "share", "enumeration", "count", "placeholder"]),
    );
  });

  describe("amounts", () => {
    it("reads the label before the figure, its metric and period", () => {
      const { claims, at } = claimsOf(
        "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占45%。",
      );
      const [total, part] = only(claims, "amount");
      expect(at(total)).toBe("3190.21万元");
      expect(total.label).toBe("2020年本年收入合计");
      expect(total.metric).toBe("income.total");
      expect(total.period).toBe("current");
      expect(total.figure.value.toString()).toBe("3190.21");
      expect(total.figure.decimals).toBe(2);
      expect(total.figure.unit).toBe("万元");
      expect(part.label).toBe("一般公共预算财政拨款收入");
      expect(part.metric).toBe("income.generalBudget");
    });

    it("reads a label that opens with the unit's name the text gives", () => {
      const body = "（一）机关运行经费支出情况\n2020年，仁和区总工会机关运行经费支出12.00万元。";
      const named = only(claimsOf(`部门：仁和区总工会\n${body}`).claims, "amount");
      expect(named.map((a) => a.metric)).toEqual(["operatingCost"]);
      // Without the text's evidence, 工会 is not known to be the unit: no guess.
      expect(only(claimsOf(body).claims, "amount").map((a) => a.metric)).toEqual([undefined]);
    });

    it("tells prior and budget figures from this year's", () => {
      const { claims } = claimsOf(
        "2020年部门总收入为14144926.18元，上年度为12016927.27元。项目全年预算数60万元，执行数为41万元。完成市下达目标28亿元的85.71%。",
      );
      expect(only(claims, "amount").map((a) => a.period)).toEqual([
        "current",
        "prior",
        "budget",
        "current",
        "budget",
      ]);
    });

    it("reads the year before the report year as prior", () => {
      const { claims } = claimsOf(
        "2020年收入合计10万元。2020年支出合计10万元。2019年本年收入合计8万元。",
      );
      expect(only(claims, "amount").map((a) => a.period)).toEqual(["current", "current", "prior"]);
    });

    it("takes the paragraph's lead for a generic label (五（三）)", () => {
      const { claims } = claimsOf(
        "一般公共服务（类）商贸事务（款）行政运行（项）: 支出决算为199.93万元，完成预算100%。",
      );
      const [a] = only(claims, "amount");
      expect(a.label).toBe("一般公共服务（类）商贸事务（款）行政运行（项）");
      expect(a.metric).toBe("gbExpense.item.2011301");
    });

    it("reads a figure without a unit only after words that announce an amount", () => {
      const { claims, at } = claimsOf(
        "2020年一般公共预算支出决算数为1518.12，完成调整预算数的100%。附件1。得分101.28分。",
      );
      const amounts = only(claims, "amount");
      expect(amounts.map(at)).toEqual(["1518.12"]);
      expect(amounts[0].figure.unit).toBeNull();
      expect(amounts[0].metric).toBe("gbExpense.total");
    });

    it("skips dates, ranges, list markers and ordinals", () => {
      const { claims } = claimsOf(
        "截至2020年12月31日，完成35-110千伏输电线路更换。1、第3批资金。2.科学技术（类）支出5万元。",
      );
      expect(only(claims, "amount").map((a) => a.figure.text)).toEqual(["5万元"]);
    });

    it("marks approximate amounts", () => {
      const { claims } = claimsOf("已为企业申报补贴资金980万余元。");
      const [a] = only(claims, "amount");
      expect(a.figure.text).toBe("980万");
      expect(a.approximate).toBe(true);
    });

    it("keeps offsets with full-width digits", () => {
      const { claims, at } = claimsOf("本年收入合计３１９０．２１万元，占４５％。");
      expect(claims.filter((c) => c.kind !== "count").map(at)).toEqual([
        "３１９０．２１万元",
        "占４５％",
      ]);
    });
  });

  describe("shares", () => {
    it("links the part before and the enumeration's total", () => {
      const { claims, at } = claimsOf(
        "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占45%；其他收入134.72万元，占4%。",
      );
      const shares = only(claims, "share");
      expect(shares.map(at)).toEqual(["占45%", "占4%"]);
      expect(at(claims[shares[0].part!])).toBe("1414.49万元");
      expect(at(claims[shares[0].whole!])).toBe("3190.21万元");
      expect(at(claims[shares[1].part!])).toBe("134.72万元");
    });

    it("links a named whole, even one stated in another section", () => {
      const { claims, at } = claimsOf(
        "2020年本年支出合计3190.21万元。\n2020年一般公共预算财政拨款支出1518.12万元，占本年支出合计的48%。",
      );
      const [s] = only(claims, "share");
      expect(at(s)).toBe("占本年支出合计的48%");
      expect(s.wholeLabel).toBe("本年支出合计");
      expect(s.wholeMetric).toBe("expense.total");
      expect(at(claims[s.whole!])).toBe("3190.21万元");
    });

    it("does not guess a named whole it cannot resolve", () => {
      const { claims } = claimsOf("本年收入合计100万元。某项支出10万元，占某某合计的10%。");
      expect(only(claims, "share")[0].whole).toBeUndefined();
    });

    it("takes the vocabulary's denominator when no total is in the sentence", () => {
      const { claims, at } = claimsOf(
        "“三公”经费财政拨款支出决算为3.26万元。因公出国（境）费支出决算0万元，占0%。",
      );
      const [s] = only(claims, "share");
      expect(s.wholeMetric).toBe("threePublic.total");
      expect(at(claims[s.whole!])).toBe("3.26万元");
    });
  });

  describe("changes and growth", () => {
    const TEXT =
      "2020年度收、支总计3190.21万元。与2019年相比，收、支总计各增加1693.77万元，增长113%。";

    it("spans the wording with its figure and links subject and change", () => {
      const { claims, at } = claimsOf(TEXT);
      const [change] = only(claims, "change");
      const [growth] = only(claims, "growth");
      expect(at(change)).toBe("增加1693.77万元");
      expect(change.direction).toBe(1);
      expect(change.metric).toBe("income.grandTotal");
      expect(at(claims[change.subject!])).toBe("3190.21万元");
      expect(at(growth)).toBe("增长113%");
      expect(growth.change).toBe(change.id);
      expect(growth.subject).toBe(change.subject);
    });

    it("links a stated prior and names it after the subject", () => {
      const { claims, at } = claimsOf(
        "2020年我局部门总收入为14144926.18元（其中，一般公共预算财政拨款16410000.00元），上年度为12016927.27元，比上年度增加2127998.91元，增幅17%。",
      );
      const [change] = only(claims, "change");
      const [growth] = only(claims, "growth");
      expect(at(growth)).toBe("增幅17%");
      expect(at(claims[growth.subject!])).toBe("14144926.18元");
      expect(at(claims[growth.prior!])).toBe("12016927.27元");
      expect(change.prior).toBe(growth.prior);
    });

    it("reads decreases", () => {
      const { claims, at } = claimsOf("机关运行经费支出40.94万元，比2019年减少1.52万元，下降3%。");
      const [change] = only(claims, "change");
      const [growth] = only(claims, "growth");
      expect([at(change), change.direction, at(growth), growth.direction]).toEqual([
        "减少1.52万元",
        -1,
        "下降3%",
        -1,
      ]);
      expect(change.metric).toBe("operatingCost");
    });

    it("finds the subject by the change's label across sentences", () => {
      const { claims, at } = claimsOf(
        "公务接待费支出3.26万元，完成预算59%。公务接待费支出决算比2019年增加2.38万元，增长270%。",
      );
      const [change] = only(claims, "change");
      expect(at(claims[change.subject!])).toBe("3.26万元");
    });

    it("leaves template alternatives to the placeholder claims", () => {
      const { claims } = claimsOf("因公出国（境）支出决算比2019年增加/减少0万元，增长/下降0%。");
      expect(only(claims, "change")).toEqual([]);
      expect(only(claims, "growth")).toEqual([]);
      expect(only(claims, "amount")).toEqual([]);
      expect(only(claims, "placeholder").length).toBeGreaterThan(0);
    });
  });

  describe("completion", () => {
    it("reads a target inside the wording", () => {
      const { claims, at } = claimsOf(
        "完成高新技术主营业务收入24亿元，完成市下达目标28亿元的85.71%。",
      );
      const [c] = only(claims, "completion");
      expect(at(c)).toBe("完成市下达目标28亿元的85.71%");
      expect(at(claims[c.actual!])).toBe("24亿元");
      expect(at(claims[c.target!])).toBe("28亿元");
    });

    it("reads count targets", () => {
      const { claims, at } = claimsOf(
        "已有19家通过科技型中小企业入库认定，完成市下达目标17家的111.76%。",
      );
      const [c] = only(claims, "completion");
      expect(claims[c.actual!].kind).toBe("count");
      expect(at(claims[c.actual!])).toBe("19家");
      expect(at(claims[c.target!])).toBe("17家");
    });

    it("takes a budget stated before as the target", () => {
      const { claims, at } = claimsOf("项目全年预算数60万元，执行数为41万元，完成预算的68%。");
      const [c] = only(claims, "completion");
      expect(at(c)).toBe("完成预算的68%");
      expect(at(claims[c.actual!])).toBe("41万元");
      expect(at(claims[c.target!])).toBe("60万元");
    });

    it("has no target when none is written", () => {
      const { claims, at } = claimsOf("2020年“三公”经费财政拨款支出决算为3.26万元，完成预算59%。");
      const [c] = only(claims, "completion");
      expect(at(c)).toBe("完成预算59%");
      expect(at(claims[c.actual!])).toBe("3.26万元");
      expect(c.target).toBeUndefined();
    });
  });

  describe("enumerations", () => {
    it("reads 其中 lists, one part per ；-item", () => {
      const { claims, at } = claimsOf(
        "累计完成资金争取8416万元，其中，工业发展资金980万元；国债1600万元，另有配套资金20万元；科技扶持资金236万。",
      );
      const [e] = only(claims, "enumeration");
      expect(at(claims[e.total])).toBe("8416万元");
      expect(e.parts.map((p) => at(claims[p]))).toEqual(["980万元", "1600万元", "236万"]);
      expect(e.form).toBe("其中");
      expect(e.exhaustive).toBe(false);
    });

    it("nests bracketed lists inside colon lists", () => {
      const { claims, at } = claimsOf(
        "2020年我局部门总支出为31538486.48元：基本支出为5270317.31元（其中，基本支出人员经费4776919.64元，日常公用经费493397.67元）；项目支出16220000.00元。",
      );
      const [outer, inner] = only(claims, "enumeration");
      expect(outer.form).toBe("colon");
      expect(outer.exhaustive).toBe(true);
      expect(outer.parts.map((p) => at(claims[p]))).toEqual(["5270317.31元", "16220000.00元"]);
      expect(inner.form).toBe("bracket");
      expect(inner.parts.map((p) => at(claims[p]))).toEqual(["4776919.64元", "493397.67元"]);
    });

    it("reads parts that lead the following paragraphs", () => {
      const { claims, at } = claimsOf(
        "2020年一般公共预算财政拨款基本支出518.52万元，其中：\n\n人员经费477.57万元，主要包括：基本工资。\n日常公用经费40.95万元，主要包括：办公费。\n七、“三公”经费\n公务接待费3.26万元。",
      );
      const [e] = only(claims, "enumeration");
      expect(e.form).toBe("paragraphs");
      expect(e.parts.map((p) => at(claims[p]))).toEqual(["477.57万元", "40.95万元"]);
      // 人员经费 + 日常公用经费 is the vocabulary's whole breakdown of 基本支出.
      expect(e.exhaustive).toBe(true);
    });

    it("reads the classes of 五（二） in their family", () => {
      const { claims } = claimsOf(
        "2020年一般公共预算财政拨款支出1518.12万元，主要用于以下方面:一般公共服务（类）支出346.6万元，占23%；卫生健康支出20.04万元，占1%；其他支出50万元，占3%。",
      );
      const [e] = only(claims, "enumeration");
      expect(e.form).toBe("uses");
      expect(e.parts.map((p) => (claims[p] as { metric?: string }).metric)).toEqual([
        "gbExpense.class.201",
        "gbExpense.class.210",
        "gbExpense.class.229",
      ]);
      expect(e.shares).toHaveLength(3);
    });

    it("ends a list at a label it has named already", () => {
      // Lists one after another in a sentence without 。: each total keeps its own parts.
      const { claims, at } = claimsOf(
        "资金合计6万元；其中：甲1万元、乙2万元、丙3万元；合计9万元；其中：甲4万元、乙5万元。",
      );
      const lists = only(claims, "enumeration").map((e) => [
        at(claims[e.total]),
        e.parts.map((p) => at(claims[p])),
      ]);
      expect(lists[0]).toEqual(["6万元", ["1万元", "9万元"]]);
      // 甲 again: the second list's 甲 is no part of the first total.
      expect(lists[0][1]).not.toContain("4万元");
    });

    it("needs the total right before the list", () => {
      const { claims } = claimsOf(
        "2020年一般公共预算支出决算数为1518.12万元，完成调整预算数的100%。其中：行政运行199.93万元。",
      );
      expect(only(claims, "enumeration")).toEqual([]);
    });
  });

  describe("text tables", () => {
    it("reads labelled cells with the unit of the table's header, and nothing else", () => {
      const text =
        "项目执行情况如下。\n项目按计划实施。\n表如下。\n\t预算执行情况(万元)\n\t预算数:\n\t60\n\t执行数:\n\t31\n\n\t指标\n\t18家\n";
      const { claims, at } = claimsOf(text);
      const amounts = only(claims, "amount");
      expect(amounts.map(at)).toEqual(["60", "31"]);
      expect(amounts.map((a) => [a.label, a.period, a.impliedUnit])).toEqual([
        ["预算数", "budget", "万元"],
        ["执行数", "current", "万元"],
      ]);
    });
  });

  describe("the seed", () => {
    const seed = readSeed();
    const { claims, at } = claimsOf(seed);
    const find = (kind: Claim["kind"], text: string) =>
      claims.filter((c) => c.kind === kind && at(c) === text);

    it("finds the claims the rules need, with exact spans", () => {
      for (const [kind, text] of [
        ["share", "占45%"],
        ["change", "增加518.08万元"],
        ["growth", "增长52%"],
        ["completion", "完成预算59%"],
        ["completion", "完成市下达目标28亿元的85.71%"],
        ["growth", "增幅17%"],
        ["growth", "下降3%"],
        ["completion", "完成预算的68%"],
      ] as const) {
        expect(find(kind, text).length).toBeGreaterThan(0);
      }
    });

    it("resolves the metrics of 五（三） through the catalogue", () => {
      const items = only(claims, "amount").filter((a) => a.metric?.startsWith("gbExpense.item."));
      expect(items).toHaveLength(21);
      expect(items.map((a) => a.metric!.slice(-7))).toContain("2150599");
    });

    it("links 五（一）'s growth to 1518.12 and its change", () => {
      const [g] = find("growth", "增长52%") as Array<Extract<Claim, { kind: "growth" }>>;
      expect(at(claims[g.subject!])).toBe("1518.12万元");
      expect(at(claims[g.change!])).toBe("增加518.08万元");
    });

    it("reads the attachment's breakdowns", () => {
      const enumerations = only(claims, "enumeration").map((e) => at(claims[e.total]));
      expect(enumerations).toEqual(
        expect.arrayContaining([
          "8416万元",
          "3190.21万元",
          "1518.12万元",
          "518.52万元",
          "14144926.18元",
          "31538486.48元",
          "5270317.31元",
        ]),
      );
    });

    it("reads both sides' totals off “收、支总计”", () => {
      const [grand] = find("amount", "3190.21万元") as Array<Extract<Claim, { kind: "amount" }>>;
      expect([grand.metric, grand.metrics]).toEqual([
        "income.grandTotal",
        ["income.grandTotal", "expense.grandTotal"],
      ]);
      const [fiscal] = find("amount", "3174.37万元") as Array<Extract<Claim, { kind: "amount" }>>;
      expect(fiscal.metrics).toEqual(["fiscal.grandTotal", "fiscal.expense.grandTotal"]);
      // 本年收入合计 states one quantity.
      const total = only(claims, "amount").find((a) => a.metric === "income.total");
      expect(total?.metrics).toBeUndefined();
    });

    it("reads 机关运行经费 after the unit's name, which the text gives", () => {
      const [cost] = find("amount", "40.94万元") as Array<Extract<Claim, { kind: "amount" }>>;
      expect(cost.label).toBe("仁和区经济信息化和科学技术局机关运行经费支出");
      expect(cost.metric).toBe("operatingCost");
    });

    it("reads 基本支出 of the attachment's 财政资金 section as 公开06's", () => {
      const [a] = find("amount", "5270317.31元") as Array<Extract<Claim, { kind: "amount" }>>;
      expect(a.metric).toBe("gbBasic.total");
      const [p] = find("amount", "16220000.00元") as Array<Extract<Claim, { kind: "amount" }>>;
      expect(p.metric).toBeUndefined();
    });
  });
});
