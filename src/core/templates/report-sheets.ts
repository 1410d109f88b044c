import type { Finding, Severity } from "../findings";
import type { NarrativeDocument } from "../text/types";
import { shownSpan } from "../text/segment";
import { a1, quoteSheet } from "./a1";
import type { LayoutCell, SheetLayout } from "./layout";
import type { StyleKey } from "./styles";

export const NARRATIVE_SHEET = "说明";
export const FINDINGS_SHEET = "检查结果";

const SEVERITY: Record<Severity, { zh: string; style: StyleKey }> = {
  error: { zh: "错误", style: "severityError" },
  warning: { zh: "警告", style: "severityWarning" },
  info: { zh: "提示", style: "severityInfo" },
};

const cell = (
  row: number,
  col: number,
  value: string | number,
  style: StyleKey,
  extra: Partial<LayoutCell> = {},
): LayoutCell => ({
  row,
  col,
  address: a1(row, col),
  kind: "label",
  value,
  style,
  ...extra,
});

/** The paragraph a finding's span starts in. */
export function paragraphOf(doc: NarrativeDocument, f: Finding): number | undefined {
  if (!f.span) return undefined;
  // Findings are in offsets of the text as given; paragraphs in the canonical reading's.
  const start = f.span.start;
  return doc.paragraphs.find((p) => {
    const span = doc.toSource(p.span);
    return span.start <= start && start < Math.max(span.end, span.start + 1);
  })?.index;
}

/** The 说明 sheet row (0-based) of a paragraph: one paragraph per row under a header. */
export const paragraphRow = (index: number): number => index + 1;

/** The cell of paragraph `index` on the 说明 sheet: “A2” for paragraph 0. */
export const paragraphCell = (index: number): string => a1(paragraphRow(index), 0);

/** The paragraph of a column-A cell (“A5” → 3), or null for the header or another column. */
export function paragraphOfCell(cell: string): number | null {
  const m = /^\$?A\$?(\d+)$/.exec(cell);
  if (!m) return null;
  const index = Number(m[1]) - 1 - paragraphRow(0);
  return index >= 0 ? index : null;
}

/** Header of the 说明 sheet; the add-in's narrative sheet (src/excel/narrative-sheet.ts) uses the same. */
export const NARRATIVE_HEADER = "说明（每行一段 · one paragraph per row）";

/**
 * The narrative as a sheet, one paragraph per row in column A under a header (the layout
 * the add-in reads back), so that co-authors edit it and a paragraph with findings can be
 * marked: its cell is shaded and its findings listed beside it in column B.
 */
export function narrativeSheetLayout(
  doc: NarrativeDocument,
  findings: readonly Finding[] = [],
): SheetLayout {
  const byParagraph = new Map<number, Finding[]>();
  for (const f of findings) {
    const p = paragraphOf(doc, f);
    if (p !== undefined) byParagraph.set(p, [...(byParagraph.get(p) ?? []), f]);
  }
  const cells: LayoutCell[] = [
    cell(0, 0, NARRATIVE_HEADER, "listHeader"),
    cell(0, 1, "检查发现 · findings", "listHeader"),
  ];
  for (const p of doc.paragraphs) {
    const row = paragraphRow(p.index);
    const own = byParagraph.get(p.index) ?? [];
    const flagged = own.some((f) => f.severity !== "info");
    cells.push({
      ...cell(row, 0, shownSpan(doc, p.span), flagged ? "paragraphFlagged" : "paragraph"),
      kind: "input",
    });
    if (own.length)
      cells.push(
        cell(
          row,
          1,
          own.map((f) => `【${SEVERITY[f.severity].zh}】${f.message}`).join("\n"),
          "listCell",
        ),
      );
  }
  return {
    name: NARRATIVE_SHEET,
    cells,
    merges: [],
    widths: [
      { col: 0, width: 90 },
      { col: 1, width: 60 },
    ],
    freeze: { rows: 1, columns: 0 },
    rowKeys: ["header", ...doc.paragraphs.map((p) => `paragraph:${p.index}`)],
    signature: "",
  };
}

/** Where a finding points: its cell, or its paragraph's row on the 说明 sheet. */
function targetOf(f: Finding, doc?: NarrativeDocument): { text: string; link: string } | null {
  if (f.cell)
    return {
      text: `${f.cell.sheet}!${f.cell.cell}`,
      link: `${quoteSheet(f.cell.sheet)}!${f.cell.cell}`,
    };
  const p = doc ? paragraphOf(doc, f) : undefined;
  if (p === undefined) return null;
  const address = a1(paragraphRow(p), 0);
  return {
    text: `${NARRATIVE_SHEET}!${address}（第${p + 1}段）`,
    link: `${quoteSheet(NARRATIVE_SHEET)}!${address}`,
  };
}

/** The findings as a list, each with a link to the cell or paragraph it is about. */
export function findingsSheetLayout(
  findings: readonly Finding[],
  doc?: NarrativeDocument,
): SheetLayout {
  const heads = ["序号", "级别", "规则", "位置", "原文/数值", "应为", "说明", "Message"];
  const cells: LayoutCell[] = heads.map((h, i) => cell(0, i, h, "listHeader"));
  findings.forEach((f, i) => {
    const row = i + 1;
    const target = targetOf(f, doc);
    const text = f.span && doc ? doc.text.slice(f.span.start, f.span.end) : f.text;
    cells.push(cell(row, 0, row, "listNumber"));
    cells.push(cell(row, 1, SEVERITY[f.severity].zh, SEVERITY[f.severity].style));
    cells.push(cell(row, 2, f.rule, "listCell"));
    cells.push(
      target
        ? cell(row, 3, target.text, "link", { link: target.link })
        : cell(row, 3, "", "listCell"),
    );
    cells.push(cell(row, 4, text, "listCell"));
    cells.push(cell(row, 5, f.expected ?? f.fix?.replacement ?? "", "listCell"));
    cells.push(cell(row, 6, f.message, "listCell"));
    cells.push(cell(row, 7, f.messageEn, "listCell"));
  });
  if (findings.length === 0) cells.push(cell(1, 0, "未发现问题 / No findings", "listCell"));
  return {
    name: FINDINGS_SHEET,
    cells,
    merges: findings.length === 0 ? ["A2:H2"] : [],
    widths: [6, 8, 22, 22, 18, 14, 70, 70].map((width, col) => ({ col, width })),
    freeze: { rows: 1, columns: 0 },
    rowKeys: ["header", ...findings.map((_, i) => `finding:${i}`)],
    signature: "",
  };
}
