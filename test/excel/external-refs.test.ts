import type { Fact } from "../../src/core/facts";
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { excelTemplates, type TemplateOptions } from "../../src/excel/pane-templates";
import { readTemplateGrid } from "../../src/excel/read-templates";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
import { readSeed } from "../support/seed";

/** A template cell whose formula reads another workbook is skipped and reported, not a fact. */
const OPTIONS: TemplateOptions = { setId: "national-2020", unit: "", year: 2020 };

const item = (facts: Fact[]) =>
  facts.find((f) => f.metric === "gbExpense.item.2011301" && f.period === "current");

test("the add-in skips a cell that points into another workbook and lists it", async () => {
  const sim = createSimExcel();
  await simRun(sim)((ctx) => writeNarrative(ctx, splitParagraphs(readSeed())));
  const templates = excelTemplates(simRun(sim));
  await templates.api.fill({ kind: "narrative" }, OPTIONS, () => {});
  const cell = item((await templates.readTables({ year: "2020" })).facts)!.cell!;

  sim.state.type(cell.sheet, cell.cell, "=[1]Sheet1!A1");
  const grid = await simRun(sim)((ctx) =>
    readTemplateGrid(ctx as unknown as Excel.RequestContext, [cell.sheet]),
  );
  expect(grid.external).toEqual([{ sheet: cell.sheet, cell: cell.cell, formula: "=[1]Sheet1!A1" }]);
  expect(item((await templates.readTables({ year: "2020" })).facts)).toBeUndefined();
}, 60_000);
