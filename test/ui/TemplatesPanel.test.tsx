import { readFileSync } from "fs";
import { resolve } from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { readState } from "../../src/excel/workbook-state";
import { createSimExcel, simRun, userEdit } from "../support/sim-excel/pane";
import { readSeed } from "../support/seed";
import { renderPane, textFile } from "./pane-harness";

const EXAMPLE = readFileSync(resolve(__dirname, "../../examples/tables-2020.csv"), "utf8");

async function seeded() {
  const sim = createSimExcel();
  await simRun(sim)((ctx) => writeNarrative(ctx, splitParagraphs(readSeed())));
  return sim;
}

/**
 * The confirmation dialog. In jsdom, tabster's modalizer leaves aria-hidden on a dialog
 * opened after an async step (focus is inside it); the e2e test checks the real dialog's
 * accessibility in Chromium with axe.
 */
function findDialog() {
  return screen.findByRole("alertdialog", { hidden: true }, { timeout: 5000 });
}

function click(name: string | RegExp) {
  return act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("模板 tab", () => {
  it("opens first, with the year, the template set and the unit", async () => {
    await renderPane();
    expect(screen.getByRole("tab", { name: "模板", selected: true })).toBeTruthy();
    const year = screen.getByRole("spinbutton", { name: "报告年度" }) as HTMLInputElement;
    expect(Number(year.value)).toBe(new Date().getFullYear() - 1);
    fireEvent.change(year, { target: { value: "2020" } });
    const set = screen.getByRole("combobox", { name: "模板套" }) as HTMLSelectElement;
    expect(set.selectedOptions[0].textContent).toMatch(/2020/);
  });

  it("inserts the tables and remembers the options in the workbook", async () => {
    const { sim } = await renderPane();
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /单位名称/ }), {
      target: { value: "仁和区经济信息化和科学技术局" },
    });
    await click("插入/更新模板表");
    await screen.findByText(/插入\/更新模板表：已写入 \d+ 个单元格。/);
    expect(sim.state.sheet("公开01表")).toBeDefined();
    expect(sim.state.sheet("公开09表")).toBeDefined();
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.settings).toMatchObject({ year: "2020", unit: "仁和区经济信息化和科学技术局" });
  });

  it("fills from the 说明 sheet: the seed's figures go into their cells", async () => {
    const sim = await seeded();
    await renderPane(sim);
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    await click("从说明表填列");
    await screen.findByText(/从说明表填列：已写入 \d+ 个单元格。/);
    expect(sim.state.content("公开01表", "C6")).toBe(1414.49);
  });

  /** The seed in the 说明 sheet, the tables inserted, and a figure the user typed into C6. */
  async function typedOver() {
    const sim = await seeded();
    await renderPane(sim);
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    await click("插入/更新模板表");
    await screen.findByText(/插入\/更新模板表：已写入/);
    sim.state.type("公开01表", "C6", 1000);
    return sim;
  }

  const answer = (dialog: HTMLElement, name: string) =>
    act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name, hidden: true }));
    });

  it("lists the cells that hold other content before writing anything, then keeps them and writes the rest", async () => {
    const sim = await typedOver();
    const total = sim.state.content("公开04表", "C37");
    const writesBefore = sim.state.writes.length;
    await click("从说明表填列");
    const dialog = await findDialog();
    expect(within(dialog).getByText("公开01表!C6：1000 → 1414.49")).toBeTruthy();
    // A total the text states without its parts would replace the template's live SUM: asked too.
    expect(within(dialog).getByText(/^公开04表!C37：=IF\(COUNT/)).toBeTruthy();
    // A figure that repeats another table's (02's 其他收入 is 01's) keeps its reference.
    expect(within(dialog).queryByText(/^公开02表!/)).toBeNull();
    expect(within(dialog).getByText(/尚未写入任何内容/)).toBeTruthy();
    // Nothing at all was written before the answer: no cell of any sheet, no setting.
    expect(sim.state.writes.slice(writesBefore)).toEqual([]);
    expect(sim.state.content("公开01表", "C7")).toBe("");

    await answer(dialog, "保留现有内容");
    await screen.findByText(/从说明表填列：已写入 \d+ 个单元格，7 个已有内容的单元格未改动。/);
    expect(sim.state.content("公开01表", "C6")).toBe(1000);
    expect(sim.state.content("公开04表", "C37")).toBe(total);
    // The cells without a conflict were written.
    expect(sim.state.content("公开01表", "C7")).toBe(1641);
  });

  it("overwrites the listed cells when told to", async () => {
    const sim = await typedOver();
    await click("从说明表填列");
    const dialog = await findDialog();
    await answer(dialog, "覆盖这些单元格");
    await screen.findByText(/从说明表填列：已写入 \d+ 个单元格。/);
    expect(sim.state.content("公开01表", "C6")).toBe(1414.49);
    expect(sim.state.content("公开04表", "C37")).toBe(3174.37);
    expect(sim.state.content("公开01表", "C7")).toBe(1641);
  });

  it("writes nothing when the question is cancelled, not even the options", async () => {
    const sim = await seeded();
    // A sheet of the user's own that happens to have a template's name.
    sim.state.type("公开01表", "A1", "我的表");
    await renderPane(sim);
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    const writesBefore = sim.state.writes.length;
    await click("插入/更新模板表");
    const dialog = await findDialog();
    expect(within(dialog).getByText(/^公开01表!A1：我的表 → /)).toBeTruthy();
    await answer(dialog, "取消");
    await screen.findByText("插入/更新模板表：已取消，未写入任何内容。");
    expect(sim.state.writes.slice(writesBefore)).toEqual([]);
    expect(sim.state.sheet("公开02表")).toBeUndefined();
    expect(sim.state.content("公开01表", "A1")).toBe("我的表");
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.settings.year).toBeUndefined();
  });

  it("asks again, still writing nothing, when a co-author changes a listed cell before the answer", async () => {
    const sim = await typedOver();
    const writesBefore = sim.state.writes.length;
    await click("从说明表填列");
    const dialog = await findDialog();
    // Between the question and the answer, a co-author types another figure into C6.
    await act(async () => {
      await userEdit(sim, "公开01表", "C6", 1200, "Remote");
    });
    await answer(dialog, "覆盖这些单元格");
    const again = await findDialog();
    await waitFor(() =>
      expect(within(again).getByText(/^公开01表!C6：1200 → 1414\.49 （刚被修改）$/)).toBeTruthy(),
    );
    // Only the changed cell is asked about again; the others' consent still holds.
    expect(within(again).queryByText(/^公开04表!/)).toBeNull();
    expect(within(again).getByText(/在此期间已被修改/)).toBeTruthy();
    expect(sim.state.writes.slice(writesBefore)).toEqual([]);
    expect(sim.state.content("公开01表", "C7")).toBe("");

    await answer(again, "保留现有内容");
    await screen.findByText(/从说明表填列：已写入 \d+ 个单元格，1 个已有内容的单元格未改动。/);
    expect(sim.state.content("公开01表", "C6")).toBe(1200);
    expect(sim.state.content("公开04表", "C37")).toBe(3174.37);
    expect(sim.state.content("公开01表", "C7")).toBe(1641);
  });

  it("fills from a CSV file exported by the accounts software", async () => {
    const { sim } = await renderPane();
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    const input = screen.getByLabelText("从文件填列（CSV/JSON/PDF/Word）", { selector: "input" });
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [textFile("tables-2020.csv", EXAMPLE, "text/csv")] },
      });
    });
    await screen.findByText(/从文件填列（CSV\/JSON\/PDF\/Word）：已写入 \d+ 个单元格。/);
    expect(sim.state.content("公开01表", "C6")).toBe(1518.1);
  });

  it("lists a data file's problems and writes nothing", async () => {
    const { sim } = await renderPane();
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    const broken =
      "表,公开05表\n科目编码,科目名称,合计,基本支出,项目支出\n2019999,不存在的科目,abc,1,2\n";
    const input = screen.getByLabelText("从文件填列（CSV/JSON/PDF/Word）", { selector: "input" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [textFile("bad.csv", broken, "text/csv")] } });
    });
    const alert = await screen.findByText(/数据文件有 \d+ 处问题，未写入任何内容/);
    expect(alert).toBeTruthy();
    expect(screen.getAllByText(/第3行/).length).toBeGreaterThan(0);
    expect(sim.state.sheets).toEqual([]);
  });
  it("inserts the charts over the tables, once however often it is clicked, and not before the tables", async () => {
    const sim = await seeded();
    await renderPane(sim);
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    await click("插入图表");
    expect(await screen.findByText(/请先插入模板表/)).toBeTruthy();
    expect(sim.state.sheet("图表")).toBeUndefined();

    await click("从说明表填列");
    await screen.findByText(/从说明表填列：已写入 \d+ 个单元格。/);
    for (let i = 0; i < 2; i++) {
      await click("插入图表");
      await waitFor(() => expect(sim.state.sheet("图表")?.charts).toHaveLength(5));
    }
    const charts = sim.state.sheet("图表")!.charts;
    expect(charts.map((c) => c.type).sort()).toEqual([
      "ColumnClustered",
      "ColumnClustered",
      "ColumnClustered",
      "Pie",
      "Pie",
    ]);
    // Each series is bound to cells of the 图表 sheet, which refer to the tables.
    for (const c of charts)
      for (const series of c.series) expect(series.values).toMatch(/^'?图表'?!/);
  });
});
