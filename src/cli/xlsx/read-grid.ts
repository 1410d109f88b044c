import ExcelJS from "exceljs";
import {
  externalReference,
  refersToOtherWorkbook,
  type ExternalReference,
} from "../../core/templates/external-refs";
import type { WorkbookGrid } from "../../core/templates/read-back";

/** A cell's shown value: a formula's cached result (none in files exceljs wrote), rich text as text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      return typeof r === "number" || typeof r === "string" ? r : null;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  }
  return null;
}

/** Every worksheet of an .xlsx as rows of plain values (0-based rows and columns). */
export async function readGrid(source: string | Buffer): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  const sheets: WorkbookGrid["sheets"] = [];
  const external: ExternalReference[] = [];
  wb.eachSheet((ws) => {
    const values: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A cached value of another workbook is no fact of this one: skipped, reported.
        const formula = cell.formula;
        if (typeof formula === "string" && refersToOtherWorkbook(formula)) {
          external.push(externalReference(ws.name, rowNumber - 1, col - 1, `=${formula}`));
          return;
        }
        r[col - 1] = plain(cell.value);
      });
      values[rowNumber - 1] = r;
    });
    sheets.push({ name: ws.name, values });
  });
  return { sheets, external };
}
