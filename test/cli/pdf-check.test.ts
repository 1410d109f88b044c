import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { main } from "../../src/cli/main";
import { readDocument } from "../../src/cli/read-document";
import { readGrid } from "../../src/cli/xlsx/read-grid";
import { check } from "../../src/core/check";
import { readWorkbook } from "../../src/core/templates/read-back";
import { io } from "../support/cli-io";
import { readBackSeedTables } from "../support/report-tables";
import { makePdfFixtures, type PdfFixtures } from "../support/pdf-fixtures";

/**
 * Whole published reports as PDFs written by LibreOffice (see support/pdf-fixtures):
 * the seed's text and tables read back, bad inputs refused with their message, several
 * files checked at once into an HTML review that Chromium opens.
 */
jest.setTimeout(180_000);

let fx: PdfFixtures;
beforeAll(async () => {
  fx = await makePdfFixtures(await mkdtemp(join(tmpdir(), "fa-pdf-")));
}, 600_000);
afterAll(async () => {
  if (fx) await rm(fx.dir, { recursive: true, force: true });
});

const key = (f: { rule: string; text: string; message: string }) =>
  `${f.rule}|${f.text}|${f.message}`;

describe("the seed as a PDF (its text and its workbook's tables)", () => {
  it("reads every table figure back as the workbook's cell shows it", async () => {
    const doc = await readDocument(fx.seed, "seed.pdf");
    if (doc.kind !== "pdf") throw new Error("not read as a PDF");
    const { read, book, compared, hidden } = await readBackSeedTables(doc.reading.tables, fx.book);
    expect(compared).toBeGreaterThan(60);
    // Every figure the workbook prints in 公开05 was read.
    const model = book.models.find((m) => m.table.id === "05")!;
    const printed = model.cells.filter((c) => !hidden.has(c.key) && book.values.get(c.key));
    expect(hidden.size).toBeGreaterThan(0);
    expect(printed.length).toBeGreaterThan(20);
    for (const c of printed) expect([c.key, read.data.values.has(c.key)]).toEqual([c.key, true]);
  });

  it("finds the narrative's share, change and template findings as in the text", async () => {
    const doc = await readDocument(fx.seed, "seed.pdf");
    if (doc.kind !== "pdf") throw new Error("not read as a PDF");
    const rules = new Set(["share", "change-vs-growth", "template-residue", "completion"]);
    const text = await readFile(fx.seedText, "utf8");
    const want = check(text)
      .findings.filter((f) => rules.has(f.rule))
      .map(key)
      .sort();
    const got = check(doc.reading.text)
      .findings.filter((f) => rules.has(f.rule))
      .map(key)
      .sort();
    expect(want.length).toBeGreaterThanOrEqual(5);
    expect(got).toEqual(want);
  });

  it("gives the same findings when the text is letter-spaced, wrapped elsewhere and paginated", async () => {
    const plain = await readDocument(fx.seed, "seed.pdf");
    const spaced = await readDocument(fx.spaced, "spaced.pdf");
    if (plain.kind !== "pdf" || spaced.kind !== "pdf") throw new Error("not read as PDFs");
    expect(spaced.reading.pages).toBeGreaterThan(plain.reading.pages - 10);
    const rules = new Set([
      "share",
      "change-vs-growth",
      "template-residue",
      "completion",
      "growth",
    ]);
    const of = (text: string) =>
      check(text)
        .findings.filter((f) => rules.has(f.rule))
        .map(key)
        .sort();
    expect(of(spaced.reading.text)).toEqual(of(plain.reading.text));
    expect(spaced.reading.text).not.toMatch(/- \d+ -/);
  });

  it("fa check prints page and line, the table findings and the summary", async () => {
    const out = io(fx.dir);
    const code = await main(["check", "seed.pdf"], out);
    const text = out.out.join("");
    expect(code).toBe(1);
    expect(text).toMatch(/seed\.pdf 第\d+页第\d+行 {2}错误 {2}占比应为44%/);
    // The tables' own findings, at the page and line of the figure where it is printed.
    expect(text).toMatch(/seed\.pdf 公开03表 第\d+页第\d+行 {2}警告 {2}公开05表 合计 · 项目支出/);
    // 04's 总计 3174.37 over its 本年收入合计 3055.49: the blank 年初结转 must be 118.88,
    // more than 01's carry-over.
    expect(text).toMatch(/seed\.pdf 公开01表 {2}警告 {2}公开04表 年初财政拨款结转和结余 118\.88/);
    expect(text).toContain("攀枝花市仁和区经济信息化和科学技术局 2020年度；公开表 9/9");
    expect(out.err.join("")).toMatch(/第 (\d+)\/\1 页/);
  });
});

describe("fa build from a published report", () => {
  it("fills the tables from the PDF, and 上年数 from last year's PDF", async () => {
    const out = io(fx.dir);
    const code = await main(
      ["build", "seed.pdf", "--prior", "seed.pdf", "-o", "from-pdf.xlsx"],
      out,
    );
    expect(code).toBeLessThan(2);
    const original = readWorkbook(await readGrid(fx.book), { year: 2020 });
    const rebuilt = readWorkbook(await readGrid(join(fx.dir, "from-pdf.xlsx")), { year: 2020 });
    const given = [...rebuilt.data.values.keys()].filter((k) => k.startsWith("05|"));
    // The 项 rows are inputs; 类/款 and 合计 are formulas in the rebuilt workbook.
    expect(given.length).toBeGreaterThan(15);
    for (const k of given)
      expect([k, rebuilt.data.values.get(k)!.value.toFixed(2)]).toEqual([
        k,
        original.values.get(k)!.toFixed(2),
      ]);
    // Last year's report (here the same PDF) gives the 上年数 of the same cells.
    expect(rebuilt.data.prior.size).toBeGreaterThan(5);
    // 其他事项 is not among the printed tables: its 上年数 is the one this year's text implies
    // (机关运行经费 40.94, 比2019年减少1.52 → 42.46).
    for (const [k, prior] of rebuilt.data.prior) {
      const want = k.startsWith("other|")
        ? original.data.prior.get(k)?.value
        : original.values.get(k);
      expect([k, prior.value.toFixed(2)]).toEqual([k, want!.toFixed(2)]);
    }
  });
});

describe("bad inputs", () => {
  const refused = async (file: string) => {
    const out = io(fx.dir);
    const code = await main(["check", file], out);
    return { code, err: out.err.join("") };
  };
  it("an encrypted PDF", async () => {
    const r = await refused(fx.encrypted);
    expect(r.code).toBe(2);
    expect(r.err).toContain("PDF 已加密，需要密码才能打开");
    expect(r.err).toContain("The PDF is encrypted and needs a password");
  });
  it("a scan with no text layer", async () => {
    const r = await refused(fx.scan);
    expect(r.code).toBe(2);
    expect(r.err).toContain("需先做文字识别（OCR）");
    expect(r.err).toContain("run OCR on it first");
  });
  it("a PDF whose glyphs have no Unicode mapping: the pages named, nothing checked", async () => {
    const r = await refused(fx.unmapped);
    expect(r.code).toBe(2);
    expect(r.err).toContain("PDF 第 1 页的文字无法识别（字体没有 Unicode 映射）");
    expect(r.err).toContain("Page 1 of the PDF cannot be read");
  });
  it("a PDF that is not a final-accounts report", async () => {
    const r = await refused(fx.memo);
    expect(r.code).toBe(2);
    expect(r.err).toContain("未找到任何公开表");
    expect(r.err).toContain("not a final-accounts report");
  });
  it("a file named .pdf that is not one", async () => {
    const r = await refused(fx.seedText.replace(/\.txt$/, ".txt") + "x.pdf");
    expect(r.code).toBe(2);
    expect(r.err).toContain("找不到文件");
  });
});

describe("several files into one review", () => {
  it("summarises each file and writes an HTML report that Chromium reads without serious axe violations", async () => {
    const out = io(fx.dir);
    const code = await main(["check", "seed.pdf", "seed-text.txt", "--report", "review.html"], out);
    expect(code).toBe(1);
    const text = out.out.join("");
    expect(text).toContain("文件汇总：");
    expect(text).toContain("seed-text.txt  攀枝花市仁和区经济信息化和科学技术局 2020年度");
    expect(out.err.join("")).toContain("[1/2] seed.pdf");

    const json = io(fx.dir);
    await main(["check", "seed.pdf", "seed-text.txt", "--json"], json);
    const parsed = JSON.parse(json.out.join("")) as Array<{
      summary: { tables?: { found: string[] } };
      findings: Array<{ page?: number; line?: number }>;
    }>;
    expect(parsed[0].summary.tables?.found).toHaveLength(9);
    expect(parsed[0].findings.some((f) => f.page && f.line)).toBe(true);

    const html = await readFile(join(fx.dir, "review.html"), "utf8");
    expect(html).not.toMatch(/<script|https?:\/\//);
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`file://${join(fx.dir, "review.html")}`);
      await expect(page.locator("h2").allTextContents()).resolves.toEqual([
        "seed.pdf",
        "seed-text.txt",
      ]);
      await expect(page.locator("tbody tr").first().textContent()).resolves.toBeTruthy();
      const row = page.locator("tr", { hasText: "占比应为44%" }).first();
      await expect(row.textContent()).resolves.toMatch(/第\d+页第\d+行/);
      // Findings one figure explains are shown with their group.
      await expect(page.locator(".cause").count()).resolves.toBeGreaterThan(0);
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter(
        (v) => v.impact === "serious" || v.impact === "critical",
      );
      expect(serious.map((v) => v.id)).toEqual([]);
      await page.setViewportSize({ width: 1000, height: 700 });
      // For the README (scripts/update-screenshots.sh copies it to docs/img/).
      await mkdir(join(process.cwd(), "test-results"), { recursive: true });
      await page.screenshot({ path: join(process.cwd(), "test-results/review-report.png") });
    } finally {
      await browser.close();
    }
  });
});
