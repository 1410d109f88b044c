import { extractClaims } from "../../../src/core/claims/extract";
import type { ChangeClaim, Claim, GrowthClaim } from "../../../src/core/claims/types";
import { segment } from "../../../src/core/text";

const YEAR = "第二部分 2020年度部门决算情况说明\n";

function read(text: string) {
  const claims = extractClaims(segment(text));
  const at = (c: Claim) => text.slice(c.span.start, c.span.end);
  const changes = claims.filter((c): c is ChangeClaim => c.kind === "change");
  const growths = claims.filter((c): c is GrowthClaim => c.kind === "growth");
  return { claims, at, changes, growths };
}

describe("持平 read as a change of zero", () => {
  it.each([
    ["机关运行经费支出40.94万元。机关运行经费支出与上年持平。", "与上年持平"],
    ["机关运行经费支出40.94万元。机关运行经费支出与2019年持平。", "与2019年持平"],
    ["机关运行经费支出40.94万元。机关运行经费支出比上年持平。", "比上年持平"],
    ["机关运行经费支出40.94万元。机关运行经费支出较上年度持平。", "较上年度持平"],
    ["机关运行经费支出40.94万元。机关运行经费支出与上年相比持平。", "与上年相比持平"],
    ["机关运行经费支出40.94万元，同比持平。", "同比持平"],
    ["机关运行经费支出40.94万元。与2019年相比，机关运行经费支出持平。", "持平"],
  ])("“%s”", (body, wording) => {
    const { changes, growths, at, claims } = read(`${YEAR}${body}`);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(at(change)).toBe(wording);
    expect(change.flat).toBe(true);
    expect(change.figure.value.isZero()).toBe(true);
    expect(change.metric).toBe("operatingCost");
    const subject = claims[change.subject!];
    expect(subject.kind === "amount" && subject.figure.text).toBe("40.94万元");
    // The zero is as precise as the amount it is about: 持平 means the change rounds to nothing.
    expect([change.figure.decimals, change.figure.unit]).toEqual([2, "万元"]);
    expect(growths).toHaveLength(1);
    expect(growths[0].flat).toBe(true);
    expect(growths[0].figure.value.isZero()).toBe(true);
    expect(growths[0].change).toBe(change.id);
    expect(growths[0].subject).toBe(change.subject);
  });

  it.each([
    ["支出决算为3.22万元，决算数与预算数持平。", "与预算数持平"],
    // A lead comparing with last year does not make 决算数与预算数持平 a prior-year change.
    ["与2019年相比，支出40.94万元，决算数与预算数持平。", "与预算数持平"],
    ["公务接待费支出5.21万元，与2020年度预算相比无增减。", "与2020年度预算相比无增减"],
    ["公务接待费支出5.21万元，与年初预算相比，无变化。", "与年初预算相比，无变化"],
  ])("against the budget, not the prior year: “%s”", (body, wording) => {
    const { changes, growths, at } = read(`${YEAR}${body}`);
    expect(changes.map((c) => [at(c), c.flat, c.base])).toEqual([[wording, true, "budget"]]);
    expect(growths.map((g) => g.base)).toEqual(["budget"]);
  });

  it("reads 无增减 only right after a comparison", () => {
    const { changes } = read(`${YEAR}公务接待费支出5.21万元，人员无变化。`);
    expect(changes).toEqual([]);
  });

  it("takes the precision and unit of its subject", () => {
    const { changes } = read(`${YEAR}2020年部门总收入为14144926元，与上年持平。`);
    expect([changes[0].figure.decimals, changes[0].figure.unit]).toEqual([0, "元"]);
  });

  it("names its quantity by the label before it when the amount is elsewhere", () => {
    const { changes, claims } = read(
      `${YEAR}一、收入支出决算总体情况说明\n2020年度收、支总计各3190.21万元。收、支总计与上年持平。`,
    );
    expect(changes[0].label).toBe("收、支总计");
    expect(changes[0].metric).toBe("income.grandTotal");
    expect(claims[changes[0].subject!].kind).toBe("amount");
  });

  it.each([
    ["roughly unchanged is no figure", "机关运行经费支出40.94万元，与上年基本持平。"],
    ["no comparison at all", "机关运行经费支出40.94万元，保持平稳，总体持平。"],
    ["a year that is not the prior year", "机关运行经费支出40.94万元，与2018年持平。"],
    ["a template alternative", "机关运行经费支出比上年增加/减少/持平0万元。"],
    ["after a share: the share's or the amount's?", "其他收入134.72万元，占4%，与上年持平。"],
  ])("not a claim: %s", (_name, body) => {
    const { changes, growths } = read(`${YEAR}${body}`);
    expect(changes.filter((c) => c.flat)).toEqual([]);
    expect(growths.filter((g) => g.flat)).toEqual([]);
  });

  it("is about no amount when it names something that is not one", () => {
    const { changes } = read(`${YEAR}一般公共预算财政拨款收入1414.49万元，占比与上年持平。`);
    expect(changes).toHaveLength(1);
    expect([changes[0].label, changes[0].subject, changes[0].metric]).toEqual([
      "占比",
      undefined,
      undefined,
    ]);
  });

  it("keeps claims in text order around it", () => {
    const { claims, at } = read(
      `${YEAR}公务接待费支出3.26万元，与上年持平；公务用车运行维护费支出1.20万元，比上年增加0.20万元，增长20%。`,
    );
    const prose = claims.filter((c) => c.kind !== "enumeration");
    expect(prose.map((c) => `${c.kind} ${at(c)}`)).toEqual([
      "amount 3.26万元",
      "change 与上年持平",
      "growth 与上年持平",
      "amount 1.20万元",
      "change 增加0.20万元",
      "growth 增长20%",
    ]);
    const [, flat, , vehicle, change] = prose as [Claim, ChangeClaim, Claim, Claim, ChangeClaim];
    expect(flat.subject).toBe(prose[0].id);
    expect(change.subject).toBe(vehicle.id);
  });
});
