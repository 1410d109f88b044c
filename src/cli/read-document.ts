import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { PdfReader, PdfReadError, type PdfReading } from "../core/pdf/read";
import type { PdfPage } from "../core/pdf/types";
import { TEMPLATE_SETS } from "../core/templates/sets";
import { UsageError } from "./io";
import { fileSize, MAX_INPUT_BYTES, readTextFile } from "./read-text";

/** A PDF may be much larger than a text: pictures, embedded fonts. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export type InputDocument = { kind: "text"; text: string } | { kind: "pdf"; reading: PdfReading };

/**
 * Reads an input by its extension: a .pdf through pdf.js (in a child process, page by
 * page, `progress` called after each), a .docx through mammoth's text, anything else as a
 * text file. Every failure is a UsageError in both languages naming the file.
 */
export async function readDocument(
  path: string,
  shown: string,
  progress: (page: number, pages: number) => void = () => {},
): Promise<InputDocument> {
  if (/\.pdf$/i.test(path)) return { kind: "pdf", reading: await readPdf(path, shown, progress) };
  if (/\.docx$/i.test(path)) return { kind: "text", text: await readDocx(path, shown) };
  return { kind: "text", text: await readTextFile(path) };
}

async function readDocx(path: string, shown: string): Promise<string> {
  const size = await fileSize(path);
  if (size > MAX_INPUT_BYTES) throw tooLarge(shown, MAX_INPUT_BYTES);
  const mammoth = await import("mammoth");
  try {
    const { value } = await mammoth.extractRawText({ path });
    if (value.trim() === "") throw new UsageError(`文件为空：${shown}`, `File is empty: ${shown}`);
    return value;
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
  if (failure?.code === "password") {
    throw new UsageError(
      `PDF 已加密，需要密码才能打开；请导出不加密的 PDF 再检查：${shown}`,
      `The PDF is encrypted and needs a password; export it without encryption and check again: ${shown}`,
    );
  }
  if (failure || !ended || code !== 0) {
    const why = failure?.message ?? (stderr.trim() || `exit ${code}`);
    throw new UsageError(
      `不是可读取的 PDF 文件（${why}）：${shown}`,
      `Not a readable PDF file (${why}): ${shown}`,
    );
  }
  try {
    return reader.finish();
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    if (e.code === "no-text") {
      throw new UsageError(
        `PDF 中没有文字层（可能是扫描件或图片），需先做文字识别（OCR）再检查：${shown}`,
        `The PDF has no text layer (a scan or images); run OCR on it first: ${shown}`,
      );
    }
    const pages = e.pages.join("、");
    throw new UsageError(
      `PDF 第 ${pages} 页的文字无法识别（字体没有 Unicode 映射），为免误判未作检查：${shown}`,
      `Pages ${e.pages.join(", ")} of the PDF cannot be read (fonts without a Unicode mapping); nothing was checked: ${shown}`,
    );
  }
}

function tooLarge(shown: string, limit: number): UsageError {
  const mb = Math.round(limit / 1048576);
  return new UsageError(
    `文件过大，上限 ${mb} MB：${shown}`,
    `File too large (limit ${mb} MB): ${shown}`,
  );
}
