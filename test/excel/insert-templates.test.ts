import { a1 } from "../../src/core/templates/a1";
import { buildTemplateBook } from "../../src/core/templates/book";
import { emptyFillData } from "../../src/core/templates/fill-data";
import { cellKey } from "../../src/core/templates/keys";
import { layoutWorkbook, type WorkbookLayout } from "../../src/core/templates/layout";
import { insertTemplates } from "../../src/excel/insert-templates";
import { createSimExcel, type SimExcel, type SimRequestContext } from "../support/sim-excel";
import { seedFill } from "../core/templates/fixtures/seed-values";
import { Dec } from "../../src/core/numbers";

const asExcel = (ctx: SimRequestContext) => ctx as unknown as Excel.RequestContext;

function seedLayout(): WorkbookLayout {
  return layoutWorkbook(buildTemplateBook(seedFill(), { unit: "仁和区经济信息化和科学技术局" }));
}

async function insert(excel: SimExcel, layout: WorkbookLayout, options = {}) {
  const before = excel.state.syncCount;
  const writesBefore = excel.state.writes.length;
  const result = await excel.run((ctx) => insertTemplates(asExcel(ctx), layout, options));
  return {
    result,
    syncs: excel.state.syncCount - before,
    writes: excel.state.writes.slice(writesBefore),
  };
}

describe("insertTemplates on the simulated host", () => {
  test("inserts the whole set in three round trips, with formulas, merges, names and print setup", async () => {
    const excel = createSimExcel();
    const layout = seedLayout();
    const { result, syncs } = await insert(excel, layout);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result.createdSheets).toEqual(layout.sheets.map((s) => s.name));
    expect(result.conflicts).toEqual([]);
    const s01 = excel.state.sheet("公开01表")!;
    expect(excel.state.content("公开01表", "A1")).toBe("收入支出决算总表");
    expect(excel.state.content("公开01表", "C6")).toBe(1414.49);
    // 本年收入合计 is a live SUM over the eight income rows.
    expect(excel.state.content("公开01表", "C32")).toBe('=IF(COUNT(C6:C13)=0,"",SUM(C6:C13))');
    // The analysis block beside the table: the share of 一般公共预算财政拨款收入.
    expect(excel.state.content("公开01表", "H6")).toBe(
      '=IF(C6="","",IFERROR(ROUND(C6/C$32,4),""))',
    );
    expect(s01.merges.has("A1:F1")).toBe(true);
    expect(s01.freeze).toEqual({ rows: 5, columns: 0 });
    expect(s01.page.printArea).toBe("A1:F35");
    expect(s01.page.paperSize).toBe("A4");
    expect(excel.state.cell("公开01表", "C6")?.numberFormat).toBe("#,##0.00");
    expect(excel.state.cell("公开01表", "C6")?.format.borders?.EdgeTop).toBe("Continuous");
    expect(excel.state.names.get("fa_income_total")).toEqual({
      name: "FA_income_total",
      reference: "'公开01表'!$C$32",
      comment: "公开01表 本年收入合计",
    });
  });

  test("a second identical run writes nothing", async () => {
    const excel = createSimExcel();
    const layout = seedLayout();
    await insert(excel, layout);
    const again = await insert(excel, layout);
    expect(again.writes).toEqual([]);
    expect(again.result.cellsWritten).toBe(0);
    expect(again.result.updatedSheets).toEqual([]);
    expect(again.syncs).toBeLessThanOrEqual(3);
  });

  test("never overwrites a value the user typed; reports it; overwrites with consent", async () => {
    const excel = createSimExcel();
    const layout = seedLayout();
    await insert(excel, layout);
    excel.state.type("公开01表", "C6", 1400);
    excel.state.type("公开01表", "I6", 1000); // 上年数, typed by the accountant
    const second = await insert(excel, layout);
    expect(second.result.conflicts).toEqual([
      {
        sheet: "公开01表",
        cell: "C6",
        key: cellKey("01", "income.generalBudget", "amount"),
        existing: 1400,
        proposed: 1414.49,
      },
    ]);
    expect(
      second.writes.filter((w) => w.sheet === "公开01表" && /!(C6|I6)$/.test(w.address ?? "")),
    ).toEqual([]);
    expect(excel.state.content("公开01表", "C6")).toBe(1400);
    expect(excel.state.content("公开01表", "I6")).toBe(1000);

    const approved = await insert(excel, layout, {
      approved: [{ cell: "公开01表!C6", seen: 1400 }],
    });
    expect(approved.result.conflicts).toEqual([]);
    expect(excel.state.content("公开01表", "C6")).toBe(1414.49);
    expect(excel.state.content("公开01表", "I6")).toBe(1000);
  });

  test("a sheet of the same name that the template did not write keeps its text", async () => {
    const excel = createSimExcel();
    excel.state.type("公开01表", "A1", "我的收支表");
    excel.state.type("公开01表", "C6", 1414.49);
    const { result } = await insert(excel, seedLayout());
    expect(result.createdSheets).not.toContain("公开01表");
    expect(result.conflicts).toEqual([
      { sheet: "公开01表", cell: "A1", existing: "我的收支表", proposed: "收入支出决算总表" },
    ]);
    expect(excel.state.content("公开01表", "A1")).toBe("我的收支表");
    expect(excel.state.content("公开01表", "C32")).toBe('=IF(COUNT(C6:C13)=0,"",SUM(C6:C13))');
    const again = await insert(excel, seedLayout());
    expect(again.result.conflicts.map((c) => c.cell)).toEqual(["A1"]);
    expect(excel.state.content("公开01表", "A1")).toBe("我的收支表");
  });

  test("a number typed over a formula is a conflict, not silently replaced", async () => {
    const excel = createSimExcel();
    const layout = seedLayout();
    await insert(excel, layout);
    excel.state.type("公开01表", "C32", 3000);
    const { result } = await insert(excel, layout);
    expect(result.conflicts.map((c) => c.cell)).toEqual(["C32"]);
    expect(excel.state.content("公开01表", "C32")).toBe(3000);
    await insert(excel, layout, { overwrite: true });
    expect(excel.state.content("公开01表", "C32")).toBe('=IF(COUNT(C6:C13)=0,"",SUM(C6:C13))');
  });

  test("a new code adds a row and the values typed in the rows below move with them", async () => {
    const excel = createSimExcel();
    const data = emptyFillData("测试单位");
    const put = (code: string, v: string) =>
      data.values.set(cellKey("05", code, "total"), {
        value: new Dec(v),
        source: { kind: "workbook" },
      });
    put("2011301", "100");
    put("2080501", "50");
    await insert(excel, layoutWorkbook(buildTemplateBook(data)));
    const before = layoutWorkbook(buildTemplateBook(data)).sheets.find(
      (s) => s.name === "公开05表",
    )!;
    const basic = before.cells.find((c) => c.key === cellKey("05", "2080501", "basic"))!;
    excel.state.type("公开05表", basic.address, 50);

    put("2010607", "7");
    const after = layoutWorkbook(buildTemplateBook(data));
    const { result } = await insert(excel, after);
    expect(result.conflicts).toEqual([]);
    const moved = after.sheets
      .find((s) => s.name === "公开05表")!
      .cells.find((c) => c.key === cellKey("05", "2080501", "basic"))!;
    expect(moved.row).toBeGreaterThan(basic.row);
    expect(excel.state.content("公开05表", moved.address)).toBe(50);
    const newItem = after.sheets
      .find((s) => s.name === "公开05表")!
      .cells.find((c) => c.key === cellKey("05", "2010607", "total"))!;
    expect(excel.state.content("公开05表", newItem.address)).toBe(7);
    // The third identical run is quiet again.
    const third = await insert(excel, after);
    expect(third.writes).toEqual([]);
  });

  test("a user's notes beside a table move with their row when rows move, and are not erased", async () => {
    const excel = createSimExcel();
    const data = emptyFillData("测试单位");
    const put = (code: string, v: string) =>
      data.values.set(cellKey("05", code, "total"), {
        value: new Dec(v),
        source: { kind: "workbook" },
      });
    put("2011301", "100");
    put("2080501", "50");
    const first = layoutWorkbook(buildTemplateBook(data));
    await insert(excel, first);
    const sheet = first.sheets.find((s) => s.name === "公开05表")!;
    const total = sheet.cells.find((c) => c.key === cellKey("05", "2080501", "total"))!;
    const taken = new Set(sheet.cells.map((c) => `${c.row},${c.col}`));
    // The first column after the table that the layout leaves free, on that row; and a
    // cell far to the right of everything.
    const lastCol = Math.max(...sheet.cells.filter((c) => c.row === total.row).map((c) => c.col));
    let free = total.col + 1;
    while (taken.has(`${total.row},${free}`)) free++;
    const beside = a1(total.row, free);
    const far = a1(total.row, lastCol + 30);
    excel.state.type("公开05表", beside, "请核对：含追加拨款");
    excel.state.type("公开05表", far, "备注");
    // The 合计 row's code cell is a blank label: a note typed there is the user's too.
    const totalRow = sheet.cells.find((c) => c.key === cellKey("05", "total", "total"))!;
    expect(sheet.cells.find((c) => c.row === totalRow.row && c.col === 0)?.value).toBe("");
    excel.state.type("公开05表", a1(totalRow.row, 0), "已核");

    put("2010607", "7");
    const after = layoutWorkbook(buildTemplateBook(data));
    const { result } = await insert(excel, after);
    expect(result.conflicts).toEqual([]);
    const moved = after.sheets
      .find((s) => s.name === "公开05表")!
      .cells.find((c) => c.key === cellKey("05", "2080501", "total"))!;
    expect(moved.row).toBeGreaterThan(total.row);
    const shift = moved.row - total.row;
    expect(excel.state.content("公开05表", a1(total.row + shift, free))).toBe("请核对：含追加拨款");
    expect(excel.state.content("公开05表", a1(total.row + shift, lastCol + 30))).toBe("备注");
    const newTotal = after.sheets
      .find((s) => s.name === "公开05表")!
      .cells.find((c) => c.key === cellKey("05", "total", "total"))!;
    expect(excel.state.content("公开05表", a1(newTotal.row, 0))).toBe("已核");
    // The old places were cleared: no copy is left beside the row that took the old row's place.
    expect(excel.state.content("公开05表", a1(total.row, lastCol + 30))).toBe("");
    const third = await insert(excel, after);
    expect(third.writes).toEqual([]);
  });

  test("a user's formula on a sheet of the same name is a conflict, not overwritten", async () => {
    const excel = createSimExcel();
    excel.state.type("公开01表", "C32", "=SUM(C6:C10)");
    const { result } = await insert(excel, seedLayout());
    expect(result.conflicts).toContainEqual(
      expect.objectContaining({ sheet: "公开01表", cell: "C32", existing: "=SUM(C6:C10)" }),
    );
    expect(excel.state.content("公开01表", "C32")).toBe("=SUM(C6:C10)");
    // Still asked on the next run; written with consent.
    const again = await insert(excel, seedLayout());
    expect(again.result.conflicts.map((c) => c.cell)).toContain("C32");
    expect(excel.state.content("公开01表", "C32")).toBe("=SUM(C6:C10)");
    await insert(excel, seedLayout(), {
      approved: [{ cell: "公开01表!C32", seen: "=SUM(C6:C10)" }],
    });
    expect(excel.state.content("公开01表", "C32")).toBe('=IF(COUNT(C6:C13)=0,"",SUM(C6:C13))');
  });

  test("a formula the user edited in a table the add-in wrote is a conflict", async () => {
    const excel = createSimExcel();
    const layout = seedLayout();
    await insert(excel, layout);
    excel.state.type("公开01表", "C32", "=SUM(C6:C13)+1");
    const { result } = await insert(excel, layout);
    expect(result.conflicts.map((c) => c.cell)).toEqual(["C32"]);
    expect(excel.state.content("公开01表", "C32")).toBe("=SUM(C6:C13)+1");
  });
});

describe("reading the template sheets back", () => {
  test("facts of the inserted tables, in two round trips", async () => {
    const { readTemplateFacts } = await import("../../src/excel/read-templates");
    const excel = createSimExcel();
    await insert(excel, seedLayout());
    const before = excel.state.syncCount;
    const facts = await excel.run((ctx) => readTemplateFacts(asExcel(ctx)));
    expect(excel.state.syncCount - before).toBe(2);
    const total = facts.find((f) => f.metric === "income.total" && f.cell?.sheet === "公开01表")!;
    expect(total.value.toString()).toBe("3190.21");
    expect(facts.find((f) => f.metric === "income.generalBudget")).toMatchObject({
      cell: { sheet: "公开01表", cell: "C6" },
    });
  });
});
