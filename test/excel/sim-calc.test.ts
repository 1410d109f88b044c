/*
 * Calculation on the simulated host: the evaluator's Excel rules, and formula cells read
 * back through `values` as Excel would show them — the templates' formulas and the
 * drafted paragraphs' alike.
 */
import { excelTemplates } from "../../src/excel/pane-templates";
import { evaluate, evaluateFormula, FormulaError, type CellValue } from "../support/excel-formula";
import { DRAFT_TABLES_CSV } from "../support/drafting-tables";
import { createSimExcel, paneState, simRun } from "../support/sim-excel/pane";

const cells =
  (map: Record<string, CellValue>) =>
  (sheet: string | null, cell: string): CellValue =>
    map[`${sheet ?? ""}!${cell}`] ?? null;

describe("the formula evaluator", () => {
  it("sums ranges and lists as the templates write them, skipping text and blanks", () => {
    const read = cells({ "!C8": 1.1, "!C9": "", "!C10": 2.2, "!C12": "注", "!D8": 5 });
    expect(evaluate(`=IF(COUNT(C8:C10)=0,"",SUM(C8:C10))`, read)).toBeCloseTo(3.3, 12);
    expect(evaluate(`=SUM(C8:C10,D8)-SUM(C12)`, read)).toBeCloseTo(8.3, 12);
    // Every part blank: the total is "", not 0, so the analysis block stays quiet.
    expect(evaluate(`=IF(COUNT(E8:E10)=0,"",SUM(E8:E10))`, read)).toBe("");
  });

  it('tells an empty cell from "": empty is 0 in arithmetic, "" is not a number', () => {
    const read = cells({ "!A1": "", "!B1": 2 });
    // A1 holds "" (a formula's blank): arithmetic on it is #VALUE!, IFERROR catches it.
    expect(evaluate(`=A1+1`, read)).toEqual(new FormulaError("#VALUE!"));
    expect(evaluate(`=IFERROR(A1/B1,"")`, read)).toBe("");
    expect(evaluate(`=C1+1`, read)).toBe(1);
    expect(evaluate(`=IF(OR(A1="",B1=""),"",B1-A1)`, read)).toBe("");
    expect(evaluate(`=IF(C1="","blank","x")`, read)).toBe("blank");
    // TEXT passes text through unchanged; an empty cell is 0.
    expect(evaluate(`=TEXT(A1,"0.00")`, read)).toBe("");
    expect(evaluate(`=TEXT(C1,"0.00")`, read)).toBe("0.00");
  });

  it("reads quoted and unquoted sheet names and absolute references", () => {
    const read = cells({ "公开01表!C6": 1414.49, "公开01表!C32": 3190.21, "O'Brien!A1": 2 });
    expect(
      evaluateFormula(`=TEXT(ROUND('公开01表'!$C$6/公开01表!C$32*100,2),"0.00")&"%"`, read),
    ).toBe("44.34%");
    expect(evaluate(`='O''Brien'!A1*2`, read)).toBe(4);
  });

  it("rounds half away from zero on 15 digits, as Excel's ROUND and TEXT do", () => {
    const read = cells({});
    expect(evaluate(`=ROUND(2.675,2)`, read)).toBe(2.68);
    expect(evaluate(`=ROUND(-2.5,0)`, read)).toBe(-3);
    // 1.005 is 1.00499999999999989… as a double; Excel's 15 digits make it 1.01.
    expect(evaluate(`=TEXT(1.005,"0.00")`, read)).toBe("1.01");
  });

  it("keeps errors as values until IFERROR, and evaluates only the IF branch taken", () => {
    const read = cells({ "!A1": 0 });
    expect(evaluate(`=1/A1`, read)).toEqual(new FormulaError("#DIV/0!"));
    expect(evaluate(`=IF(A1=0,"none",1/A1)`, read)).toBe("none");
    expect(evaluate(`=CHOOSE(SIGN(-3)+2,"减少","","增加")`, read)).toBe("减少");
    expect(evaluate(`=FA.SHARE(1,2)`, read)).toEqual(new FormulaError("#NAME?"));
    expect(() => evaluateFormula(`=1/A1`, read)).toThrow(/#DIV\/0!/);
  });
});

describe("calculation on the simulated host", () => {
  async function filled() {
    const sim = createSimExcel();
    const templates = excelTemplates(simRun(sim));
    const options = { setId: "national-2020", unit: "", year: 2020 };
    await templates.api.fill(
      { kind: "file", name: "tables.csv", text: DRAFT_TABLES_CSV },
      options,
      () => undefined,
    );
    return sim;
  }

  const read = (sim: ReturnType<typeof createSimExcel>, sheet: string, address: string) =>
    simRun(sim)(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load("values,formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });

  it("shows the templates' totals and shares computed from the inputs", async () => {
    const sim = await filled();
    const total = await read(sim, "公开01表", "C32");
    expect(String(total.formulas[0][0])).toMatch(/^=IF\(COUNT\(/);
    expect(total.values[0][0]).toBeCloseTo(3190.21, 9);
    // The analysis block: the share C6 / C$32 rounded to 4 places; no 上年数, so no change.
    const analysis = await read(sim, "公开01表", "H6:J6");
    expect(String(analysis.formulas[0][0])).toBe(`=IF(C6="","",IFERROR(ROUND(C6/C$32,4),""))`);
    expect(analysis.values).toEqual([[0.4759, "", ""]]);
  });

  it("recomputes after an input changes, without firing a change event for it", async () => {
    const sim = await filled();
    const fired: string[] = [];
    paneState(sim.state).handlers.add(async (e) => void fired.push(e.address));
    sim.state.type("公开01表", "C6", 1000);
    expect((await read(sim, "公开01表", "C32")).values[0][0]).toBeCloseTo(2672.11, 9);
    expect(fired).toEqual([]);
  });

  it("keeps a test's cached value, and text typed into a text-formatted cell", async () => {
    const sim = createSimExcel();
    sim.state.type("表", "A1", "=1+1");
    sim.state.type("表", "A2", "=1+1");
    sim.state.cell("表", "A2")!.cached = 7;
    sim.state.type("表", "A3", "");
    sim.state.cell("表", "A3")!.numberFormat = "@";
    sim.state.type("表", "A3", "=1+1");
    // Formatting a formula as text afterwards leaves it a formula, as in Excel.
    sim.state.type("表", "A4", "=1+1");
    sim.state.cell("表", "A4")!.numberFormat = "@";
    // A string starting with + or - (not a number) is entered as a formula.
    sim.state.type("表", "A5", "-A1");
    expect((await read(sim, "表", "A1:A5")).values).toEqual([[2], [7], ["=1+1"], [2], [-2]]);
    expect(sim.state.content("表", "A5")).toBe("=-A1");
  });
});
