import { causeNote, type CauseFigure, type CauseGroup } from "../core/causes";
import type { Finding, Fix, Severity } from "../core/findings";
import type { NarrativeDocument } from "../core/text/types";

export interface FileReport {
  file: string;
  doc: NarrativeDocument;
  findings: Finding[];
  /**
   * Where a finding sits when the input was not a text file (a PDF's page and line, or a
   * printed table's); `line:column` of the text otherwise.
   */
  place?: (f: Finding, lang: Lang) => string | undefined;
  /** Findings explained by one figure (check()'s groups); absent = none. */
  groups?: CauseGroup[];
}

export type Lang = "zh" | "en";

const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** A fix is shown applied to its surroundings only when they fit on one short line. */
const PREVIEW_MAX = 80;

/**
 * Linter-style text: `file:line:col  severity  message  rule`, the quoted text under it
 * (with the suggested correction applied, when there is one), for a finding grouped by
 * cause a third line `    ↳ …` (the figure it follows from, or, on the group's primary, the
 * figure and how many follow from it), then the counts. Columns count UTF-16 units from
 * 1, as editors that jump to a position do.
 */
export function formatReport(reports: readonly FileReport[], lang: Lang): string {
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let grouped = 0;
  let groups = 0;
  for (const { file, doc, findings, place } of reports) {
    for (const f of findings) {
      totals[f.severity]++;
      const message = lang === "zh" ? f.message : f.messageEn;
      const at = place ? ` ${place(f, lang) ?? ""}` : `:${where(doc, f)}`;
      out.push(`${file}${at}  ${SEVERITY_WORD[lang][f.severity]}  ${message}  ${f.rule}`);
      out.push(`    ${quoted(doc, f)}`);
      if (f.cause) {
        out.push(`    ↳ ${causeNote(f, lang)}${figureAt(doc, f)}`);
        grouped++;
        if (f.cause.role === "primary") groups++;
      }
    }
  }
  if (groups > 0)
    out.push(
      lang === "zh"
        ? `其中 ${grouped} 个问题分为 ${groups} 组，每组由同一个数字引起（见 ↳ 行）`
        : `${grouped} of them in ${groups} group${groups === 1 ? "" : "s"}, each explained by one figure (see the ↳ lines)`,
    );
  out.push(summary(totals, reports.length, lang));
  return out.join("\n") + "\n";
}

/**
 * The finding as a JSON object: the Finding itself plus, for a text finding, the 1-based
 * `line` and `column` of its start (what a consumer outside JavaScript cannot easily
 * compute from UTF-16 offsets).
 */
export function findingJson(doc: NarrativeDocument, f: Finding): Finding & Partial<LineCol> {
  return f.span ? { ...f, ...doc.lineCol(f.span.start) } : f;
}

/**
 * The groups as JSON: each with its figure (offsets, text, line and column) and the
 * indices of its primary and followers in the same file's `findings`.
 */
export function groupJson(doc: NarrativeDocument, g: CauseGroup): CauseGroup {
  const at = (x: CauseFigure) => ({ ...x, ...doc.lineCol(x.start) });
  return { ...g, figure: at(g.figure), ...(g.others ? { others: g.others.map(at) } : {}) };
}

/** “（第405行第40列）” after a follower's note, when the figure is not the finding's own text. */
function figureAt(doc: NarrativeDocument, f: Finding): string {
  const c = f.cause;
  if (!c || [c.figure, ...(c.others ?? [])].some((x) => f.span?.start === x.start)) return "";
  const { line, column } = doc.lineCol(c.figure.start);
  return ` @${line}:${column}`;
}

interface LineCol {
  line: number;
  column: number;
}

function where(doc: NarrativeDocument, f: Finding): string {
  if (f.span) {
    const { line, column } = doc.lineCol(f.span.start);
    return `${line}:${column}`;
  }
  return f.cell ? `${f.cell.sheet}!${f.cell.cell}` : "";
}

/** “占45%”  →  “占44%”: the claim, and the same text once the suggested fix is applied. */
function quoted(doc: NarrativeDocument, f: Finding): string {
  const text = `“${oneLine(f.text)}”`;
  if (!f.fix) return text;
  // Findings are in offsets of the text as given (check.ts maps them), not of the canonical reading.
  const preview = f.span && previewFix(doc.source, f.span.start, f.span.end, f.fix);
  return preview
    ? `“${oneLine(preview.before)}”  →  “${oneLine(preview.after)}”`
    : `${text}  →  “${oneLine(f.fix.replacement)}”`;
}

function previewFix(
  text: string,
  start: number,
  end: number,
  fix: Fix,
): { before: string; after: string } | undefined {
  const from = Math.min(start, fix.start);
  const to = Math.max(end, fix.end);
  if (to - from > PREVIEW_MAX || /[\r\n]/.test(text.slice(from, to))) return undefined;
  return {
    before: text.slice(from, to),
    after: text.slice(from, fix.start) + fix.replacement + text.slice(fix.end, to),
  };
}

export function summary(totals: Record<Severity, number>, files: number, lang: Lang): string {
  const total = totals.error + totals.warning + totals.info;
  if (lang === "zh") {
    return `共 ${total} 个问题（${totals.error} 个错误，${totals.warning} 个警告，${totals.info} 个提示），检查了 ${files} 个文件`;
  }
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return (
    `${n(total, "problem", "problems")} (${n(totals.error, "error", "errors")}, ` +
    `${n(totals.warning, "warning", "warnings")}, ${totals.info} info) in ${n(files, "file", "files")}`
  );
}

function oneLine(s: string): string {
  // By code points, so that a cut never splits a surrogate pair (rare CJK extension characters).
  const chars = Array.from(s.replace(/\s+/g, " "));
  return chars.length > PREVIEW_MAX
    ? `${chars.slice(0, PREVIEW_MAX - 1).join("")}…`
    : chars.join("");
}
