import type { Finding, Fix, Severity } from "../../findings";
import type { CellRef, Span } from "../../span";
import type { NarrativeDocument } from "../../text/types";
import type { RuleMeta } from "../types";

/** What a rule says about one span; everything else of a Finding is derived. */
export interface Report {
  span: Span;
  /** zh-CN message, with the arithmetic when there is some. */
  zh: string;
  en: string;
  /** Defaults to the rule's defaultSeverity. */
  severity?: Severity;
  expected?: string;
  actual?: string;
  related?: Array<Span | CellRef>;
  fix?: Fix;
}

/** A Finding of `meta`'s rule at `report.span`, its text sliced from the document. */
export function finding(meta: RuleMeta, doc: NarrativeDocument, report: Report): Finding {
  const f: Finding = {
    rule: meta.id,
    severity: report.severity ?? meta.defaultSeverity,
    message: report.zh,
    messageEn: report.en,
    span: { start: report.span.start, end: report.span.end },
    text: doc.text.slice(report.span.start, report.span.end),
  };
  if (report.expected !== undefined) f.expected = report.expected;
  if (report.actual !== undefined) f.actual = report.actual;
  if (report.related !== undefined && report.related.length > 0) f.related = report.related;
  if (report.fix !== undefined) f.fix = report.fix;
  return f;
}

/**
 * What follows from a change or rate whose amount was found by its name in a paragraph
 * before (claims/links.ts): likely, not certain — a warning, and no fix computed from an
 * amount that may not be its own.
 */
export function across<R extends Report>(claim: { linkedAcross?: true }, report: R): R {
  if (!claim.linkedAcross) return report;
  const warned: R = { ...report, severity: "warning" };
  delete warned.fix;
  return warned;
}

/** A reporter bound to one rule and document, so that a rule body reads `report({...})`. */
export function reporter(meta: RuleMeta, doc: NarrativeDocument): (report: Report) => Finding {
  return (report) => finding(meta, doc, report);
}

/** “「text」” for messages: the exact words quoted as the user sees them. */
export function quote(doc: NarrativeDocument, span: Span): string {
  return `“${doc.text.slice(span.start, span.end)}”`;
}
