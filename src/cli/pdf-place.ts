import type { Finding } from "../core/findings";
import type { ReportCheck } from "../core/pdf/check-report";
import { originAt } from "../core/pdf/paragraphs";
import type { PdfReading } from "../core/pdf/read";
import { printedPlace } from "../core/pdf/table-data";
import type { Lang } from "./report";

/**
 * Page and line where a PDF finding was printed, as a reader finds it in a viewer; for a
 * .docx, page 0 and the paragraph's or the table row's number.
 */
export interface PdfPlace {
  page: number;
  line: number;
  /** The printed table it is in, for a table finding. */
  table?: string;
}

export function pdfPlaceOf(
  reading: PdfReading,
  result: ReportCheck,
  f: Finding,
): PdfPlace | { table: string } | undefined {
  if (f.span) {
    const o = originAt(reading.origins, f.span.start);
    return o ? { page: o.page, line: o.line } : undefined;
  }
  const printed = result.printedAt(f);
  if (!printed) return undefined;
  return printed.page !== undefined && printed.line !== undefined
    ? { page: printed.page, line: printed.line, table: printed.table }
    : { table: printed.table };
}

/** “第3页第12行” / “p.3 l.12” (a .docx: “第12段”, “公开03表 第5行”), see printedPlace. */
export function showPdfPlace(place: ReturnType<typeof pdfPlaceOf>, lang: Lang): string {
  if (!place) return "";
  if (!("page" in place)) return place.table;
  return printedPlace(place, lang);
}
