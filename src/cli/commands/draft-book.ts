import ExcelJS from "exceljs";
import { writeFileAtomic } from "../atomic-write";
import type { SheetRow } from "../../core/draft";
import { NARRATIVE_HEADER, NARRATIVE_SHEET } from "../../core/templates/report-sheets";
import { UsageError } from "../io";

/** Width of column A of the 说明 sheet, in characters (as `fa build` and the add-in make it). */
const COLUMN_WIDTH = 90;

/** exceljs orders the sheets it writes by orderNo, which its typings leave out. */
const ordered = (ws: ExcelJS.Worksheet) => ws as ExcelJS.Worksheet & { orderNo: number };

export interface BookDraftResult {
  /** Paragraphs written as live formulas. */
  live: number;
  /** The 说明 sheet the copy replaced, with its paragraph count; null when there was none. */
  replaced: number | null;
}

/**
 * A copy of the workbook `source` with the draft as its 说明 sheet: one paragraph per row
 * in column A under the shared header, each paragraph with figures a native formula over
 * the template cells. Like the templates' formulas, without a cached result: a cached text
 * would be shown as it is by an engine that does not recalculate on load (LibreOffice's
 * default), whereas a formula without one is always computed. Every other sheet is kept. A 说明 sheet already there is replaced in the copy, at its
 * place among the sheets. The copy goes to `out`, never over an existing file without `force`.
 */
export async function writeDraftIntoBook(
  source: Buffer,
  rows: readonly SheetRow[],
  out: string,
  force: boolean,
): Promise<BookDraftResult> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(source as unknown as ArrayBuffer);
  const old = book.getWorksheet(NARRATIVE_SHEET);
  let replaced: number | null = null;
  let orderNo: number | undefined;
  if (old) {
    replaced = Math.max(0, old.actualRowCount - 1);
    orderNo = ordered(old).orderNo;
    book.removeWorksheet(old.id);
  }
  const sheet = book.addWorksheet(NARRATIVE_SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  if (orderNo !== undefined) ordered(sheet).orderNo = orderNo;
  sheet.getColumn(1).width = COLUMN_WIDTH;
  const header = sheet.getCell(1, 1);
  header.value = NARRATIVE_HEADER;
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const cell = sheet.getCell(i + 2, 1);
    if (r.formula) {
      cell.value = { formula: r.formula.slice(1) } as ExcelJS.CellFormulaValue;
    } else {
      // Text stays text, whatever it starts with.
      cell.numFmt = "@";
      cell.value = r.text;
    }
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  book.calcProperties = { ...book.calcProperties, fullCalcOnLoad: true };
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  try {
    await writeFileAtomic(out, buffer, { overwrite: force });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") {
      throw new UsageError(
        `文件已存在：${out}（用 --force 覆盖）`,
        `File exists: ${out} (use --force to overwrite)`,
      );
    }
    throw new UsageError(`无法写入：${out}`, `Cannot write: ${out}`);
  }
  return { live: rows.filter((r) => r.formula).length, replaced };
}
