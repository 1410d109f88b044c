import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createSimExcel } from "../support/sim-excel/pane";
import { renderPane } from "./pane-harness";

function bookWithFunctions() {
  const sim = createSimExcel();
  sim.state.type("公开01表", "C6", 1414.49);
  sim.state.type("公开01表", "C14", 3190.21);
  sim.state.type("公开01表", "D6", "=FA.SHARE(C6,C14)");
  sim.state.cell("公开01表", "D6")!.cached = 0.4434;
  sim.state.type("公开01表", "E6", '=IFERROR(ROUND(C6/C14,4),"")');
  return sim;
}

async function openFunctions() {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "函数" }));
  });
}

describe("转为数值 (函数 tab)", () => {
  it("lists the FA cells, asks, and converts only after the user agrees", async () => {
    const { sim } = await renderPane(bookWithFunctions());
    await openFunctions();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "查找 FA 函数单元格……" }));
    });
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByText(/以下 1 个单元格的 FA 公式将被替换为当前值/)).toBeTruthy();
    expect(within(dialog).getByText("公开01表!D6 =FA.SHARE(C6,C14)")).toBeTruthy();
    expect(sim.state.content("公开01表", "D6")).toBe("=FA.SHARE(C6,C14)");
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "转为数值", hidden: true }));
    });
    expect(await screen.findByText("已将 1 个单元格转为数值。")).toBeTruthy();
    expect(sim.state.content("公开01表", "D6")).toBe(0.4434);
    expect(sim.state.content("公开01表", "E6")).toBe('=IFERROR(ROUND(C6/C14,4),"")');
  });

  it("changes nothing when the user cancels", async () => {
    const { sim } = await renderPane(bookWithFunctions());
    await openFunctions();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "查找 FA 函数单元格……" }));
    });
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    });
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(sim.state.content("公开01表", "D6")).toBe("=FA.SHARE(C6,C14)");
  });

  it("says so when no cell uses an FA function", async () => {
    await renderPane();
    await openFunctions();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "查找 FA 函数单元格……" }));
    });
    expect(await screen.findByText("工作簿中没有使用 FA 函数的单元格。")).toBeTruthy();
  });
});
