import type { Rect } from "../a1";
import { lineage, levelOf } from "../catalogue";
import { rowKeysIn } from "../fill-data";
import { cellKey } from "../keys";
import type {
  AnalysisLane,
  BuildContext,
  Expr,
  ModelCell,
  SheetModel,
  StaticCell,
} from "../sheet-model";
import type { CodedTableDef } from "../types";
import { TITLE_ROWS, exprFrom, headerCell, sortCodes, titleBlock } from "./common";

export const TOTAL_ROW = "total";

/** The codes a coded table lists: those in the data plus their parents, by code. */
export function codedRows(def: CodedTableDef, ctx: BuildContext): string[] {
  const codes = new Set<string>();
  for (const key of rowKeysIn(ctx.data, def.id)) {
    if (key === TOTAL_ROW) continue;
    for (const c of lineage(key)) codes.add(c);
  }
  return sortCodes(codes);
}

/**
 * 公开02/03/05/08/09: 科目编码 | 科目名称 | amounts, a 合计 row on top, then each 类
 * followed by its 款 and 项. 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类; total columns = Σ parts.
 */
export function buildCoded(def: CodedTableDef, ctx: BuildContext): SheetModel {
  const codes = codedRows(def, ctx);
  const amount0 = 2;
  const lastCol = amount0 + def.columns.length - 1;
  const headerFirst = TITLE_ROWS;
  const headerDepth = def.groups?.length ? 2 : 1;
  const bodyFirst = headerFirst + headerDepth;
  const statics: StaticCell[] = [];
  const merges: Rect[] = [];
  titleBlock(def, lastCol, ctx, statics, merges);

  headerCell(statics, merges, headerFirst, 0, "科目编码", headerDepth);
  headerCell(statics, merges, headerFirst, 1, "科目名称", headerDepth);
  const grouped = new Map<string, { label: string; first: number; span: number }>();
  def.groups?.forEach((g) => {
    const first = def.columns.findIndex((c) => c.key === g.columns[0]);
    grouped.set(g.columns[0], { label: g.label, first, span: g.columns.length });
  });
  const inGroup = new Set(def.groups?.flatMap((g) => g.columns) ?? []);
  def.columns.forEach((col, ci) => {
    const g = grouped.get(col.key);
    if (g) headerCell(statics, merges, headerFirst, amount0 + ci, g.label, 1, g.span);
    if (inGroup.has(col.key)) headerCell(statics, merges, headerFirst + 1, amount0 + ci, col.label);
    else headerCell(statics, merges, headerFirst, amount0 + ci, col.label, headerDepth);
  });

  const rowKeys = [
    "title",
    "number",
    "meta",
    ...Array.from({ length: headerDepth }, (_, i) => `header.${i}`),
  ];
  const rows = [TOTAL_ROW, ...codes];
  const sheetRow = new Map(rows.map((r, i) => [r, bodyFirst + i]));
  const children = new Map<string, string[]>();
  for (const code of codes) {
    const parent = code.length > 3 ? code.slice(0, code.length - 2) : TOTAL_ROW;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }

  const cells: ModelCell[] = [];
  const keys = new Set<string>();
  for (const r of rows) {
    rowKeys.push(`row:${r}`);
    const at = sheetRow.get(r)!;
    const isTotal = r === TOTAL_ROW;
    const name = isTotal ? "合计" : (ctx.catalogue.name("functional", r) ?? r);
    const level = isTotal ? 0 : levelOf(r);
    statics.push({ row: at, col: 0, text: isTotal ? "" : r, style: "code" });
    statics.push({
      row: at,
      col: 1,
      text: name,
      style: isTotal
        ? "labelTotal"
        : level === 1
          ? "label"
          : level === 2
            ? "labelIndent"
            : "labelIndent2",
    });
    def.columns.forEach((col, ci) => {
      const key = cellKey(def.id, r, col.key);
      keys.add(key);
      const family =
        level === 1
          ? def.classMetric?.[col.key]
          : level === 3
            ? def.itemMetric?.[col.key]
            : undefined;
      cells.push({
        key,
        table: def.id,
        row: at,
        col: amount0 + ci,
        label: isTotal ? `合计 · ${col.label}` : `${r} ${name} · ${col.label}`,
        labelEn: isTotal ? `Total · ${col.labelEn}` : `${r} · ${col.labelEn}`,
        input: true,
        exprs: [],
        metric: isTotal ? col.metric : family ? `${family}.${r}` : undefined,
        signed: col.sum?.terms.some((t) => t.sign === -1),
        total: isTotal || children.has(r),
      });
    });
  }

  const exists = (k: string) => keys.has(k);
  for (const cell of cells) {
    const r = rows[cell.row - bodyFirst];
    const col = def.columns[cell.col - amount0];
    const exprs: Expr[] = [];
    if (col.sum) exprs.push(exprFrom(col.sum, (t) => [cellKey(def.id, r, t)], exists));
    const kids = children.get(r);
    if (kids) {
      exprs.push({
        id: def.treeSumId,
        tag: "S",
        terms: kids.map((k) => ({ key: cellKey(def.id, k, col.key), sign: 1 as const })),
      });
    }
    cell.exprs = exprs.filter((e) => e.terms.length > 0);
    cell.input = cell.exprs.length === 0;
  }

  const lastRow = bodyFirst + rows.length - 1;
  const analysisCol = def.columns.find((c) => c.key === def.analysisColumn) ?? def.columns[0];
  const totalOf = (colKey: string) => cellKey(def.id, TOTAL_ROW, colKey);
  const lanes: AnalysisLane[] = [
    {
      title: `${analysisCol.label}：占比与增减`,
      titleEn: `${analysisCol.labelEn}: shares and changes`,
      aligned: true,
      lines: rows.map((r) => ({
        row: sheetRow.get(r),
        value: cellKey(def.id, r, analysisCol.key),
        shareOf: r === TOTAL_ROW ? undefined : totalOf(analysisCol.key),
      })),
    },
  ];
  if (analysisCol.sum) {
    lanes.push({
      title: "合计行构成",
      titleEn: "Structure of the total row",
      aligned: false,
      lines: analysisCol.sum.terms.map((t) => {
        const part = def.columns.find((c) => c.key === t.key)!;
        return { label: part.label, value: totalOf(part.key), shareOf: totalOf(analysisCol.key) };
      }),
    });
  }

  return {
    table: def,
    sheet: def.sheet,
    cells,
    statics,
    merges,
    widths: [12, 34, ...def.columns.map((c) => c.width ?? 14)],
    headerRows: { first: headerFirst, last: headerFirst + headerDepth - 1 },
    lastRow,
    lastCol,
    rowKeys,
    lanes,
    emptyNoteRow: def.emptyNote ? lastRow + 1 : undefined,
  };
}
