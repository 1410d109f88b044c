import { buildTemplateBook } from "../../src/core/templates/book";
import { CHART_SHEET, chartSheetLayout } from "../../src/core/templates/charts";
import { layoutWorkbook } from "../../src/core/templates/layout";
import { chartName, insertCharts } from "../../src/excel/insert-charts";
import { insertTemplates } from "../../src/excel/insert-templates";
import { excelTemplates } from "../../src/excel/pane-templates";
import type { ExcelRun } from "../../src/excel/host-support";
import { createSimExcel, type SimRequestContext } from "../support/sim-excel";
import { seedFill } from "../core/templates/fixtures/seed-values";
import { classRowsLayout } from "../core/templates/fixtures/class-rows";

const asExcel = (ctx: SimRequestContext) => ctx as unknown as Excel.RequestContext;

function seed() {
  const book = buildTemplateBook(seedFill(), { unit: "仁和区经济信息化和科学技术局" });
  const layout = layoutWorkbook(book);
  return { layout, charts: chartSheetLayout(book, layout)! };
}

describe("charts through Office.js on the simulated host", () => {
  test("the set and its five charts in at most six round trips, three for the charts", async () => {
    const excel = createSimExcel();
    const { layout, charts } = seed();
    await excel.run((ctx) => insertTemplates(asExcel(ctx), layout));
    const setSyncs = excel.state.syncCount;
    await excel.run((ctx) => insertCharts(asExcel(ctx), charts));
    expect(excel.state.syncCount - setSyncs).toBeLessThanOrEqual(3);
    expect(excel.state.syncCount).toBeLessThanOrEqual(6);

    const sheet = excel.state.sheet(CHART_SHEET)!;
    expect(sheet.charts.map((c) => [c.name, c.type, c.title])).toEqual([
      ["FA_chart_income-structure", "Pie", "收入决算结构"],
      ["FA_chart_expense-structure", "Pie", "支出决算结构"],
      ["FA_chart_totals-change", "ColumnClustered", "收支决算总计变动"],
      ["FA_chart_fiscal-change", "ColumnClustered", "财政拨款收支决算变动"],
      ["FA_chart_gb-expense-classes", "ColumnClustered", "一般公共预算财政拨款支出结构"],
    ]);
    const income = sheet.charts[0];
    expect(income.series).toEqual([
      { values: "'图表'!B3:B10", name: "本年", categories: "'图表'!A3:A10" },
    ]);
    // The series' cells bring the template cells: 一般公共预算财政拨款收入 is 公开01表!C6.
    expect(excel.state.content(CHART_SHEET, "A3")).toBe("一般公共预算财政拨款收入");
    expect(excel.state.content(CHART_SHEET, "B3")).toBe(`=IF('公开01表'!C6="","",'公开01表'!C6)`);
    // 上年 vs 本年: two series, the 上年 one over the 上年数 of the analysis block.
    const totals = sheet.charts[2];
    expect(totals.series.map((s) => s.name)).toEqual(["上年", "本年"]);
    const priorCell = totals.series[0].values!.split("!")[1].split(":")[0];
    expect(excel.state.content(CHART_SHEET, priorCell)).toMatch(/^=IF\('公开01表'!I\d+=""/);
    expect(sheet.charts.every((c) => c.position?.startCell)).toBe(true);
  });

  test("running it again replaces the add-in's charts, keeps the user's, and writes no cell", async () => {
    const excel = createSimExcel();
    const { layout, charts } = seed();
    await excel.run((ctx) => insertTemplates(asExcel(ctx), layout));
    await excel.run((ctx) => insertCharts(asExcel(ctx), charts));
    // A chart of the user's on the same sheet.
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(CHART_SHEET);
      ws.charts.add("Line", ws.getRange("B3:B4"), "Columns").name = "我的图表";
      await ctx.sync();
    });
    const before = excel.state.writes.length;
    const again = await excel.run((ctx) => insertCharts(asExcel(ctx), charts));
    expect(again.cellsWritten).toBe(0);
    expect(excel.state.writes.slice(before).filter((w) => w.what === "formulas")).toEqual([]);
    const names = excel.state.sheet(CHART_SHEET)!.charts.map((c) => c.name);
    expect(names.filter((n) => n.startsWith("FA_chart_"))).toHaveLength(5);
    expect(names).toContain("我的图表");
    expect(names).toContain(chartName("income-structure"));
  });

  test("a chart's name is readable only after a synced load", async () => {
    const excel = createSimExcel();
    excel.state.addSheet("S");
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const chart = ws.charts.add("Pie", ws.getRange("A1:A3"), "Columns");
      expect(() => chart.name).toThrow(/not available/);
      const all = ws.charts.load("items/name");
      expect(() => all.items).toThrow(/not available/);
      await ctx.sync();
      expect(all.items.map((c) => c.name)).toEqual(["Chart 1"]);
    });
  });
});

describe("模板 › 插入图表 (the pane's API)", () => {
  test("asks for the tables first; then puts the five charts over them, twice without duplicates", async () => {
    const excel = createSimExcel();
    const { api } = excelTemplates(excel.run as unknown as ExcelRun);
    const options = { setId: api.setFor(2020), unit: "某局", year: 2020 };
    const none = await api.insertCharts(options, () => undefined);
    expect(none.problems.map((p) => p.zh)).toEqual(["工作簿中还没有模板表：请先插入模板表。"]);
    expect(excel.state.sheet(CHART_SHEET)).toBeUndefined();

    await api.insert(options, () => undefined);
    const first = await api.insertCharts(options, () => undefined);
    expect(first.created).toEqual([CHART_SHEET]);
    await api.insertCharts(options, () => undefined);
    expect(excel.state.sheet(CHART_SHEET)!.charts).toHaveLength(5);
  });
});

describe("print conventions through Office.js", () => {
  test("empty 类 rows are hidden and wrapped headers get their heights; a later fill shows the row", async () => {
    const excel = createSimExcel();
    const layout = classRowsLayout();
    await excel.run((ctx) => insertTemplates(asExcel(ctx), layout));
    const t05 = layout.sheets.find((s) => s.name === "公开05表")!;
    const s05 = excel.state.sheet("公开05表")!;
    expect([...s05.hiddenRows].sort((a, b) => a - b)).toEqual(t05.hiddenRows);
    expect(t05.hiddenRows!.length).toBe(2);
    for (const layoutSheet of layout.sheets)
      for (const h of layoutSheet.rowHeights ?? [])
        expect(excel.state.sheet(layoutSheet.name)!.rowHeights.get(h.row)).toBe(h.height);
    expect(layout.sheets.some((s) => (s.rowHeights ?? []).length > 0)).toBe(true);

    // Fewer hidden rows next time: the sheet restyles and shows the row again.
    const next = {
      ...layout,
      sheets: layout.sheets.map((s) =>
        s === t05 ? { ...s, hiddenRows: [t05.hiddenRows![0]], signature: "changed" } : s,
      ),
    };
    await excel.run((ctx) => insertTemplates(asExcel(ctx), next));
    expect([...s05.hiddenRows]).toEqual([t05.hiddenRows![0]]);
  });
});
