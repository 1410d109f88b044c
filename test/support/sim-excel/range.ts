import { SimContext, SimProxy } from "./context";
import {
  cellId,
  enter,
  holdsFormula,
  parseAddress,
  rectAddress,
  simError,
  type CellFormat,
  type CellScalar,
  type Rect,
  type SimCell,
  type SimSheet,
} from "./state";

type Grid = ReadonlyArray<ReadonlyArray<unknown>>;

const overlaps = (a: Rect, b: Rect) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** A range; its rectangle may be decided only at sync time (a used range). */
export class SimRange extends SimProxy {
  private rectAtSync: Rect | undefined;
  private nullRange = false;

  constructor(
    context: SimContext,
    private readonly sheetOf: () => SimSheet,
    rect: Rect | (() => Rect | undefined),
    orNull = false,
  ) {
    super(context);
    if (typeof rect === "function") {
      context.enqueue(() => {
        const r = rect();
        if (r) this.rectAtSync = r;
        else this.nullRange = true;
      });
    } else this.rectAtSync = rect;
    if (orNull) this.trackNull();
  }

  protected override exists(): boolean {
    return !this.nullRange;
  }

  protected get defaultProperties(): string[] {
    return [
      "address",
      "values",
      "formulas",
      "numberFormat",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
    ];
  }

  private rect(): Rect {
    if (this.nullRange) throw simError("InvalidOperation", "The range is a null object");
    if (!this.rectAtSync) throw simError("InvalidOperation", "range not resolved");
    return this.rectAtSync;
  }

  private cells<T>(fn: (cell: SimCell | undefined, r: number, c: number) => T): T[][] {
    const rect = this.rect();
    if (rect.wholeColumns)
      throw simError("InvalidOperation", "Reading whole columns is not simulated");
    const sheet = this.sheetOf();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++)
        row.push(fn(sheet.cells.get(cellId(r, c)), r, c));
      out.push(row);
    }
    return out;
  }

  protected readProperty(name: string): unknown {
    const rect = this.rect();
    switch (name) {
      case "address":
        return rectAddress(this.sheetOf().name, rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "formulas":
        return this.cells((cell) => cell?.content ?? "");
      case "values":
        return this.cells((cell) =>
          holdsFormula(cell) ? (cell.cached ?? "") : (cell?.content ?? ""),
        );
      case "numberFormat":
        return this.cells((cell) => cell?.numberFormat ?? "General");
      default:
        throw simError("InvalidArgument", `Range.${name} is not simulated`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): CellScalar[][] {
    return this.get("values");
  }
  get formulas(): CellScalar[][] {
    return this.get("formulas");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }

  set values(grid: Grid) {
    this.writeGrid("values", grid, (cell, v) => enter(cell, v as CellScalar));
  }
  set formulas(grid: Grid) {
    this.writeGrid("formulas", grid, (cell, v) => enter(cell, v as CellScalar));
  }
  set numberFormat(grid: Grid) {
    this.writeGrid("numberFormat", grid, (cell, v) => (cell.numberFormat = String(v)));
  }

  /** 2-D writes must match the range; a null entry leaves its cell unchanged (as in Excel). */
  private writeGrid(what: string, grid: Grid, apply: (cell: SimCell, v: unknown) => void): void {
    const copy = grid.map((row) => [...row]);
    this.context.enqueue(() => {
      const rect = this.rect();
      const sheet = this.sheetOf();
      if (
        copy.length !== rect.bottom - rect.top + 1 ||
        copy.some((row) => row.length !== rect.right - rect.left + 1)
      ) {
        throw simError(
          "InvalidArgument",
          `${what}: the array does not match the size of ${rectAddress(sheet.name, rect)}`,
        );
      }
      copy.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          const r = rect.top + i;
          const c = rect.left + j;
          if (what !== "numberFormat" && v !== "" && coveredByMerge(sheet, r, c)) {
            throw simError(
              "InvalidOperation",
              `Cannot change part of a merged cell (${rectAddress(sheet.name, { top: r, left: c, bottom: r, right: c })})`,
            );
          }
          const id = cellId(r, c);
          const cell = sheet.cells.get(id) ?? { content: "", format: {} };
          apply(cell, v);
          sheet.cells.set(id, cell);
          this.context.record({
            sheet: sheet.name,
            address: rectAddress(sheet.name, { top: r, left: c, bottom: r, right: c }),
            what,
            value: v,
          });
        }),
      );
    });
  }

  /** The range's address with its sheet, at sync time (what a chart's series refers to). */
  addressAtSync(): string {
    return rectAddress(this.sheetOf().name, this.rect());
  }

  /** Hides or shows the range's whole rows (write-only here, as format properties are). */
  set rowHidden(hidden: boolean) {
    this.context.enqueue(() => {
      const rect = this.rect();
      const sheet = this.sheetOf();
      if (rect.wholeColumns)
        throw simError("InvalidOperation", "rowHidden on whole columns is not simulated");
      for (let r = rect.top; r <= rect.bottom; r++)
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      this.context.record({
        sheet: sheet.name,
        address: rectAddress(sheet.name, rect),
        what: "rowHidden",
        value: hidden,
      });
    });
  }
  get rowHidden(): boolean {
    throw simError("PropertyNotLoaded", "rowHidden is write-only in the simulator");
  }

  merge(across = false): void {
    this.context.enqueue(() => {
      const rect = this.rect();
      const sheet = this.sheetOf();
      const address = rectAddress(sheet.name, rect).split("!")[1];
      for (const m of sheet.merges) {
        if (m !== address && overlaps(parseAddress(m).rect, rect)) {
          throw simError("InvalidOperation", `Merge ${address} overlaps the merged cells ${m}`);
        }
      }
      if (across) throw simError("InvalidArgument", "merge(across) is not simulated");
      sheet.merges.add(address);
      this.context.record({ sheet: sheet.name, address, what: "merge" });
    });
  }

  unmerge(): void {
    this.context.enqueue(() => {
      const rect = this.rect();
      const sheet = this.sheetOf();
      for (const m of [...sheet.merges])
        if (overlaps(parseAddress(m).rect, rect)) sheet.merges.delete(m);
      this.context.record({
        sheet: sheet.name,
        address: rectAddress(sheet.name, rect),
        what: "unmerge",
      });
    });
  }

  readonly format = new SimRangeFormat(this.context, (what, value, apply) => {
    this.context.enqueue(() => {
      const rect = this.rect();
      const sheet = this.sheetOf();
      if (rect.wholeColumns) {
        if (what !== "columnWidth")
          throw simError("InvalidOperation", `${what} on whole columns is not simulated`);
        for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, Number(value));
      } else if (what === "rowHeight") {
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, Number(value));
      } else {
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const id = cellId(r, c);
            const cell = sheet.cells.get(id) ?? { content: "", format: {} };
            apply(cell.format, r - rect.top, c - rect.left, rect);
            sheet.cells.set(id, cell);
          }
        }
      }
      this.context.record({
        sheet: sheet.name,
        address: rectAddress(sheet.name, rect),
        what: `format.${what}`,
        value,
      });
    });
  });
}

function coveredByMerge(sheet: SimSheet, r: number, c: number): boolean {
  for (const m of sheet.merges) {
    const rect = parseAddress(m).rect;
    if (
      r >= rect.top &&
      r <= rect.bottom &&
      c >= rect.left &&
      c <= rect.right &&
      (r !== rect.top || c !== rect.left)
    )
      return true;
  }
  return false;
}

type Apply = (f: CellFormat, dr: number, dc: number, rect: Rect) => void;
type Queue = (what: string, value: unknown, apply: Apply) => void;

/** Range.format: every property write is a queued operation on each cell of the range. */
export class SimRangeFormat {
  constructor(
    private readonly context: SimContext,
    private readonly queue: Queue,
  ) {}

  readonly font = new SimRangeFont((what, value, apply) =>
    this.queue(`font.${what}`, value, apply),
  );
  readonly fill = new SimRangeFill((value) =>
    this.queue("fill.color", value, (f) => (f.fill = value)),
  );
  readonly borders = new SimBorders((edge, what, value) =>
    this.queue(`borders.${edge}.${what}`, value, (f, dr, dc, rect) => {
      if (what !== "style") return;
      const rows = rect.bottom - rect.top;
      const cols = rect.right - rect.left;
      const on =
        edge === "EdgeTop"
          ? dr === 0
          : edge === "EdgeBottom"
            ? dr === rows
            : edge === "EdgeLeft"
              ? dc === 0
              : edge === "EdgeRight"
                ? dc === cols
                : true;
      if (on) f.borders = { ...f.borders, [edge]: String(value) };
    }),
  );

  set horizontalAlignment(v: string) {
    this.queue("horizontalAlignment", v, (f) => (f.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.queue("verticalAlignment", v, (f) => (f.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.queue("wrapText", v, (f) => (f.wrapText = v));
  }
  set indentLevel(v: number) {
    this.queue("indentLevel", v, (f) => (f.indentLevel = v));
  }
  set columnWidth(v: number) {
    this.queue("columnWidth", v, () => undefined);
  }
  set rowHeight(v: number) {
    this.queue("rowHeight", v, () => undefined);
  }
  get horizontalAlignment(): string {
    throw simError("PropertyNotLoaded", "format properties are write-only in the simulator");
  }
}

export class SimRangeFont {
  constructor(private readonly queue: (what: string, value: unknown, apply: Apply) => void) {}
  set bold(v: boolean) {
    this.queue("bold", v, (f) => (f.bold = v));
  }
  set italic(v: boolean) {
    this.queue("italic", v, (f) => (f.italic = v));
  }
  set underline(v: string) {
    this.queue("underline", v, (f) => (f.underline = v));
  }
  set size(v: number) {
    this.queue("size", v, (f) => (f.size = v));
  }
  set name(v: string) {
    this.queue("name", v, (f) => (f.fontName = v));
  }
  set color(v: string) {
    this.queue("color", v, (f) => (f.fontColor = v));
  }
  get bold(): boolean {
    throw simError("PropertyNotLoaded", "format properties are write-only in the simulator");
  }
}

export class SimRangeFill {
  constructor(private readonly queue: (value: string) => void) {}
  set color(v: string) {
    this.queue(v);
  }
  get color(): string {
    throw simError("PropertyNotLoaded", "format properties are write-only in the simulator");
  }
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

export class SimBorders {
  constructor(private readonly queue: (edge: string, what: string, value: unknown) => void) {}
  getItem(edge: string): { style: string; color: string; weight: string } {
    if (!EDGES.includes(edge)) throw simError("InvalidArgument", `Unknown border ${edge}`);
    const queue = this.queue;
    return {
      set style(v: string) {
        queue(edge, "style", v);
      },
      set color(v: string) {
        queue(edge, "color", v);
      },
      set weight(v: string) {
        queue(edge, "weight", v);
      },
      get style(): string {
        throw simError("PropertyNotLoaded", "border properties are write-only in the simulator");
      },
      get color(): string {
        throw simError("PropertyNotLoaded", "border properties are write-only in the simulator");
      },
      get weight(): string {
        throw simError("PropertyNotLoaded", "border properties are write-only in the simulator");
      },
    };
  }
}

export function usedRect(sheet: SimSheet, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [id, cell] of sheet.cells) {
    const empty =
      cell.content === "" &&
      (valuesOnly || (Object.keys(cell.format).length === 0 && cell.numberFormat === undefined));
    if (empty) continue;
    const [r, c] = id.split(",").map(Number);
    rect = rect
      ? {
          top: Math.min(rect.top, r),
          left: Math.min(rect.left, c),
          bottom: Math.max(rect.bottom, r),
          right: Math.max(rect.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return rect;
}
