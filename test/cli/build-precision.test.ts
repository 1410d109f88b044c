/*
 * The workbook `fa build` writes remembers which values are figures printed in the
 * narrative (the hidden state sheet's precision block), so that `fa check --tables`
 * reads a total of them as rounded, as the in-memory build did: the seed's 1518.12 beside
 * the sheet's 1518.10 is no error. A value typed over a printed figure is exact again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readFactsFromXlsx } from "../../src/cli/xlsx/read-facts";
import type { Fact } from "../../src/core/facts";
import type { Finding } from "../../src/core/findings";
import { PRECISION_BLOCK, STATE_SHEET } from "../../src/core/templates/state-sheet";
import { SEED_PATH } from "../support/seed";
import { runFa } from "../support/cli-io";

const EXAMPLE_CSV = join(__dirname, "..", "..", "examples", "tables-2020.csv");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fa-precision-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fa = (...argv: string[]) => runFa(dir, argv);

async function build(...extra: string[]): Promise<string> {
  const out = join(dir, "seed.xlsx");
  const r = await fa("build", SEED_PATH, ...extra, "-o", out);
  expect(r.stderr).toBe("");
  return out;
}

async function tableFindings(book: string): Promise<Finding[]> {
  const r = await fa("check", SEED_PATH, "--tables", book, "--json");
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter(
    (f) => f.rule === "narrative-vs-table",
  );
}

const errorsOn = (findings: Finding[], figure: string) =>
  findings.filter((f) => f.severity === "error" && f.text.startsWith(figure));

/**
 * Opens the workbook with exceljs, changes it, saves it under a new name, as a spreadsheet
 * would: exceljs does not calculate, so the formulas' cached results (which Excel or
 * LibreOffice would update on saving) are dropped rather than left stale.
 */
async function edited(book: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  change(wb);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v)
          cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  const out = join(dir, `edited-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

const cellOf = (facts: Fact[], metric: string) =>
  facts.find((f) => f.metric === metric && f.period === "current")!.cell!;

/** The precision block's row for a cell, 1-based, or undefined. */
function recordRow(wb: ExcelJS.Workbook, sheet: string, cell: string): number | undefined {
  const ws = wb.getWorksheet(STATE_SHEET)!;
  let found: number | undefined;
  ws.eachRow((row, n) => {
    const at = (i: number) => String(row.getCell(PRECISION_BLOCK.first + 1 + i).value ?? "");
    if (at(0) === sheet && at(1) === cell) found = n;
  });
  return found;
}

describe("precision of the figures fa build fills from the narrative", () => {
  test("the workbook carries them in the hidden state sheet, and check --tables reads 1518.12 as rounding", async () => {
    const book = await build();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const state = wb.getWorksheet(STATE_SHEET)!;
    expect(state.state).toBe("hidden");
    expect(state.getRow(1).getCell(PRECISION_BLOCK.first + 1).value).toBe(
      PRECISION_BLOCK.header[0],
    );
    const facts = await readFactsFromXlsx(book);
    const item = cellOf(facts, "gbExpense.item.2011301");
    const row = recordRow(wb, item.sheet, item.cell);
    expect(row).toBeDefined();
    expect(state.getRow(row!).getCell(PRECISION_BLOCK.first + 3).value).toBe("199.93");
    expect(state.getRow(row!).getCell(PRECISION_BLOCK.first + 4).value).toBe("2");

    expect(errorsOn(await tableFindings(book), "1518.12")).toEqual([]);

    // The same workbook without its precision block: every value exact, the false alarm back.
    const bare = await edited(book, (w) => w.removeWorksheet(w.getWorksheet(STATE_SHEET)!.id));
    expect(errorsOn(await tableFindings(bare), "1518.12").length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  test("build's own 检查结果 sheet does not list the 1518.12 claims", async () => {
    const book = await build();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const lines: string[] = [];
    wb.getWorksheet("检查结果")!.eachRow((row) =>
      lines.push((row.values as unknown[]).map((v) => (typeof v === "string" ? v : "")).join("|")),
    );
    expect(lines.some((l) => l.includes("narrative-vs-table"))).toBe(true);
    expect(lines.filter((l) => l.includes("narrative-vs-table") && l.includes("1518.12"))).toEqual(
      [],
    );
  }, 60_000);

  test("a value typed over a printed figure is exact: its record no longer applies", async () => {
    const book = await build();
    const facts = await readFactsFromXlsx(book);
    const item = cellOf(facts, "gbExpense.item.2011301");
    const changed = await edited(book, (wb) => {
      wb.getWorksheet(item.sheet)!.getCell(item.cell).value = 189.93;
    });
    const after = await readFactsFromXlsx(changed);
    const typed = after.find((f) => f.metric === "gbExpense.item.2011301")!;
    expect(typed.value.toString()).toBe("189.93");
    expect(typed.decimals).toBeUndefined();
    expect(typed.interval).toBeUndefined();
    // Its neighbours keep theirs.
    expect(after.find((f) => f.metric === "gbExpense.item.2011302")!.decimals).toBe(2);
    // 05 合计 is now 1508.10, give or take the other items' roundings: 1518.12 is an error again.
    const flagged = errorsOn(await tableFindings(changed), "1518.12");
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    for (const f of flagged) expect(f.expected).toMatch(/^1508\.10/);
  }, 60_000);

  test("only the recorded value counts as printed: 29.777 typed over 29.77 flags the text's 29.77", async () => {
    const book = await build();
    const item = cellOf(await readFactsFromXlsx(book), "gbExpense.item.2160202");
    const typed = await edited(book, (wb) => {
      wb.getWorksheet(item.sheet)!.getCell(item.cell).value = 29.777;
    });
    // Exact 29.777 is outside [29.765, 29.775), the values “29.77” stands for.
    expect(errorsOn(await tableFindings(typed), "29.77").length).toBeGreaterThanOrEqual(1);

    // Control: had 29.777 been a figure printed to 0.01, it would agree with “29.77”.
    const recorded = await edited(book, (wb) => {
      wb.getWorksheet(item.sheet)!.getCell(item.cell).value = 29.777;
      const row = recordRow(wb, item.sheet, item.cell)!;
      wb
        .getWorksheet(STATE_SHEET)!
        .getRow(row)
        .getCell(PRECISION_BLOCK.first + 3).value = "29.777";
    });
    expect(errorsOn(await tableFindings(recorded), "29.77")).toEqual([]);
  }, 60_000);

  test("data-file figures are exact: no records, and 1518.12 against the data's 1518.10 is an error", async () => {
    // The example data give every 公开 table, so the narrative fills none of them; it still
    // fills 其他事项 (机关运行经费 and the like), which the data file does not carry.
    const book = await build("--data", EXAMPLE_CSV);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const recorded: string[] = [];
    wb.getWorksheet(STATE_SHEET)?.eachRow((row, n) => {
      const sheet = String(row.getCell(PRECISION_BLOCK.first + 1).value ?? "");
      if (n > 1 && sheet) recorded.push(sheet);
    });
    expect(recorded.filter((s) => s.startsWith("公开"))).toEqual([]);
    const facts = (await readFactsFromXlsx(book)).filter((f) => f.cell?.sheet.startsWith("公开"));
    expect(facts.length).toBeGreaterThan(50);
    expect(facts.some((f) => f.decimals !== undefined || f.interval !== undefined)).toBe(false);
    expect(errorsOn(await tableFindings(book), "1518.12").length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
