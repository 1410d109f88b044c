import type { Period } from "../facts";
import type { Rect } from "./a1";
import type { Catalogue } from "./catalogue";
import type { FillData } from "./fill-data";
import type { StyleKey } from "./styles";
import type { TableDef, TableId, TemplateSet } from "./types";

/** A linear sum that defines a computed cell: Σ sign·term. */
export interface Expr {
  /** Identity id (rule id of the findings about it). */
  id: string;
  tag: "S" | "T" | "?";
  terms: Array<{ key: string; sign: 1 | -1 }>;
  /** A formula over another table's cells (a Link), not a sum of the cell's own parts. */
  link?: boolean;
}

/** An amount (or text) cell of a table, placed on its sheet. */
export interface ModelCell {
  key: string;
  table: TableId;
  row: number;
  col: number;
  /** What the cell is, for messages: “本年收入合计”, “2011301 行政运行 · 合计”. */
  label: string;
  labelEn: string;
  /** Typed by the user (or filled from data); otherwise computed by one of `exprs`. */
  input: boolean;
  /** Ways to compute the cell, preferred first (a 类 total: Σ its part columns, or Σ its 款). */
  exprs: Expr[];
  metric?: string;
  period?: Period;
  /** May be negative; unknown cells that are not signed are taken as ≥ 0. */
  signed?: boolean;
  /** A total row or column (printed bold). */
  total?: boolean;
  /** A text input (the performance form), not an amount. */
  text?: boolean;
  /** A count (辆, 批次, 人次), not an amount in 万元: printed as a whole number. */
  count?: boolean;
}

export interface StaticCell {
  row: number;
  col: number;
  text: string | number;
  style: StyleKey;
}

export interface AnalysisLine {
  /** The sheet row of the value cell, for lanes aligned with the table. */
  row?: number;
  label?: string;
  /** Key of the value cell the line analyses. */
  value: string;
  /** Key of the whole the share is of. */
  shareOf?: string;
  /** Key of the budget figure (完成预算 = value ÷ budget). */
  budget?: string;
}

/**
 * A group of analysis columns beside the table: 占比, 上年数 (input), 增减额, 增长率
 * (and 完成预算 when lines have a budget). Aligned lanes put each line on its value's
 * row; other lanes list their lines under their own heading.
 */
export interface AnalysisLane {
  title: string;
  titleEn: string;
  aligned: boolean;
  lines: AnalysisLine[];
}

/** A table placed on its sheet, before any data decides between formulas and values. */
export interface SheetModel {
  table: TableDef;
  sheet: string;
  cells: ModelCell[];
  statics: StaticCell[];
  merges: Rect[];
  /** Column widths in characters, from column 0. */
  widths: number[];
  headerRows: { first: number; last: number };
  /** Last row and column of the printed table (the analysis block lies outside). */
  lastRow: number;
  lastCol: number;
  /** A stable key per sheet row, so that a later run can find a row that moved. */
  rowKeys: string[];
  lanes: AnalysisLane[];
  /** Row of the “本表无数据” note, shown when every value of the table is zero or empty. */
  emptyNoteRow?: number;
}

export interface BuildContext {
  set: TemplateSet;
  catalogue: Catalogue;
  year: number;
  unit?: string;
  data: FillData;
}
