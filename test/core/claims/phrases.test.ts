import { check } from "../../../src/core/check";
import {
  DEFAULT_PHRASES,
  extendPhrases,
  parsePhraseExtension,
  PhraseTableError,
  phrasesWith,
} from "../../../src/core/claims/phrases";

const kinds = (text: string, phrases?: Parameters<typeof phrasesWith>[0]) =>
  check(text, { phrases })
    .claims.filter((c) => c.kind === "change" || c.kind === "growth" || c.kind === "share")
    .map((c) => [c.kind, text.slice(c.span.start, c.span.end)]);

describe("the phrase table", () => {
  it.each([
    ["较上年减0.04万元", ["change", "减0.04万元"]],
    ["比上年增18.67万元", ["change", "增18.67万元"]],
    ["与上年相比，减少4.68%", ["growth", "减少4.68%"]],
    ["较上年同期增加2万元", ["change", "增加2万元"]],
    ["同比下降5.2%", ["growth", "下降5.2%"]],
    ["比2017年预算数减少0.06万元，减幅 0.02%", ["change", "减少0.06万元"]],
  ])("reads the built-in wording: %s", (wording, expected) => {
    expect(kinds(`支出3万元，${wording}。`)).toContainEqual(expected);
  });

  it("reads a one-character verb only after a comparison: 新增 is an amount", () => {
    expect(kinds("新增5万元。")).toEqual([]);
    expect(kinds("支出3万元，较上年增5万元。")).toEqual([["change", "增5万元"]]);
  });

  it("finds the named whole of a share among the amounts before it", () => {
    const text =
      "2016年度总收入200万元，其中：财政拨款收入50万元。本年度财政拨款收入50万元，占总收入的26%。";
    const findings = check(text).findings.filter((f) => f.rule === "share");
    expect(findings.map((f) => [f.text, f.expected])).toEqual([["占总收入的26%", "25%"]]);
  });

  it("adds a user's words to every list, keeping the built-in ones", () => {
    const extra = parsePhraseExtension({
      changeVerbs: [{ word: "缩减", direction: -1 }],
      namedWholes: [{ names: ["经费总额"], labels: ["经费总额"] }],
    });
    const table = extendPhrases(DEFAULT_PHRASES, extra);
    expect(table.changeVerbs.map((v) => v.word)).toEqual(
      expect.arrayContaining(["增加", "减少", "缩减"]),
    );
    expect(kinds("支出3万元，比上年缩减1万元。", extra)).toEqual([["change", "缩减1万元"]]);
    const text = "经费总额10万元。其中培训费2万元，占经费总额的30%。";
    const share = check(text, { phrases: extra }).findings.filter((f) => f.rule === "share");
    expect(share.map((f) => f.expected)).toEqual(["20%"]);
  });

  it("compiles an extension once", () => {
    const extra = { comparisonWords: ["环比上月"] };
    expect(phrasesWith(extra)).toBe(phrasesWith(extra));
    expect(phrasesWith(undefined)).toBe(phrasesWith(undefined));
  });

  it.each([
    [[], "JSON 对象"],
    [{ verbs: [] }, "未知的键"],
    [{ changeVerbs: [{ word: "缩减", direction: 0 }] }, "changeVerbs[0].direction"],
    [{ periods: ["2019年"] }, "periods[0]"],
    [{ comparisonWords: "同比" }, "comparisonWords"],
    [{ namedWholes: [{ names: ["总额"] }] }, "namedWholes[0].labels"],
  ])("refuses %j, saying where, in both languages", (json, where) => {
    let error: unknown;
    try {
      parsePhraseExtension(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PhraseTableError);
    expect((error as PhraseTableError).zh).toContain(where);
    expect((error as PhraseTableError).en.length).toBeGreaterThan(0);
  });
});

describe("respectively-lists and percentage points", () => {
  const text = "与2019年相比，收、支总计分别为100、200万元，各增加20、40万元，各增长25%、25%。";

  it("gives every figure of a list the unit printed after the last one", () => {
    const amounts = check(text).claims.filter((c) => c.kind === "amount");
    expect(
      amounts.map((c) => (c.kind === "amount" ? [c.figure.value.toString(), c.figure.unit] : [])),
    ).toEqual([
      ["100", "万元"],
      ["200", "万元"],
    ]);
  });

  it("pairs the i-th change with the i-th amount and the i-th rate with the i-th change", () => {
    const { claims, findings } = check(text);
    expect(findings).toEqual([]);
    const changes = claims.filter((c) => c.kind === "change");
    const growths = claims.filter((c) => c.kind === "growth");
    expect(changes.map((c) => (c.kind === "change" ? c.subject : -1))).toEqual([0, 1]);
    expect(growths.map((c) => (c.kind === "growth" ? c.change : -1))).toEqual(
      changes.map((c) => c.id),
    );
    const wrong = check(text.replace("各增长25%、25%", "各增长25%、20%")).findings;
    expect(wrong.map((f) => [f.rule, f.text, f.expected])).toEqual([["growth", "20%", "25%"]]);
  });

  it("reads percentage points as neither a percentage nor a count", () => {
    const { claims } = check("一般公共预算财政拨款支出占比较上年下降2个百分点，支出3万元。");
    expect(claims.map((c) => c.kind)).toEqual(["amount"]);
  });
});
