import { readFileSync } from "fs";
import { resolve } from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import { readNarrative } from "../../src/excel/narrative-sheet";
import { excelTemplates } from "../../src/excel/pane-templates";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
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
  return screen.getByLabelText("导入文件（.txt / .docx）", { selector: "input" });
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
    await pick(textFile("说明.pdf", "%PDF", "application/pdf"));
    expect(await screen.findByText(/不支持的文件类型“说明.pdf”/)).toBeTruthy();
    expect(textarea().value).toBe("");
  });

  it("drafts from the filled tables, for review before writing", async () => {
    const sim = createSimExcel();
    const csv = readFileSync(resolve(__dirname, "../../examples/tables-2020.csv"), "utf8");
    const options = { setId: "national-2020", unit: "", year: 2020 };
    const templates = excelTemplates(simRun(sim));
    await templates.api.saveOptions(options);
    await templates.api.fill(
      { kind: "file", name: "tables-2020.csv", text: csv },
      options,
      () => undefined,
    );
    await renderPane(sim);
    await openNarrativeTab();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "根据报表起草" }));
    });
    expect(await screen.findByText(/已根据报表起草 \d+ 段/)).toBeTruthy();
    expect(textarea().value).toContain("2020年本年收入合计3190.21万元");
    // Nothing is written until the user says so.
    expect(sim.state.sheet("说明")).toBeUndefined();
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
