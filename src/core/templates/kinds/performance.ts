import type { Rect } from "../a1";
import { rowKeysIn } from "../fill-data";
import { cellKey } from "../keys";
import type { AnalysisLane, BuildContext, ModelCell, SheetModel, StaticCell } from "../sheet-model";
import type { PerformanceTableDef } from "../types";
import { exprFrom, headerCell } from "./common";

export const fieldKey = (field: string) => cellKey("perf", `field.${field}`, "text");
export const indicatorKey = (index: number, column: string) =>
  cellKey("perf", `ind.${index}`, column);

const MIN_INDICATOR_ROWS = 3;

/**
 * The 项目绩效目标完成情况表 as a form: 项目名称 and 预算单位, the 预算执行情况 grid
 * (预算数 / 执行数 × 合计 / 财政拨款 / 其它资金), the annual goals, then the indicators.
 */
export function buildPerformance(def: PerformanceTableDef, ctx: BuildContext): SheetModel {
  const lastCol = def.indicatorColumns.length;
  const statics: StaticCell[] = [];
  const merges: Rect[] = [];
  const cells: ModelCell[] = [];
  const rowKeys: string[] = ["title", "subtitle", "meta"];
  statics.push({ row: 0, col: 0, text: def.title, style: "title" });
  merges.push({ top: 0, left: 0, bottom: 0, right: lastCol });
  statics.push({ row: 1, col: 0, text: `（${ctx.year}年度）`, style: "subtitle" });
  merges.push({ top: 1, left: 0, bottom: 1, right: lastCol });
  statics.push({ row: 2, col: lastCol, text: "金额单位：万元", style: "metaRight" });

  let r = 3;
  for (const f of def.fields) {
    headerCell(statics, merges, r, 0, f.label);
    cells.push(textCell(fieldKey(f.key), r, 1, f.label, f.labelEn));
    for (let c = 2; c <= lastCol; c++) statics.push({ row: r, col: c, text: "", style: "text" });
    merges.push({ top: r, left: 1, bottom: r, right: lastCol });
    rowKeys.push(`field:${f.key}`);
    r++;
  }

  const { rows, columns } = def.money;
  headerCell(statics, merges, r, 0, "预算执行情况（万元）", rows.length + 1);
  headerCell(statics, merges, r, 1, "");
  columns.forEach((c, ci) => headerCell(statics, merges, r, 2 + ci, c.label));
  for (let c = 2 + columns.length; c <= lastCol; c++) headerCell(statics, merges, r, c, "");
  rowKeys.push("money.header");
  r++;
  const moneyKeys = new Set<string>();
  const moneyCells: Array<{ cell: ModelCell; row: string; col: number }> = [];
  for (const row of rows) {
    statics.push({ row: r, col: 1, text: row.label, style: "label" });
    columns.forEach((col, ci) => {
      const key = cellKey(def.id, row.key, col.key);
      moneyKeys.add(key);
      const cell: ModelCell = {
        key,
        table: def.id,
        row: r,
        col: 2 + ci,
        label: `${row.label} · ${col.label}`,
        labelEn: `${row.labelEn} · ${col.labelEn}`,
        input: true,
        exprs: [],
      };
      moneyCells.push({ cell, row: row.key, col: ci });
    });
    for (let c = 2 + columns.length; c <= lastCol; c++)
      statics.push({ row: r, col: c, text: "", style: "blank" });
    rowKeys.push(`money:${row.key}`);
    r++;
  }
  for (const { cell, row, col } of moneyCells) {
    const sum = columns[col].sum;
    if (sum) {
      cell.exprs = [
        exprFrom(
          sum,
          (t) => [cellKey(def.id, row, t)],
          (k) => moneyKeys.has(k),
        ),
      ];
      cell.input = false;
    }
    cells.push(cell);
  }

  const present = [...rowKeysIn(ctx.data, def.id)]
    .filter((k) => k.startsWith("ind."))
    .map((k) => Number(k.slice(4)));
  const count = Math.max(MIN_INDICATOR_ROWS, present.length ? Math.max(...present) + 1 : 0);
  headerCell(statics, merges, r, 0, "绩效指标完成情况", count + 1);
  def.indicatorColumns.forEach((c, ci) => headerCell(statics, merges, r, 1 + ci, c.label));
  rowKeys.push("indicators.header");
  r++;
  for (let i = 0; i < count; i++) {
    def.indicatorColumns.forEach((c, ci) =>
      cells.push(
        textCell(indicatorKey(i, c.key), r, 1 + ci, `${c.label} ${i + 1}`, `${c.labelEn} ${i + 1}`),
      ),
    );
    rowKeys.push(`indicator:${i}`);
    r++;
  }

  const budget = rows[0];
  const executed = rows[rows.length - 1];
  const lanes: AnalysisLane[] = [
    {
      title: "预算执行率",
      titleEn: "Budget execution",
      aligned: false,
      lines: columns.map((c) => ({
        label: `${executed.label} · ${c.label}`,
        value: cellKey(def.id, executed.key, c.key),
        budget: cellKey(def.id, budget.key, c.key),
      })),
    },
  ];

  return {
    table: def,
    sheet: def.sheet,
    cells,
    statics,
    merges,
    widths: [20, ...def.indicatorColumns.map((c) => c.width ?? 16)],
    headerRows: { first: 3, last: 3 },
    lastRow: r - 1,
    lastCol,
    rowKeys,
    lanes,
  };

  function textCell(
    key: string,
    row: number,
    col: number,
    label: string,
    labelEn: string,
  ): ModelCell {
    return { key, table: def.id, row, col, label, labelEn, input: true, exprs: [], text: true };
  }
}
