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
