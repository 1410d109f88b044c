/*
 * Co-authors share the workbook, not a browser: nothing the pane does may go to browser
 * storage. Every kind of state the pane keeps is exercised here with storage watched.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { readState } from "../../src/excel/workbook-state";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
import { readSeed } from "../support/seed";
import { renderPane } from "./pane-harness";

jest.setTimeout(30_000);

it("never touches localStorage or sessionStorage, and keeps its state in the workbook", async () => {
  const calls: string[] = [];
  const spies = (["setItem", "getItem", "removeItem", "clear", "key"] as const).map((m) =>
    jest.spyOn(Storage.prototype, m).mockImplementation(function (
      this: Storage,
      ...args: unknown[]
    ) {
      calls.push(`${this === window.localStorage ? "local" : "session"}.${m}(${args.join(",")})`);
      return null as never;
    }),
  );
  try {
    const sim = createSimExcel();
    await simRun(sim)((ctx) => writeNarrative(ctx, splitParagraphs(readSeed())));
    await renderPane(sim);
    // Templates: options saved.
    fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
      target: { value: "2020" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "插入/更新模板表" }));
    });
    await screen.findByText(/插入\/更新模板表：已写入/, {}, { timeout: 5000 });
    // Check, live on, a waiver, the language.
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: /^检查/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "检查" }));
    });
    const text = await screen.findByText(/占比应为44%/, {}, { timeout: 5000 });
    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "实时检查" }));
    });
    const card = text.closest("li") as HTMLElement;
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "忽略" }));
    });
    fireEvent.change(within(card).getByRole("textbox", { name: /忽略原因/ }), {
      target: { value: "已说明" },
    });
    fireEvent.change(within(card).getByRole("combobox", { name: /审核人/ }), {
      target: { value: "李审核" },
    });
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "确认忽略" }));
    });
    await waitFor(() => expect(screen.queryByText(/占比应为44%/)).toBeNull(), { timeout: 5000 });
    fireEvent.click(screen.getByRole("switch", { name: "English" }));

    expect(calls).toEqual([]);
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.settings).toMatchObject({ year: "2020", liveCheck: "1" });
    expect(state.reviewers).toEqual(["李审核"]);
    expect(state.waivers).toHaveLength(1);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
});
