import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { pdfFailureMessage } from "../core/pdf/messages";
import { PdfReader, PdfReadError, type PdfReading } from "../core/pdf/read";
import type { PdfPage } from "../core/pdf/types";
import { TEMPLATE_SETS } from "../core/templates/sets";
import { UsageError } from "./io";
import { fileSize, readTextFile, readWorkbookBytes } from "./read-text";

/** A PDF may be much larger than a text: pictures, embedded fonts. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export type InputDocument =
  | { kind: "text"; text: string }
  | { kind: "pdf"; reading: PdfReading }
  | { kind: "docx"; reading: PdfReading };

/**
 * Reads an input by its extension: a .pdf through pdf.js (in a child process, page by
 * page, `progress` called after each); a .docx with the final-account tables as a whole
 * report, in the form a PDF is read into, and one without them (a 说明 alone) as mammoth's
 * text, as before; anything else as a text file. Every failure is a UsageError in both
 * languages naming the file.
 */
export async function readDocument(
  path: string,
  shown: string,
  progress: (page: number, pages: number) => void = () => {},
): Promise<InputDocument> {
  if (/\.pdf$/i.test(path)) return { kind: "pdf", reading: await readPdf(path, shown, progress) };
  if (/\.docx$/i.test(path)) return readDocx(path, shown);
  return { kind: "text", text: await readTextFile(path) };
}

async function readDocx(path: string, shown: string): Promise<InputDocument> {
  // Bounded like a workbook: the file's size, then how far its zip expands.
  const buffer = await readWorkbookBytes(path, shown);
  // Loaded with the first .docx, as mammoth is: most commands never read one.
  const { DocxReadError, readDocxBytes } = await import("../docx/read-docx");
  try {
    const { reading, hasTables } = await readDocxBytes(buffer, shown, TEMPLATE_SETS);
    if (hasTables) return { kind: "docx", reading };
  } catch (e) {
    if (e instanceof DocxReadError) throw new UsageError(e.zh, e.en);
    throw e;
  }
  const mammoth = await import("mammoth");
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    if (value.trim() === "") throw new UsageError(`文件为空：${shown}`, `File is empty: ${shown}`);
    return { kind: "text", text: value };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `无法读取 Word 文件（${e instanceof Error ? e.message : String(e)}）：${shown}`,
      `Cannot read the Word file (${e instanceof Error ? e.message : String(e)}): ${shown}`,
    );
  }
}

async function readPdf(
  path: string,
  shown: string,
  progress: (page: number, pages: number) => void,
): Promise<PdfReading> {
  const size = await fileSize(path);
  if (size > MAX_PDF_BYTES) throw tooLarge(shown, MAX_PDF_BYTES);
  const reader = new PdfReader(TEMPLATE_SETS);
  const child = spawn(process.execPath, [join(__dirname, "pdf", "worker.mjs"), path], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
  let failure: { code: string; message: string } | undefined;
  let ended = false;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === "") continue;
    const msg = JSON.parse(line) as
      | ({ type: "page"; pages: number } & PdfPage)
      | { type: "end" }
      | { type: "error"; code: string; message: string };
    if (msg.type === "page") {
      reader.addPage(msg);
      progress(msg.page, msg.pages);
    } else if (msg.type === "end") ended = true;
    else failure = msg;
  }
  const code = await exited;
  const refused = (m: { zh: string; en: string }) => new UsageError(m.zh, m.en);
  if (failure?.code === "password") throw refused(pdfFailureMessage("password", shown));
  if (failure || !ended || code !== 0) {
    const why = failure?.message ?? (stderr.trim() || `exit ${code}`);
    throw refused(pdfFailureMessage("invalid", shown, { why }));
  }
  try {
    return reader.finish();
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    throw refused(pdfFailureMessage(e.code, shown, { pages: e.pages }));
  }
}

function tooLarge(shown: string, limit: number): UsageError {
  const mb = Math.round(limit / 1048576);
  return new UsageError(
    `文件过大，上限 ${mb} MB：${shown}`,
    `File too large (limit ${mb} MB): ${shown}`,
  );
}
