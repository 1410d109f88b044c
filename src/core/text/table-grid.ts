import { isAmountUnit, type AmountUnit } from "../numbers";
import type { Span } from "../span";
import { isFigureCell } from "./layout";
import { normalizedSlice } from "./normalized";
import type { NarrativeDocument, TextTable } from "./types";

/**
 * A text table read as a grid of header × rows, the shape units publish their 三公 and
 * 收支对比 tables in. Text copied out of web pages and PDFs loses the row breaks (“项目 |”,
 * “2014年预算 |”, … one cell to a line) and sometimes puts a two-row header in one run
 * (“公车购置及运行维护费 | 合计 | 车辆购置 | 车辆运行”), so the rows are rebuilt from what
 * is left: the header is the run of words before the first figure, less the first row's
 * label; a row is a label followed by its figures. A grid is returned only when the rows
 * rebuilt that way agree with the header — a misread table must give no facts at all,
 * since every figure read from it would be compared with the narrative.
 */

export interface GridCell {
  span: Span;
  /** Normalised text (ASCII digits and signs), trimmed. */
  text: string;
}

export interface GridColumn {
  header: string;
  /** The header of the group a column of a two-row header sits under. */
  group?: string;
}

export interface GridRow {
  label: GridCell;
  /** One per column after the label column; null for an empty cell. Absent when the row's
   * cells could not be told apart (fewer figures than columns): it still ends a group. */
  cells?: Array<GridCell | null>;
}

export interface Grid {
  table: number;
  /** The unit the table states for its amounts (“单位：万元”), before it or in its first cells. */
  unit?: AmountUnit;
  /** The columns after the label column. */
  columns: GridColumn[];
  rows: GridRow[];
}

/** A cell that says nothing: an empty one, or “-”/“—” for nil. */
function isBlankCell(text: string): boolean {
  return text === "" || /^[-—－]$/.test(text);
}

const UNIT_CELL = /^(?:金额)?单位[：:]/;
/** Share of rows that must match the header's width for rebuilt rows to be trusted. */
const REGULAR_SHARE = 0.75;
const MIN_ROWS = 2;
/** A second header row starts at the group's total (“合计”, “小计”). */
const SUBTOTAL = /^(?:合计|小计)$/;

const cache = new WeakMap<NarrativeDocument, Grid[]>();

/** Every table of the document that reads as a grid, computed once per document. */
export function gridsOf(doc: NarrativeDocument): Grid[] {
  let grids = cache.get(doc);
  if (!grids) {
    grids = [];
    doc.tables.forEach((table, t) => {
      const grid = readGrid(doc, table, t);
      if (grid) grids!.push(grid);
    });
    cache.set(doc, grids);
  }
  return grids;
}

function readGrid(doc: NarrativeDocument, table: TextTable, index: number): Grid | null {
  const cellOf = (span: Span): GridCell => ({ span, text: normalizedSlice(doc, span).trim() });
  let unit: AmountUnit | undefined;
  const rows = table.rows.map((r) =>
    r.cells.map(cellOf).filter((c) => {
      if (!UNIT_CELL.test(c.text)) return true;
      unit ??= unitOf(c.text);
      return false;
    }),
  );
  const wide = rows.filter((r) => r.length >= 3).length;
  const known = rows.length >= MIN_ROWS + 1 && wide * 2 > rows.length;
  const grid = known ? fromRows(rows, index) : fromRun(rows.flat(), index);
  if (!grid) return null;
  unit ??= unitBefore(doc, table);
  return unit ? { ...grid, unit } : grid;
}

const UNIT_STATED = /单位[：:][ \u3000]*(亿元|万元|元)[ \u3000]*$/;
/** How far before a table its unit line may be: the title and the unit line. */
const UNIT_LINES_BEFORE = 2;

function unitOf(text: string): AmountUnit | undefined {
  const m = UNIT_STATED.exec(text);
  return m && isAmountUnit(m[1]) ? m[1] : undefined;
}

function unitBefore(doc: NarrativeDocument, table: TextTable): AmountUnit | undefined {
  const { paragraphs } = doc;
  // Paragraphs [0, lo) end before the table.
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].span.end <= table.span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - UNIT_LINES_BEFORE; k--) {
    const unit = unitOf(normalizedSlice(doc, paragraphs[k].span).trim());
    if (unit) return unit;
  }
  return undefined;
}

/** Rows as the text gives them (one per line, cells separated). */
function fromRows(rows: GridCell[][], index: number): Grid | null {
  const first = rows.findIndex((r) => r.slice(1).some((c) => isFigure(c.text)));
  if (first < 1) return null;
  const body = rows.slice(first);
  const width = modalWidth(body);
  const columns =
    rows[first - 1].length === width
      ? headerColumns(rows[first - 1], width)
      : first >= 2
        ? headerColumns([...rows[first - 2], ...rows[first - 1]], width, rows[first - 2].length)
        : null;
  if (!columns) return null;
  return gridOf(
    index,
    columns,
    body.map((cells) => rowOf(cells, width)),
  );
}

/** One cell after another, row breaks lost. */
function fromRun(cells: GridCell[], index: number): Grid | null {
  const firstFigure = cells.findIndex((c) => isFigure(c.text));
  if (firstFigure < 2) return null;
  const header = cells.slice(0, firstFigure - 1);
  const body: GridCell[][] = [];
  for (let k = firstFigure - 1; k < cells.length; k++) {
    const c = cells[k];
    if (body.length === 0 || !(isFigure(c.text) || isBlankCell(c.text))) body.push([c]);
    else body[body.length - 1].push(c);
  }
  const width = modalWidth(body);
  const columns = headerColumns(header, width);
  if (!columns) return null;
  return gridOf(
    index,
    columns,
    body.map((r) => rowOf(r, width)),
  );
}

/** The most common number of cells of the rows: the table's width. */
function modalWidth(rows: readonly GridCell[][]): number {
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  return [...widths].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * The leaf columns of a header over rows of `width` cells: one row as is, or a two-row
 * header whose first row's last cell is the group over the second row's cells. Where the
 * second row starts is given when the text kept the rows apart, else it is the “合计” or
 * “小计” that opens a group.
 */
function headerColumns(header: GridCell[], width: number, secondRow?: number): GridColumn[] | null {
  if (header.length === width) return header.slice(1).map((c) => ({ header: c.text }));
  if (header.length !== width + 1) return null;
  const second = secondRow ?? header.findIndex((c, k) => k >= 2 && SUBTOTAL.test(c.text));
  if (second < 2) return null;
  const group = header[second - 1].text;
  return [
    ...header.slice(1, second - 1).map((c) => ({ header: c.text })),
    ...header.slice(second).map((c) => ({ header: c.text, group })),
  ];
}

function rowOf(cells: GridCell[], width: number): GridRow {
  const [label, ...rest] = cells;
  if (cells.length !== width || rest.some((c) => !(isFigure(c.text) || isBlankCell(c.text))))
    return { label };
  return { label, cells: rest.map((c) => (isBlankCell(c.text) ? null : c)) };
}

function gridOf(table: number, columns: GridColumn[], rows: GridRow[]): Grid | null {
  if (columns.length === 0 || rows.length < MIN_ROWS) return null;
  const regular = rows.filter((r) => r.cells).length;
  if (regular < MIN_ROWS || regular < rows.length * REGULAR_SHARE) return null;
  // A row label that is a figure means the rows were cut in the wrong place.
  if (rows.some((r) => isFigure(r.label.text))) return null;
  return { table, columns, rows };
}

function isFigure(text: string): boolean {
  return !isBlankCell(text) && isFigureCell(text);
}
