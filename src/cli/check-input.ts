import { check } from "../core/check";
import type { CheckOptions } from "../core/rules/types";
import type { Finding } from "../core/findings";
import { checkReport, NotAReportError } from "../core/pdf/check-report";
import { notAReportMessage } from "../core/pdf/messages";
import { detectReportYear } from "../core/text/report-year";
import { detectUnitNames } from "../core/text/unit-name";
import type { TableId } from "../core/templates/types";
import { UsageError } from "./io";
import { pdfPlaceOf, showPdfPlace, type PdfPlace } from "./pdf-place";
import type { InputDocument } from "./read-document";
import { findingJson, groupJson, summary, type FileReport, type Lang } from "./report";

/** What a reviewer sees first about each file. */
export interface FileSummary {
  unit?: string;
  year?: number;
  /** For a PDF: the nine tables found and missing (ids of the year's set). */
  tables?: { found: TableId[]; missing: TableId[] };
  pages?: number;
  counts: Record<Finding["severity"], number>;
}

export interface CheckedFile extends FileReport {
  summary: FileSummary;
  /** A PDF finding's page and line (or printed table). */
  pdfPlace?: (f: Finding) => PdfPlace | { table: string } | undefined;
}

/** Checks one input read by readDocument: a text as before, a PDF as a whole report. */
export function checkInput(file: string, input: InputDocument, options: CheckOptions): CheckedFile {
  if (input.kind === "text") {
    const { doc, findings, groups } = check(input.text, options);
    return {
      file,
      doc,
      findings,
      groups,
      summary: {
        unit: detectUnitNames(doc)[0],
        year: options.reportYear ?? detectReportYear(doc)?.year,
        counts: count(findings),
      },
    };
  }
  let result: ReturnType<typeof checkReport>;
  try {
    result = checkReport(input.reading, options);
  } catch (e) {
    if (!(e instanceof NotAReportError)) throw e;
    const m = notAReportMessage(file);
    throw new UsageError(m.zh, m.en);
  }
  const pdfPlace = (f: Finding) => pdfPlaceOf(input.reading, result, f);
  return {
    file,
    doc: result.doc,
    findings: result.findings,
    groups: result.groups,
    place: (f: Finding, lang: Lang) => showPdfPlace(pdfPlace(f), lang),
    pdfPlace,
    summary: {
      unit: result.unit ?? detectUnitNames(result.doc)[0],
      year: result.year,
      tables: { found: result.tables.found, missing: result.tables.missing },
      pages: input.reading.pages,
      counts: count(result.findings),
    },
  };
}

function count(findings: readonly Finding[]): Record<Finding["severity"], number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** The JSON of one file: its findings (with page and line for a PDF) and its summary. */
export function fileJson(r: CheckedFile): object {
  return {
    file: r.file,
    summary: r.summary,
    findings: r.findings.map((f) => {
      if (!r.pdfPlace) return findingJson(r.doc, f);
      return { ...f, ...(r.pdfPlace(f) ?? {}) };
    }),
    groups: (r.groups ?? []).map((g) => groupJson(r.doc, g)),
  };
}

/** One block per file: unit, year, tables found and missing, counts. */
export function formatSummaries(reports: readonly CheckedFile[], lang: Lang): string {
  const out: string[] = [lang === "zh" ? "\n文件汇总：" : "\nFiles:"];
  for (const r of reports) {
    const s = r.summary;
    const unit = s.unit ?? (lang === "zh" ? "（未识别单位）" : "(unit not found)");
    const year = s.year ? (lang === "zh" ? `${s.year}年度` : `${s.year}`) : "";
    let tables = "";
    if (s.tables) {
      const missing = s.tables.missing.map((id) => `公开${id}表`).join("、");
      tables =
        lang === "zh"
          ? `；公开表 ${s.tables.found.length}/9${missing ? `，缺 ${missing}` : ""}`
          : `; tables ${s.tables.found.length}/9${missing ? `, missing ${missing}` : ""}`;
    }
    out.push(`  ${r.file}  ${unit} ${year}${tables}`);
    out.push(`    ${summary(s.counts, 1, lang)}`);
  }
  return out.join("\n") + "\n";
}
