import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { refersToOtherWorkbook } from "../../src/core/templates/external-refs";
import { readFactsFromXlsx } from "../../src/cli/xlsx/read-facts";
import { io } from "../support/cli-io";

/**
 * A cell whose formula points into another workbook ([1]Sheet1!A1, 'C:\…\[x.xlsx]Sheet'!A1)
 * holds that workbook's last value: reported as a warning and not read as a fact.
 */
const ROOT = join(__dirname, "..", "..");

test.each([
  ["=[1]Sheet1!A1", true],
  ["=SUM([1]公开01表!C6:C8)", true],
  ["='C:\\path\\[x.xlsx]My Sheet'!A1", true],
  ["=[x.xlsx]Sheet1!A1+1", true],
  ["=Table1[Col]", false],
  ["=SUM(Table1[[#This Row],[a]])", false],
  ['="[1]S!A1"', false],
  ["='公开01表'!C6", false],
])("%s refers to another workbook: %s", (formula, external) => {
  expect(refersToOtherWorkbook(formula)).toBe(external);
});

test("fa check --tables: the cell is skipped and named in a warning", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fa-ext-"));
  try {
    const book = join(dir, "book.xlsx");
    const data = join(ROOT, "examples", "tables-2020.csv");
    expect(await main(["build", "--data", data, "-o", book], io(dir))).not.toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    // 公开01表 C6: 一般公共预算财政拨款收入 (1518.10); now a link with a cached 9999.
    wb.getWorksheet("公开01表")!.getCell("C6").value = { formula: "[1]Sheet1!A1", result: 9999 };
    await wb.xlsx.writeFile(book);

    const facts = await readFactsFromXlsx(book, 2020);
    expect(facts.some((f) => f.cell?.sheet === "公开01表" && f.cell.cell === "C6")).toBe(false);
    expect(facts.some((f) => f.value.toNumber() === 9999)).toBe(false);

    const narrative = join(dir, "n.txt");
    writeFileSync(narrative, "2020年本年收入合计3190.21万元。");
    const t = io(dir);
    await main(["check", narrative, "--tables", book], t);
    const err = t.err.join("");
    expect(err).toMatch(/警告：以下 1 个单元格引用其他工作簿.*公开01表!C6（=\[1\]Sheet1!A1）/);
    expect(err).toMatch(/Warning: 1 cell\(s\) refer to another workbook/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
