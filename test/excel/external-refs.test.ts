import type { Fact } from "../../src/core/facts";
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { excelTemplates, type TemplateOptions } from "../../src/excel/pane-templates";
import { readTemplateGrid } from "../../src/excel/read-templates";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
import { readSeed } from "../support/seed";
import { filledWorkbook } from "../support/drafting-tables";
import { tableDrafter } from "../../src/taskpane/drafting";

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

test("the tables' reading names them for the pane, and the draft lists them first among its gaps", async () => {
  const { sim, workbook, readTables } = await filledWorkbook();
  expect((await readTables({ year: "2020" })).external).toEqual([]);
  sim.state.type("公开01表", "C7", "=[1]Sheet1!A1");
  expect((await readTables({ year: "2020" })).external).toEqual([
    { sheet: "公开01表", cell: "C7", formula: "=[1]Sheet1!A1" },
  ]);
  const drafted = await tableDrafter(workbook, readTables)();
  expect(drafted!.gaps[0]).toMatchObject({
    zh: expect.stringContaining("引用其他工作簿") as string,
    en: expect.stringContaining("refer to another workbook") as string,
  });
  expect(drafted!.gaps[0].zh).toContain("公开01表!C7（=[1]Sheet1!A1）");
  expect(drafted!.gaps.filter((g) => g.zh.includes("引用其他工作簿"))).toHaveLength(1);
}, 60_000);
