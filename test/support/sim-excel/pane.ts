/*
 * What the task pane needs of the simulated host beyond what the template writer needs:
 * fills read back and cleared, notes (ExcelApi 1.18) and comments (1.10), select and
 * activate, the selected range, sheet ids and visibility, worksheets.onChanged and
 * onNameChanged (userRename), a read-only workbook, and calculation of the formulas the
 * add-in writes (./calc).
 * The simulator's own files belong to the template writer's tests; importing this file
 * adds these to its classes, with the same rules: writes are queued until sync, reads need
 * a synced load, and every write is recorded.
 *
 * Change events: after a sync that wrote values or formulas, and for `userEdit`, the
 * registered onChanged handlers are called asynchronously, as Excel does (source "Local"
 * for the add-in's own writes, as Excel reports them).
 */
import "./calc";
import "./tables";
import { SimContext, SimProxy } from "./context";
import type { SimExcel } from "./index";
import { SimRange } from "./range";
import {
  cellId,
  parseAddress,
  rectAddress,
  simError,
  type CellScalar,
  type Rect,
  type SimSheet,
  type SimWorkbookState,
} from "./state";
import { SimWorkbook, SimWorksheet, SimWorksheetCollection } from "./workbook";

export interface SimAnnotation {
  sheet: SimSheet;
  row: number;
  col: number;
  content: string;
}

export interface SimChange {
  sheet: string;
  address: string;
  changeType?: string;
  source?: "Local" | "Remote";
}

type ChangeHandler = (args: {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: string;
  source: string;
}) => Promise<unknown>;

type NameChangedHandler = (args: {
  type: "WorksheetNameChanged";
  worksheetId: string;
  nameBefore: string;
  nameAfter: string;
  source: string;
}) => Promise<unknown>;

export interface PaneExtras {
  visibility: WeakMap<SimSheet, string>;
  active?: string;
  selection?: { sheet: string; address: string };
  notes: SimAnnotation[];
  comments: SimAnnotation[];
  handlers: Set<ChangeHandler>;
  /** worksheets.onNameChanged (ExcelApi 1.17). */
  nameHandlers: Set<NameChangedHandler>;
  /** Every write then fails with AccessDenied, as for a reviewer without edit rights. */
  readOnly: boolean;
}

const extras = new WeakMap<SimWorkbookState, PaneExtras>();
const ids = new WeakMap<SimSheet, string>();
let nextId = 1;

export function paneState(state: SimWorkbookState): PaneExtras {
  let e = extras.get(state);
  if (!e) {
    e = {
      visibility: new WeakMap(),
      notes: [],
      comments: [],
      handlers: new Set(),
      nameHandlers: new Set(),
      readOnly: false,
    };
    extras.set(state, e);
  }
  return e;
}

export function sheetId(sheet: SimSheet): string {
  let id = ids.get(sheet);
  if (!id) {
    id = `{sim-sheet-${nextId++}}`;
    ids.set(sheet, id);
  }
  return id;
}

function sheetByKey(state: SimWorkbookState, key: string): SimSheet | undefined {
  return state.sheet(key) ?? state.sheets.find((s) => ids.get(s) === key);
}

/** The fill a cell shows, as Excel reports it: white when it has none. */
export function fillOf(
  state: SimWorkbookState,
  sheet: string,
  address: string,
): string | undefined {
  return state.cell(sheet, address)?.format.fill;
}

/** Calls the onChanged handlers, later, as Excel does after an edit. */
export function fireChanges(state: SimWorkbookState, changes: readonly SimChange[]): Promise<void> {
  const e = paneState(state);
  const handlers = [...e.handlers];
  if (handlers.length === 0 || changes.length === 0) return Promise.resolve();
  return new Promise((resolve) =>
    setTimeout(async () => {
      for (const change of changes) {
        const sheet = state.sheet(change.sheet);
        if (!sheet) continue;
        for (const handler of handlers) {
          await handler({
            type: "WorksheetChanged",
            worksheetId: sheetId(sheet),
            address: change.address,
            changeType: change.changeType ?? "RangeEdited",
            source: change.source ?? "Local",
          });
        }
      }
      resolve();
    }, 0),
  );
}

/** What a user renaming a sheet does: the new name, then onNameChanged (no onChanged), later. */
export function userRename(sim: SimExcel, from: string, to: string): Promise<void> {
  const sheet = sim.state.sheet(from);
  if (!sheet) throw simError("ItemNotFound", `No sheet named ${from}`);
  sheet.name = to;
  const handlers = [...paneState(sim.state).nameHandlers];
  return new Promise((resolve) =>
    setTimeout(async () => {
      for (const handler of handlers) {
        await handler({
          type: "WorksheetNameChanged",
          worksheetId: sheetId(sheet),
          nameBefore: from,
          nameAfter: to,
          source: "Local",
        });
      }
      resolve();
    }, 0),
  );
}

/** What a user clicking a cell in Excel does: the selection moves, no change event. */
export function userSelect(sim: SimExcel, sheet: string, address: string): void {
  const e = paneState(sim.state);
  e.selection = { sheet, address };
  e.active = sheet;
}

/** What a user (or a co-author, source "Remote") typing into a cell does: the edit, then the event. */
export function userEdit(
  sim: SimExcel,
  sheet: string,
  address: string,
  content: CellScalar | "",
  source: "Local" | "Remote" = "Local",
): Promise<void> {
  sim.state.type(sheet, address, content);
  return fireChanges(sim.state, [{ sheet, address, source }]);
}

// ---- internals of the simulator's classes, reached from outside them -------------------

interface RangeInside {
  context: SimContext;
  sheetOf(): SimSheet;
  rect(): Rect;
}
const inside = (range: SimRange) => range as unknown as RangeInside;
const loadedOf = (proxy: SimProxy) => (proxy as unknown as { loaded: Map<string, unknown> }).loaded;
const stateOf = (context: SimContext) => context.state;

function cellOf(sheet: SimSheet, row: number, col: number) {
  const id = cellId(row, col);
  const cell = sheet.cells.get(id) ?? { content: "" as const, format: {} };
  sheet.cells.set(id, cell);
  return cell;
}

// ---- fills: readable, clearable --------------------------------------------------------

class PaneFill extends SimProxy {
  constructor(
    context: SimContext,
    private readonly range: SimRange,
    private readonly setColor: (v: string) => void,
  ) {
    super(context);
  }
  protected get defaultProperties(): string[] {
    return ["color", "pattern"];
  }
  protected readProperty(name: string): unknown {
    const rect = inside(this.range).rect();
    const fill = inside(this.range).sheetOf().cells.get(cellId(rect.top, rect.left))?.format.fill;
    if (name === "color") return fill ?? "#FFFFFF";
    if (name === "pattern") return fill ? "Solid" : "None";
    throw simError("InvalidArgument", `RangeFill.${name} is not simulated`);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.setColor(v);
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.context.enqueue(() => {
      const sheet = inside(this.range).sheetOf();
      const r = inside(this.range).rect();
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) delete cellOf(sheet, row, col).format.fill;
      }
      this.context.record({
        sheet: sheet.name,
        address: rectAddress(sheet.name, r),
        what: "format.fill.clear",
      });
    });
  }
}

// ---- notes and comments ---------------------------------------------------------------

class PaneAnnotation extends SimProxy {
  constructor(
    context: SimContext,
    private readonly kind: "notes" | "comments",
    private readonly entry: SimAnnotation,
  ) {
    super(context);
  }
  private list(): SimAnnotation[] {
    return paneState(stateOf(this.context))[this.kind];
  }
  protected get defaultProperties(): string[] {
    return ["content"];
  }
  protected readProperty(name: string): unknown {
    if (!this.list().includes(this.entry))
      throw simError("ItemNotFound", `The ${this.kind} item was deleted`);
    if (name === "content") return this.entry.content;
    throw simError("InvalidArgument", `${this.kind}.${name} is not simulated`);
  }
  get content(): string {
    return this.get("content");
  }
  delete(): void {
    this.context.enqueue(() => {
      const list = this.list();
      const at = list.indexOf(this.entry);
      if (at < 0) throw simError("ItemNotFound", `The ${this.kind} item was already deleted`);
      list.splice(at, 1);
      const address = rectAddress(this.entry.sheet.name, cellRect(this.entry));
      this.context.record({ sheet: this.entry.sheet.name, address, what: `${this.kind}.delete` });
    });
  }
  getLocation(): SimRange {
    return new SimRange(this.context, () => this.entry.sheet, cellRect(this.entry));
  }
}

const cellRect = (a: { row: number; col: number }): Rect => ({
  top: a.row,
  left: a.col,
  bottom: a.row,
  right: a.col,
});

class PaneAnnotationCollection extends SimProxy {
  constructor(
    context: SimContext,
    private readonly kind: "notes" | "comments",
  ) {
    super(context);
  }
  protected get defaultProperties(): string[] {
    return ["items/content"];
  }
  protected readProperty(name: string): unknown {
    if (!name.startsWith("items"))
      throw simError("InvalidArgument", `${this.kind}.${name} is not simulated`);
    return paneState(stateOf(this.context))[this.kind].map((entry) => {
      const item = new PaneAnnotation(this.context, this.kind, entry);
      loadedOf(item).set("content", entry.content);
      return item;
    });
  }
  get items(): PaneAnnotation[] {
    const key = [...loadedOf(this).keys()].find((k) => k.startsWith("items"));
    return this.get(key ?? "items");
  }
  add(cellAddress: SimRange | string, content: string): PaneAnnotation {
    const entry: SimAnnotation = {
      sheet: undefined as unknown as SimSheet,
      row: -1,
      col: -1,
      content,
    };
    this.context.enqueue(() => {
      const state = stateOf(this.context);
      let sheet: SimSheet | undefined;
      let rect: Rect;
      if (typeof cellAddress === "string") {
        const parsed = parseAddress(cellAddress);
        sheet = parsed.sheet ? state.sheet(parsed.sheet) : undefined;
        rect = parsed.rect;
      } else {
        sheet = inside(cellAddress).sheetOf();
        rect = inside(cellAddress).rect();
      }
      if (!sheet) throw simError("InvalidCellAddress", `No sheet for ${String(cellAddress)}`);
      if (rect.top !== rect.bottom || rect.left !== rect.right)
        throw simError("InvalidCellAddress", "Not a single cell");
      const list = paneState(state)[this.kind];
      if (list.some((a) => a.sheet === sheet && a.row === rect.top && a.col === rect.left)) {
        throw simError("InvalidArgument", `The cell already has one of the ${this.kind}`);
      }
      Object.assign(entry, { sheet, row: rect.top, col: rect.left });
      list.push(entry);
      this.context.record({
        sheet: sheet.name,
        address: rectAddress(sheet.name, rect),
        what: `${this.kind}.add`,
        value: content,
      });
    });
    return new PaneAnnotation(this.context, this.kind, entry);
  }
}

/** A note or comment the user put on a cell (test setup). */
export function addUserAnnotation(
  state: SimWorkbookState,
  kind: "notes" | "comments",
  sheet: string,
  address: string,
  content: string,
) {
  const s = state.sheet(sheet) ?? state.addSheet(sheet);
  const { rect } = parseAddress(address);
  paneState(state)[kind].push({ sheet: s, row: rect.top, col: rect.left, content });
}

function copyCells(cells: SimSheet["cells"]): SimSheet["cells"] {
  return new Map(
    [...cells].map(([id, c]) => [
      id,
      { ...c, format: { ...c.format, borders: c.format.borders && { ...c.format.borders } } },
    ]),
  );
}

// ---- installation ------------------------------------------------------------------------

function install(): void {
  const marker = Symbol.for("fa.sim-excel.pane");
  const proto = SimRange.prototype as unknown as Record<symbol, boolean>;
  if (proto[marker]) return;
  proto[marker] = true;

  const getRange = SimWorksheet.prototype.getRange;
  SimWorksheet.prototype.getRange = function (this: SimWorksheet, address?: string) {
    const range = getRange.call(this, address);
    const original = range.format.fill;
    Object.defineProperty(range.format, "fill", {
      value: new PaneFill(range.context, range, (v) => (original.color = v)),
    });
    return range;
  };

  Object.assign(SimRange.prototype, {
    select(this: SimRange) {
      this.context.enqueue(() => {
        const sheet = inside(this).sheetOf();
        const address = rectAddress(sheet.name, inside(this).rect()).split("!")[1];
        const e = paneState(stateOf(this.context));
        e.selection = { sheet: sheet.name, address };
        e.active = sheet.name;
        this.context.record({ sheet: sheet.name, address, what: "select" });
      });
    },
  });

  const sheetRead = (SimWorksheet.prototype as unknown as { readProperty(n: string): unknown })
    .readProperty;
  Object.assign(SimWorksheet.prototype, {
    readProperty(this: SimWorksheet, name: string): unknown {
      const sheet = this.sheet();
      if (name === "id") return sheetId(sheet);
      if (name === "visibility")
        return paneState(stateOf(this.context)).visibility.get(sheet) ?? "Visible";
      return sheetRead.call(this, name);
    },
    activate(this: SimWorksheet) {
      this.context.enqueue(() => {
        const sheet = this.sheet();
        paneState(stateOf(this.context)).active = sheet.name;
        this.context.record({ sheet: sheet.name, what: "activate" });
      });
    },
  });
  Object.defineProperty(SimWorksheet.prototype, "id", {
    get(this: SimWorksheet) {
      return (this as unknown as { get(n: string): unknown }).get("id");
    },
  });
  Object.defineProperty(SimWorksheet.prototype, "visibility", {
    get(this: SimWorksheet) {
      return (this as unknown as { get(n: string): unknown }).get("visibility");
    },
    set(this: SimWorksheet, v: string) {
      this.context.enqueue(() => {
        const sheet = this.sheet();
        paneState(stateOf(this.context)).visibility.set(sheet, v);
        this.context.record({ sheet: sheet.name, what: "visibility", value: v });
      });
    },
  });

  const collectionRead = (
    SimWorksheetCollection.prototype as unknown as { readProperty(n: string): unknown }
  ).readProperty;
  Object.assign(SimWorksheetCollection.prototype, {
    readProperty(this: SimWorksheetCollection, name: string): unknown {
      const items = collectionRead.call(this, name) as SimWorksheet[];
      const sheets = stateOf(this.context).sheets;
      items.forEach((ws, i) => {
        loadedOf(ws).set("id", sheetId(sheets[i]));
        loadedOf(ws).set(
          "visibility",
          paneState(stateOf(this.context)).visibility.get(sheets[i]) ?? "Visible",
        );
      });
      return items;
    },
    getItem(this: SimWorksheetCollection, key: string) {
      return new SimWorksheet(this.context, () => sheetByKey(stateOf(this.context), key));
    },
    getItemOrNullObject(this: SimWorksheetCollection, key: string) {
      return new SimWorksheet(this.context, () => sheetByKey(stateOf(this.context), key), true);
    },
  });
  // Event handlers are added and removed at the next sync, in the context that added them.
  const events = <H>(context: SimContext, set: (e: PaneExtras) => Set<H>) => ({
    add(handler: H) {
      context.enqueue(() => set(paneState(stateOf(context))).add(handler));
      return {
        context,
        remove() {
          context.enqueue(() => set(paneState(stateOf(context))).delete(handler));
        },
      };
    },
  });
  Object.defineProperty(SimWorksheetCollection.prototype, "onChanged", {
    get(this: SimWorksheetCollection) {
      return events(this.context, (e) => e.handlers);
    },
  });
  Object.defineProperty(SimWorksheetCollection.prototype, "onNameChanged", {
    get(this: SimWorksheetCollection) {
      return events(this.context, (e) => e.nameHandlers);
    },
  });

  // The selection is the user's (userSelect) or the last range the add-in selected; A1 of the first sheet at start.
  Object.assign(SimWorkbook.prototype, {
    getSelectedRange(this: SimWorkbook) {
      const context = this.worksheets.context;
      const state = stateOf(context);
      const at = () => {
        const selection = paneState(state).selection;
        const sheet = (selection && state.sheet(selection.sheet)) ?? state.sheets[0];
        if (!sheet) throw simError("ItemNotFound", "The workbook has no sheet");
        return { sheet, rect: parseAddress(selection?.address ?? "A1").rect };
      };
      let chosen: ReturnType<typeof at> | undefined;
      return new SimRange(
        context,
        () => (chosen ??= at()).sheet,
        () => (chosen ??= at()).rect,
      );
    },
  });

  for (const kind of ["notes", "comments"] as const) {
    Object.defineProperty(SimWorkbook.prototype, kind, {
      get(this: SimWorkbook) {
        return new PaneAnnotationCollection(this.worksheets.context, kind);
      },
    });
  }

  const record = SimContext.prototype.record;
  SimContext.prototype.record = function (this: SimContext, w) {
    if (paneState(this.state).readOnly) {
      throw simError(
        "AccessDenied",
        "You cannot perform the requested operation: the workbook is read-only.",
      );
    }
    record.call(this, w);
  };

  // Excel tells the add-in about its own edits too (source "Local").
  const sync = SimContext.prototype.sync;
  SimContext.prototype.sync = async function (this: SimContext) {
    const before = this.state.writes.length;
    const e = paneState(this.state);
    if (e.readOnly) {
      // Excel refuses the write as a whole: undo what the failing operation began.
      const cells = this.state.sheets.map((sheet) => [sheet, copyCells(sheet.cells)] as const);
      const annotations = { notes: [...e.notes], comments: [...e.comments] };
      try {
        await sync.call(this);
      } catch (error) {
        for (const [sheet, copy] of cells) sheet.cells = copy;
        Object.assign(e, annotations);
        throw error;
      }
      return;
    }
    await sync.call(this);
    const edits = this.state.writes
      .slice(before)
      .filter((w) => (w.what === "values" || w.what === "formulas") && w.sheet && w.address)
      .map((w) => ({
        sheet: w.sheet as string,
        address: (w.address as string).split("!")[1],
        source: "Local" as const,
      }));
    void fireChanges(this.state, edits);
  };
}

install();

export { createSimExcel, SimWorkbookState } from "./index";

/**
 * The simulator's run, typed as the adapters take it (they see only what the simulator has).
 * Given a context first, as Excel.run(context, batch), the batch runs in that context.
 */
export function simRun(sim: SimExcel): import("../../../src/excel/host-support").ExcelRun {
  type Batch = (context: SimContext) => Promise<unknown>;
  const run = async (first: SimContext | Batch, batch?: Batch) => {
    if (typeof first === "function") return sim.run(first as Parameters<SimExcel["run"]>[0]);
    const result = await batch!(first);
    if (first.pending > 0) await first.sync();
    return result;
  };
  return run as unknown as import("../../../src/excel/host-support").ExcelRun;
}

export const ALL_SUPPORT: import("../../../src/excel/host-support").HostSupport = {
  notes: true,
  comments: true,
  events: true,
  renameEvents: true,
  fillPattern: true,
};
