import type { Period } from "../facts";
import { TOTAL_ROW, mattersKey } from "./kinds";
import { cellKey } from "./keys";
import type { TableDef, TemplateSet } from "./types";

/** A metric id split into its family and code: `gbExpense.item.2011301` → family, code. */
function splitCoded(metric: string): { family: string; code: string } | null {
  const m = /^(.+)\.(\d{3,7})$/.exec(metric);
  return m ? { family: m[1], code: m[2] } : null;
}

function cellsIn(def: TableDef, metric: string, period: Period): string[] {
  const out: string[] = [];
  const coded = splitCoded(metric);
  switch (def.kind) {
    case "twoSided":
      for (const side of [def.left, def.right]) {
        const first = side.columns[0].key;
        if (period !== "current") continue;
        for (const item of [...side.items, ...side.footer]) {
          if (item === null) continue;
          if (item === "classes") {
            if (coded && side.classMetric === coded.family && coded.code.length === 3) {
              out.push(cellKey(def.id, `class.${coded.code}`, first));
            }
          } else if ("economic" in item) {
            if (coded && item.metric === coded.family) out.push(cellKey(def.id, coded.code, first));
          } else {
            if (item.metric === metric) out.push(cellKey(def.id, item.key, first));
            for (const [col, m] of Object.entries(item.metricByColumn ?? {})) {
              if (m === metric) out.push(cellKey(def.id, item.key, col));
            }
          }
        }
      }
      break;
    case "coded":
      if (period !== "current") break;
      for (const col of def.columns) {
        if (col.metric === metric) out.push(cellKey(def.id, TOTAL_ROW, col.key));
        if (coded?.code.length === 3 && def.classMetric?.[col.key] === coded.family) {
          out.push(cellKey(def.id, coded.code, col.key));
        }
        if (coded?.code.length === 7 && def.itemMetric?.[col.key] === coded.family) {
          out.push(cellKey(def.id, coded.code, col.key));
        }
      }
      break;
    case "periodGrid":
      for (const item of def.items) {
        if (
          `${def.metricPrefix}.${item.key}` === metric &&
          def.periods.some((p) => p.key === period)
        ) {
          out.push(cellKey(def.id, period, item.key));
        }
      }
      break;
    case "performance":
      break;
    case "matters":
      // 上年数 are the analysis block's (priorSlots), as in every table.
      if (period === "prior") break;
      for (const g of def.groups)
        for (const row of g.rows)
          if (row.metric === metric && (period === "current" || row.budget))
            out.push(mattersKey(row.key, period));
      if (
        period === "budget" &&
        coded?.code.length === 7 &&
        def.itemBudgets?.family === coded.family
      )
        out.push(mattersKey(coded.code, "budget"));
      if (period === "budget" && def.itemBudgets?.total === metric)
        out.push(mattersKey("itemsTotal", "budget"));
      break;
  }
  return out;
}

/**
 * The template cells that hold a metric in a period: `expense.total` is both 公开01's
 * 本年支出合计 and 公开03's 合计; `gbExpense.item.2011301` is 公开05's row 2011301.
 * Read from the definitions, so a new set's cells are found without code.
 */
export function cellsForMetric(
  set: TemplateSet,
  metric: string,
  period: Period = "current",
): string[] {
  return set.tables.flatMap((def) => cellsIn(def, metric, period));
}
