import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/commands/build";
import { io } from "../support/cli-io";

const SEED = join(__dirname, "..", "..", "seeds", "renhe-2020-final-accounts.txt");

/** The rules named on the 检查结果 sheet of a built workbook. */
async function findingRules(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet("检查结果")!;
  const rules: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rules.push(String(row.getCell(3).value));
  });
  return rules;
}

describe("fa build: the report year", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "fa-year-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is read from the narrative when --year is absent, for the checker and the template set", async () => {
    // The seed moved one year on: every 2020 becomes 2021, every 2019 becomes 2020.
    const moved = readFileSync(SEED, "utf8").replace(/20(19|20|21)/g, (y) => String(Number(y) + 1));
    writeFileSync(join(dir, "2021.txt"), moved);
    const t = io(dir);
    expect(await run(["2021.txt", "-o", "2021.xlsx"], t)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "2021.xlsx"));
    // The 2021 set: the 三公 table moved last as 公开09表.
    expect(String(wb.getWorksheet("公开09表")!.getCell("A1").value)).toContain("三公");

    const t2020 = io(dir);
    expect(await run([SEED, "-o", "2020.xlsx"], t2020)).toBe(0);
    const count = (rules: string[]) => rules.filter((r) => r === "report-year").length;
    // The same text a year later has exactly as many year findings as the original.
    expect(count(await findingRules(join(dir, "2021.xlsx")))).toBe(
      count(await findingRules(join(dir, "2020.xlsx"))),
    );
  });

  it("rejects a --year that is not a four-digit year in range", async () => {
    await expect(run([SEED, "-o", "x.xlsx", "--year", "20"], io(dir))).rejects.toThrow(/year/);
    await expect(run([SEED, "-o", "x.xlsx", "--year", "1999"], io(dir))).rejects.toThrow(/year/);
  });
});
