import { a1, a1Absolute, quoteSheet } from "./a1";
import type { TemplateBook } from "./book";
import { reference } from "./formula";
import { cellKey, parseCellKey } from "./keys";
import { signatureOf, type LayoutCell, type SheetLayout, type WorkbookLayout } from "./layout";
import type { ChartDef, ChartKind } from "./types";

export const CHART_SHEET = "图表";

/** A chart placed on the 图表 sheet, over the data block its formulas bring from the tables. */
export interface ChartPlacement {
  id: string;
  title: string;
  kind: ChartKind;
  /** Absolute references on the 图表 sheet: point labels, and each series' name and values. */
  categories: string;
  labels: string[];
  series: Array<{ name: string; nameRef: string; values: string; cached: Array<number | null> }>;
  /** Top-left cell (0-based) and size in cells of the chart's frame. */
  anchor: { row: number; col: number; rows: number; cols: number };
}

export interface ChartSheet {
  sheet: SheetLayout;
  charts: ChartPlacement[];
}

const FRAME = { col: 4, rows: 16, cols: 8 };

/**
 * The 图表 sheet: for each chart of the set, a small block (项目 | 上年 | 本年) whose cells are
 * formulas over the template cells, and the chart over that block — so the charts follow
 * every edit of the tables, in Excel and in any reader that shows cached results.
 */
export function chartSheetLayout(book: TemplateBook, layout: WorkbookLayout): ChartSheet | null {
  const defs = book.set.charts ?? [];
  if (!defs.length) return null;
  const where = new Map<string, { sheet: string; address: string }>();
  for (const s of layout.sheets)
    for (const c of s.cells) if (c.key) where.set(c.key, { sheet: s.name, address: c.address });

  const cells: LayoutCell[] = [];
  const put = (c: Omit<LayoutCell, "address">) => cells.push({ ...c, address: a1(c.row, c.col) });
  const charts: ChartPlacement[] = [];
  const abs = (row: number, col: number) => `${quoteSheet(CHART_SHEET)}!${a1Absolute(row, col)}`;
  let row = 0;
  for (const def of defs) {
    const points = pointsOf(book, def);
    put({ row, col: 0, kind: "label", value: def.title, style: "analysisTitle" });
    put({ row: row + 1, col: 0, kind: "label", value: "项目", style: "analysisHeader" });
    def.series.forEach((s, i) =>
      put({ row: row + 1, col: 1 + i, kind: "label", value: s.name, style: "analysisHeader" }),
    );
    const first = row + 2;
    const cached: Array<Array<number | null>> = def.series.map(() => []);
    points.forEach((p, i) => {
      put({ row: first + i, col: 0, kind: "label", value: p.label, style: "analysisLabel" });
      def.series.forEach((s, j) => {
        const key = s.period === "prior" ? `${p.key}|prior` : p.key;
        const at = where.get(key);
        const value =
          s.period === "prior"
            ? (book.data.prior.get(p.key)?.value ?? null)
            : (book.values.get(p.key) ?? null);
        const f = at
          ? reference({ ref: `${quoteSheet(at.sheet)}!${at.address}`, value })
          : { formula: '""', result: "" as const };
        put({ row: first + i, col: 1 + j, kind: "formula", ...f, style: "analysisAmount" });
        cached[j].push(typeof f.result === "number" ? f.result : null);
      });
    });
    const last = first + Math.max(points.length, 1) - 1;
    charts.push({
      id: def.id,
      title: def.title,
      kind: def.kind,
      categories: `${abs(first, 0)}:${a1Absolute(last, 0)}`,
      labels: points.map((p) => p.label),
      series: def.series.map((s, j) => ({
        name: s.name,
        nameRef: abs(row + 1, 1 + j),
        values: `${abs(first, 1 + j)}:${a1Absolute(last, 1 + j)}`,
        cached: cached[j],
      })),
      anchor: { row, col: FRAME.col, rows: FRAME.rows, cols: FRAME.cols },
    });
    row += Math.max(points.length + 3, FRAME.rows + 1);
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheet: {
      name: CHART_SHEET,
      cells,
      merges: [],
      widths: [
        { col: 0, width: 30 },
        { col: 1, width: 12 },
        { col: 2, width: 12 },
      ],
      print: {
        area: `A1:${a1(row, FRAME.col + FRAME.cols)}`,
        orientation: "landscape",
      },
      rowKeys: [],
      signature: signatureOf(cells, []),
    },
    charts,
  };
}

function pointsOf(book: TemplateBook, def: ChartDef): Array<{ label: string; key: string }> {
  if (def.points)
    return def.points.map((p) => ({
      label: p.label,
      key: cellKey(p.cell.table, p.cell.row, p.cell.col),
    }));
  const of = def.classesOf!;
  const model = book.models.find((m) => m.table.id === of.table);
  const out: Array<{ label: string; key: string }> = [];
  for (const c of model?.cells ?? []) {
    const { row, col } = parseCellKey(c.key);
    if (col !== of.col || !/^\d{3}$/.test(row)) continue;
    out.push({ label: book.catalogue.name("functional", row) ?? row, key: c.key });
  }
  return out;
}
