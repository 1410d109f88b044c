import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/commands/build";
import { parseA1 } from "../../src/core/templates/a1";
import { NATIONAL_2020 } from "../../src/core/templates/sets";
import { io } from "../support/cli-io";
import {
  convert,
  pdfPages,
  pixelStats,
  recalculatedSheets,
  renderPage,
} from "../support/libreoffice";
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
const TABLES = NATIONAL_2020.tables.map((t) => t.sheet);

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
    expect(pages[10]).toContain("其他重要事项情况表");
    expect(pages[11]).toContain("收入决算结构"); // then the 图表 sheet
    for (const page of pages.slice(0, TABLES.length)) {
      expect(page).not.toMatch(/占比与增减|上年数|增长率/);
    }
    // 检查结果 prints landscape, the Chinese messages without the English column.
    const findings = pages.filter((p) => p.includes("序号") && p.includes("级别"));
    expect(findings.length).toBeGreaterThan(0);
    for (const p of findings) expect(p).not.toMatch(/Message|should be|Table 0/);
    expect(findings.join("")).toMatch(/占比应为44%/);
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

describe("charts", () => {
  test("the 图表 sheet has native charts over cells that are formulas over the tables", async () => {
    const zip = await openPackage(buffer);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(5);
    const xml = await Promise.all(charts.map((f) => partText(zip, f)));
    const titles = xml.map((x) => /<a:t>([^<]+)<\/a:t>/.exec(x)![1]);
    expect(titles).toEqual([
      "收入决算结构",
      "支出决算结构",
      "收支决算总计变动",
      "财政拨款收支决算变动",
      "一般公共预算财政拨款支出结构",
    ]);
    expect(xml.filter((x) => x.includes("<c:pieChart>"))).toHaveLength(2);
    expect(xml.filter((x) => x.includes('<c:barDir val="col"/>'))).toHaveLength(3);
    // The drawing is on the 图表 sheet, and every series refers to that sheet's cells…
    const parts = await sheetParts(zip);
    const sheet = await partText(zip, parts.get("图表")!);
    expect(sheet).toMatch(/<drawing r:id="[^"]+"\/>/);
    const refs = xml.flatMap((x) => [...x.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]));
    for (const r of refs)
      expect(r.replace(/&apos;/g, "'")).toMatch(/^'图表'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
    // … which are formulas over the template cells, cached as the chart caches them.
    const cells = formulaCells(sheet);
    const income = cells.find((c) => c.formula.includes("'公开01表'!C6"))!;
    expect(income.cached).toBe("1414.49");
    expect(xml[0]).toContain("<c:v>1414.49</c:v>");
    const content = await partText(zip, "[Content_Types].xml");
    expect(content.match(/drawingml\.chart\+xml/g)).toHaveLength(5);
  });

  test("LibreOffice renders the 图表 sheet: the charts are drawn, not blank", async () => {
    const pdf = await convert(dir, book, "pdf");
    const pages = await pdfPages(pdf);
    const page = pages.findIndex((p) => p.includes("收入决算结构"));
    expect(page).toBeGreaterThanOrEqual(TABLES.length);
    const ppm = await renderPage(pdf, page + 1, join(dir, "charts"));
    const { colours, inked } = await pixelStats(ppm);
    // The 说明 page after it: text only, the same measure stays low (the test can fail).
    const text = await pixelStats(await renderPage(pdf, page + 3, join(dir, "text")));
    expect(text.colours).toBeLessThan(colours);
    // Charts fill slices and columns with colour: far more than a page of black text.
    expect(colours).toBeGreaterThan(8);
    expect(inked).toBeGreaterThan(0.05);
  }, 200_000);
});
