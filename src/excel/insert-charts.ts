import type { ChartSheet } from "../core/templates/charts";
import { insertTemplates, type InsertOptions, type InsertResult } from "./insert-templates";

export { chartName } from "./chart-writes";

/**
 * The 图表 sheet: its block of formulas over the tables (written as the template sheets
 * are, with the same consent for cells that hold something else) and the native charts
 * over that block, in the template writer's three round trips.
 */
export function insertCharts(
  context: Excel.RequestContext,
  charts: ChartSheet,
  options: Omit<InsertOptions, "charts" | "precision"> = {},
): Promise<InsertResult> {
  return insertTemplates(
    context,
    { sheets: [charts.sheet] },
    { ...options, charts: { sheet: charts.sheet.name, placements: charts.charts } },
  );
}
