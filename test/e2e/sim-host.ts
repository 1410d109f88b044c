/*
 * The simulated Excel host for the browser: stands in for office.js (the e2e test serves
 * it where the page asks for https://appsforoffice.microsoft.com/…/office.js). Provides
 * `Office` and `Excel` over an in-memory workbook that enforces load/sync and records every
 * write, and `__sim` for the test to edit cells and read what the add-in did.
 * Query parameters: lang (Office's display language), readOnly=1.
 */
import { shownValue } from "../support/sim-excel/calc";
import { createSimExcel, fillOf, paneState, userEdit, userSelect } from "../support/sim-excel/pane";

const params = new URLSearchParams(location.search);
const sim = createSimExcel();
const readOnly = params.get("readOnly") === "1";
paneState(sim.state).readOnly = readOnly;

/** What this Excel supports: ExcelApi up to 1.18 and the shared runtime. */
const SETS: Record<string, number> = { ExcelApi: 18, SharedRuntime: 1, CustomFunctionsRuntime: 3 };

function isSetSupported(name: string, version?: string | number): boolean {
  const have = SETS[name];
  if (have === undefined) return false;
  const minor = Number(String(version ?? "1.1").split(".")[1] ?? 0);
  return minor <= have;
}

const g = globalThis as Record<string, unknown>;
g.Office = {
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    displayLanguage: params.get("lang") ?? "zh-CN",
    requirements: { isSetSupported },
    document: { mode: readOnly ? 0 : 1 },
  },
  DocumentMode: { ReadOnly: 0, ReadWrite: 1 },
};
g.Excel = { run: <T>(batch: (context: never) => Promise<T>) => sim.run(batch as never) };
// functions.js registers the FA functions with Excel; here there is no one to register with.
g.CustomFunctions = {
  associate: () => undefined,
  ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  Error: class extends Error {},
};

g.__sim = {
  content: (sheet: string, address: string) => sim.state.content(sheet, address),
  /** What the cell shows: a formula's computed value. */
  value: (sheet: string, address: string) => shownValue(sim.state, sheet, address),
  fill: (sheet: string, address: string) => fillOf(sim.state, sheet, address) ?? null,
  selection: () => paneState(sim.state).selection ?? null,
  notes: () =>
    paneState(sim.state).notes.map((n) => ({
      sheet: n.sheet.name,
      row: n.row,
      col: n.col,
      content: n.content,
    })),
  sheets: () => sim.state.sheets.map((s) => s.name),
  syncs: () => sim.state.syncCount,
  writes: () => sim.state.writes.length,
  edit: (sheet: string, address: string, value: string | number) =>
    userEdit(sim, sheet, address, value),
  /** The user clicks a cell in Excel. */
  select: (sheet: string, address: string) => userSelect(sim, sheet, address),
  /** Test setup: cells as the workbook was opened (no event, allowed even when read-only). */
  setUp: (sheet: string, cells: Array<[string, string | number]>) =>
    cells.forEach(([a, v]) => sim.state.type(sheet, a, v)),
};
