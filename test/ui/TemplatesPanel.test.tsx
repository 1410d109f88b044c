import { readFileSync } from "fs";
import { resolve } from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { readState } from "../../src/excel/workbook-state";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
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

  it("asks before overwriting a value the user typed, and keeps it unless told otherwise", async () => {
    const sim = await seeded();
    await renderPane(sim);
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    await click("插入/更新模板表");
    await screen.findByText(/插入\/更新模板表：已写入/);
    sim.state.type("公开01表", "C6", 1000);
    const writesBefore = sim.state.writes.length;
    await click("从说明表填列");
    const dialog = await findDialog();
    expect(within(dialog).getByText("公开01表!C6：1000 → 1414.49")).toBeTruthy();
    // A total the text states without its parts would replace the template's live SUM: asked too.
    expect(within(dialog).getByText(/^公开04表!C37：=IF\(COUNT/)).toBeTruthy();
    // A figure that repeats another table's (02's 其他收入 is 01's) keeps its reference.
    expect(within(dialog).queryByText(/^公开02表!/)).toBeNull();
    // Nothing non-empty was touched before the answer.
    expect(sim.state.content("公开01表", "C6")).toBe(1000);
    const contents = sim.state.writes
      .slice(writesBefore)
      .filter((w) => w.what === "values" || w.what === "formulas");
    expect(contents.some((w) => w.address === "'公开01表'!C6")).toBe(false);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "保留现有内容", hidden: true }));
    });
    expect(sim.state.content("公开01表", "C6")).toBe(1000);

    await click("从说明表填列");
    const again = await findDialog();
    await act(async () => {
      fireEvent.click(within(again).getByRole("button", { name: "覆盖这些单元格", hidden: true }));
    });
    await waitFor(() => expect(sim.state.content("公开01表", "C6")).toBe(1414.49));
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
});
