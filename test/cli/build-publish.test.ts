import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/commands/build";
import { parseA1 } from "../../src/core/templates/a1";
import { io } from "../support/cli-io";
import { convert, pdfPages, recalculatedSheets } from "../support/libreoffice";
import {
  formulaCells,
  openPackage,
  partText,
  sheetParts,
  withoutCachedResults,
} from "../support/xlsx-package";

/*
 * The seed's workbook as a finance office prints and publishes it: valid print setup,
 * every formula with its cached result, as LibreOffice computes it.
 */
const SEED = join(__dirname, "..", "..", "seeds", "renhe-2020-final-accounts.txt");
const TABLES = [
  "公开01表",
  "公开02表",
  "公开03表",
  "公开04表",
  "公开05表",
  "公开06表",
  "公开07表",
  "公开08表",
  "公开09表",
  "项目绩效表",
];

let dir: string;
let book: string;
let buffer: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fa-publish-"));
  book = join(dir, "seed.xlsx");
  expect(await run([SEED, "-o", book], io(dir))).toBe(0);
  buffer = readFileSync(book);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A value as LibreOffice's CSV shows it: “44.34%” → 0.4434, “3,190.21” → 3190.21. */
function shownNumber(text: string): number {
  const pct = text.endsWith("%");
  const n = Number(text.replace(/[%,]/g, ""));
  return pct ? n / 100 : n;
}

/** Equal as a spreadsheet shows numbers: to 15 significant digits. */
const same = (a: number, b: number) =>
  a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));

describe("the print setup", () => {
  test("print areas and title rows are absolute references to their sheet", async () => {
    const xml = await partText(await openPackage(buffer), "xl/workbook.xml");
    const names = [...xml.matchAll(/<definedName name="(_xlnm\.[^"]+)"[^>]*>([^<]*)</g)].map(
      (m) => ({ name: m[1], ref: m[2].replace(/&apos;/g, "'") }),
    );
    for (const sheet of TABLES) {
      const area = names.find((n) => n.name === "_xlnm.Print_Area" && n.ref.includes(sheet));
      const titles = names.find((n) => n.name === "_xlnm.Print_Titles" && n.ref.includes(sheet));
      expect(area?.ref).toMatch(new RegExp(`^'${sheet}'!\\$A\\$1:\\$[A-Z]+\\$\\d+$`));
      expect(titles?.ref).toMatch(new RegExp(`^'${sheet}'!\\$\\d+:\\$\\d+$`));
    }
    expect(names.find((n) => n.ref.startsWith("'公开01表'") && n.name.endsWith("Area"))?.ref).toBe(
      "'公开01表'!$A$1:$F$35",
    );
    expect(
      names.find((n) => n.ref.startsWith("'公开01表'") && n.name.endsWith("Titles"))?.ref,
    ).toBe("'公开01表'!$4:$5");
  });

  test("LibreOffice prints each table on one page, without the analysis block", async () => {
    const pages = await pdfPages(await convert(dir, book, "pdf"));
    // Pages in sheet order: one per table, then the 说明 sheet starts on the next.
    TABLES.slice(0, 9).forEach((sheet, i) => expect(pages[i]).toContain(sheet));
    expect(pages[9]).toContain("项目绩效目标完成情况表");
    expect(pages[10]).toContain("说明（每行一段");
    for (const page of pages.slice(0, TABLES.length)) {
      expect(page).not.toMatch(/占比与增减|上年数|增长率/);
    }
    // The 01 table fills its page: the official table is not shrunk to half of it.
    expect(pages[0]).toMatch(/本年收入合计/);
  }, 200_000);
});

describe("cached results", () => {
  test("every formula carries a cached result, equal to what LibreOffice calculates", async () => {
    const zip = await openPackage(buffer);
    const parts = await sheetParts(zip);
    const cells = new Map<string, ReturnType<typeof formulaCells>>();
    for (const [sheet, path] of parts) cells.set(sheet, formulaCells(await partText(zip, path)));
    const all = [...cells.values()].flat();
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((c) => c.cached === undefined)).toEqual([]);

    // LibreOffice calculates a copy without the cached results (it could show them unchanged).
    const bare = join(dir, "bare.xlsx");
    writeFileSync(bare, await withoutCachedResults(buffer));
    const withFormulas = [...cells].filter(([, list]) => list.length > 0).map(([s]) => s);
    const shown = await recalculatedSheets(dir, bare, withFormulas);
    let compared = 0;
    const differ: string[] = [];
    for (const sheet of withFormulas) {
      const grid = shown.get(sheet)!;
      for (const c of cells.get(sheet)!) {
        const { row, col } = parseA1(c.address);
        const theirs = grid[row]?.[col] ?? "";
        const ours = c.cached!;
        const ok =
          c.type === "str"
            ? theirs === ours
            : theirs !== "" && same(Number(ours), shownNumber(theirs));
        if (!ok)
          differ.push(`${sheet}!${c.address} ${c.formula}: ours ${ours}, LibreOffice ${theirs}`);
        compared++;
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBe(all.length);
  }, 200_000);
});
