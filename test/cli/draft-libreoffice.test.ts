import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readFactsFromXlsx } from "../../src/cli/xlsx/read-facts";
import { cellsOfFacts, draftNarrative, sheetRows, type DraftOptions } from "../../src/core/draft";
import { seedFacts } from "../core/draft/seed-facts";
import { recalculated } from "../support/libreoffice";

/**
 * The drafted formulas computed by a real spreadsheet engine: the drafted paragraphs go
 * into a sheet as formulas (no cached values), LibreOffice recalculates and exports every
 * sheet as CSV, and every paragraph must read exactly as the text renderer printed it.
 * Needs `soffice` (Debian's libreoffice) on PATH.
 */

describe("drafted formulas in LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fa-draft-lo-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("recompute to the drafted text, paragraph by paragraph", async () => {
    const facts = seedFacts();
    const book = new ExcelJS.Workbook();
    const narrative = book.addWorksheet("说明");
    const tables = book.addWorksheet("公开01表");
    const address = new Map<string, string>();
    facts.forEach((f, i) => {
      const cell = `C${i + 2}`;
      address.set(`${f.metric}|${f.period}`, cell);
      tables.getCell(cell).value = Number(f.value.toString());
    });
    const cellOf = (metric: string, period: string) => {
      const cell = address.get(`${metric}|${period}`);
      return cell ? `公开01表!${cell}` : undefined;
    };
    const variants: DraftOptions[] = [
      { reportYear: 2020, unitName: "仁和区经济信息化和科学技术局" },
      { reportYear: 2020, percentDecimals: 0, unit: "元" },
    ];
    const expected = variants.map((options, column) => {
      const rows = sheetRows(draftNarrative(facts, options), facts, cellOf);
      rows.forEach((r, i) => {
        narrative.getCell(i + 1, column + 1).value = r.formula
          ? { formula: r.formula.slice(1) }
          : r.text;
      });
      expect(rows.filter((r) => r.formula).length).toBeGreaterThan(30);
      return rows.map((r) => r.text);
    });
    const file = join(dir, "draft.xlsx");
    await book.xlsx.writeFile(file);

    const shown = await recalculated(dir, file, "说明");
    expected.forEach((texts, column) => {
      expect(texts.map((_, i) => shown[i]?.[column] ?? "")).toEqual(texts);
    });
  }, 200_000);

  it("over the template cells of a workbook built by fa build, totals recalculated too", async () => {
    const seed = join(__dirname, "../../seeds/renhe-2020-final-accounts.txt");
    const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    expect(await main(["build", seed, "-o", "book.xlsx"], quiet)).toBeLessThan(2);
    const facts = await readFactsFromXlsx(join(dir, "book.xlsx"), 2020);
    const rows = sheetRows(draftNarrative(facts, { reportYear: 2020 }), facts, cellsOfFacts(facts));
    const formulas = rows.filter((r) => r.formula);
    expect(formulas.length).toBeGreaterThan(25);
    // Every reference is to a template sheet (the nine tables, 其他事项 for 机关运行经费 and
    // the like): the facts came with their cells.
    expect(
      formulas.every((r) => /'(?:公开0\d表|其他事项)'!/.test(r.formula!) && !r.constants),
    ).toBe(true);
    expect(formulas.some((r) => r.formula!.includes("'其他事项'!"))).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "book.xlsx"));
    const sheet = book.addWorksheet("起草");
    rows.forEach((r, i) => {
      sheet.getCell(i + 1, 1).value = r.formula ? { formula: r.formula.slice(1) } : r.text;
    });
    const file = join(dir, "live.xlsx");
    await book.xlsx.writeFile(file);
    const shown = await recalculated(dir, file, "起草");
    expect(rows.map((_, i) => shown[i]?.[0] ?? "")).toEqual(rows.map((r) => r.text));
  }, 200_000);
});
