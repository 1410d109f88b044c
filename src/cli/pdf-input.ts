import type { Catalogue } from "../core/templates/catalogue";
import type { DataProblem } from "../core/templates/data";
import type { FillData } from "../core/templates/fill-data";
import type { TemplateSet } from "../core/templates/types";
import { reportTableData } from "../core/pdf/table-data";
import type { PdfReading } from "../core/pdf/read";
import type { CliIO } from "./io";
import { readDocument } from "./read-document";

export const isPdf = (path: string) => /\.pdf$/i.test(path);
/** A published report whose tables are read: a PDF, or a Word document. */
export const isReport = (path: string) => /\.(?:pdf|docx)$/i.test(path);

/**
 * A published report for `fa build`: its narrative text and its tables. A .docx without
 * any final-account table is only a narrative: its text, and no tables.
 */
export async function readReport(
  path: string,
  shown: string,
  io: Pick<CliIO, "stderr">,
): Promise<PdfReading | { text: string; tables?: undefined }> {
  const doc = await readDocument(path, shown, (page, pages) => {
    if (page % 10 === 0 || page === pages)
      io.stderr(`${shown}：第 ${page}/${pages} 页 / page ${page} of ${pages}\n`);
  });
  return doc.kind === "text" ? { text: doc.text } : doc.reading;
}

/** The tables of a PDF or a .docx as template values (see reportTableData). */
export function pdfTableData(
  reading: PdfReading | { tables?: undefined },
  shown: string,
  set: TemplateSet,
  catalogue: Catalogue,
): { data: FillData; problems: DataProblem[] } {
  return reportTableData(reading.tables ?? [], shown, set, catalogue);
}
