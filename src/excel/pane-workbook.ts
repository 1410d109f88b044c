/*
 * The workbook as the task pane sees it: a handful of operations, each one Excel.run with
 * few syncs, taking and returning plain data. The pane's components and the benchmark use
 * this and never an Office.js object; tests run it on the simulated host.
 */
import type { CellRef } from "../core/span";
import { splitAddress, type ExcelRun, type HostSupport } from "./host-support";
import { watchWorkbook, type SheetChange, type Unwatch } from "./live";
import { applyMarks, type CellMark, type MarkOutcome } from "./marks";
import {
  NARRATIVE_SHEET,
  narrativeFormulas,
  narrativeRows,
  paragraphOfCell,
  queueNarrativeRead,
  readParagraphCells,
  writeNarrative,
  type NarrativeParagraph,
  type ParagraphCell,
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
  saveReviewer,
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
  /** The paragraphs drafted as live formulas, by paragraph index. */
  narrativeFormulas: Map<number, string>;
  state: WorkbookState;
}

/** The paragraph of the 说明 sheet the user has selected in Excel. */
export interface SelectedParagraph extends ParagraphCell {
  row: number;
  cell: string;
}

export type ReplaceResult = "replaced" | "changed";

export interface PaneWorkbook {
  readonly support: HostSupport;
  snapshot(): Promise<Snapshot>;
  readParagraphs(rows: readonly number[]): Promise<Map<number, ParagraphCell>>;
  readState(): Promise<WorkbookState>;
  writeNarrative(
    paragraphs: readonly NarrativeParagraph[],
    overwrite?: boolean,
  ): Promise<WriteNarrativeResult>;
  /** The paragraph under Excel's selection (its first cell), or null when the selection is elsewhere. */
  selectedParagraph(): Promise<SelectedParagraph | null>;
  mark(marks: readonly CellMark[], state: WorkbookState): Promise<MarkOutcome>;
  select(ref: CellRef): Promise<void>;
  /**
   * Replaces a cell's text by `next` if it still reads `expected`; "changed" (and nothing
   * written) when someone edited it since it was checked, or when the cell holds a formula
   * (a drafted paragraph: its text follows the tables).
   */
  replaceText(ref: CellRef, expected: string, next: string): Promise<ReplaceResult>;
  saveSettings(entries: Partial<Record<SettingKey, string>>): Promise<WorkbookState>;
  saveWaiver(waiver: Waiver): Promise<WorkbookState>;
  removeWaiver(key: string): Promise<WorkbookState>;
  /** Adds a reviewer name to those offered next time (appended: co-authors' names all stay). */
  saveReviewer(name: string): Promise<WorkbookState>;
  /** Live changes; `onError` gets what fails while handling one (after `watch` resolved). */
  watch(
    onChange: (change: SheetChange) => void,
    onError?: (error: unknown) => void,
  ): Promise<Unwatch>;
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
          narrativeFormulas: narrative ? narrativeFormulas(narrative) : new Map(),
          state: state ? stateFrom(state) : emptyState(),
        };
      }),
    readParagraphs: (rows) => run((context) => readParagraphCells(context, rows)),
    readState: () => run((context) => readState(context)),
    writeNarrative: (paragraphs, overwrite = false) =>
      run((context) => writeNarrative(context, paragraphs, { overwrite })),
    selectedParagraph: () =>
      run(async (context) => {
        const selected = context.workbook.getSelectedRange();
        selected.load("address");
        await context.sync();
        const { sheet, cell } = splitAddress(selected.address);
        const row = paragraphOfCell(cell.split(":")[0]);
        if (sheet !== NARRATIVE_SHEET || row === null) return null;
        const read = await readParagraphCells(context, [row]);
        const paragraph = read.get(row) as ParagraphCell;
        return { row, cell: cell.split(":")[0], ...paragraph };
      }),
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
        range.load("values,formulas");
        await context.sync();
        const value = range.values[0][0];
        const content = range.formulas[0][0];
        // A drafted paragraph's live formula is never replaced by the text it shows.
        const formula = typeof content === "string" && content.startsWith("=") && content !== value;
        if (formula || text(value) !== expected) return "changed";
        // As text, so that a corrected paragraph never becomes a formula (see plan.ts).
        range.numberFormat = [["@"]];
        range.values = [[next]];
        await context.sync();
        return "replaced";
      }),
    saveSettings: (entries) => run((context) => saveSettings(context, entries)),
    saveWaiver: (waiver) => run((context) => saveWaiver(context, waiver)),
    removeWaiver: (key) => run((context) => removeWaiver(context, key)),
    saveReviewer: (name) => run((context) => saveReviewer(context, name)),
    watch: (onChange, onError) =>
      watchWorkbook(run, onChange, { onError, renameEvents: support.renameEvents }),
    findFunctionCells: () => run((context) => findAddinFunctionCells(context)),
    convertToValues: (cells) => run((context) => convertToValues(context, cells)),
  };
}
