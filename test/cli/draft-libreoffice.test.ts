import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { draftNarrative, sheetRows, type DraftOptions } from "../../src/core/draft";
import { seedFacts } from "../core/draft/seed-facts";

/**
 * The drafted formulas computed by a real spreadsheet engine: the seed's facts go into a
 * 公开01表 sheet, the drafted paragraphs into a 说明 sheet as formulas (no cached values),
 * LibreOffice recalculates and exports the 说明 sheet, and every paragraph must read
 * exactly as the text renderer printed it. Needs `soffice` (Debian's libreoffice) on PATH.
 */

const run = promisify(execFile);

/** Parses LibreOffice's CSV export (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

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

    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        filter,
        file,
        "--outdir",
        dir,
      ],
      { timeout: 180_000 },
    );
    const shown = parseCsv(await readFile(join(dir, "draft-说明.csv"), "utf8"));
    expected.forEach((texts, column) => {
      expect(texts.map((_, i) => shown[i]?.[column] ?? "")).toEqual(texts);
    });
  }, 200_000);
});
