/*
 * Excel tables on the simulated host, as much as the add-in's state sheet uses them:
 * worksheet.tables.add(address, true) over a header row, workbook.tables and
 * worksheet.tables getItem / getItemOrNullObject by name, Table.name, getHeaderRowRange,
 * and rows.add(null | undefined | -1, values) appending at the end. As in Excel, a row
 * added to a table pushes the cells below the table (in its columns) down, and takes the
 * number format of the row above it, so a table whose header is formatted as text enters
 * “=…” as text. Every operation is queued until sync and recorded, so co-authoring
 * (./coauthoring.ts) can replay it: a row insert is replayed as an insert, not as the
 * cells it filled.
 */
import { SimContext, SimProxy } from "./context";
import { SimRange } from "./range";
import {
  cellId,
  enter,
  parseAddress,
  rectAddress,
  simError,
  type CellScalar,
  type SimCell,
  type SimSheet,
  type SimTable,
  type SimWorkbookState,
} from "./state";
import { SimWorkbook, SimWorksheet } from "./workbook";

let nextTable = 1;

const overlaps = (a: SimTable, b: Omit<SimTable, "id" | "name">) =>
  a.sheet === b.sheet &&
  a.left <= b.right &&
  b.left <= a.right &&
  a.top <= b.bottom &&
  b.top <= a.bottom;

export function tableNamed(state: SimWorkbookState, name: string): SimTable | undefined {
  return state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

/** Creates a table over a header row (hasHeaders). Returns undefined when it would overlap one. */
export function createTable(
  state: SimWorkbookState,
  sheet: SimSheet,
  address: string,
  id: string,
): SimTable | undefined {
  const { rect } = parseAddress(address);
  const shape = { sheet, top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
  if (state.tables.some((t) => overlaps(t, shape))) return undefined;
  const table: SimTable = { id, name: `Table${id.replace(/\D/g, "")}`, ...shape };
  state.tables.push(table);
  return table;
}

/** Appends rows at the end of a table: the cells below it move down, formats come from above. */
export function appendTableRows(table: SimTable, rows: ReadonlyArray<ReadonlyArray<unknown>>) {
  const width = table.right - table.left + 1;
  if (rows.some((r) => r.length !== width))
    throw simError("InvalidArgument", `rows.add: the table ${table.name} has ${width} columns`);
  const { sheet } = table;
  const n = rows.length;
  const below: Array<[string, SimCell]> = [];
  for (const [id, cell] of [...sheet.cells]) {
    const [r, c] = id.split(",").map(Number);
    if (c >= table.left && c <= table.right && r > table.bottom) {
      sheet.cells.delete(id);
      below.push([cellId(r + n, c), cell]);
    }
  }
  for (const [id, cell] of below) sheet.cells.set(id, cell);
  rows.forEach((values, i) =>
    values.forEach((v, j) => {
      const c = table.left + j;
      const above = sheet.cells.get(cellId(table.bottom, c));
      const cell: SimCell = { content: "", format: {}, numberFormat: above?.numberFormat };
      enter(cell, v === null || v === undefined ? "" : (v as CellScalar));
      sheet.cells.set(cellId(table.bottom + 1 + i, c), cell);
    }),
  );
  table.bottom += n;
}

class SimTableRows {
  constructor(private readonly table: SimTableProxy) {}
  add(index?: number | null, values?: ReadonlyArray<ReadonlyArray<unknown>>): void {
    if (index !== undefined && index !== null && index !== -1)
      throw simError("InvalidArgument", "rows.add at an index is not simulated");
    const rows = (values ?? [[]]).map((r) => [...r]);
    const context = this.table.context;
    context.enqueue(() => {
      const t = this.table.table();
      appendTableRows(t, rows);
      context.record({
        sheet: t.sheet.name,
        what: "tables.rows.add",
        value: { table: t.name, rows },
      });
    });
  }
}

export class SimTableProxy extends SimProxy {
  readonly rows = new SimTableRows(this);
  constructor(
    context: SimContext,
    private readonly find: () => SimTable | undefined,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.trackNull();
  }
  protected override exists(): boolean {
    return this.find() !== undefined;
  }
  table(): SimTable {
    const t = this.find();
    if (!t) throw simError("ItemNotFound", "The table does not exist");
    return t;
  }
  protected get defaultProperties(): string[] {
    return ["name"];
  }
  protected readProperty(name: string): unknown {
    if (name === "name") return this.table().name;
    throw simError("InvalidArgument", `Table.${name} is not simulated`);
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.context.enqueue(() => {
      const t = this.table();
      const other = tableNamed(this.context.state, value);
      if (other && other !== t) throw simError("InvalidArgument", `A table named ${value} exists`);
      t.name = value;
      this.context.record({ sheet: t.sheet.name, what: "table.name", value: { id: t.id, value } });
    });
  }
  getHeaderRowRange(): SimRange {
    const t = () => this.table();
    return new SimRange(
      this.context,
      () => t().sheet,
      () => ({ top: t().top, left: t().left, bottom: t().top, right: t().right }),
    );
  }
  getRange(): SimRange {
    const t = () => this.table();
    return new SimRange(
      this.context,
      () => t().sheet,
      () => ({ top: t().top, left: t().left, bottom: t().bottom, right: t().right }),
    );
  }
}

export class SimTableCollection {
  constructor(
    readonly context: SimContext,
    /** The worksheet of worksheet.tables; absent for workbook.tables. */
    private readonly sheetOf?: () => SimSheet,
  ) {}
  private inScope(t: SimTable | undefined): SimTable | undefined {
    return t && (!this.sheetOf || t.sheet === this.sheetOf()) ? t : undefined;
  }
  add(address: string, hasHeaders: boolean): SimTableProxy {
    if (!hasHeaders)
      throw simError("InvalidArgument", "tables.add without headers is not simulated");
    const id = `{sim-table-${nextTable++}}`;
    const state = this.context.state;
    this.context.enqueue(() => {
      const named = parseAddress(address).sheet;
      const sheet = named ? state.sheet(named) : this.sheetOf?.();
      if (!sheet) throw simError("InvalidArgument", `No sheet for the table at ${address}`);
      if (!createTable(state, sheet, address, id))
        throw simError("InvalidOperation", `A table cannot overlap another table (${address})`);
      const { rect } = parseAddress(address);
      this.context.record({
        sheet: sheet.name,
        address: rectAddress(sheet.name, rect),
        what: "tables.add",
        value: { id },
      });
    });
    return new SimTableProxy(this.context, () => state.tables.find((t) => t.id === id));
  }
  getItem(name: string): SimTableProxy {
    return new SimTableProxy(this.context, () =>
      this.inScope(tableNamed(this.context.state, name)),
    );
  }
  getItemOrNullObject(name: string): SimTableProxy {
    return new SimTableProxy(
      this.context,
      () => this.inScope(tableNamed(this.context.state, name)),
      true,
    );
  }
}

function install(): void {
  const marker = Symbol.for("fa.sim-excel.tables");
  const proto = SimWorksheet.prototype as unknown as Record<symbol, boolean>;
  if (proto[marker]) return;
  proto[marker] = true;
  Object.defineProperty(SimWorksheet.prototype, "tables", {
    get(this: SimWorksheet) {
      return new SimTableCollection(this.context, () => this.sheet());
    },
  });
  Object.defineProperty(SimWorkbook.prototype, "tables", {
    get(this: SimWorkbook) {
      return new SimTableCollection(this.worksheets.context);
    },
  });
}

install();
