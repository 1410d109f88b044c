/*
 * The add-in's fill from the 说明 sheet records which cells hold printed figures in the
 * state sheet's precision block, in the same write as the tables, and reading the tables
 * back (for the check, or readTemplateFacts) applies it: a total of rounded items is
 * rounded, so the seed's 1518.12 beside the sheet's 1518.10 is no error. A value the
 * user types over a printed figure is exact.
 */
import { check } from "../../src/core/check";
import type { Fact } from "../../src/core/facts";
import { Dec } from "../../src/core/numbers";
import { PRECISION_BLOCK, STATE_SHEET } from "../../src/core/templates/state-sheet";
import { columnLetters } from "../../src/core/templates/a1";
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { excelTemplates, type TemplateOptions } from "../../src/excel/pane-templates";
import { readTemplateFacts } from "../../src/excel/read-templates";
import { readState } from "../../src/excel/workbook-state";
import { createSimExcel, paneState, simRun } from "../support/sim-excel/pane";
import type { SimExcel } from "../support/sim-excel";
import { readSeed } from "../support/seed";

const OPTIONS: TemplateOptions = { setId: "national-2020", unit: "", year: 2020 };
const SEED = readSeed();

async function seeded() {
  const sim = createSimExcel();
  await simRun(sim)((ctx) => writeNarrative(ctx, splitParagraphs(SEED)));
  const templates = excelTemplates(simRun(sim));
  return { sim, templates };
}

const fact = (facts: Fact[], metric: string) =>
  facts.find((f) => f.metric === metric && f.period === "current")!;

const errorsOn1518 = (facts: Fact[]) =>
  check(SEED, { facts }).findings.filter(
    (f) =>
      f.rule === "narrative-vs-table" && f.severity === "error" && f.text.startsWith("1518.12"),
  );

/** The precision block's rows as the sheet holds them (header excluded), blank rows kept. */
function blockRows(sim: SimExcel): string[][] {
  const rows: string[][] = [];
  for (let row = 2; row < 500; row++) {
    const cells = PRECISION_BLOCK.header.map((_, i) =>
      String(sim.state.content(STATE_SHEET, `${columnLetters(PRECISION_BLOCK.first + i)}${row}`)),
    );
    rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}

describe("precision of the figures the pane fills from the 说明 sheet", () => {
  test("recorded with the fill, in the same sync; read back as intervals; 1518.12 is no error", async () => {
    const { sim, templates } = await seeded();
    const outcome = await templates.api.fill({ kind: "narrative" }, OPTIONS, () => {});
    expect(outcome.conflicts).toEqual([]);

    expect(paneState(sim.state).visibility.get(sim.state.sheet(STATE_SHEET)!)).toBe("Hidden");
    const header = PRECISION_BLOCK.header.map((_, i) =>
      sim.state.content(STATE_SHEET, `${columnLetters(PRECISION_BLOCK.first + i)}1`),
    );
    expect(header).toEqual([...PRECISION_BLOCK.header]);
    const precisionWrites = sim.state.writes.filter(
      (w) => w.sheet === STATE_SHEET && w.what === "values",
    );
    const tableWrites = sim.state.writes.filter(
      (w) => w.sheet === "公开05表" && w.what === "formulas",
    );
    expect(precisionWrites.length).toBeGreaterThan(0);
    expect(new Set(precisionWrites.map((w) => w.sync))).toEqual(
      new Set(tableWrites.map((w) => w.sync)),
    );

    const { facts } = await templates.readTables({ year: "2020" });
    const item = fact(facts, "gbExpense.item.2011301");
    expect(blockRows(sim)).toContainEqual([item.cell!.sheet, item.cell!.cell, "199.93", "2"]);
    expect(item.decimals).toBe(2);
    const total = fact(facts, "gbExpense.total");
    expect(total.value.toString()).toBe("1518.1");
    expect(total.interval?.contains(new Dec("1518.12"))).toBe(true);
    expect(errorsOn1518(facts)).toEqual([]);

    // readTemplateFacts (values, as Excel shows them) reads the block in the same two syncs.
    const before = sim.state.syncCount;
    const shown = await sim.run((ctx) => readTemplateFacts(ctx as unknown as Excel.RequestContext));
    expect(sim.state.syncCount - before).toBe(2);
    expect(fact(shown, "gbExpense.total").interval?.contains(new Dec("1518.12"))).toBe(true);
    expect(errorsOn1518(shown)).toEqual([]);
  });

  test("a value typed over a printed figure is exact, and 1518.12 is checked against it", async () => {
    const { sim, templates } = await seeded();
    await templates.api.fill({ kind: "narrative" }, OPTIONS, () => {});
    const item = fact(
      (await templates.readTables({ year: "2020" })).facts,
      "gbExpense.item.2011301",
    );
    sim.state.type(item.cell!.sheet, item.cell!.cell, 189.93);

    const { facts } = await templates.readTables({ year: "2020" });
    const typed = fact(facts, "gbExpense.item.2011301");
    expect(typed.value.toString()).toBe("189.93");
    expect(typed.decimals).toBeUndefined();
    expect(typed.interval).toBeUndefined();
    expect(fact(facts, "gbExpense.item.2011302").decimals).toBe(2);
    expect(errorsOn1518(facts).length).toBeGreaterThanOrEqual(2);

    const shown = await sim.run((ctx) => readTemplateFacts(ctx as unknown as Excel.RequestContext));
    expect(fact(shown, "gbExpense.item.2011301").interval).toBeUndefined();
  });

  test("the block is replaced, not appended to: a second fill writes nothing there, a data file takes its cells out", async () => {
    const { sim, templates } = await seeded();
    await templates.api.fill({ kind: "narrative" }, OPTIONS, () => {});
    const first = blockRows(sim);
    expect(first.length).toBeGreaterThan(20);
    expect(new Set(first.map((r) => `${r[0]}!${r[1]}`)).size).toBe(first.length);

    const writes = sim.state.writes.length;
    await templates.api.fill({ kind: "narrative" }, OPTIONS, () => {});
    expect(sim.state.writes.slice(writes).filter((w) => w.sheet === STATE_SHEET)).toEqual([]);
    expect(blockRows(sim)).toEqual(first);
    // The other blocks are untouched by it: the state still parses, with its records.
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.precision.length).toBe(first.length);

    // A row damaged by hand is written again, in place; nothing else moves.
    const valueColumn = columnLetters(PRECISION_BLOCK.first + 2);
    sim.state.type(STATE_SHEET, `${valueColumn}5`, "oops");
    await templates.api.fill({ kind: "narrative" }, OPTIONS, () => {});
    expect(blockRows(sim)).toEqual(first);

    // A data file's figures are exact: their cells leave the block, the rows below are emptied.
    const csv = (await import("node:fs")).readFileSync(
      `${__dirname}/../../examples/tables-2020.csv`,
      "utf8",
    );
    const item = fact(
      (await templates.readTables({ year: "2020" })).facts,
      "gbExpense.item.2011301",
    );
    const outcome = await templates.api.fill(
      { kind: "file", name: "tables-2020.csv", text: csv },
      OPTIONS,
      () => {},
    );
    if (outcome.answer) await outcome.answer.overwrite(outcome.conflicts);
    const after = blockRows(sim);
    expect(after.length).toBeLessThan(first.length);
    expect(after.every((r) => r.every((c) => c !== ""))).toBe(true);
    expect(after.some((r) => r[0] === item.cell!.sheet && r[1] === item.cell!.cell)).toBe(false);
    // What is left are the cells the data file does not give, still holding the text's figure.
    for (const [sheet, cell, value] of after)
      expect(String(sim.state.content(sheet, cell))).toBe(value);
    const { facts } = await templates.readTables({ year: "2020" });
    expect(fact(facts, "gbExpense.item.2011301").decimals).toBeUndefined();
    // 合计 is a formula over its class rows (the data's figure equals their sum): exact but
    // for the two class rows the data file leaves out, still holding the text's “0” (whole
    // 万元, ±0.5 each).
    const leftovers = after.filter(
      ([sheet, , , decimals]) => sheet === "公开05表" && decimals === "0",
    );
    const total = fact(facts, "gbExpense.total").interval;
    expect(total?.contains(new Dec("1518.10"))).toBe(true);
    expect(total?.hi.minus(total.lo).toNumber()).toBe(leftovers.length);
  });
});
