/*
 * A .docx read as a 决算 report, the same way in the CLI and in the pane: the zip is
 * bounded by its directory before anything is expanded (as for every .docx and .xlsx),
 * then word/document.xml is walked for paragraphs and tables (src/core/docx).
 */
import JSZip from "jszip";
import { readDocumentXml } from "../core/docx/document-xml";
import { readDocxReport } from "../core/docx/report";
import { zipLimitProblem } from "../core/input/zip-limits";
import type { PdfReading } from "../core/pdf/read";
import type { TemplateSet } from "../core/templates/types";

/** Why a .docx cannot be read; both languages, naming the file. */
export class DocxReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "DocxReadError";
  }
}

/**
 * The report in a .docx: its narrative and its tables, in the form a PDF is read into.
 * `hasTables` is false when no table of the sets is in it (a 说明 on its own), which a
 * caller reads as text, as before.
 */
export async function readDocxBytes(
  bytes: Uint8Array,
  name: string,
  sets: readonly TemplateSet[],
): Promise<{ reading: PdfReading; hasTables: boolean }> {
  const tooLarge = zipLimitProblem(bytes, name);
  if (tooLarge) throw new DocxReadError(tooLarge.zh, tooLarge.en);
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")?.async("string");
  } catch (e) {
    throw unreadable(name, e instanceof Error ? e.message : String(e));
  }
  if (xml === undefined) throw unreadable(name, "no word/document.xml");
  const reading = readDocxReport(readDocumentXml(xml), sets);
  const hasTables = reading.tables.some((t) => t.id !== "perf" && t.lines.length > 0);
  return { reading, hasTables };
}

function unreadable(name: string, why: string): DocxReadError {
  return new DocxReadError(
    `无法读取 Word 文件（${why}）：${name}`,
    `Cannot read the Word file (${why}): ${name}`,
  );
}
