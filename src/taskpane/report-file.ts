/*
 * A published report the user picked in the pane: a PDF (its text through pdf.js, loaded
 * on demand) or a Word document (its tables read from word/document.xml), read into the
 * form the CLI reads them into, with the CLI's messages when a file is refused.
 */
import { looksLikeReport } from "../core/pdf/check-report";
import { notAReportMessage, pdfFailureMessage } from "../core/pdf/messages";
import { PdfReader, PdfReadError, type PdfReading } from "../core/pdf/read";
import { TEMPLATE_SETS } from "../core/templates/sets";
import { loadPdfExtractor, type PdfExtractor } from "./pdf-loader";
import { ImportError, MAX_IMPORT_BYTES, readBytes } from "./text-file";

/** A PDF is larger than a text for the same report: pictures, embedded fonts. */
export const MAX_PDF_IMPORT_BYTES = 100 * 1024 * 1024;

export const isPdfFile = (file: File) => /\.pdf$/i.test(file.name);
export const isDocxFile = (file: File) => /\.docx$/i.test(file.name);

export interface ReadReport {
  reading: PdfReading;
  format: "pdf" | "docx";
}

/** `loadPdf` is pdf.js's on-demand loader; tests give one of their own. */
export async function readReportFile(
  file: File,
  loadPdf: () => Promise<PdfExtractor> = () => loadPdfExtractor(),
  progress: (page: number, pages: number) => void = () => {},
): Promise<ReadReport> {
  const pdf = isPdfFile(file);
  if (!pdf && !isDocxFile(file)) {
    throw new ImportError(
      `不支持的文件类型“${file.name}”：请选择 .pdf 或 .docx 文件。`,
      `Unsupported file "${file.name}": choose a .pdf or .docx file.`,
    );
  }
  const limit = pdf ? MAX_PDF_IMPORT_BYTES : MAX_IMPORT_BYTES;
  if (file.size > limit) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    throw new ImportError(
      `文件过大（${mb(file.size)} MB），上限为 ${limit / 1048576} MB。`,
      `The file is too large (${mb(file.size)} MB); the limit is ${limit / 1048576} MB.`,
    );
  }
  const bytes = new Uint8Array(await readBytes(file));
  const reading = pdf
    ? await readPdf(bytes, file.name, await loadPdf(), progress)
    : await readDocx(bytes, file.name);
  if (!looksLikeReport(reading)) {
    const m = notAReportMessage(file.name);
    throw new ImportError(m.zh, m.en);
  }
  return { reading, format: pdf ? "pdf" : "docx" };
}

async function readPdf(
  bytes: Uint8Array,
  name: string,
  extract: PdfExtractor,
  progress: (page: number, pages: number) => void,
): Promise<PdfReading> {
  const refused = (m: { zh: string; en: string }) => new ImportError(m.zh, m.en);
  const reader = new PdfReader(TEMPLATE_SETS);
  try {
    await extract(bytes, (page, pages) => {
      reader.addPage(page);
      progress(page.page, pages);
    });
  } catch (e) {
    const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
    if (code === "password") throw refused(pdfFailureMessage("password", name));
    throw refused(pdfFailureMessage("invalid", name, { why: String(message ?? e) }));
  }
  try {
    return reader.finish();
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    throw refused(pdfFailureMessage(e.code, name, { pages: e.pages }));
  }
}

async function readDocx(bytes: Uint8Array, name: string): Promise<PdfReading> {
  // jszip and the reader come with the first .docx, like mammoth for a narrative's.
  const { readDocxBytes, DocxReadError } = await import(
    /* webpackChunkName: "docx" */ "../docx/read-docx"
  );
  try {
    return (await readDocxBytes(bytes, name, TEMPLATE_SETS)).reading;
  } catch (e) {
    if (e instanceof DocxReadError) throw new ImportError(e.zh, e.en);
    throw e;
  }
}
