import {
  callsAddinFunction,
  convertToValues,
  findAddinFunctionCells,
} from "../../src/excel/values";
import { createSimExcel, simRun } from "../support/sim-excel/pane";

describe("callsAddinFunction", () => {
  it.each([
    ["=FA.SHARE(C6,C14)", true],
    ["=fa.growth(B2, C2, 0)", true],
    ['=IFERROR(FA.CHANGETEXT(C2,B2),"")', true],
    ["=ROUND(C6/C14,4)", false],
    ['="FA.SHARE(" & A1', false],
    ["=MYFA.SHARE(A1)", false],
    ["FA.SHARE(A1)", false],
    ["=SUM(C5:C9)", false],
  ])("%s → %s", (formula, calls) => {
    expect(callsAddinFunction(formula)).toBe(calls);
  });
});

describe("转为数值 on the simulated host", () => {
  function book() {
    const sim = createSimExcel();
    sim.state.type("公开01表", "C6", 1414.49);
    sim.state.type("公开01表", "C14", 3190.21);
    sim.state.type("公开01表", "D6", "=FA.SHARE(C6,C14)");
    sim.state.cell("公开01表", "D6")!.cached = 0.4434;
    sim.state.type("公开01表", "E6", "=ROUND(C6/C14,4)");
    sim.state.cell("公开01表", "E6")!.cached = 0.4434;
    sim.state.type("分析", "B2", "=FA.CHANGETEXT(C2,B2)");
    sim.state.cell("分析", "B2")!.cached = "增加518.08万元，增长51.81%";
    return sim;
  }

  it("finds every FA cell of every sheet in two syncs", async () => {
    const sim = book();
    const cells = await simRun(sim)((ctx) => findAddinFunctionCells(ctx));
    expect(cells).toEqual([
      { sheet: "公开01表", cell: "D6", formula: "=FA.SHARE(C6,C14)" },
      { sheet: "分析", cell: "B2", formula: "=FA.CHANGETEXT(C2,B2)" },
    ]);
    expect(sim.state.syncCount).toBe(2);
  });

  it("replaces the confirmed formulas by their values and leaves native formulas", async () => {
    const sim = book();
    const run = simRun(sim);
    const cells = await run((ctx) => findAddinFunctionCells(ctx));
    const result = await run((ctx) => convertToValues(ctx, cells));
    expect(result.converted).toHaveLength(2);
    expect(result.changed).toEqual([]);
    expect(sim.state.content("公开01表", "D6")).toBe(0.4434);
    expect(sim.state.content("分析", "B2")).toBe("增加518.08万元，增长51.81%");
    expect(sim.state.content("公开01表", "E6")).toBe("=ROUND(C6/C14,4)");
    expect(sim.state.writes.filter((w) => w.what === "values").map((w) => w.address)).toEqual([
      "'公开01表'!D6",
      "'分析'!B2",
    ]);
  });

  it("skips a cell whose formula changed after the user confirmed", async () => {
    const sim = book();
    const run = simRun(sim);
    const cells = await run((ctx) => findAddinFunctionCells(ctx));
    sim.state.type("公开01表", "D6", "=FA.SHARE(C6,C14,0)");
    const result = await run((ctx) => convertToValues(ctx, cells));
    expect(result.changed).toEqual([
      { sheet: "公开01表", cell: "D6", formula: "=FA.SHARE(C6,C14)" },
    ]);
    expect(sim.state.content("公开01表", "D6")).toBe("=FA.SHARE(C6,C14,0)");
  });
});
