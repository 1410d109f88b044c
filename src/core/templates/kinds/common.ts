import type { Rect } from "../a1";
import type { BuildContext, Expr, StaticCell } from "../sheet-model";
import type { StyleKey } from "../styles";
import type { SumDef, TableDef } from "../types";

/** Rows 0–2 of every table: title, table number, 部门 and 金额单位. */
export const TITLE_ROWS = 3;

export function titleBlock(
  def: TableDef,
  lastCol: number,
  ctx: BuildContext,
  statics: StaticCell[],
  merges: Rect[],
): void {
  statics.push({ row: 0, col: 0, text: def.title, style: "title" });
  merges.push({ top: 0, left: 0, bottom: 0, right: lastCol });
  statics.push({ row: 1, col: lastCol, text: def.number, style: "tableNo" });
  const unit = ctx.unit ?? ctx.data.unit ?? "";
  statics.push({ row: 2, col: 0, text: `部门：${unit}`, style: "meta" });
  const metaWidth = Math.max(0, Math.min(2, lastCol - 1));
  if (metaWidth > 0) merges.push({ top: 2, left: 0, bottom: 2, right: metaWidth });
  statics.push({ row: 2, col: lastCol, text: "金额单位：万元", style: "metaRight" });
}

/** An expression from a SumDef whose terms are row (or column) keys; absent cells are dropped. */
export function exprFrom(
  sum: SumDef,
  keyOfTerm: (termKey: string) => string[],
  exists: (key: string) => boolean,
): Expr {
  const terms: Expr["terms"] = [];
  for (const t of sum.terms) {
    for (const key of keyOfTerm(t.key)) {
      if (exists(key)) terms.push({ key, sign: t.sign ?? 1 });
    }
  }
  return { id: sum.id, tag: sum.tag, terms };
}

export function headerCell(
  statics: StaticCell[],
  merges: Rect[],
  row: number,
  col: number,
  text: string,
  rowSpan = 1,
  colSpan = 1,
  style: StyleKey = "header",
): void {
  statics.push({ row, col, text, style });
  // Border the covered cells too, so a merged header is framed on every writer.
  for (let r = row; r < row + rowSpan; r++) {
    for (let c = col; c < col + colSpan; c++) {
      if (r !== row || c !== col) statics.push({ row: r, col: c, text: "", style });
    }
  }
  if (rowSpan > 1 || colSpan > 1) {
    merges.push({ top: row, left: col, bottom: row + rowSpan - 1, right: col + colSpan - 1 });
  }
}

export function sortCodes(codes: Iterable<string>): string[] {
  return [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
