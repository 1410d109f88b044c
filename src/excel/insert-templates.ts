import { columnLetters } from "../core/templates/a1";
import type { NameDef, SheetLayout, WorkbookLayout } from "../core/templates/layout";
import { precisionKey, type PrecisionRecord } from "../core/templates/provenance";
import { STATE_SHEET } from "../core/templates/state-sheet";
import { STYLES } from "../core/templates/styles";
import type { ChartPlacement } from "../core/templates/charts";
import { applyStyle } from "./apply-style";
import { queueChartRead, queueCharts } from "./chart-writes";
import {
  planSheet,
  rectA1,
  styleRects,
  writtenRecord,
  type Conflict,
  type ExistingSheet,
  type PlanContents,
  type SheetPlan,
  type StoredLayout,
  type WriteOptions,
} from "./plan";
import { emptyState, queuePrecision, queueStateRead, stateFrom } from "./workbook-state";

export type { Approval, Conflict, WriteOptions } from "./plan";

export interface InsertOptions extends WriteOptions {
  /**
   * The cells of the layout that hold printed figures: the state sheet's precision block
   * is replaced by those the run leaves in place (a kept conflict holds the user's value,
   * not the figure). Absent: the block is left as it is.
   */
  precision?: readonly PrecisionRecord[];
  /**
   * What to do while a conflict remains (a non-empty cell neither `overwrite` nor
   * `approved` covers): “keep” writes everything else and leaves such cells as they are;
   * “stop” writes nothing at all — no sheet, cell, setting or name — and returns the
   * conflicts, so that the user is asked before the workbook changes. Default “keep”.
   */
  onConflict?: "keep" | "stop";
  /** Native charts to (re)place on one of the sheets, over its cells (insert-charts.ts). */
  charts?: { sheet: string; placements: readonly ChartPlacement[] };
}

/** Workbook setting that remembers each template sheet's structure (see planSheet). */
export const SETTING_PREFIX = "fa.template.";

/** Points per character of column width (Excel's default font is about 6 pt a character). */
const POINTS_PER_CHAR = 6;

export interface InsertResult {
  conflicts: Conflict[];
  createdSheets: string[];
  /** Sheets whose contents or formats this run changed. */
  updatedSheets: string[];
  cellsWritten: number;
  /** `onConflict: "stop"` and conflicts remained: nothing was written. */
  stopped: boolean;
}

/**
 * Puts the template sheets of a layout into the open workbook, in three round trips
 * whatever the number of sheets: (1) which sheets, names and stored layouts exist,
 * (2) the contents of the existing template sheets (and of the state sheet, when
 * `precision` is given), (3) every write. With `onConflict: "stop"` and a conflict on
 * any sheet, the third is never made: the pane asks first.
 *
 * Running it again updates the structure (a new code adds a row: typed values move with
 * their rows) and changes nothing that is already right, so a second identical run
 * writes nothing. A non-empty cell the template would change is never overwritten
 * without consent: it is returned as a conflict, and written only with
 * `overwrite: true` or when listed in `approved` with the content the user saw there
 * (an approval lapses when the cell changed since). A label the user edited and a
 * formula of theirs in a computed cell are such cells too: the layout record says what
 * the template wrote.
 */
export async function insertTemplates(
  context: Excel.RequestContext,
  layout: WorkbookLayout | { sheets: SheetLayout[]; names?: NameDef[] },
  options: InsertOptions = {},
): Promise<InsertResult> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const names = wb.names;
  names.load("items/name");
  const settings = layout.sheets.map((s) =>
    wb.settings.getItemOrNullObject(SETTING_PREFIX + s.name).load("value"),
  );
  await context.sync();

  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const used = layout.sheets.map((s) =>
    present.has(s.name.toLowerCase())
      ? sheets
          .getItem(s.name)
          .getUsedRangeOrNullObject(true)
          .load("formulas, numberFormat, rowIndex, columnIndex")
      : null,
  );
  // Read with the sheets, so that the precision block is replaced in the same write.
  const stateRange =
    options.precision && present.has(STATE_SHEET.toLowerCase())
      ? queueStateRead(sheets.getItem(STATE_SHEET))
      : null;
  const chartsBefore =
    options.charts && present.has(options.charts.sheet.toLowerCase())
      ? queueChartRead(sheets.getItem(options.charts.sheet))
      : null;
  await context.sync();

  const result: InsertResult = {
    conflicts: [],
    createdSheets: [],
    updatedSheets: [],
    cellsWritten: 0,
    stopped: false,
  };
  // Every sheet is planned before anything is queued, so that the conflicts of all of them
  // are known while the workbook is still as it was.
  const plans = layout.sheets.map((s, i) => {
    const setting = settings[i];
    const stored = setting.isNullObject ? undefined : (parseStored(setting.value) ?? undefined);
    const range = used[i];
    let existing: ExistingSheet | null = null;
    if (range) {
      existing = range.isNullObject
        ? { formulas: [], top: 0, left: 0, stored }
        : {
            formulas: range.formulas,
            formats: range.numberFormat,
            top: range.rowIndex,
            left: range.columnIndex,
            stored,
          };
    }
    const plan = planSheet(s, existing, options);
    result.conflicts.push(...plan.conflicts);
    return { plan, existing, stored };
  });
  if (options.onConflict === "stop" && result.conflicts.length > 0) {
    result.stopped = true;
    return result;
  }

  // Every missing sheet first: a formula may refer to a later table ('公开03表'!C5 from
  // 公开01表), and a reference to a sheet that does not exist yet would not resolve.
  layout.sheets.forEach((s, i) => {
    if (used[i]) return;
    sheets.add(s.name);
    result.createdSheets.push(s.name);
  });
  layout.sheets.forEach((s, i) => {
    const { plan, existing, stored } = plans[i];
    const range = used[i];
    result.cellsWritten += plan.cellsWritten;
    if (plan.contents || plan.restyle) {
      if (range) result.updatedSheets.push(s.name);
      render(context, s, plan, existing);
    }
    // A sheet whose own text was kept is not yet the template's: keep asking on later runs.
    // (On a sheet the template wrote, the record must follow the rows that were moved.)
    const foreign = !stored && plan.conflicts.some((c) => c.key === undefined);
    if ((plan.restyle || !stored) && !foreign) {
      const value: StoredLayout = {
        signature: s.signature,
        rowKeys: s.rowKeys,
        written: writtenRecord(s),
      };
      wb.settings.add(SETTING_PREFIX + s.name, JSON.stringify(value));
    }
  });

  if (options.precision) {
    const kept = new Set(result.conflicts.map((c) => precisionKey(c.sheet, c.cell)));
    queuePrecision(
      context,
      stateRange ? stateFrom(stateRange) : emptyState(),
      options.precision.filter((r) => !kept.has(precisionKey(r.sheet, r.cell))),
    );
  }

  if (options.charts)
    queueCharts(sheets.getItem(options.charts.sheet), chartsBefore, options.charts.placements);

  const known = new Set(names.items.map((n) => n.name.toLowerCase()));
  for (const n of layout.names ?? []) {
    if (!known.has(n.name.toLowerCase())) wb.names.add(n.name, `=${n.address}`, n.comment);
  }
  await context.sync();
  return result;
}

function parseStored(value: unknown): StoredLayout | null {
  try {
    const v = typeof value === "string" ? JSON.parse(value) : value;
    return v && typeof v.signature === "string" && Array.isArray(v.rowKeys)
      ? (v as StoredLayout)
      : null;
  } catch {
    return null;
  }
}

const any = (grid: ReadonlyArray<ReadonlyArray<unknown>>) =>
  grid.some((r) => r.some((v) => v !== null));

/**
 * Queues a plan's contents: text cells formatted as text (“@”) first, then their text
 * through `values` (a string starting with =, + or - written to a cell not formatted as
 * text would become a formula), then numbers and formulas through `formulas`. A null in
 * each grid leaves its cell to the other writes.
 */
function writeContents(range: Excel.Range, contents: PlanContents): void {
  if (any(contents.formats)) range.numberFormat = contents.formats;
  if (any(contents.texts)) range.values = contents.texts;
  if (any(contents.formulas)) range.formulas = contents.formulas;
}

/** Queues the writes of one sheet's plan (no sync here). */
function render(
  context: Excel.RequestContext,
  s: SheetLayout,
  plan: SheetPlan,
  existing: ExistingSheet | null,
): void {
  const ws = context.workbook.worksheets.getItem(s.name);
  if (plan.restyle && existing && existing.formulas.length) {
    // Old merges may cover cells the new layout writes: undo them over the old and new areas.
    const rows = Math.max(
      existing.top + existing.formulas.length,
      ...s.cells.map((c) => c.row + 1),
    );
    const cols = Math.max(
      existing.left + (existing.formulas[0]?.length ?? 0),
      ...s.cells.map((c) => c.col + 1),
    );
    ws.getRange(`A1:${columnLetters(cols - 1)}${rows}`).unmerge();
  }
  if (plan.contents) writeContents(ws.getRange(rectA1(plan.contents.rect)), plan.contents);
  if (!plan.restyle) return;
  for (const { style, rect } of styleRects(s.cells)) {
    applyStyle(
      ws.getRange(rectA1(rect)),
      STYLES[style],
      rect.bottom - rect.top + 1,
      rect.right - rect.left + 1,
    );
  }
  for (const m of s.merges) ws.getRange(m).merge(false);
  for (const w of s.widths) {
    const col = columnLetters(w.col);
    ws.getRange(`${col}:${col}`).format.columnWidth = w.width * POINTS_PER_CHAR;
  }
  if (s.freeze && (s.freeze.rows || s.freeze.columns)) {
    if (s.freeze.columns)
      ws.freezePanes.freezeAt(`A1:${columnLetters(s.freeze.columns - 1)}${s.freeze.rows}`);
    else ws.freezePanes.freezeRows(s.freeze.rows);
  }
  if (s.print) {
    ws.pageLayout.orientation = s.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.centerHorizontally = true;
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintArea(s.print.area);
    if (s.print.titleRows) ws.pageLayout.setPrintTitleRows(s.print.titleRows);
  }
  const title = s.cells.find((c) => c.style === "title");
  if (title) ws.getRange(`A${title.row + 1}`).format.rowHeight = 28;
  for (const h of s.rowHeights ?? []) ws.getRange(`A${h.row + 1}`).format.rowHeight = h.height;
  // Rows a previous run hid may hold figures now: every row of the table is shown first.
  if (s.hiddenRows) {
    const last = s.cells.reduce((m, c) => Math.max(m, c.row), 0) + 1;
    ws.getRange(`A1:A${last}`).rowHidden = false;
    for (const row of s.hiddenRows) ws.getRange(`A${row + 1}`).rowHidden = true;
  }
}
