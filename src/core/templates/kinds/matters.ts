import type { Rect } from "../a1";
import { rowKeysIn } from "../fill-data";
import { cellKey } from "../keys";
import type { AnalysisLine, BuildContext, ModelCell, SheetModel, StaticCell } from "../sheet-model";
import type { MattersTableDef } from "../types";
import { TITLE_ROWS, headerCell, sortCodes, titleBlock } from "./common";

const ITEM_CODE = /^\d{7}$/;

/** Key of a form line's figure: `other|operatingCost|current`, `other|2011301|budget`. */
export const mattersKey = (row: string, period: "current" | "budget") =>
  cellKey("other", row, period);

/** The 项 codes whose 年初预算 the form lists: those of the coded table, and those typed here. */
export function itemBudgetCodes(def: MattersTableDef, ctx: BuildContext): string[] {
  if (!def.itemBudgets) return [];
  const codes = [...rowKeysIn(ctx.data, def.itemBudgets.table), ...rowKeysIn(ctx.data, def.id)];
  return sortCodes(new Set(codes.filter((c) => ITEM_CODE.test(c))));
}

/**
 * 其他事项 as a form: 编码 | 项目 | 单位 | 本年数 | 年初预算数, one group per heading
 * (机关运行经费, 政府采购, 国有资产, “三公”经费, 绩效), then the 年初预算 of each 项. Amounts
 * get the 上年数 / 增减额 / 增长率 / 完成预算 block beside the form, like every table.
 */
export function buildMatters(def: MattersTableDef, ctx: BuildContext): SheetModel {
  const lastCol = 4;
  const statics: StaticCell[] = [];
  const merges: Rect[] = [];
  titleBlock(def, lastCol, ctx, statics, merges);
  const header = TITLE_ROWS;
  ["编码", "项目", "单位", "本年数", "年初预算数"].forEach((h, c) =>
    headerCell(statics, merges, header, c, h),
  );
  const rowKeys = ["title", "number", "meta", "header.0"];
  const cells: ModelCell[] = [];
  const lines: AnalysisLine[] = [];
  let r = header + 1;

  const groupRow = (label: string, key: string) => {
    statics.push({ row: r, col: 0, text: label, style: "labelTotal" });
    for (let c = 1; c <= lastCol; c++) statics.push({ row: r, col: c, text: "", style: "blank" });
    merges.push({ top: r, left: 0, bottom: r, right: lastCol });
    rowKeys.push(`group:${key}`);
    r++;
  };
  const figure = (
    row: string,
    period: "current" | "budget",
    col: number,
    metric: string,
    label: string,
    labelEn: string,
    count: boolean,
  ): ModelCell => {
    const cell: ModelCell = {
      key: mattersKey(row, period),
      table: def.id,
      row: r,
      col,
      label: period === "budget" ? `${label} · 年初预算数` : label,
      labelEn: period === "budget" ? `${labelEn} · budget` : labelEn,
      input: true,
      exprs: [],
      metric,
      period,
      ...(count ? { count: true } : {}),
    };
    cells.push(cell);
    return cell;
  };

  def.groups.forEach((g, gi) => {
    groupRow(g.label, String(gi));
    for (const row of g.rows) {
      const count = row.unit !== "万元";
      statics.push({ row: r, col: 0, text: "", style: "code" });
      statics.push({ row: r, col: 1, text: row.label, style: "labelIndent" });
      statics.push({ row: r, col: 2, text: row.unit, style: "lineNo" });
      const current = figure(row.key, "current", 3, row.metric, row.label, row.labelEn, count);
      const budget = row.budget
        ? figure(row.key, "budget", 4, row.metric, row.label, row.labelEn, count)
        : undefined;
      if (!budget) statics.push({ row: r, col: 4, text: "", style: "blank" });
      if (row.prior)
        lines.push({ row: r, value: current.key, ...(budget ? { budget: budget.key } : {}) });
      rowKeys.push(`row:${row.key}`);
      r++;
    }
  });

  const items = def.itemBudgets;
  if (items) {
    groupRow(items.label, "items");
    statics.push({ row: r, col: 0, text: "", style: "code" });
    statics.push({ row: r, col: 1, text: "合计", style: "labelIndent" });
    statics.push({ row: r, col: 2, text: "万元", style: "lineNo" });
    statics.push({ row: r, col: 3, text: "", style: "blank" });
    figure("itemsTotal", "budget", 4, items.total, "合计", "Total", false);
    rowKeys.push("row:itemsTotal");
    r++;
    for (const code of itemBudgetCodes(def, ctx)) {
      const name = ctx.catalogue.name("functional", code) ?? code;
      statics.push({ row: r, col: 0, text: code, style: "code" });
      statics.push({ row: r, col: 1, text: name, style: "labelIndent" });
      statics.push({ row: r, col: 2, text: "万元", style: "lineNo" });
      statics.push({ row: r, col: 3, text: "", style: "blank" });
      figure(code, "budget", 4, `${items.family}.${code}`, `${code} ${name}`, code, false);
      rowKeys.push(`row:${code}`);
      r++;
    }
  }

  return {
    table: def,
    sheet: def.sheet,
    cells,
    statics,
    merges,
    widths: [10, 36, 8, 14, 14],
    headerRows: { first: header, last: header },
    lastRow: r - 1,
    lastCol,
    rowKeys,
    lanes: [{ title: "上年数与增减", titleEn: "Prior year and change", aligned: true, lines }],
  };
}
