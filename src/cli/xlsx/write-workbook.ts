import ExcelJS from "exceljs";
import type { LayoutCell, NameDef, SheetLayout } from "../../core/templates/layout";
import { absoluteRange } from "../../core/templates/a1";
import { precisionRow, type PrecisionRecord } from "../../core/templates/provenance";
import {
  PRECISION_BLOCK,
  STATE_BLOCKS,
  STATE_SHEET,
  type StateBlock,
} from "../../core/templates/state-sheet";
import { FONT_NAME, FONT_SIZE, STYLES, type CellStyle } from "../../core/templates/styles";

/** exceljs's PaperSize.A4 (a const enum, which isolated modules cannot import). */
const A4 = 9;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };

function applyStyle(target: ExcelJS.Cell, s: CellStyle): void {
  target.font = {
    name: FONT_NAME,
    size: s.size ?? FONT_SIZE,
    bold: s.bold,
    italic: s.italic,
    underline: s.underline,
    ...(s.color ? { color: { argb: argb(s.color) } } : {}),
  };
  target.alignment = {
    horizontal: s.horizontal,
    vertical: s.vertical ?? "middle",
    wrapText: s.wrap,
    indent: s.indent,
  };
  if (s.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) target.numFmt = s.numberFormat;
}

function writeCell(ws: ExcelJS.Worksheet, c: LayoutCell): void {
  const target = ws.getCell(c.address);
  if (c.kind === "formula" && c.formula) {
    // With its cached result, so that a reader that does not calculate (a file preview,
    // Protected View) shows the figures; fullCalcOnLoad still has Excel recalculate.
    target.value = { formula: c.formula, result: c.result } as ExcelJS.CellFormulaValue;
  } else if (c.link && typeof c.value === "string") {
    target.value = { text: c.value, hyperlink: `#${c.link}` };
  } else if (c.value !== null && c.value !== undefined && c.value !== "") {
    // exceljs writes a string as a string (never a formula, whatever it starts with); the
    // text format keeps it text when a user later edits the cell in Excel, as the add-in's
    // writer does (a style's own number format, applied below, takes precedence).
    if (typeof c.value === "string") target.numFmt = "@";
    target.value = c.value;
  }
  applyStyle(target, STYLES[c.style]);
  if (c.note) target.note = c.note;
}

/**
 * exceljs writes a print area or title rows as `'sheet'!$<first>:$<last>`, prefixing each
 * corner with one “$” whatever it already holds: handing it `A1:F35` or `$4:$5` gives the
 * invalid `$A1:F35` and `$$4:$$5`, which LibreOffice ignores. Given the absolute form minus
 * that one “$” (`A$1:F$35`, `4:5`), it writes `'公开01表'!$A$1:$F$35` and `'公开01表'!$4:$5`.
 */
function forExcelJs(range: string): string {
  return absoluteRange(range)
    .split(":")
    .map((corner) => corner.slice(1))
    .join(":");
}

export function addSheet(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name, {
    views: layout.freeze
      ? [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }]
      : undefined,
    pageSetup: {
      paperSize: A4,
      orientation: layout.print?.orientation ?? "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: layout.print && forExcelJs(layout.print.area),
      printTitlesRow: layout.print?.titleRows && forExcelJs(layout.print.titleRows),
      horizontalCentered: true,
    },
  });
  for (const w of layout.widths) ws.getColumn(w.col + 1).width = w.width;
  for (const c of layout.cells) writeCell(ws, c);
  for (const m of layout.merges) ws.mergeCells(m);
  const title = layout.cells.find((c) => c.style === "title");
  if (title) ws.getRow(title.row + 1).height = 28;
  for (const h of layout.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  for (const row of layout.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  return ws;
}

/**
 * Rows of text into a block of the state sheet from `firstRow` (1-based), formatted as
 * text (“@”) as the add-in writes them.
 */
function putRows(ws: ExcelJS.Worksheet, block: StateBlock, firstRow: number, rows: string[][]) {
  rows.forEach((cells, r) =>
    cells.forEach((text, i) => {
      const cell = ws.getCell(firstRow + r, block.first + i + 1);
      cell.numFmt = "@";
      cell.value = text;
    }),
  );
}

/**
 * The add-in's hidden state sheet with the precision block: which inputs hold printed
 * figures, so that a reader (the add-in, `fa check --tables`) knows a total of them is
 * rounded. The other blocks get their headers, as when the add-in creates the sheet.
 */
function addStateSheet(wb: ExcelJS.Workbook, precision: readonly PrecisionRecord[]): void {
  const ws = wb.addWorksheet(STATE_SHEET, { state: "hidden" });
  for (const block of STATE_BLOCKS) putRows(ws, block, 1, [[...block.header]]);
  putRows(ws, PRECISION_BLOCK, 2, precision.map(precisionRow));
}

/**
 * The .xlsx rendering of the layout computed in src/core/templates: the same cells,
 * formulas, styles, merges, print setup and names the Office.js writer puts into a live
 * workbook, and the precision records of the values filled from printed figures (none:
 * no state sheet). Nothing is decided here.
 */
export function renderWorkbook(
  sheets: readonly SheetLayout[],
  names: readonly NameDef[] = [],
  precision: readonly PrecisionRecord[] = [],
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算助手 Final Accounts Assistant";
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of sheets) addSheet(wb, s);
  if (precision.length) addStateSheet(wb, precision);
  for (const n of names) wb.definedNames.add(n.address, n.name);
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
