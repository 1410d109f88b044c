/*
 * The workbook as the task pane sees it: a handful of operations, each one Excel.run with
 * few syncs, taking and returning plain data. The pane's components and the benchmark use
 * this and never an Office.js object; tests run it on the simulated host.
 */
import type { CellRef } from "../core/span";
import type { ExcelRun, HostSupport } from "./host-support";
import { watchWorkbook, type SheetChange, type Unwatch } from "./live";
import { applyMarks, type CellMark, type MarkOutcome } from "./marks";
import {
  NARRATIVE_SHEET,
  narrativeRows,
  queueNarrativeRead,
  readParagraphs,
  writeNarrative,
  type WriteNarrativeResult,
} from "./narrative-sheet";
import {
  convertToValues,
  findAddinFunctionCells,
  type ConversionResult,
  type FunctionCell,
} from "./values";
import {
  STATE_SHEET,
  emptyState,
  queueStateRead,
  readState,
  removeWaiver,
  saveSettings,
  saveWaiver,
  stateFrom,
  type SettingKey,
  type Waiver,
  type WorkbookState,
} from "./workbook-state";

/** What a check reads from the workbook, in one Excel.run. */
export interface Snapshot {
  sheets: string[];
  /** The 说明 sheet's paragraphs, or null when there is no 说明 sheet. */
  narrative: string[] | null;
  state: WorkbookState;
}

export type ReplaceResult = "replaced" | "changed";

export interface PaneWorkbook {
  readonly support: HostSupport;
  snapshot(): Promise<Snapshot>;
  readParagraphs(rows: readonly number[]): Promise<Map<number, string>>;
  readState(): Promise<WorkbookState>;
  writeNarrative(paragraphs: readonly string[], overwrite?: boolean): Promise<WriteNarrativeResult>;
  mark(marks: readonly CellMark[], state: WorkbookState): Promise<MarkOutcome>;
  select(ref: CellRef): Promise<void>;
  /**
   * Replaces a cell's text by `next` if it still reads `expected`; "changed" (and nothing
   * written) when someone edited it since it was checked.
   */
  replaceText(ref: CellRef, expected: string, next: string): Promise<ReplaceResult>;
  saveSettings(entries: Partial<Record<SettingKey, string>>): Promise<WorkbookState>;
  saveWaiver(waiver: Waiver): Promise<WorkbookState>;
  removeWaiver(key: string): Promise<WorkbookState>;
  watch(onChange: (change: SheetChange) => void): Promise<Unwatch>;
  findFunctionCells(): Promise<FunctionCell[]>;
  convertToValues(cells: readonly FunctionCell[]): Promise<ConversionResult>;
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function excelWorkbook(run: ExcelRun, support: HostSupport): PaneWorkbook {
  return {
    support,
    snapshot: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const names = sheets.items.map((s) => s.name);
        const narrative = names.includes(NARRATIVE_SHEET)
          ? queueNarrativeRead(sheets.getItem(NARRATIVE_SHEET))
          : null;
        const state = names.includes(STATE_SHEET)
          ? queueStateRead(sheets.getItem(STATE_SHEET))
          : null;
        await context.sync();
        return {
          sheets: names,
          narrative: narrative ? narrativeRows(narrative) : null,
          state: state ? stateFrom(state) : emptyState(),
        };
      }),
    readParagraphs: (rows) => run((context) => readParagraphs(context, rows)),
    readState: () => run((context) => readState(context)),
    writeNarrative: (paragraphs, overwrite = false) =>
      run((context) => writeNarrative(context, paragraphs, { overwrite })),
    mark: (marks, state) => run((context) => applyMarks(context, marks, state, support)),
    select: (ref) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(ref.sheet);
        sheet.activate();
        sheet.getRange(ref.cell).select();
        await context.sync();
      }),
    replaceText: (ref, expected, next) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.cell);
        range.load("values");
        await context.sync();
        if (text(range.values[0][0]) !== expected) return "changed";
        range.values = [[next]];
        await context.sync();
        return "replaced";
      }),
    saveSettings: (entries) => run((context) => saveSettings(context, entries)),
    saveWaiver: (waiver) => run((context) => saveWaiver(context, waiver)),
    removeWaiver: (key) => run((context) => removeWaiver(context, key)),
    watch: (onChange) => watchWorkbook(run, onChange),
    findFunctionCells: () => run((context) => findAddinFunctionCells(context)),
    convertToValues: (cells) => run((context) => convertToValues(context, cells)),
  };
}
