import type { Catalogue } from "../core/templates/catalogue";
import type { DataProblem } from "../core/templates/data";
import type { FillData } from "../core/templates/fill-data";
import type { TemplateSet } from "../core/templates/types";
import { readPrintedTables } from "../core/pdf/tables";
import type { PdfReading } from "../core/pdf/read";
import type { CliIO } from "./io";
import { readDocument } from "./read-document";

export const isPdf = (path: string) => /\.pdf$/i.test(path);

/** A published report's PDF for `fa build`: its narrative text and its printed tables. */
export async function readPdfReport(path: string, shown: string, io: Pick<CliIO, "stderr">) {
  const doc = await readDocument(path, shown, (page, pages) => {
    if (page % 10 === 0 || page === pages)
      io.stderr(`${shown}：第 ${page}/${pages} 页 / page ${page} of ${pages}\n`);
  });
  if (doc.kind !== "pdf") throw new Error(`${shown} was not read as a PDF`);
  return doc.reading;
}

/**
 * The tables of a PDF as template values, like a data file's: problems name the page and
 * line of the printed row, so that nothing is built from a table read wrongly.
 */
export function pdfTableData(
  reading: PdfReading,
  shown: string,
  set: TemplateSet,
  catalogue: Catalogue,
): { data: FillData; problems: DataProblem[] } {
  const read = readPrintedTables(reading.tables, set, catalogue);
  const problems = read.problems.map((p) => ({
    ...p,
    zh: `${shown}${p.page ? ` 第${p.page}页第${p.line}行` : ""}：${p.zh.replace(/^.*?：/, "")}`,
    en: `${shown}${p.page ? ` p.${p.page} l.${p.line}` : ""}: ${p.en.replace(/^.*?: /, "")}`,
  }));
  if (read.found.length === 0) {
    problems.push({
      where: shown,
      zh: `${shown}：未找到任何公开表`,
      en: `${shown}: no final-account table found`,
    });
  }
  return { data: read.data, problems };
}
