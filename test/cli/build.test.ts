import { execFile } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { run } from "../../src/cli/commands/build";
import { a1 } from "../../src/core/templates/a1";
import { buildTemplateBook } from "../../src/core/templates/book";
import { parseCsv } from "../../src/core/templates/data";
import { fillFromNarrative } from "../../src/core/templates/fill/from-narrative";
import { cellKey, priorKey } from "../../src/core/templates/keys";
import { layoutWorkbook } from "../../src/core/templates/layout";
import { io } from "../support/cli-io";

const exec = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "seeds", "renhe-2020-final-accounts.txt");

/**
 * Opens a workbook in LibreOffice headless and returns every sheet as CSV, recalculated:
 * exceljs writes formulas without cached results, so what comes back was computed by
 * LibreOffice from the formulas alone. A private profile keeps parallel runs apart.
 */
async function recalculate(xlsx: string): Promise<Map<string, string[][]>> {
  const dir = mkdtempSync(join(tmpdir(), "fa-lo-"));
  try {
    await exec(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        // UTF-8, comma-separated, raw values (not as shown), every sheet to its own file.
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        join(dir, "out"),
        xlsx,
      ],
      { timeout: 150_000 },
    );
    const sheets = new Map<string, string[][]>();
    const base = xlsx.replace(/^.*\//, "").replace(/\.xlsx$/, "");
    for (const f of readdirSync(join(dir, "out"))) {
      const name = f.slice(base.length + 1, -".csv".length);
      sheets.set(
        name,
        parseCsv(readFileSync(join(dir, "out", f), "utf8")).map((r) => r.cells),
      );
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A recalculated cell as a number: “44.34%” → 0.4434, “3190.21” → 3190.21, blank → null. */
function numberAt(grid: string[][] | undefined, address: string): number | null {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const text = grid?.[Number(m[2]) - 1]?.[col - 1] ?? "";
  if (text === "") return null;
  const pct = text.endsWith("%");
  const n = Number(text.replace(/[%,]/g, ""));
  return pct ? n / 100 : n;
}

describe("fa build", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fa-build-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("builds the seed's workbook, which LibreOffice recalculates to the seed's totals and shares", async () => {
    const out = join(dir, "seed.xlsx");
    const t = io(dir);
    const code = await run([SEED, "-o", out], t);
    expect(t.err.join("")).toBe("");
    expect(code).toBe(0); // the seed's table conflicts rest on unverified identities: warnings
    expect(t.out.join("")).toMatch(/表间核对：错误 0，警告 2/);

    const sheets = await recalculate(out);
    expect([...sheets.keys()]).toEqual(
      expect.arrayContaining([
        "公开01表",
        "公开05表",
        "公开07表",
        "项目绩效表",
        "说明",
        "检查结果",
      ]),
    );
    // 公开01 本年收入合计 = Σ income rows, by LibreOffice's own SUM.
    expect(numberAt(sheets.get("公开01表"), "C32")).toBeCloseTo(3190.21, 10);
    // The analysis block: 一般公共预算财政拨款收入's share, =ROUND(C6/C$32,4).
    expect(numberAt(sheets.get("公开01表"), "H6")).toBe(0.4434);

    // Every formula of the table sheets recomputes to what the engine computed exactly.
    const book = buildTemplateBook(fillFromNarrative(readFileSync(SEED, "utf8")).data);
    let compared = 0;
    for (const m of book.models) {
      for (const c of m.cells) {
        const r = book.resolved.get(c.key);
        if (r?.mode !== "formula") continue;
        const ours = book.values.get(c.key);
        const theirs = numberAt(sheets.get(m.sheet), a1(c.row, c.col));
        if (ours === null || ours === undefined) expect(theirs).toBeNull();
        else expect(theirs).toBeCloseTo(ours.toNumber(), 6);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 180_000);

  test("writes the names, the 说明 sheet and the findings with links to their cells and their causes", async () => {
    const out = join(dir, "seed.xlsx");
    await run([SEED, "-o", out], io(dir));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.definedNames.getRanges("FA_income_total").ranges).toEqual(["'公开01表'!$C$32"]);
    const narrative = wb.getWorksheet("说明")!;
    expect(String(narrative.getCell("A2").value)).toContain("第一部分");
    const findings = wb.getWorksheet("检查结果")!;
    const links: string[] = [];
    findings.eachRow((row) => {
      const v = row.getCell(4).value as { hyperlink?: string } | null;
      if (v && typeof v === "object" && v.hyperlink) links.push(v.hyperlink);
    });
    expect(links).toContain("#'公开04表'!C37");
    expect(links.some((l) => l.startsWith("#'说明'!A"))).toBe(true);
    // The column after the message says which findings one figure explains.
    expect(findings.getRow(1).getCell(8).value).toBe("同因分组");
    const rows: Array<{ rule: string; text: string; expected: string; cause: string }> = [];
    findings.eachRow((row, n) => {
      if (n === 1) return;
      const at = (c: number) => String(row.getCell(c).value ?? "");
      rows.push({ rule: at(3), text: at(5), expected: at(6), cause: at(8) });
    });
    const grouped = rows.filter((r) => r.cause);
    // The attachment's 16410000.00元: more than its total, unlike 1414.49万元 and the table.
    const attachment = grouped.filter((r) => r.text === "16410000.00元");
    expect(attachment.map((r) => r.rule).sort()).toEqual([
      "metric-conflict",
      "narrative-vs-table",
      "part-exceeds-whole",
    ]);
    expect(
      attachment.filter((r) => /^第\d组的共同原因：“16410000\.00元”/.test(r.cause)),
    ).toHaveLength(1);
    expect(attachment.filter((r) => /^同属第\d组：“16410000\.00元”/.test(r.cause))).toHaveLength(2);
    // A finding that stands alone has nothing in the column.
    const share = rows.find((r) => r.rule === "share" && r.text === "占45%");
    expect(share).toMatchObject({ expected: "44%", cause: "" });
  }, 30_000);

  test("never overwrites an existing file without --force", async () => {
    const out = join(dir, "book.xlsx");
    expect(await run([SEED, "-o", out], io(dir))).toBe(0);
    const size = statSync(out).size;
    const again = io(dir);
    await expect(run([SEED, "-o", out], again)).rejects.toMatchObject({
      zh: expect.stringContaining("已存在"),
    });
    expect(statSync(out).size).toBe(size);
    expect(await run([SEED, "-o", out, "--force"], io(dir))).toBe(0);
  });

  test("fills 上年数 from a prior-year file into the analysis block", async () => {
    const out = join(dir, "book.xlsx");
    const prior = join(dir, "prior.csv");
    writeFileSync(
      prior,
      "表,公开01表\n科目编码,科目名称,金额\n,一般公共预算财政拨款收入,1000.00\n",
    );
    expect(await run([SEED, "--prior", prior, "-o", out], io(dir))).toBe(0);
    const layout = layoutWorkbook(
      buildTemplateBook(fillFromNarrative(readFileSync(SEED, "utf8")).data),
    );
    const cell = layout.sheets[0].cells.find(
      (c) => c.key === priorKey(cellKey("01", "income.generalBudget", "amount")),
    )!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("公开01表")!.getCell(cell.address).value).toBe(1000);
  });

  test("reads a GB18030 narrative like its UTF-8 original", async () => {
    const gb = join(dir, "gb.txt");
    writeFileSync(gb, iconv.encode(readFileSync(SEED, "utf8"), "gb18030"));
    const a = io(dir);
    const b = io(dir);
    expect(await run([SEED, "-o", join(dir, "a.xlsx")], a)).toBe(0);
    expect(await run([gb, "-o", join(dir, "b.xlsx")], b)).toBe(0);
    expect(b.out.join("").replace(/\S*b\.xlsx/g, "")).toBe(
      a.out.join("").replace(/\S*a\.xlsx/g, ""),
    );
  });

  test("--year 2021 builds the 2021 set: the 三公 table last, as 公开09表", async () => {
    const out = join(dir, "2021.xlsx");
    expect(await run([SEED, "--year", "2021", "-o", out], io(dir))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 10)).toEqual([
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
    ]);
    expect(wb.getWorksheet("公开09表")!.getCell("A1").value).toBe("财政拨款“三公”经费支出决算表");
    expect(wb.getWorksheet("公开06表")!.getCell("A1").value).toBe(
      "一般公共预算财政拨款基本支出决算明细表",
    );
  });

  test("bad usage exits through a bilingual usage error", async () => {
    await expect(run([SEED], io(dir))).rejects.toMatchObject({
      zh: expect.stringContaining("用法"),
      en: expect.stringContaining("usage"),
    });
    await expect(
      run([SEED, "-o", join(dir, "x.xlsx"), "--year", "1850"], io(dir)),
    ).rejects.toMatchObject({
      en: expect.stringContaining("--year"),
    });
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
