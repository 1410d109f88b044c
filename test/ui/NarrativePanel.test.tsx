import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import { readNarrative } from "../../src/excel/narrative-sheet";
import { EXAMPLE_PRIOR_CSV, EXAMPLE_TABLES_CSV, filledWorkbook } from "../support/drafting-tables";
import { createSimExcel, paneState, simRun, userSelect } from "../support/sim-excel/pane";
import { renderPane, textFile } from "./pane-harness";

const PARAGRAPHS = [
  "二、收入决算情况说明",
  "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占45%。",
];

async function openNarrativeTab() {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "说明" }));
  });
}

function fileInput() {
  return screen.getByLabelText("导入文件（.txt / .docx / .pdf）", { selector: "input" });
}

async function pick(file: File) {
  await act(async () => {
    fireEvent.change(fileInput(), { target: { files: [file] } });
  });
}

function textarea(): HTMLTextAreaElement {
  return screen.getByRole("textbox", { name: "说明文字" }) as HTMLTextAreaElement;
}

/** A minimal .docx: one paragraph per line. */
async function docx(lines: string[]): Promise<File> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  const bytes = await zip.generateAsync({ type: "arraybuffer" });
  return new File([bytes], "说明.docx", {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}

describe("说明 tab", () => {
  it("writes pasted text into the 说明 sheet, one paragraph per row", async () => {
    const { sim } = await renderPane();
    await openNarrativeTab();
    expect(await screen.findByText("工作簿中还没有“说明”工作表。")).toBeTruthy();
    fireEvent.change(textarea(), {
      target: { value: `${PARAGRAPHS[0]}\r\n\r\n${PARAGRAPHS[1]}\r\n` },
    });
    expect(screen.getByText("2 段")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "写入说明表" }));
    });
    expect(await screen.findByText("已将 2 段写入“说明”工作表。")).toBeTruthy();
    expect(await simRun(sim)((ctx) => readNarrative(ctx))).toEqual(PARAGRAPHS);
  });

  it("asks before replacing a non-empty 说明 sheet", async () => {
    const sim = createSimExcel();
    sim.state.type("说明", "A1", "说明");
    sim.state.type("说明", "A2", "同事写的说明");
    await renderPane(sim);
    await openNarrativeTab();
    expect(await screen.findByText("“说明”工作表现有 1 段。")).toBeTruthy();
    fireEvent.change(textarea(), { target: { value: PARAGRAPHS.join("\n") } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "写入说明表" }));
    });
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByText(/已有 1 段内容。替换为这里的 2 段/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    });
    expect(sim.state.content("说明", "A2")).toBe("同事写的说明");

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "写入说明表" }));
    });
    const again = await screen.findByRole("alertdialog", { hidden: true });
    await act(async () => {
      fireEvent.click(within(again).getByRole("button", { name: "替换", hidden: true }));
    });
    await waitFor(() => expect(sim.state.content("说明", "A2")).toBe(PARAGRAPHS[0]));
  });

  it("reads a .txt in GB18030 when it is not UTF-8", async () => {
    await renderPane();
    await openNarrativeTab();
    await pick(
      textFile("说明.txt", Uint8Array.from(iconv.encode(PARAGRAPHS.join("\r\n"), "gb18030"))),
    );
    expect(
      await screen.findByText("已读取“说明.txt”（GB18030），共 2 段。请核对后写入说明表。"),
    ).toBeTruthy();
    // (A textarea's value has \n line breaks.)
    expect(textarea().value).toBe(PARAGRAPHS.join("\n"));
  });

  it("reads a .txt in UTF-8 with a byte-order mark", async () => {
    await renderPane();
    await openNarrativeTab();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(PARAGRAPHS[0], "utf8")]);
    await pick(textFile("说明.txt", bytes));
    expect(await screen.findByText(/（UTF-8），共 1 段/)).toBeTruthy();
    expect(textarea().value).toBe(PARAGRAPHS[0]);
  });

  it("reads a .docx", async () => {
    await renderPane();
    await openNarrativeTab();
    await pick(await docx(PARAGRAPHS));
    expect(
      await screen.findByText(/已读取“说明.docx”（docx），共 2 段/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(textarea().value.split(/\n+/).filter(Boolean)).toEqual(PARAGRAPHS);
  });

  it("refuses a file over 10 MB and a file it cannot read", async () => {
    await renderPane();
    await openNarrativeTab();
    await pick(textFile("大.txt", new Uint8Array(10 * 1024 * 1024 + 1)));
    expect(await screen.findByText(/文件过大（10.0 MB），上限为 10 MB。/)).toBeTruthy();
    // A .pdf is read as a report (report-import.test.tsx); a picture is not read at all.
    await pick(textFile("说明.png", "\x89PNG", "image/png"));
    expect(
      await screen.findByText("不支持的文件类型“说明.png”：请选择 .txt、.docx 或 .pdf 文件。"),
    ).toBeTruthy();
    expect(textarea().value).toBe("");
  });

  it("drafts from the filled tables straight into the 说明 sheet, as live formulas", async () => {
    const { sim } = await filledWorkbook();
    await renderPane(sim);
    await openNarrativeTab();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    const message = await screen.findByText(
      /已根据报表起草 \d+ 段，写入“说明”工作表：\d+ 段为实时公式/,
    );
    const [, total, live] = /起草 (\d+) 段.*：(\d+) 段为实时公式/.exec(message.textContent!)!;
    expect(message.textContent).not.toMatch(/只能写为文字/);
    const contents = Array.from({ length: Number(total) }, (_, i) =>
      sim.state.content("说明", `A${i + 2}`),
    );
    const formulas = contents.filter((c) => typeof c === "string" && c.startsWith("="));
    expect(formulas.length).toBe(Number(live));
    expect(formulas.some((f) => String(f).includes("'公开01表'!C32"))).toBe(true);
    // The sheet shows the drafted text: what the checker reads.
    const rows = await simRun(sim)((ctx) => readNarrative(ctx));
    expect(rows).toContain("二、收入决算情况说明");
    expect(rows!.some((r) => r.startsWith("2020年本年收入合计3190.21万元"))).toBe(true);
    // The text box is the user's: the draft did not go through it.
    expect(textarea().value).toBe("");
  });

  it("lists the paragraphs written as text, with why, and what the tables do not say", async () => {
    const { sim } = await filledWorkbook(EXAMPLE_TABLES_CSV, EXAMPLE_PRIOR_CSV);
    await renderPane(sim);
    await openNarrativeTab();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    // Paragraphs none of whose figures the tables hold are text (公开04's 总计, and 十's
    // 机关运行经费, 政府采购, 国有资产 and 绩效, whose 其他事项 sheet is empty here); the
    // rest stay live, with their gaps as visible blanks, listed.
    expect(
      await screen.findByText(/5 段只能写为文字，见下/, undefined, { timeout: 50_000 }),
    ).toBeTruthy();
    expect(screen.getByText("5 段写为文字（不随报表更新）：")).toBeTruthy();
    expect(screen.getAllByText(/段中数字在表中都没有/)).toHaveLength(5);
    expect(screen.getByText(/机关运行经费支出__万元/)).toBeTruthy();
    expect(screen.getByText(/报表中没有的 \d+ 处内容/)).toBeTruthy();
    expect(screen.getByText(/表中没有“日常公用经费”的本年数，留作空白/)).toBeTruthy();
  });

  it("asks before drafting over a 说明 sheet that has text", async () => {
    const { sim } = await filledWorkbook();
    sim.state.type("说明", "A1", "说明");
    sim.state.type("说明", "A2", "同事写的说明");
    await renderPane(sim);
    await openNarrativeTab();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByText(/已有 1 段内容/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    });
    expect(sim.state.content("说明", "A2")).toBe("同事写的说明");

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    const again = await screen.findByRole("alertdialog", { hidden: true });
    await act(async () => {
      fireEvent.click(within(again).getByRole("button", { name: "替换", hidden: true }));
    });
    expect(await screen.findByText(/段为实时公式/)).toBeTruthy();
    expect(sim.state.content("说明", "A2")).toBe("一、收入支出决算总体情况说明");
    expect(String(sim.state.content("说明", "A3"))).toMatch(/^="2020年度收、支总计各"&TEXT\(/);
  });

  it("shows the source cells of the paragraph selected in Excel, each one a link to its cell", async () => {
    const { sim } = await filledWorkbook();
    await renderPane(sim);
    await openNarrativeTab();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    await screen.findByText(/段为实时公式/);
    const rows = (await simRun(sim)((ctx) => readNarrative(ctx)))!;
    const row = rows.findIndex((r) => r.startsWith("2020年本年收入合计"));

    userSelect(sim, "说明", "A1");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "所选段落的来源" }));
    });
    expect(await screen.findByText(/请先在“说明”工作表 A 列中选中一段/)).toBeTruthy();

    userSelect(sim, "说明", `A${row + 2}`);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "所选段落的来源" }));
    });
    const list = await screen.findByRole("list", { name: /说明!A\d+ 的数字来自 \d+ 个单元格/ });
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toContain("公开01表!C32 本年收入合计 3190.21");
    expect(items).toContain("公开01表!C6 一般公共预算财政拨款收入 1518.10");
    await act(async () => {
      fireEvent.click(within(list).getByRole("button", { name: "公开01表!C6" }));
    });
    await waitFor(() =>
      expect(paneState(sim.state).selection).toEqual({ sheet: "公开01表", address: "C6" }),
    );

    // A heading is text: it has no sources.
    userSelect(sim, "说明", "A2");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "所选段落的来源" }));
    });
    expect(
      await screen.findByText("说明!A2 是文字，不是起草的公式，没有来源单元格。"),
    ).toBeTruthy();
  });

  it("says what to do first when there are no tables to draft from", async () => {
    await renderPane();
    await openNarrativeTab();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    expect(await screen.findByText(/请先在“模板”页插入并填列报表/)).toBeTruthy();
  });
});
