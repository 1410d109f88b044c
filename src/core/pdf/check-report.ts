import { check, type CheckResult } from "../check";
import type { CheckOptions } from "../rules/types";
import { compareFindings, type Finding } from "../findings";
import { a1 } from "../templates/a1";
import { buildTemplateBook } from "../templates/book";
import { catalogueFor } from "../templates/catalogue";
import { factsFromBook } from "../templates/read-back";
import { reconcile } from "../templates/reconcile";
import { templateSetFor } from "../templates/sets";
import type { TableId } from "../templates/types";
import { detectReportYear } from "../text/report-year";
import { matchStandardTitle } from "../text/title-match";
import { segment } from "../text";
import type { PdfReading } from "./read";
import { readPrintedTables, type TablesRead } from "./tables";

export interface ReportCheck extends CheckResult {
  year?: number;
  unit?: string;
  tables: TablesRead;
  /** Where a table finding's cell was printed, when it was read from a printed row. */
  printedAt: (f: Finding) => { table: string; page?: number; line?: number } | undefined;
}

/** Why a document is not a 决算 report at all: no table and no standard 说明 heading. */
export class NotAReportError extends Error {
  constructor() {
    super("not a final-accounts report");
    this.name = "NotAReportError";
  }
}

/**
 * Whether a document read as a report is one: it has a final-account table's title or
 * a standard 说明 heading. What the check refuses with NotAReportError, for callers that
 * only read (the pane's import).
 */
export function looksLikeReport(reading: PdfReading): boolean {
  if (reading.tables.some((t) => t.id !== "perf" && t.lines.length > 0)) return true;
  return segment(reading.text).paragraphs.some(
    (p) => p.heading && matchStandardTitle(p.heading.title),
  );
}

/**
 * Checks a whole published report read from a PDF: its tables are read into the template
 * model and reconciled (审核公式), the narrative is checked on its own and against those
 * tables (unless the caller brings facts of its own, a workbook's), and each of the nine
 * tables not found is a finding.
 */
export function checkReport(reading: PdfReading, options: CheckOptions = {}): ReportCheck {
  const doc = segment(reading.text);
  const year = options.reportYear ?? detectReportYear(doc)?.year;
  const set = templateSetFor(year);
  const tables = readPrintedTables(reading.tables, set, catalogueFor(year));
  const hasNarrative = doc.paragraphs.some((p) => p.heading && matchStandardTitle(p.heading.title));
  if (tables.found.length === 0 && !hasNarrative) throw new NotAReportError();
  const book = tables.found.length ? buildTemplateBook(tables.data, { year, set }) : undefined;
  const facts = options.facts ?? (book ? factsFromBook(book) : undefined);
  const result = check(reading.text, { ...options, reportYear: year, facts });
  const tableFindings = book ? reconcile(book) : [];
  const missing: Finding[] = tables.missing.map((id) =>
    missingTable(set.tables.find((t) => t.id === id)!),
  );
  const cellKeys = new Map<string, string>();
  if (book) for (const [key, c] of book.cells) cellKeys.set(`${c.sheet}!${a1(c.row, c.col)}`, key);
  const printedAt = (f: Finding) => {
    if (!f.cell || !book) return undefined;
    const key = cellKeys.get(`${f.cell.sheet}!${f.cell.cell}`);
    const source = key ? book.data.values.get(key)?.source : undefined;
    const row = source?.kind === "data" ? tables.rows[source.line - 1] : undefined;
    return row ? { table: row.table, page: row.page, line: row.line } : { table: f.cell.sheet };
  };
  return {
    ...result,
    findings: [...result.findings, ...tableFindings, ...missing].sort(compareFindings),
    year,
    unit: tables.unit,
    tables,
    printedAt,
  };
}

function missingTable(t: { id: TableId; number: string; title: string }): Finding {
  return {
    rule: "missing-table",
    severity: "warning",
    message: `文件中未找到${t.number}“${t.title}”`,
    messageEn: `Table ${t.number} (${t.title}) was not found in the document`,
    text: t.title,
  };
}
