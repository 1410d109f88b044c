import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readFactsFromXlsx } from "../../src/cli/xlsx/read-facts";
import { draftNarrative, reasonsFromText, renderDraft } from "../../src/core/draft";
import { Dec } from "../../src/core/numbers";
import { NARRATIVE_HEADER } from "../../src/core/templates/report-sheets";
import { DRAFT_PRIOR_CSV, DRAFT_TABLES_CSV } from "../support/drafting-tables";
import { recalculated } from "../support/libreoffice";
import { runFa } from "../support/cli-io";

/**
 * `fa draft BOOK.xlsx --into-book COPY.xlsx`: a copy of the workbook whose 说明 sheet holds
 * the draft as live formulas over the template cells. The last test has LibreOffice
 * recalculate the copy (needs `soffice` on PATH).
 */

const fa = (argv: string[], cwd: string) => runFa(cwd, argv);

async function sheetsOf(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe("fa draft --into-book", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fa-draft-book-"));
    await writeFile(join(dir, "tables.csv"), DRAFT_TABLES_CSV);
    await writeFile(join(dir, "prior.csv"), DRAFT_PRIOR_CSV);
    const seed = join(__dirname, "../../seeds/renhe-2020-final-accounts.txt");
    const built = await fa(
      ["build", seed, "--data", "tables.csv", "--prior", "prior.csv", "-o", "book.xlsx"],
      dir,
    );
    expect(built.code).toBeLessThan(2);
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a copy whose 说明 sheet is the draft as formulas, every other sheet kept", async () => {
    const { code, stdout, stderr } = await fa(
      ["draft", "book.xlsx", "--year", "2020", "--into-book", "live.xlsx"],
      dir,
    );
    expect(code).toBe(0);
    // The text is in the book; stdout lists only what it lacks (left visible in the book).
    expect(stdout).not.toContain("一、收入支出决算总体情况说明");
    // The built book has every figure the draft asks for (其他事项 included): no gaps, only
    // the writer's reasons kept.
    expect(stdout).not.toContain("gap(s) in the draft");
    expect(stdout).toMatch(/kept \d+ of the writer's reasons/);
    expect(stderr).toMatch(/已写入 live\.xlsx：“说明”工作表 \d+ 段，其中 \d+ 段为实时公式/);
    expect(stderr).toMatch(/替换了副本中原有的 \d+ 段说明/);

    const before = await sheetsOf(join(dir, "book.xlsx"));
    const after = await sheetsOf(join(dir, "live.xlsx"));
    // Same sheets in the same order: the 说明 sheet replaced where it was.
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    const narrative = after.getWorksheet("说明")!;
    expect(narrative.getCell("A1").value).toBe(NARRATIVE_HEADER);
    const facts = await readFactsFromXlsx(join(dir, "book.xlsx"), 2020);
    const drafted = renderDraft(draftNarrative(facts, { reportYear: 2020 }), facts).paragraphs;
    const cells = drafted.map((_, i) => narrative.getCell(i + 2, 1).value);
    const formulas = cells.filter(
      (v): v is ExcelJS.CellFormulaValue => typeof v === "object" && v !== null && "formula" in v,
    );
    expect(formulas.length).toBeGreaterThan(30);
    // Over the copy's own template cells, and with no cached text to go stale.
    expect(formulas.every((f) => /'(?:公开0\d表|其他事项)'!\$?[A-Z]+\d+/.test(f.formula))).toBe(
      true,
    );
    expect(formulas.every((f) => f.result === undefined)).toBe(true);
    // Headings stay text, in order.
    expect(cells[drafted.findIndex((p) => p.id === "s2.heading")]).toBe("二、收入决算情况说明");
    // The tables themselves are untouched: same formulas, same inputs.
    const t01 = (b: ExcelJS.Workbook) => b.getWorksheet("公开01表")!;
    expect(t01(after).getCell("C6").value).toEqual(t01(before).getCell("C6").value);
    expect(t01(after).getCell("C32").value).toEqual(t01(before).getCell("C32").value);
  });

  it("refuses to overwrite the copy without --force, and needs a workbook", async () => {
    await writeFile(join(dir, "taken.xlsx"), "mine");
    const refused = await fa(
      ["draft", "book.xlsx", "--year", "2020", "--into-book", "taken.xlsx"],
      dir,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("文件已存在");
    expect(await readFile(join(dir, "taken.xlsx"), "utf8")).toBe("mine");

    const forced = await fa(
      ["draft", "book.xlsx", "--year", "2020", "--into-book", "taken.xlsx", "--force"],
      dir,
    );
    expect(forced.code).toBe(0);
    expect((await sheetsOf(join(dir, "taken.xlsx"))).getWorksheet("说明")).toBeDefined();

    await writeFile(join(dir, "facts.json"), "[]");
    const noBook = await fa(
      ["draft", "--facts", "facts.json", "--year", "2020", "--into-book", "x.xlsx"],
      dir,
    );
    expect(noBook.code).toBe(2);
    expect(noBook.stderr).toContain("--into-book needs a workbook");
  });

  it("LibreOffice recalculates the copy to the drafted text, and to the new text after an edit", async () => {
    const out = await fa(["draft", "book.xlsx", "--year", "2020", "--into-book", "lo.xlsx"], dir);
    expect(out.code).toBe(0);
    const facts = await readFactsFromXlsx(join(dir, "book.xlsx"), 2020);
    // The draft keeps the reasons of the book's 说明 sheet (the seed's), as fa draft does.
    const narrative = (await sheetsOf(join(dir, "book.xlsx"))).getWorksheet("说明")!;
    const lines: string[] = [];
    narrative.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === "string") lines.push(v);
    });
    const reasons = reasonsFromText(lines.join("\n"));
    expect(reasons.size).toBeGreaterThan(3);
    const draft = draftNarrative(facts, { reportYear: 2020, reasons });
    const texts = renderDraft(draft, facts).paragraphs.map((p) => p.text);
    const shown = await recalculated(dir, join(dir, "lo.xlsx"), "说明");
    expect(shown.map((r) => r[0])).toEqual([NARRATIVE_HEADER, ...texts]);

    // 公务接待费 falls below last year's in the copy: LibreOffice shows the words turning.
    const book = await sheetsOf(join(dir, "lo.xlsx"));
    const cell = facts.find(
      (f) => f.metric === "threePublic.reception" && f.period === "current",
    )!.cell!;
    book.getWorksheet(cell.sheet)!.getCell(cell.cell).value = 0.5;
    await book.xlsx.writeFile(join(dir, "edited.xlsx"));
    const changed = facts.map((f) => (f.cell === cell ? { ...f, value: new Dec("0.5") } : f));
    const expected = renderDraft(draft, changed).paragraphs;
    const again = await recalculated(dir, join(dir, "edited.xlsx"), "说明");
    const row = expected.findIndex((p) => p.id === "s7.2.reception");
    expect(again[row + 1][0]).toBe(expected[row].text);
    expect(again[row + 1][0]).toMatch(/减少0\.38万元，下降43\.18%/);
  }, 200_000);
});
