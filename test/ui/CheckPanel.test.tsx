import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readNarrative, splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { SEVERITY_FILL } from "../../src/excel/marks";
import { STATE_SHEET, readState } from "../../src/excel/workbook-state";
import { filledWorkbook } from "../support/drafting-tables";
import { createSimExcel, fillOf, paneState, simRun, userEdit } from "../support/sim-excel/pane";
import { readSeed } from "../support/seed";
import { renderPane } from "./pane-harness";

const SHARE_MESSAGE = "占比应为44%（1414.49 ÷ 3190.21 = 44.34%），文中为45%";

// The seed gives some forty findings: a large DOM, slow to query by role in jsdom.
jest.setTimeout(30_000);

/** The finding's button, found by its message (role queries over the whole list are slow in jsdom). */
async function findFinding(message = SHARE_MESSAGE): Promise<HTMLElement> {
  const text = await screen.findByText(message, {}, { timeout: 5000 });
  return text.closest("button") as HTMLElement;
}

const gone = (message = SHARE_MESSAGE) =>
  waitFor(() => expect(screen.queryByText(message)).toBeNull(), { timeout: 5000 });

async function seeded() {
  const sim = createSimExcel();
  const rows = splitParagraphs(readSeed());
  await simRun(sim)((ctx) => writeNarrative(ctx, rows));
  const row = rows.findIndex((r) => r.includes("一般公共预算财政拨款收入1414.49万元，占45%"));
  return { sim, rows, row, cell: `A${row + 2}` };
}

async function runCheck() {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: /^检查/ }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
  });
  return findFinding();
}

function cardOf(button: HTMLElement): HTMLElement {
  return button.closest("li") as HTMLElement;
}

describe("检查 tab", () => {
  it("lists the 占45% error under 错误 and its section, with the span marked in the paragraph", async () => {
    const { sim, cell } = await seeded();
    await renderPane(sim);
    const finding = await runCheck();
    const card = cardOf(finding);
    const mark = card.querySelector("mark");
    expect(mark?.textContent).toBe("占45%");
    expect(mark?.parentElement?.textContent).toContain(
      "一般公共预算财政拨款收入1414.49万元，占45%",
    );
    expect(within(card).getByText(new RegExp(`说明!${cell} · 应为 44% · share`))).toBeTruthy();
    // Grouped: the severity heading, then the section the paragraph is in.
    const errors = screen.getByRole("heading", { level: 2, name: /^错误 \d+$/ });
    expect(errors).toBeTruthy();
    const section = card.closest("ul")?.previousElementSibling;
    expect(section?.textContent).toContain("收入决算情况说明");
    // And the workbook shows it too.
    expect(fillOf(sim.state, "说明", cell)).toBe(SEVERITY_FILL.error);
    expect(screen.getByRole("status").textContent).toMatch(/已在 \d+ 个单元格上以底色和备注标记/);
  });

  it("marks the findings one figure explains, and selects that figure's paragraph from a follower", async () => {
    const { sim, rows } = await seeded();
    await renderPane(sim);
    await runCheck();
    const notes = screen.getAllByRole("note");
    // The seed: 29亿元 written twice (two findings) and 16410000.00元 (two findings).
    expect(notes).toHaveLength(4);
    expect(notes.map((n) => n.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("第1组的共同原因：“29亿元”（文中2处）可能有误，应为“24亿元”"),
        expect.stringContaining("第2组的共同原因：“16410000.00元”可能有误"),
      ]),
    );
    // The copy of 29亿元 sits in another paragraph: its card reaches the first one.
    const first = rows.findIndex((r) => r.includes("29亿元"));
    const copy = notes.find((n) => n.textContent?.startsWith("#1同属第1组"))!;
    const go = within(copy).getByRole("button", { name: `定位该数字（说明!A${first + 2}）` });
    await act(async () => {
      fireEvent.click(go);
    });
    await waitFor(() =>
      expect(paneState(sim.state).selection).toEqual({ sheet: "说明", address: `A${first + 2}` }),
    );
    // Both copies are offered the same correction.
    const cards = notes
      .filter((n) => n.textContent?.includes("29亿元"))
      .map((n) => n.closest("li")!);
    for (const card of cards)
      expect(within(card).getByRole("button", { name: /应用修正.*24亿元/ })).toBeTruthy();
  });

  it("selects the finding's cell when it is clicked", async () => {
    const { sim, cell } = await seeded();
    await renderPane(sim);
    const finding = await runCheck();
    await act(async () => {
      fireEvent.click(finding);
    });
    await waitFor(() =>
      expect(paneState(sim.state).selection).toEqual({ sheet: "说明", address: cell }),
    );
  });

  it("applies the fix to the paragraph's text, and the error goes", async () => {
    const { sim, rows, row, cell } = await seeded();
    await renderPane(sim);
    const finding = await runCheck();
    await act(async () => {
      fireEvent.click(
        within(cardOf(finding)).getByRole("button", { name: "应用修正：“45%”→“44%”" }),
      );
    });
    expect(await screen.findByText("已应用修正。")).toBeTruthy();
    expect(sim.state.content("说明", cell)).toBe(rows[row].replace("占45%", "占44%"));
    await gone();
  });

  it("refuses the fix when the paragraph changed after the check", async () => {
    const { sim, cell } = await seeded();
    await renderPane(sim);
    const finding = await runCheck();
    sim.state.type("说明", cell, "同事刚改过这一段，占45%。");
    await act(async () => {
      fireEvent.click(within(cardOf(finding)).getByRole("button", { name: /应用修正/ }));
    });
    expect(await screen.findByText(/该段落在检查之后已被修改，未应用修正/)).toBeTruthy();
    expect(sim.state.content("说明", cell)).toBe("同事刚改过这一段，占45%。");
  });

  it("records a waiver with who, when and why in the workbook, and can withdraw it", async () => {
    const { sim, cell } = await seeded();
    await renderPane(sim);
    const finding = await runCheck();
    const card = cardOf(finding);
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "忽略" }));
    });
    // Reason and name are required.
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "确认忽略" }));
    });
    expect(within(card).getByText("请填写忽略的原因。")).toBeTruthy();
    fireEvent.change(within(card).getByRole("textbox", { name: /忽略原因/ }), {
      target: { value: "已与财政局确认" },
    });
    fireEvent.change(within(card).getByRole("combobox", { name: /审核人/ }), {
      target: { value: "李审核" },
    });
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "确认忽略" }));
    });
    await gone();
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.waivers).toEqual([
      expect.objectContaining({
        rule: "share",
        text: "占45%",
        who: "李审核",
        why: "已与财政局确认",
        message: SHARE_MESSAGE,
      }),
    ]);
    expect(state.reviewers).toEqual(["李审核"]);
    expect(sim.state.sheet(STATE_SHEET)).toBeDefined();
    // The waived error no longer colours its paragraph red.
    expect(fillOf(sim.state, "说明", cell)).not.toBe(SEVERITY_FILL.error);

    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "显示已忽略的问题（1）" }));
    });
    const waived = cardOf(await findFinding());
    expect(
      within(waived).getByText(/已由 李审核 于 \d{4}-\d\d-\d\d \d\d:\d\d 忽略：已与财政局确认/),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(waived).getByRole("button", { name: "取消忽略" }));
    });
    await waitFor(async () =>
      expect((await simRun(sim)((ctx) => readState(ctx))).waivers).toEqual([]),
    );
  });

  it("asks the reviewer's name only when Office does not give it", async () => {
    const { sim } = await seeded();
    await renderPane(sim, { env: { userName: "王会计" } });
    const card = cardOf(await runCheck());
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "忽略" }));
    });
    expect(within(card).queryByRole("combobox", { name: /审核人/ })).toBeNull();
    fireEvent.change(within(card).getByRole("textbox", { name: /忽略原因/ }), {
      target: { value: "尾差" },
    });
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "确认忽略" }));
    });
    await waitFor(async () =>
      expect((await simRun(sim)((ctx) => readState(ctx))).waivers[0]?.who).toBe("王会计"),
    );
  });

  it("re-checks live when a paragraph is edited", async () => {
    const { sim, rows, row, cell } = await seeded();
    await renderPane(sim);
    await runCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "实时检查" }));
    });
    expect(screen.getByText("修改说明或报表后，将自动重新检查。")).toBeTruthy();
    await act(async () => {
      await userEdit(sim, "说明", cell, rows[row].replace("占45%", "占44%"));
    });
    await gone();
    expect((await simRun(sim)((ctx) => readState(ctx))).settings.liveCheck).toBe("1");
  });

  it("checks a read-only workbook without writing to it", async () => {
    const { sim } = await seeded();
    paneState(sim.state).readOnly = true;
    const writes = sim.state.writes.length;
    await renderPane(sim, { env: { readOnly: true } });
    expect(screen.getByText(/此工作簿为只读/)).toBeTruthy();
    const card = cardOf(await runCheck());
    expect(screen.getByText(/工作簿为只读（或工作表受保护），未在单元格上标记/)).toBeTruthy();
    expect(
      (within(card).getByRole("button", { name: /应用修正/ }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((within(card).getByRole("button", { name: "忽略" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(sim.state.writes.length).toBe(writes);
  });

  it("finds out it cannot write when Office did not say so, and says so", async () => {
    const { sim } = await seeded();
    paneState(sim.state).readOnly = true;
    await renderPane(sim);
    await runCheck();
    expect(screen.getByText(/未在单元格上标记/)).toBeTruthy();
  });

  it("shows the findings in English when asked", async () => {
    const { sim } = await seeded();
    await renderPane(sim);
    await runCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "English" }));
    });
    expect(
      await findFinding("The share should be 44% (1414.49 ÷ 3190.21 = 44.34%); the text says 45%"),
    ).toBeTruthy();
    expect(screen.queryByText(SHARE_MESSAGE)).toBeNull();
  });

  it("renders narrative text as text, never as HTML", async () => {
    const sim = createSimExcel();
    await simRun(sim)((ctx) =>
      writeNarrative(ctx, [
        "2020年本年收入合计100万元，其中：<img src=x onerror=alert(1)>收入60万元，占45%；其他收入40万元，占40%。",
      ]),
    );
    const { view } = await renderPane(sim);
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: /^检查/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "检查" }));
    });
    await screen.findAllByText(/<img src=x onerror=alert\(1\)>/, {}, { timeout: 5000 });
    expect(view.container.querySelector("img")).toBeNull();
  });

  it("lists a live paragraph's source cells on its finding, each a link to its cell", async () => {
    const sim = createSimExcel();
    sim.state.type("公开01表", "C6", 1414.49);
    sim.state.type("公开01表", "C32", 3190.21);
    // A co-author's own live formula, with the share typed in by hand (and wrong).
    const formula =
      `="2020年本年收入合计"&TEXT('公开01表'!C32,"0.00")&"万元，其中：一般公共预算财政拨款收入"` +
      `&TEXT('公开01表'!C6,"0.00")&"万元，占45%。"`;
    await simRun(sim)((ctx) =>
      writeNarrative(ctx, ["二、收入决算情况说明", { text: "", formula }]),
    );
    await renderPane(sim);
    const finding = await runCheck();
    const card = cardOf(finding);
    const list = within(card).getByRole("list", { name: "说明!A3 的数字来自 2 个单元格：" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["公开01表!C32", "公开01表!C6"]);
    // The finding selects the paragraph's cell, whose formula names those cells …
    await act(async () => {
      fireEvent.click(finding);
    });
    await waitFor(() =>
      expect(paneState(sim.state).selection).toEqual({ sheet: "说明", address: "A3" }),
    );
    expect(sim.state.content("说明", "A3")).toBe(formula);
    // … and each source selects its own cell.
    await act(async () => {
      fireEvent.click(within(list).getByRole("button", { name: "公开01表!C6" }));
    });
    await waitFor(() =>
      expect(paneState(sim.state).selection).toEqual({ sheet: "公开01表", address: "C6" }),
    );
  });

  it("follows a table edit into a drafted 说明 when live: the paragraph's words turn, the list updates", async () => {
    const { sim } = await filledWorkbook();
    await renderPane(sim);
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "说明" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    await screen.findByText(/段为实时公式/);
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: /^检查/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "检查" }));
    });
    // The draft agrees with its tables: it reports only the gaps it left visible.
    expect(
      (await screen.findAllByText(/内容未填写|模板空白未填写/, {}, { timeout: 10_000 })).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/文中为/)).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "实时检查" }));
    });
    await waitFor(() => expect(screen.queryByText("正在检查……")).toBeNull());

    // 公务接待费 (公开07表 决算数) typed below last year's 0.88.
    await act(async () => {
      await userEdit(sim, "公开07表", "L7", 0.5);
    });
    expect(
      await screen.findByText(
        /公开06表 公务接待费 3\.26，超过 公开07表 决算数 · 公务接待费 0\.50/,
        {},
        {
          timeout: 5000,
        },
      ),
    ).toBeTruthy();
    expect(screen.queryByText("未发现问题")).toBeNull();
    const rows = (await simRun(sim)((ctx) => readNarrative(ctx)))!;
    // The paragraph's figures and words follow; its reason gap and counts stay as drafted.
    expect(
      rows.some((r) =>
        r.startsWith(
          "3.公务接待费支出决算为0.50万元，完成预算9.04%。公务接待费支出决算比2019年减少0.38万元，下降43.18%。",
        ),
      ),
    ).toBe(true);
    // Nothing is said against the narrative: it followed the tables.
    expect(screen.queryByText(/文中为/)).toBeNull();
  });

  it("warns of table cells that read another workbook, naming them, in both languages", async () => {
    const { sim } = await filledWorkbook();
    await renderPane(sim);
    const check = async () => {
      await act(async () => {
        fireEvent.click(screen.getByRole("tab", { name: /^检查|^Check/ }));
      });
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: /^(检查|Check)$/ }));
      });
    };
    await check();
    await screen.findByText(/工作簿中没有“说明”工作表/, {}, { timeout: 10_000 });
    expect(screen.queryByText(/引用其他工作簿/)).toBeNull();

    sim.state.type("公开01表", "C7", "=[1]Sheet1!A1");
    sim.state.type("公开05表", "C8", "='C:\\账套\\[上年.xlsx]公开05表'!C8");
    await check();
    expect(await screen.findByText("2 个报表单元格引用其他工作簿")).toBeTruthy();
    const list = screen.getByRole("list", { name: "2 个报表单元格引用其他工作簿" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["公开01表!C7：=[1]Sheet1!A1", "公开05表!C8：='C:\\账套\\[上年.xlsx]公开05表'!C8"]);

    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "English" }));
    });
    expect(await screen.findByText("2 table cells refer to another workbook")).toBeTruthy();
    expect(screen.getByText("公开01表!C7: =[1]Sheet1!A1")).toBeTruthy();
  });
});
