import { causeNote } from "../core/causes";
import type { Finding, Severity } from "../core/findings";
import type { CheckedFile } from "./check-input";
import { showPdfPlace } from "./pdf-place";

const SEVERITY: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

/** Every text put into the page goes through this: narrative text is data, never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1b1b1b;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#ececec}
td:nth-child(1),td:nth-child(2){white-space:nowrap}
.error{color:#a4000f;font-weight:bold}.warning{color:#7a4d00;font-weight:bold}.info{color:#245a8d}
.quote{background:#fff4c2}.cause{color:#3d3d3d;font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}`;

/**
 * The review report: one self-contained HTML page (its style inline, no script, no
 * external resource, so that it opens offline and can be mailed), per file a summary and
 * every finding with where it is, the quoted text, the arithmetic (the message) and the
 * expected value. Everything from the documents is escaped.
 */
export function reviewHtml(reports: readonly CheckedFile[]): string {
  const files = reports.map((r, i) => fileSection(r, i)).join("\n");
  const index = reports
    .map((r, i) => {
      const c = r.summary.counts;
      return `<li><a href="#file-${i + 1}">${escapeHtml(r.file)}</a>：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}</li>`;
    })
    .join("");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>决算公开审阅报告 / Review of final-accounts reports</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>决算公开审阅报告 <span lang="en">Review of final-accounts reports</span></h1>
<p>共 ${reports.length} 个文件 / ${reports.length} file(s)</p>
<ul>${index}</ul>
${files}
</main>
</body>
</html>
`;
}

function fileSection(r: CheckedFile, i: number): string {
  const s = r.summary;
  const tables = s.tables
    ? `<dt>公开表</dt><dd>找到 ${s.tables.found.length}/9${
        s.tables.missing.length
          ? `；缺 ${s.tables.missing.map((id) => `公开${id}表`).join("、")}`
          : ""
      }</dd>`
    : "";
  const rows = r.findings.map((f) => findingRow(r, f)).join("\n");
  return `<section aria-labelledby="file-${i + 1}">
<h2 id="file-${i + 1}">${escapeHtml(r.file)}</h2>
<dl>
<dt>单位</dt><dd>${escapeHtml(s.unit ?? "（未识别）")}</dd>
<dt>年度</dt><dd>${s.year ?? "（未识别）"}</dd>
${s.pages ? `<dt>页数</dt><dd>${s.pages}</dd>` : ""}
${tables}
<dt>问题</dt><dd>错误 ${s.counts.error}，警告 ${s.counts.warning}，提示 ${s.counts.info}</dd>
</dl>
${
  r.findings.length
    ? `<table>
<caption>${escapeHtml(r.file)} 的问题 / findings</caption>
<thead><tr><th scope="col">级别</th><th scope="col">位置</th><th scope="col">原文</th><th scope="col">问题与计算</th><th scope="col">应为</th><th scope="col">规则</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : "<p>未发现问题 / no findings</p>"
}
</section>`;
}

/** The group a finding belongs to (one figure explains several findings), as a note. */
function cause(f: Finding): string {
  return f.cause ? `<br><span class="cause">↳ ${escapeHtml(causeNote(f, "zh"))}</span>` : "";
}

function findingRow(r: CheckedFile, f: Finding): string {
  const place = r.pdfPlace
    ? showPdfPlace(r.pdfPlace(f), "zh")
    : f.span
      ? `第${r.doc.lineCol(f.span.start).line}行`
      : f.cell
        ? `${f.cell.sheet}!${f.cell.cell}`
        : "";
  return `<tr><td class="${f.severity}">${SEVERITY[f.severity].zh}</td><td>${escapeHtml(place)}</td><td><span class="quote">${escapeHtml(f.text)}</span></td><td>${escapeHtml(f.message)}<br><span lang="en">${escapeHtml(f.messageEn)}</span>${cause(f)}</td><td>${escapeHtml(f.expected ?? "")}</td><td>${escapeHtml(f.rule)}</td></tr>`;
}
