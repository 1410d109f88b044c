import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import type { PdfItem, PdfPage } from "../../src/core/pdf/types";
import { pdfFailureMessage, notAReportMessage } from "../../src/core/pdf/messages";
import { loadPdfExtractor, type PdfExtractor } from "../../src/taskpane/pdf-loader";
import type { SimExcel } from "../support/sim-excel";
import { renderPane } from "./pane-harness";
import { page } from "../support/pdf-page";

/**
 * Published reports opened in the pane: a PDF (pdf.js is loaded on demand in the add-in;
 * here its loader gives pages laid out as pdf.js reports them) and a Word document (read
 * for real), into 说明 › 导入文件 and 模板 › 从文件填列, with the CLI's messages for bad files.
 */
jest.mock("../../src/taskpane/pdf-loader", () => ({
  PDFJS_DIR: "pdfjs/",
  loadPdfExtractor: jest.fn(),
}));
const loader = jest.mocked(loadPdfExtractor);

/** An extractor that reports `pages` (or fails as pdf.js does) as the real one would. */
function pdfPages(pages: PdfPage[] | (Error & { code?: string })): void {
  const extract: PdfExtractor = async (_data, onPage) => {
    if (pages instanceof Error) throw pages;
    for (const p of pages) await onPage(p, pages.length);
    return pages.length;
  };
  loader.mockResolvedValue(extract);
}

const run = (s: string, x: number, y: number, size = 10): PdfItem => ({
  s,
  x,
  y,
  w: [...s].reduce((n, ch) => n + (/[\x00-\xff]/.test(ch) ? size * 0.55 : size), 0),
  h: size,
});
/** A figure printed flush right against `right`. */
const fig = (s: string, right: number, y: number): PdfItem => {
  const r = run(s, 0, y);
  return { ...r, x: right - r.w };
};

const NARRATIVE = [
  "一、收入支出决算总体情况说明",
  "2020年度收入总计1518.10万元，支出总计1518.10万元。",
];
/** A report: a page of narrative, then 公开05表 with one code column. */
const REPORT: PdfPage[] = [
  page(
    1,
    NARRATIVE.map((l, i) => run(l, 72, 100 + i * 40)),
  ),
  page(2, [
    run("一般公共预算财政拨款支出决算表", 150, 60, 16),
    run("部门：测试单位", 50, 90),
    run("金额单位：万元", 450, 90),
    run("科目编码", 50, 120),
    run("科目名称", 140, 120),
    run("合计", 270, 120),
    run("基本支出", 340, 120),
    run("项目支出", 420, 120),
    run("合计", 140, 140),
    fig("1,518.10", 300, 140),
    fig("518.52", 380, 140),
    fig("999.58", 460, 140),
    run("201", 50, 160),
    run("一般公共服务支出", 140, 160),
    fig("346.59", 300, 160),
    fig("346.59", 380, 160),
    run("2011301", 50, 180),
    run("行政运行", 140, 180),
    fig("199.93", 300, 180),
    fig("199.93", 380, 180),
  ]),
];

/** The same table as a Word table, after a title paragraph. */
async function reportDocx(): Promise<File> {
  const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const cell = (t: string) =>
    `<w:tc><w:p><w:pPr><w:jc w:val="${/^[\d,.]+$/.test(t) ? "right" : "left"}"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const rows = [
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["", "合计", "1,518.10", "518.52", "999.58"],
    ["201", "一般公共服务支出", "346.59", "346.59", ""],
    ["2011301", "行政运行", "199.93", "199.93", ""],
  ];
  const body =
    NARRATIVE.map(p).join("") +
    p("一般公共预算财政拨款支出决算表") +
    p("部门：测试单位　　金额单位：万元") +
    `<w:tbl><w:tblGrid>${"<w:gridCol/>".repeat(5)}</w:tblGrid>${rows
      .map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`)
      .join("")}</w:tbl>`;
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return new File([await zip.generateAsync({ type: "arraybuffer" })], "决算公开.docx");
}

const pdfFile = (name = "决算公开.pdf") =>
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], name, { type: "application/pdf" });

function values(sim: SimExcel, sheet: string): unknown[] {
  return [...(sim.state.sheet(sheet)?.cells.values() ?? [])].map((c) => c.content);
}

async function setYear() {
  fireEvent.change(screen.getByRole("spinbutton", { name: "报告年度" }), {
    target: { value: "2020" },
  });
}

async function fillFrom(file: File) {
  const input = screen.getByLabelText("从文件填列（CSV/JSON/PDF/Word）", { selector: "input" });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

beforeEach(() => loader.mockReset());

describe("模板 › 从文件填列 from a published report", () => {
  it("fills 公开05表 from a Word report's table", async () => {
    const { sim } = await renderPane();
    await setYear();
    await fillFrom(await reportDocx());
    await screen.findByText(
      /从文件填列（CSV\/JSON\/PDF\/Word）：已写入 \d+ 个单元格。/,
      {},
      { timeout: 10_000 },
    );
    // The 项 row's figure is the input; the 类 row and 合计 stay the template's formulas.
    expect(values(sim, "公开05表")).toContain(199.93);
    // A .docx never loads pdf.js.
    expect(loader).not.toHaveBeenCalled();
  });

  it("fills from a PDF's printed table, pdf.js loaded only then", async () => {
    pdfPages(REPORT);
    const { sim } = await renderPane();
    await setYear();
    expect(loader).not.toHaveBeenCalled();
    await fillFrom(pdfFile());
    await screen.findByText(
      /从文件填列（CSV\/JSON\/PDF\/Word）：已写入 \d+ 个单元格。/,
      {},
      { timeout: 10_000 },
    );
    expect(loader).toHaveBeenCalledTimes(1);
    // The 项 row's figure is the input; the 类 row and 合计 stay the template's formulas.
    expect(values(sim, "公开05表")).toContain(199.93);
  });

  it("shows which page of a long PDF it is reading", async () => {
    // An extractor that stops after page 1 until the test lets it go on, as pdf.js does
    // between pages of a long report.
    let goOn: () => void = () => {};
    const gate = new Promise<void>((resolve) => (goOn = resolve));
    loader.mockResolvedValue(async (_data, onPage) => {
      await onPage(REPORT[0], REPORT.length);
      await gate;
      await onPage(REPORT[1], REPORT.length);
      return REPORT.length;
    });
    await renderPane();
    await setYear();
    await fillFrom(pdfFile());
    expect(await screen.findByText("正在读取 PDF：第 1/2 页……")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.5");
    await act(async () => goOn());
    await screen.findByText(/已写入 \d+ 个单元格。/, {}, { timeout: 10_000 });
    expect(screen.queryByText(/正在读取 PDF/)).toBeNull();
  });

  it("asks before overwriting a typed value with the report's", async () => {
    pdfPages(REPORT);
    const { sim } = await renderPane();
    await setYear();
    await fillFrom(pdfFile());
    await screen.findByText(/已写入 \d+ 个单元格。/, {}, { timeout: 10_000 });
    // The cell map is keyed "row,column" from 0; A1 for a 项 row's column is enough here.
    const [key] = [...sim.state.sheet("公开05表")!.cells].find(([, c]) => c.content === 199.93)!;
    const [r, col] = key.split(",").map(Number);
    const address = `${String.fromCharCode(65 + col)}${r + 1}`;
    sim.state.type("公开05表", address, 200);
    await fillFrom(pdfFile());
    const dialog = await screen.findByRole("alertdialog", { hidden: true }, { timeout: 5000 });
    expect(within(dialog).getByText(`公开05表!${address}：200 → 199.93`)).toBeTruthy();
    expect(sim.state.content("公开05表", address)).toBe(200);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "覆盖这些单元格", hidden: true }));
    });
    await waitFor(() => expect(sim.state.content("公开05表", address)).toBe(199.93));
  });

  it("refuses an encrypted PDF, a scan and a document that is no report, as the CLI does", async () => {
    const { sim } = await renderPane();
    await setYear();
    const cases: Array<[PdfPage[] | (Error & { code?: string }), { zh: string; en: string }]> = [
      [
        Object.assign(new Error("No password given"), { code: "password" }),
        pdfFailureMessage("password", "决算公开.pdf"),
      ],
      [[page(1, [])], pdfFailureMessage("no-text", "决算公开.pdf")],
      [
        [page(1, [run("会议纪要", 72, 100), run("与会人员讨论了工作安排。", 72, 130)])],
        notAReportMessage("决算公开.pdf"),
      ],
    ];
    for (const [pages, message] of cases) {
      pdfPages(pages);
      await fillFrom(pdfFile());
      // The innermost element that holds the message in both languages.
      const holds = (el: Element | null) =>
        Boolean(el?.textContent?.includes(message.zh) && el.textContent.includes(message.en));
      const alert = await screen.findByText(
        (_, el) => holds(el) && ![...(el?.children ?? [])].some(holds),
      );
      expect(alert).toBeTruthy();
      expect(screen.getAllByText("无法导入文件").length).toBeGreaterThan(0);
    }
    expect(sim.state.sheets).toEqual([]);
  });
});

/** The pane opened on 说明, with `file` given to its 导入文件 button. */
async function importIntoNarrative(file: File) {
  await renderPane();
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "说明" }));
  });
  const input = screen.getByLabelText("导入文件（.txt / .docx / .pdf）", { selector: "input" });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe("说明 › 导入文件 from a PDF", () => {
  it("puts the report's narrative in the text box, without its tables", async () => {
    pdfPages(REPORT);
    await importIntoNarrative(pdfFile());
    const box = screen.getByRole("textbox", { name: "说明文字" }) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value.split("\n")).toEqual(NARRATIVE));
    expect(screen.getByText(/已读取“决算公开\.pdf”（PDF），共 2 段/)).toBeTruthy();
  });

  it("gives the CLI's message for an encrypted PDF", async () => {
    pdfPages(Object.assign(new Error("No password given"), { code: "password" }));
    await importIntoNarrative(pdfFile());
    expect(
      await screen.findByText(
        new RegExp(pdfFailureMessage("password", "决算公开.pdf").zh.slice(0, 12)),
      ),
    ).toBeTruthy();
  });
});
