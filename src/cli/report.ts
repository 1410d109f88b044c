import type { Finding, Severity } from "../core/findings";
import type { NarrativeDocument } from "../core/text/types";

export interface FileReport {
  file: string;
  doc: NarrativeDocument;
  findings: Finding[];
}

const SEVERITY_WORD: Record<"zh" | "en", Record<Severity, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/**
 * Linter-style text: `file:line:col  severity  message  rule`, the quoted text under it,
 * then the counts. Columns count UTF-16 units from 1, as editors that jump to a position do.
 */
export function formatReport(reports: readonly FileReport[], lang: "zh" | "en"): string {
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { file, doc, findings } of reports) {
    for (const f of findings) {
      totals[f.severity]++;
      const where = f.span
        ? (({ line, column }) => `${line}:${column}`)(doc.lineCol(f.span.start))
        : f.cell
          ? `${f.cell.sheet}!${f.cell.cell}`
          : "";
      const message = lang === "zh" ? f.message : f.messageEn;
      out.push(`${file}:${where}  ${SEVERITY_WORD[lang][f.severity]}  ${message}  ${f.rule}`);
      out.push(`    “${oneLine(f.text)}”${f.fix ? `  →  “${oneLine(f.fix.replacement)}”` : ""}`);
    }
  }
  const total = totals.error + totals.warning + totals.info;
  out.push(
    lang === "zh"
      ? `共 ${total} 个问题（${totals.error} 个错误，${totals.warning} 个警告，${totals.info} 个提示），检查了 ${reports.length} 个文件`
      : `${total} problems (${totals.error} errors, ${totals.warning} warnings, ${totals.info} info) in ${reports.length} file(s)`,
  );
  return out.join("\n") + "\n";
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
