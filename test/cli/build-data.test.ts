import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/commands/build";
import { io } from "../support/cli-io";

const ROOT = join(__dirname, "..", "..");
const EXAMPLE_CSV = join(ROOT, "examples", "tables-2020.csv");
const EXAMPLE_JSON = join(ROOT, "examples", "tables-2020.json");
const SEED = join(ROOT, "seeds", "renhe-2020-final-accounts.txt");

async function sheetValues(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[])
      .slice(1)
      .map((v) =>
        v && typeof v === "object" && "formula" in v ? `=${(v as { formula: string }).formula}` : v,
      );
  });
  return rows;
}

describe("fa build --data", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fa-build-data-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a consistent data file reconciles: exit 0, no error, no warning", async () => {
    const t = io(dir);
    const out = join(dir, "book.xlsx");
    expect(await run(["--data", EXAMPLE_CSV, "-o", out], t)).toBe(0);
    expect(t.out.join("")).toMatch(/表间核对：错误 0，警告 0，提示 0/);
    const t09 = await sheetValues(out, "公开09表");
    expect(t09.flat()).toContain(
      "注：本单位2020年度无国有资本经营预算财政拨款支出，故本表无数据。",
    );
  }, 30_000);

  test("the JSON form of the same data builds the same tables", async () => {
    const a = join(dir, "csv.xlsx");
    const b = join(dir, "json.xlsx");
    expect(await run(["--data", EXAMPLE_CSV, "-o", a], io(dir))).toBe(0);
    expect(await run(["--data", EXAMPLE_JSON, "-o", b], io(dir))).toBe(0);
    for (const sheet of ["公开01表", "公开04表", "公开05表", "公开06表", "公开07表"]) {
      const x = await sheetValues(a, sheet);
      const y = await sheetValues(b, sheet);
      // Only the unit line differs (the JSON names its unit).
      expect(y.filter((_, i) => i !== 2)).toEqual(x.filter((_, i) => i !== 2));
    }
  }, 30_000);

  test("tables that disagree exit 1 and name the cell and the arithmetic", async () => {
    const bad = readFileSync(EXAMPLE_CSV, "utf8").replace(
      ",合计,1518.10,518.51,999.59",
      ",合计,1500.00,518.51,999.59",
    );
    writeFileSync(join(dir, "bad.csv"), bad);
    const t = io(dir);
    expect(await run(["--data", "bad.csv", "-o", "book.xlsx"], t)).toBe(1);
    const text = t.out.join("");
    expect(text).toMatch(
      /\[error\] 公开05表!C5 合计 · 合计 1500.00，但 合计 · 基本支出 518.51 \+ 合计 · 项目支出 999.59 = 1518.10，相差 18.10/,
    );
    expect(existsSync(join(dir, "book.xlsx"))).toBe(true);
  });

  test("a data file with problems lists them all, with line numbers, and writes nothing", async () => {
    writeFileSync(
      join(dir, "rows.csv"),
      [
        "表,公开05表",
        "科目编码,科目名称,合计,基本支出,项目支出",
        "2011301,行政运行,199.93,199.93,0",
        "2019999,不存在的科目,1,1,0",
        "2011302,行政运行,3.22,0,3.22",
        "2080501,行政单位离退休,九十九,0,0",
        "表,公开99表",
        "科目编码,科目名称,合计",
      ].join("\n"),
    );
    const t = io(dir);
    expect(await run(["--data", "rows.csv", "-o", "book.xlsx"], t)).toBe(2);
    const err = t.err.join("");
    expect(err).toContain("rows.csv 第4行：未知科目编码 2019999");
    expect(err).toContain("rows.csv line 4: unknown code 2019999");
    expect(err).toContain(
      "rows.csv 第5行：科目名称与科目表不符：2011302 应为“一般行政管理事务”，文件中为“行政运行”",
    );
    expect(err).toContain("rows.csv 第6行：“合计”不是金额（万元）：“九十九”");
    expect(err).toContain("rows.csv 第7行：未知的表“公开99表”");
    expect(err).toMatch(/^数据文件有 4 个问题，未写入任何内容/);
    expect(existsSync(join(dir, "book.xlsx"))).toBe(false);
  });

  test("with a narrative too, the data gives its tables and the narrative is checked against them", async () => {
    const t = io(dir);
    const out = join(dir, "book.xlsx");
    expect(await run([SEED, "--data", EXAMPLE_CSV, "-o", out], t)).toBe(0);
    const t01 = await sheetValues(out, "公开01表");
    expect(t01[5][2]).toBe(1518.1); // the data's 一般公共预算财政拨款收入, not the narrative's 1414.49
    const findings = (await sheetValues(out, "检查结果")).map((r) => r.join(" ")).join("\n");
    expect(findings).toContain("1414.49");
  });
});
