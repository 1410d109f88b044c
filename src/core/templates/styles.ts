/**
 * Cell styles as plain data. The layout names a style per cell; each writer (Office.js,
 * exceljs) renders the same table from this one list, so the two outputs cannot drift.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** Fill colour, “#RRGGBB”. */
  fill?: string;
  /** Font colour, “#RRGGBB”. */
  color?: string;
  underline?: boolean;
  numberFormat?: string;
}

export const AMOUNT_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.00%";
export const FONT_NAME = "宋体";
export const FONT_SIZE = 10;

export const STYLES = {
  title: { bold: true, size: 16, horizontal: "center", vertical: "middle" },
  subtitle: { horizontal: "center" },
  tableNo: { horizontal: "right" },
  meta: { horizontal: "left" },
  metaRight: { horizontal: "right" },
  header: {
    bold: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
    fill: "#F2F2F2",
  },
  label: { horizontal: "left", vertical: "middle", border: true },
  labelIndent: { horizontal: "left", vertical: "middle", border: true, indent: 1 },
  labelIndent2: { horizontal: "left", vertical: "middle", border: true, indent: 2 },
  labelTotal: { bold: true, horizontal: "center", vertical: "middle", border: true },
  code: { horizontal: "left", vertical: "middle", border: true, numberFormat: "@" },
  lineNo: { horizontal: "center", vertical: "middle", border: true },
  blank: { border: true },
  amount: { horizontal: "right", border: true, numberFormat: AMOUNT_FORMAT },
  /** A count (车辆, 批次, 人次) on the 其他事项 form: whole numbers. */
  count: { horizontal: "right", border: true, numberFormat: "0" },
  amountTotal: { bold: true, horizontal: "right", border: true, numberFormat: AMOUNT_FORMAT },
  // Cells the user types (Excel's “Input” style, lighter): formulas keep the plain styles.
  amountInput: {
    horizontal: "right",
    border: true,
    numberFormat: AMOUNT_FORMAT,
    fill: "#FFF2CC",
    color: "#3F3F76",
  },
  amountTotalInput: {
    bold: true,
    horizontal: "right",
    border: true,
    numberFormat: AMOUNT_FORMAT,
    fill: "#FFF2CC",
    color: "#3F3F76",
  },
  text: { horizontal: "left", vertical: "top", wrap: true, border: true },
  note: { italic: true, horizontal: "left" },
  analysisTitle: { bold: true, horizontal: "left", fill: "#DDEBF7" },
  analysisHeader: { bold: true, horizontal: "center", wrap: true, border: true, fill: "#DDEBF7" },
  analysisLabel: { horizontal: "left", border: true },
  analysisPercent: { horizontal: "right", border: true, numberFormat: PERCENT_FORMAT },
  analysisAmount: { horizontal: "right", border: true, numberFormat: AMOUNT_FORMAT },
  analysisInput: {
    horizontal: "right",
    border: true,
    numberFormat: AMOUNT_FORMAT,
    fill: "#FFF2CC",
  },
  listHeader: {
    bold: true,
    horizontal: "center",
    vertical: "middle",
    border: true,
    fill: "#F2F2F2",
    wrap: true,
  },
  listCell: { horizontal: "left", vertical: "top", wrap: true, border: true },
  listNumber: { horizontal: "center", vertical: "top", border: true },
  paragraph: { horizontal: "left", vertical: "top", wrap: true, border: true },
  paragraphFlagged: {
    horizontal: "left",
    vertical: "top",
    wrap: true,
    border: true,
    fill: "#FCE4D6",
  },
  link: { horizontal: "left", vertical: "top", border: true, color: "#0563C1", underline: true },
  severityError: {
    bold: true,
    horizontal: "center",
    vertical: "top",
    border: true,
    color: "#C00000",
  },
  severityWarning: {
    bold: true,
    horizontal: "center",
    vertical: "top",
    border: true,
    color: "#BF8F00",
  },
  severityInfo: { horizontal: "center", vertical: "top", border: true, color: "#595959" },
} as const satisfies Record<string, CellStyle>;

export type StyleKey = keyof typeof STYLES;
