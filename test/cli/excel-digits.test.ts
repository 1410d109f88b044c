import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/commands/build";
import { Dec, fitsExcel } from "../../src/core/numbers";
import { io } from "../support/cli-io";

/**
 * Amounts Excel cannot hold (more than 15 significant digits) are rejected with their line,
 * and nothing is written: a 400-digit amount used to reach the workbook as Infinity.
 */
const ROOT = join(__dirname, "..", "..");
const EXAMPLE_CSV = readFileSync(join(ROOT, "examples", "tables-2020.csv"), "utf8");
const SEED = readFileSync(join(ROOT, "seeds", "renhe-2020-final-accounts.txt"), "utf8");
const FIRST_AMOUNT = ",一般公共预算财政拨款收入,1518.10";

describe("fitsExcel", () => {
  test.each([
    ["123456789012345", true],
    ["1234567890.12345", true],
    ["0.000000000000001", true],
    ["1234567890123456", false],
    ["1234567890123456000", false],
    ["1234567890.123456", false],
    ["9".repeat(400), false],
  ])("%#: %.20s…", (text, fits) => {
    expect(fitsExcel(new Dec(text))).toBe(fits);
  });
});

describe("fa build rejects amounts beyond 15 significant digits", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fa-digits-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const csvWith = (amount: string) => {
    const path = join(dir, "data.csv");
    writeFileSync(path, EXAMPLE_CSV.replace(FIRST_AMOUNT, `,一般公共预算财政拨款收入,${amount}`));
    return path;
  };
  const lineOf = (text: string, needle: string) =>
    text.slice(0, text.indexOf(needle)).split("\n").length;

  test("a 400-digit amount in a CSV: exit 2, the line named in both languages, no file", async () => {
    const t = io(dir);
    const out = join(dir, "book.xlsx");
    expect(await run(["--data", csvWith("9".repeat(400)), "-o", out], t)).toBe(2);
    const line = lineOf(EXAMPLE_CSV, FIRST_AMOUNT);
    const err = t.err.join("");
    expect(err).toContain(`data.csv 第${line}行`);
    expect(err).toContain(`data.csv line ${line}`);
    expect(err).toMatch(/15 位有效数字/);
    expect(err).toMatch(/15 significant digits/);
    expect(existsSync(out)).toBe(false);
  });

  test("16 significant digits are refused, 15 are written", async () => {
    const out = join(dir, "book.xlsx");
    expect(await run(["--data", csvWith("1234567890123.456"), "-o", out], io(dir))).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(await run(["--data", csvWith("123456789012.345"), "-o", out], io(dir))).not.toBe(2);
    expect(existsSync(out)).toBe(true);
  });

  test("in a JSON data file the value's path is named", async () => {
    const path = join(dir, "data.json");
    writeFileSync(
      path,
      JSON.stringify({
        tables: { 公开01表: [{ 科目名称: "一般公共预算财政拨款收入", 金额: "1".repeat(30) }] },
      }),
    );
    const t = io(dir);
    expect(await run(["--data", path, "-o", join(dir, "b.xlsx")], t)).toBe(2);
    expect(t.err.join("")).toMatch(/tables\.公开01表\[0\].*15 位有效数字/);
  });

  test("a narrative's amount that fills a table: exit 2 with the narrative's line", async () => {
    const huge = "14144900000000000000.49";
    const text = SEED.replace(
      "一般公共预算财政拨款收入1414.49万元",
      `一般公共预算财政拨款收入${huge}万元`,
    );
    const path = join(dir, "说明.txt");
    writeFileSync(path, text);
    const t = io(dir);
    const out = join(dir, "book.xlsx");
    expect(await run([path, "-o", out], t)).toBe(2);
    expect(t.err.join("")).toContain(`${path}:${lineOf(text, huge)}`);
    expect(t.err.join("")).toMatch(/15 significant digits/);
    expect(existsSync(out)).toBe(false);
  });
});
