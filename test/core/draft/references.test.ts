import { formulaReferences, paragraphSources } from "../../../src/core/draft";
import type { Fact } from "../../../src/core/facts";
import { Dec } from "../../../src/core/numbers";

describe("formulaReferences", () => {
  it("lists the cells of a drafted paragraph once each, in order", () => {
    const f = `="收入合计"&TEXT('公开01表'!C32,"0.00")&"万元，其中："&TEXT('公开01表'!C6,"0.00")&IF(ROUND(ABS('公开01表'!C32),2)=0,"","，占"&TEXT(ROUND('公开01表'!C6/'公开01表'!C32*100,2),"0.00")&"%")`;
    expect(formulaReferences(f)).toEqual([
      { sheet: "公开01表", cell: "C32" },
      { sheet: "公开01表", cell: "C6" },
    ]);
  });

  it("reads unquoted and quoted names, apostrophes, absolute cells, ranges and the own sheet", () => {
    expect(formulaReferences(`=SUM(公开05表!$C$8:C10)+'O''Brien'!A1-B$2+LOG10(4)`, "说明")).toEqual(
      [
        { sheet: "公开05表", cell: "C8" },
        { sheet: "公开05表", cell: "C9" },
        { sheet: "公开05表", cell: "C10" },
        { sheet: "O'Brien", cell: "A1" },
        { sheet: "说明", cell: "B2" },
      ],
    );
  });

  it("skips what looks like a cell inside a string constant", () => {
    expect(formulaReferences(`="见公开01表!C6及'X'!A1，""B2"""&TEXT(A7,"0.00")`)).toEqual([
      { sheet: "", cell: "A7" },
    ]);
  });
});

describe("paragraphSources", () => {
  it("says which figure each source cell holds", () => {
    const facts: Fact[] = [
      {
        metric: "income.generalBudget",
        period: "current",
        value: new Dec("1414.49"),
        cell: { sheet: "公开01表", cell: "C6" },
      },
      {
        metric: "income.generalBudget",
        period: "prior",
        value: new Dec("1000.04"),
        cell: { sheet: "公开01表", cell: "I6" },
      },
    ];
    const sources = paragraphSources(
      `=TEXT('公开01表'!C6,"0.00")&TEXT('公开01表'!I6-'公开01表'!C6,"0.00")&TEXT(Z9,"0")`,
      facts,
      "说明",
    );
    expect(sources).toEqual([
      {
        ...facts[0].cell,
        metric: "income.generalBudget",
        period: "current",
        value: facts[0].value,
      },
      { ...facts[1].cell, metric: "income.generalBudget", period: "prior", value: facts[1].value },
      { sheet: "说明", cell: "Z9" },
    ]);
  });
});
