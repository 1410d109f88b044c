import type { Period } from "../facts";

/**
 * The standard tables as data. A template set (one per year/region) lists table
 * definitions; a definition says what the published table looks like (title, number,
 * columns, fixed rows or coded rows) and which cells are inputs and which are sums.
 * Everything else — cell addresses, formulas, styles, the analysis block, the
 * reconciliation — is derived from these definitions by code that knows nothing of any
 * particular table.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

/** Stable table ids (workbooks and findings refer to them; never renumber). */
export type TableId =
  "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "perf" | "other";

/** A reference to a row or column of the same table in a sum, with its sign. */
export interface SumTerm {
  key: string;
  sign?: 1 | -1;
}

/** A sum that defines a computed cell; `id` names the identity in findings. */
export interface SumDef {
  /** Stable identity id, e.g. "t01-income-total" (findings carry it as their rule). */
  id: string;
  terms: SumTerm[];
  /** Provenance as in docs/domain.md: S seen in official formulas, T third-party, ? unverified. */
  tag: "S" | "T" | "?";
}

export interface ColumnDef {
  key: string;
  label: string;
  labelEn: string;
  /** Columns whose cells are a sum of other columns of the same row (合计 = 基本 + 项目). */
  sum?: SumDef;
  /** Metric id of this column's cell in the 合计 row (coded tables) or single row. */
  metric?: string;
  /** Width in characters. */
  width?: number;
}

export interface FixedRowDef {
  key: string;
  label: string;
  labelEn: string;
  /** Other spellings accepted in data files (“收入总计”, “总计（收入）”). */
  aliases?: string[];
  /** Metric id of the row's first amount cell (or of each column: see metricByColumn). */
  metric?: string;
  metricByColumn?: Record<string, string>;
  /** A row whose cells are the sum of other rows of the same side. */
  sum?: SumDef;
  /** Amounts that may be negative (a 结余分配 can be); others are ≥ 0 when unknown. */
  signed?: boolean;
  /** Indentation level of the label (sub-rows such as 年初结转 by fund). */
  indent?: number;
  /** Row number printed in the 行次 column, when the template numbers rows. */
  lineNo?: boolean;
  /** The share shown in the analysis block is of this row (same column). */
  shareOf?: string;
}

/**
 * 经济分类 rows of one lane of 公开06: the 类 codes always shown, the optional ones only
 * when present, each 类 followed by its 款 codes present in the data (类 = Σ 款).
 */
export interface EconomicItems {
  economic: string[];
  optional?: string[];
  /** Metric family of every line: `${metric}.${code}`. */
  metric: string;
  /** Identity id of the 类 = Σ 款 sums. */
  treeSumId: string;
}

/** One side of a two-sided table (公开01 收入 ‖ 支出). */
export interface SideDef {
  /** Column header of the label column: “项目”, “收入”, “支出”. */
  heading: string;
  headingEn: string;
  columns: ColumnDef[];
  /**
   * Rows listed from the top: fixed rows; "classes" expands to the set's 功能分类 class
   * rows (公开01/04); an EconomicItems entry to the 经济分类 codes present in the data.
   */
  items: Array<FixedRowDef | "classes" | EconomicItems>;
  /** A 科目编码 column before the label (公开06) instead of a 行次 column after it. */
  codeColumn?: boolean;
  /** Rows aligned at the bottom of both sides (本年收入合计 ‖ 本年支出合计 …). */
  footer: Array<FixedRowDef | null>;
  /** Metric family of the class rows (first column), e.g. "expense.class". */
  classMetric?: string;
  /** The row the class rows' shares are of. */
  classShareOf?: string;
}

interface TableBase {
  id: TableId;
  /** “公开01表” */
  number: string;
  /** Worksheet name (≤ 31 characters, no []:*?/\). */
  sheet: string;
  title: string;
  titleEn: string;
  orientation: "portrait" | "landscape";
  /** Printed under an empty table; {unit} and {year} are replaced. */
  emptyNote?: string;
}

/** 公开01, 公开04: 收入 on the left, 支出 on the right; 公开06: 人员经费 ‖ 公用经费. */
export interface TwoSidedTableDef extends TableBase {
  kind: "twoSided";
  left: SideDef;
  right: SideDef;
}

/** 公开02/03/05/08/09: rows by 功能分类科目 (类/款/项) present in the data, plus a 合计 row. */
export interface CodedTableDef extends TableBase {
  kind: "coded";
  /** Column header rows above the amount columns; simple tables have one. */
  groups?: Array<{ label: string; labelEn: string; columns: string[] }>;
  columns: ColumnDef[];
  /** Metric family of each column's class (类) rows, e.g. { total: "expense.class" }. */
  classMetric?: Record<string, string>;
  /** Metric family of each column's 项 rows, e.g. { total: "gbExpense.item" }. */
  itemMetric?: Record<string, string>;
  /** Identity ids of the 类 = Σ 款 = Σ 项 and 合计 = Σ 类 sums. */
  treeSumId: string;
  /** Column of the 占比 / 上年数 / 增长率 analysis. */
  analysisColumn: string;
}

/** 公开07: 预算数 and 决算数 of the “三公” items, printed as one wide row. */
export interface PeriodGridTableDef extends TableBase {
  kind: "periodGrid";
  periods: Array<{ key: Period; label: string; labelEn: string }>;
  /** Items in printed order; `group` puts 购置费/运行维护费 under 公务用车 in the header. */
  items: Array<ColumnDef & { group?: string }>;
  /** Metric prefix: the cell of item `abroad` in period `current` is `${metricPrefix}.abroad`. */
  metricPrefix: string;
}

/** The 项目绩效目标完成情况表: a form (labels and values) and a list of indicators. */
export interface PerformanceTableDef extends TableBase {
  kind: "performance";
  /** Text fields of the form, in printed order. */
  fields: Array<{ key: string; label: string; labelEn: string }>;
  /** 预算执行情况: rows 预算数 / 执行数, columns 合计 / 财政拨款 / 其它资金. */
  money: {
    rows: FixedRowDef[];
    columns: ColumnDef[];
  };
  indicatorColumns: Array<{ key: string; label: string; labelEn: string; width?: number }>;
}

/** One line of the 其他事项 form: an amount in 万元 or a count, with the figures it has. */
export interface MattersRowDef {
  key: string;
  label: string;
  labelEn: string;
  metric: string;
  /** “万元” for amounts; the counter word (辆, 个, 批次, 人次, 台（套）) for counts. */
  unit: string;
  /** Has a 上年数 (the analysis block beside the form, as every table has). */
  prior?: boolean;
  /** Has a 年初预算数 cell. */
  budget?: boolean;
}

/**
 * 其他事项: the facts the 说明 states and the nine tables do not hold (机关运行经费, 政府采购,
 * 国有资产, “三公” counts, 绩效), as a form the accountant fills, grouped under headings,
 * then the 年初预算 of every 项 of a coded table (五（三）'s 完成预算).
 */
export interface MattersTableDef extends TableBase {
  kind: "matters";
  groups: Array<{ label: string; labelEn: string; rows: MattersRowDef[] }>;
  /** One 年初预算 row per 项 (7-digit code) listed in `table`, metric `${family}.${code}`. */
  itemBudgets?: {
    table: TableId;
    family: string;
    label: string;
    labelEn: string;
    /** Metric of the 年初预算 of the whole (合计), listed first. */
    total: string;
  };
}

export type TableDef =
  TwoSidedTableDef | CodedTableDef | PeriodGridTableDef | PerformanceTableDef | MattersTableDef;

/** A reference to a cell of the set: table, row key, column key. */
export interface CellAddress {
  table: TableId;
  row: string;
  col: string;
}

export interface IdentityTerm extends CellAddress {
  sign?: 1 | -1;
}

/**
 * An identity between tables (审核公式): Σ lhs  rel  Σ rhs. With `each: "class"` the
 * identity is instantiated for every 功能分类 class code present in any referenced
 * coded table, `$code` in a row key standing for the code.
 */
export interface Identity {
  id: string;
  tag: "S" | "T" | "?";
  description: Bilingual;
  lhs: IdentityTerm[];
  rel: "eq" | "le";
  rhs: IdentityTerm[];
  each?: "class";
  /** Default: error for S/T, warning for ? (an unverified formula must not cry wolf). */
  severity?: "error" | "warning" | "info";
  /**
   * A rule of thumb rather than a law (“政府性基金支出通常全为项目支出”): checked on its own
   * but never used to infer other cells, so it cannot move blame onto sound identities.
   */
  heuristic?: boolean;
}

/**
 * A figure one table determines in another, written there as a formula over its source
 * cells (04's 一般公共预算财政拨款收入 = '公开01表'!C6), so that filling the source fills the
 * rest. `id` names the identity (审核公式) or table sum the formula states; `$code` in a row
 * key stands for each 功能分类 class present in the tables referenced (`each: "class"`).
 * A target that is an input cell holds the formula unless a figure is given for it; a
 * computed cell (a total) takes it only when its own parts are not all known and the
 * sources are, so that a total always follows its detail where there is detail.
 */
export interface Link {
  id: string;
  tag: "S" | "T" | "?";
  target: CellAddress;
  from: IdentityTerm[];
  each?: "class";
}

/**
 * A native chart over the template cells (图表 sheet): each point a cell of a table, each
 * series a period (本年 = the cell, 上年 = its 上年数 in the analysis block). `classesOf`
 * makes one point per 功能分类 类 row of a coded table, in the given column.
 */
export type ChartKind = "pie" | "column";

export interface ChartDef {
  id: string;
  title: string;
  titleEn: string;
  kind: ChartKind;
  series: Array<{ name: string; period: "current" | "prior" }>;
  points?: Array<{ label: string; cell: CellAddress }>;
  classesOf?: { table: TableId; col: string };
}

export interface TemplateSet {
  id: string;
  year: number;
  name: Bilingual;
  /** 功能分类 class rows listed in 公开01/04 (the classes of the year's catalogue). */
  classRows: string[];
  tables: TableDef[];
  identities: Identity[];
  /** Cross-table formulas (01 ↔ 02 ↔ 04 ↔ 05 ↔ 06 ↔ 08 …), from the identities. */
  links?: Link[];
  /** Charts of the 图表 sheet. */
  charts?: ChartDef[];
}

/** A template set written as a change of another (the 2021 renaming, a province's variant). */
export interface TemplateSetOverlay {
  id: string;
  year: number;
  name: Bilingual;
  /** The set this one is derived from, by id. */
  base: string;
  /** Changes by table id: any top-level field of the definition (title, sheet, number …). */
  tables?: Partial<
    Record<
      TableId,
      Partial<Pick<TableBase, "title" | "titleEn" | "number" | "sheet" | "emptyNote">>
    >
  >;
  /** New sheet order by table id; tables left out keep their relative order at the end. */
  order?: TableId[];
  classRows?: string[];
  /** Identity ids dropped, and identities added. */
  dropIdentities?: string[];
  addIdentities?: Identity[];
}
