/**
 * The state of a simulated workbook: what a real Excel holds, as plain data. Pure
 * TypeScript (no Node APIs) so that it can be bundled into a browser page too.
 */
import {
  columnIndex as columnNumber,
  columnLetters as columnName,
} from "../../../src/core/templates/a1";

export type CellScalar = number | string | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  size?: number;
  fontName?: string;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, string>;
}

export interface SimCell {
  /** A constant, or the formula text (starting with “=”). */
  content: CellScalar | "";
  numberFormat?: string;
  format: CellFormat;
  /** What `values` returns for a formula cell (the simulator does not calculate). */
  cached?: CellScalar;
  /**
   * The content was entered into a cell formatted as text (“@”): “=…” is then text, as in
   * Excel, and stays text if the format changes later (a formula likewise stays a formula).
   */
  text?: boolean;
}

/** Whether a cell holds a formula (not text that starts with “=”). */
export const holdsFormula = (cell: SimCell | undefined): cell is SimCell & { content: string } =>
  typeof cell?.content === "string" && cell.content.startsWith("=") && cell.text !== true;

/**
 * What Excel stores for a string entered into a cell (Range.values or .formulas, or typed):
 * in a cell formatted as text, the string as text; elsewhere a string starting with “+” or
 * “-” that is not a number is a formula too, as the office-js reference says of `values`.
 */
export function enter(cell: SimCell, content: CellScalar | ""): void {
  cell.text = typeof content === "string" && content !== "" && cell.numberFormat === "@";
  cell.content =
    typeof content === "string" &&
    !cell.text &&
    /^[+-]/.test(content) &&
    !Number.isFinite(Number(content))
      ? `=${content}`
      : content;
}

export interface SimSheet {
  name: string;
  cells: Map<string, SimCell>;
  merges: Set<string>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Rows (0-based) hidden through Range.rowHidden. */
  hiddenRows: Set<number>;
  charts: SimChartData[];
  freeze?: { rows: number; columns: number };
  page: {
    orientation?: string;
    paperSize?: string;
    printArea?: string;
    printTitleRows?: string;
    centerHorizontally?: boolean;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  };
}

/** A chart on a sheet: its type, name, title, and each series' source ranges (“'图表'!B3:B8”). */
export interface SimChartData {
  name: string;
  type: string;
  seriesBy: string;
  title?: string;
  series: Array<{ name?: string; values?: string; categories?: string }>;
  position?: { startCell: string; endCell?: string };
}

/** An Excel table (ListObject): a header row at `top`, data rows down to `bottom` (0-based). */
export interface SimTable {
  id: string;
  name: string;
  sheet: SimSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WriteRecord {
  /** Sync number (1-based) in which the write was applied. */
  sync: number;
  /** Order of the write among every simulated workbook's (co-authoring replays in this order). */
  seq?: number;
  sheet?: string;
  address?: string;
  what: string;
  value?: unknown;
}

export class SimWorkbookState {
  readonly sheets: SimSheet[] = [];
  /** Workbook names by lower-cased name (Excel names are case-insensitive). */
  readonly names = new Map<string, { name: string; reference: string; comment: string }>();
  readonly settings = new Map<string, unknown>();
  readonly tables: SimTable[] = [];
  readonly writes: WriteRecord[] = [];
  syncCount = 0;

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SimSheet {
    if (this.sheet(name))
      throw simError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    if (!isValidSheetName(name)) throw simError("InvalidArgument", `Invalid sheet name: ${name}`);
    const s: SimSheet = {
      name,
      cells: new Map(),
      merges: new Set(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      charts: [],
      page: {},
    };
    this.sheets.push(s);
    return s;
  }

  /** Test helper: what a user typed (a constant) into a cell. */
  type(sheet: string, address: string, content: CellScalar | ""): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const { row, col } = parseCell(address);
    const key = cellId(row, col);
    const cell = s.cells.get(key) ?? { content: "", format: {} };
    enter(cell, content);
    s.cells.set(key, cell);
  }

  /** Test helper: a cell's content as `formulas` would return it. */
  content(sheet: string, address: string): CellScalar | "" {
    const { row, col } = parseCell(address);
    return this.sheet(sheet)?.cells.get(cellId(row, col))?.content ?? "";
  }

  cell(sheet: string, address: string): SimCell | undefined {
    const { row, col } = parseCell(address);
    return this.sheet(sheet)?.cells.get(cellId(row, col));
  }
}

export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function simError(code: string, message: string): SimError {
  return new SimError(code, message);
}

/** Excel's rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

export const cellId = (row: number, col: number) => `${row},${col}`;

// Column letters as the product writes them: one definition (src/core/templates/a1.ts).
export { columnNumber, columnName };

export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw simError("InvalidArgument", `Bad cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnNumber(m[1]) };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Whole columns (“A:C”): rows are unbounded. */
  wholeColumns?: boolean;
}

/** “A1”, “A1:C3”, “A:C”, optionally prefixed by a sheet (“'公开01表'!A1”). */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b = a] = ref.split(":");
  if (/^\$?[A-Za-z]{1,3}$/.test(a) && /^\$?[A-Za-z]{1,3}$/.test(b)) {
    const l = columnNumber(a.replace("$", ""));
    const r = columnNumber(b.replace("$", ""));
    return {
      sheet,
      rect: {
        top: 0,
        left: Math.min(l, r),
        bottom: 1048575,
        right: Math.max(l, r),
        wholeColumns: true,
      },
    };
  }
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    sheet,
    rect: {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    },
  };
}

export function rectAddress(sheet: string, r: Rect): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const tl = `${columnName(r.left)}${r.top + 1}`;
  const br = `${columnName(r.right)}${r.bottom + 1}`;
  return `${q}!${tl === br ? tl : `${tl}:${br}`}`;
}
