import type { Catalogue } from "../templates/catalogue";
import type { DataProblem } from "../templates/data";
import type { FillData } from "../templates/fill-data";
import type { TemplateSet } from "../templates/types";
import type { PrintedTable } from "./table-regions";
import { readPrintedTables } from "./tables";

/**
 * “第3页第12行” / “p.3 l.12”, with the table's number before it when given. A .docx has no
 * pages (page 0): its narrative is placed by paragraph (“第12段”), its tables by row
 * (“公开03表 第5行”).
 */
export function printedPlace(
  place: { page: number; line: number; table?: string },
  lang: "zh" | "en",
): string {
  const table = place.table ? `${place.table} ` : "";
  if (place.page === 0) {
    if (lang === "zh") return place.table ? `${table}第${place.line}行` : `第${place.line}段`;
    return place.table ? `${table}row ${place.line}` : `para. ${place.line}`;
  }
  return lang === "zh"
    ? `${table}第${place.page}页第${place.line}行`
    : `${table}p.${place.page} l.${place.line}`;
}

/**
 * The tables of a published report (PDF or .docx) as template values, like a data
 * file's: problems name where the row was printed (a PDF's page and line, a Word table's
 * row), so that nothing is filled from a table read wrongly; a document without any of
 * the tables is a problem too.
 */
export function reportTableData(
  tables: readonly PrintedTable[],
  shown: string,
  set: TemplateSet,
  catalogue: Catalogue,
): { data: FillData; problems: DataProblem[] } {
  const read = readPrintedTables(tables, set, catalogue);
  const problems = read.problems.map((p) => {
    // A Word table's row is numbered within its table, which the place names.
    const at =
      p.line === undefined
        ? undefined
        : { page: p.page ?? 0, line: p.line, table: p.page ? undefined : p.table };
    return {
      ...p,
      zh: `${shown}${at ? ` ${printedPlace(at, "zh")}` : ""}：${p.zh.replace(/^.*?：/, "")}`,
      en: `${shown}${at ? ` ${printedPlace(at, "en")}` : ""}: ${p.en.replace(/^.*?: /, "")}`,
    };
  });
  if (read.found.length === 0) {
    problems.push({
      where: shown,
      zh: `${shown}：未找到任何公开表`,
      en: `${shown}: no final-account table found`,
    });
  }
  return { data: read.data, problems };
}
