import { a1, parseRange } from "../core/templates/a1";
import type { ChartPlacement } from "../core/templates/charts";

/**
 * The add-in's charts carry these names (FA_chart_income_structure …): a later run finds
 * them by name and replaces them, and leaves any chart of the user's alone.
 */
export const chartName = (id: string): string => `FA_chart_${id}`;

/** A reference on the chart sheet as the sheet's own address: “'图表'!$B$3:$B$8” → “B3:B8”. */
function local(ref: string): string {
  const r = parseRange(ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, ""));
  return r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** Queued with the reads of a run: the charts already on the sheet, by name. */
export function queueChartRead(ws: Excel.Worksheet): Excel.ChartCollection {
  return ws.charts.load("items/name");
}

/**
 * Queues the charts (no sync): the add-in's earlier charts on the sheet deleted, each
 * chart of the layout added, named, titled, and every series bound explicitly to its
 * cells — values and categories set from the ranges rather than left to Excel's guess of
 * headers, which a column of formulas showing "" can mislead.
 */
export function queueCharts(
  ws: Excel.Worksheet,
  existing: Excel.ChartCollection | null,
  charts: readonly ChartPlacement[],
): void {
  const ours = new Set(charts.map((c) => chartName(c.id)));
  for (const c of existing?.items ?? []) if (ours.has(c.name)) c.delete();
  for (const p of charts) {
    const range = (ref: string) => ws.getRange(local(ref));
    const chart = ws.charts.add(
      p.kind === "pie" ? "Pie" : "ColumnClustered",
      range(p.series[0].values),
      "Columns",
    );
    chart.name = chartName(p.id);
    chart.title.text = p.title;
    p.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(range(s.values));
      series.setXAxisValues(range(p.categories));
    });
    const { row, col, rows, cols } = p.anchor;
    chart.setPosition(a1(row, col), a1(row + rows - 1, col + cols - 1));
  }
}
