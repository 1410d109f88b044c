import type { Rect } from "../a1";
import { cellKey } from "../keys";
import type { AnalysisLane, BuildContext, ModelCell, SheetModel, StaticCell } from "../sheet-model";
import type { PeriodGridTableDef } from "../types";
import { TITLE_ROWS, exprFrom, headerCell, titleBlock } from "./common";

/**
 * 公开07: one printed row of 预算数 items then 决算数 items, under a three-row header
 * (period / item or group / grouped item). Logically a grid: rows = periods, columns = items.
 */
export function buildPeriodGrid(def: PeriodGridTableDef, ctx: BuildContext): SheetModel {
  const n = def.items.length;
  const lastCol = def.periods.length * n - 1;
  const h = TITLE_ROWS;
  const body = h + 3;
  const statics: StaticCell[] = [];
  const merges: Rect[] = [];
  titleBlock(def, lastCol, ctx, statics, merges);

  const cells: ModelCell[] = [];
  const keys = new Set<string>();
  def.periods.forEach((p, pi) => {
    const c0 = pi * n;
    headerCell(statics, merges, h, c0, p.label, 1, n);
    def.items.forEach((item, ii) => {
      const groupStart =
        item.group !== undefined && def.items.findIndex((x) => x.group === item.group) === ii;
      if (item.group === undefined) headerCell(statics, merges, h + 1, c0 + ii, item.label, 2);
      else {
        if (groupStart) {
          const span = def.items.filter((x) => x.group === item.group).length;
          headerCell(statics, merges, h + 1, c0 + ii, item.group, 1, span);
        }
        headerCell(statics, merges, h + 2, c0 + ii, item.label);
      }
      const key = cellKey(def.id, p.key, item.key);
      keys.add(key);
      const itemName = item.group && item.label === "小计" ? item.group : item.label;
      cells.push({
        key,
        table: def.id,
        row: body,
        col: c0 + ii,
        label: `${p.label} · ${itemName}`,
        labelEn: `${p.labelEn} · ${item.labelEn}`,
        input: true,
        exprs: [],
        metric: `${def.metricPrefix}.${item.key}`,
        period: p.key,
      });
    });
  });
  const exists = (k: string) => keys.has(k);
  for (const cell of cells) {
    const item = def.items[cell.col % n];
    const period = def.periods[Math.floor(cell.col / n)].key;
    if (item.sum) {
      cell.exprs = [exprFrom(item.sum, (t) => [cellKey(def.id, period, t)], exists)];
      cell.input = false;
    }
  }

  const current =
    def.periods.find((p) => p.key === "current") ?? def.periods[def.periods.length - 1];
  const budget = def.periods.find((p) => p.key === "budget");
  const total = def.items.find((i) => i.sum && !i.group) ?? def.items[0];
  const lanes: AnalysisLane[] = [
    {
      title: `${current.label}：占比、增减与完成预算`,
      titleEn: `${current.labelEn}: shares, changes and budget completion`,
      aligned: false,
      lines: def.items.map((item) => ({
        label: item.group && item.label === "小计" ? item.group : item.label,
        value: cellKey(def.id, current.key, item.key),
        shareOf: item === total ? undefined : cellKey(def.id, current.key, total.key),
        budget: budget ? cellKey(def.id, budget.key, item.key) : undefined,
      })),
    },
  ];

  return {
    table: def,
    sheet: def.sheet,
    cells,
    statics,
    merges,
    widths: Array.from({ length: lastCol + 1 }, () => 12),
    headerRows: { first: h, last: h + 2 },
    lastRow: body,
    lastCol,
    rowKeys: ["title", "number", "meta", "header.0", "header.1", "header.2", "row:main"],
    lanes,
  };
}
