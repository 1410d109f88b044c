/*
 * Live checking: edits to the 说明 sheet or the template sheets re-run the check once the
 * user pauses. Changes are collected while typing (debounced), never checked twice at
 * once, and classified so that the pane re-reads only what changed: the edited paragraphs
 * of the 说明 sheet, and the tables only when a table sheet was touched.
 */
import { parseRange } from "../core/templates/a1";
import type { ExcelRun } from "./host-support";
import { NARRATIVE_SHEET, paragraphOfCell } from "./narrative-sheet";

export const LIVE_DELAY_MS = 300;

export interface SheetChange {
  sheet: string;
  /** The changed range on that sheet, A1 style without the sheet (“A5”, “A5:A9”, “5:5”). */
  address: string;
  /** Excel.DataChangeType: rows inserted or deleted move every paragraph below them. */
  changeType?: string;
  /** "Local" (this Excel, the add-in's own writes included) or "Remote" (a co-author). */
  source?: string;
}

export interface ChangeScope {
  /** Paragraph rows to re-read, or "all" when rows moved or a whole column changed. */
  narrative: number[] | "all" | null;
  /** Some template sheet changed: its values, and the formulas fed by them, must be read again. */
  tables: boolean;
  /**
   * The drafted (formula) paragraphs may show something else now: a sheet they read, or a
   * table sheet, changed. Excel recalculates them without any change event of their own.
   */
  formulas: boolean;
}

const SHIFTS = new Set(["RowInserted", "RowDeleted", "CellInserted", "CellDeleted"]);

/**
 * What a batch of changes invalidates; changes elsewhere (the state sheet, a user's own
 * sheet) nothing. `formulaSheets` are the sheets the 说明's formulas read.
 */
export function classifyChanges(
  changes: readonly SheetChange[],
  tableSheets: ReadonlySet<string>,
  formulaSheets: ReadonlySet<string> = new Set(),
): ChangeScope {
  let narrative: Set<number> | "all" | null = null;
  let tables = false;
  let formulas = false;
  for (const change of changes) {
    if (tableSheets.has(change.sheet)) tables = true;
    if (tables || formulaSheets.has(change.sheet)) formulas = true;
    if (change.sheet !== NARRATIVE_SHEET || narrative === "all") continue;
    const rows = changedParagraphs(change);
    if (rows === "all") narrative = "all";
    else if (rows.length > 0) {
      narrative ??= new Set();
      for (const r of rows) narrative.add(r);
    }
  }
  return {
    narrative:
      narrative === null || narrative === "all" ? narrative : [...narrative].sort((a, b) => a - b),
    tables,
    formulas,
  };
}

/** Paragraph rows of column A inside a changed range of the 说明 sheet. */
function changedParagraphs(change: SheetChange): number[] | "all" {
  if (change.changeType && SHIFTS.has(change.changeType)) return "all";
  let rect;
  try {
    rect = parseRange(change.address);
  } catch {
    return "all"; // whole columns (“A:A”) or rows (“5:7”)
  }
  if (rect.left > 0) return [];
  const rows: number[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = paragraphOfCell(`A${r + 1}`);
    if (row !== null) rows.push(row);
  }
  return rows;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const GLOBAL_TIMERS: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Runs `job` with the changes collected until a pause of `delayMs`. A batch that arrives
 * while the job runs waits for it and then runs, so that two checks never race to write
 * the marks; nothing is lost and nothing runs twice at once.
 */
export class LiveQueue {
  private pending: SheetChange[] = [];
  private timer: unknown = null;
  private running = false;
  private stopped = false;

  constructor(
    private readonly job: (changes: SheetChange[]) => Promise<void>,
    private readonly delayMs = LIVE_DELAY_MS,
    private readonly timers: Timers = GLOBAL_TIMERS,
  ) {}

  push(change: SheetChange): void {
    if (this.stopped) return;
    this.pending.push(change);
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, this.delayMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length > 0 && !this.stopped) {
        const batch = this.pending;
        this.pending = [];
        await this.job(batch);
        // Changes that came in meanwhile are still inside their own debounce window.
        if (this.timer !== null) break;
      }
    } finally {
      this.running = false;
    }
  }
}

export type Unwatch = () => Promise<void>;

export interface WatchOptions {
  /**
   * Where a failure inside the change handler goes (a sheet's name that could not be read):
   * the handler runs on Excel's events, outside any promise of the pane's.
   */
  onError?: (error: unknown) => void;
  /**
   * worksheets.onNameChanged is available (ExcelApi 1.17): sheet names are kept by id and
   * renamed as the user renames a sheet. Without it, each change looks its sheet's name up
   * (one sync), since a cached name would go stale on a rename.
   */
  renameEvents?: boolean;
}

/**
 * Listens to every worksheet's changes (worksheets.onChanged, ExcelApi 1.9) and hands them
 * to `onChange` with the sheet's name. One registration, whatever the number of sheets,
 * and sheets added later are covered too. Resolves to the function that stops listening.
 */
export async function watchWorkbook(
  run: ExcelRun,
  onChange: (change: SheetChange) => void,
  options: WatchOptions = {},
): Promise<Unwatch> {
  const cache = options.renameEvents === true;
  const names = new Map<string, string>();
  const nameOf = async (id: string): Promise<string> => {
    const known = cache ? names.get(id) : undefined;
    if (known !== undefined) return known;
    const name = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load("name");
      await context.sync();
      return sheet.isNullObject ? "" : sheet.name;
    });
    if (cache && name) names.set(id, name);
    return name;
  };
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // The pane's error display failed: nothing more can be done from an event handler.
    }
  };
  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (cache) sheets.load("items/id,items/name");
    const handlers: Array<OfficeExtension.EventHandlerResult<unknown>> = [
      sheets.onChanged.add(async (event) => {
        try {
          const sheet = await nameOf(event.worksheetId);
          if (sheet)
            onChange({
              sheet,
              address: event.address,
              changeType: event.changeType,
              source: event.source,
            });
        } catch (error) {
          report(error);
        }
      }),
    ];
    if (cache) {
      handlers.push(
        sheets.onNameChanged.add(async (event) => {
          names.set(event.worksheetId, event.nameAfter);
        }),
      );
    }
    await context.sync();
    if (cache) for (const s of sheets.items) names.set(s.id, s.name);
    return handlers;
  });
  // Removed in the request context that added the handlers, as Office.js requires.
  return () =>
    run(registrations[0].context, async (context) => {
      for (const r of registrations) r.remove();
      await context.sync();
    });
}
