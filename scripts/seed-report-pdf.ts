/*
 * The seed as a published report, written by a real PDF writer: LibreOffice headless
 * exports the seed's text (Writer) and the workbook `fa build` makes of it, without the
 * add-in's 说明 and 检查结果 sheets (Calc); poppler's pdfunite joins them. Used by the PDF
 * tests (test/support/pdf-fixtures.ts) and `npm run bench pdf`.
 * Run alone: npx tsx scripts/seed-report-pdf.ts OUTDIR
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";

export const run = promisify(execFile);

/** soffice --convert-to, with a private profile under `dir` (others may run it too). */
export async function soffice(
  dir: string,
  convertTo: string,
  files: string[],
  outdir = dir,
  infilter?: string,
): Promise<void> {
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      ...(infilter ? [`--infilter=${infilter}`] : []),
      "--convert-to",
      convertTo,
      ...files,
      "--outdir",
      outdir,
    ],
    { timeout: 240_000 },
  );
}

export interface SeedReport {
  /** The text, then the nine tables: one PDF. */
  pdf: string;
  textPdf: string;
  tablesPdf: string;
  /** The workbook `fa build` wrote (its tables are what the PDF prints). */
  book: string;
  text: string;
}

/**
 * The seed's text and the workbook `fa build` makes of it, under `dir`; `tables` is that
 * workbook as a report prints it: without our working sheets, the 其他事项 input form
 * and the 图表 sheet's data blocks (its charts would not survive this exceljs copy anyway).
 */
export async function seedWorkbook(
  dir: string,
): Promise<{ text: string; book: string; tables: string }> {
  const text = join(dir, "seed-text.txt");
  await writeFile(
    text,
    await readFile(resolve(__dirname, "../seeds/renhe-2020-final-accounts.txt")),
  );
  const built = join(dir, "built.xlsx");
  const quiet = { cwd: dir, stdout: () => {}, stderr: () => {} };
  if ((await main(["build", text, "-o", built, "--force"], quiet)) > 1)
    throw new Error("fa build failed");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  for (const name of ["说明", "检查结果", "其他事项", "图表"]) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const tables = join(dir, "seed-tables.xlsx");
  await wb.xlsx.writeFile(tables);
  return { text, book: built, tables };
}

/**
 * Writes the seed's text and workbook under `dir` and converts them. `extra` files are
 * converted to PDF in the same soffice call (each call costs ~10 s).
 */
export async function makeSeedReport(dir: string, extra: string[] = []): Promise<SeedReport> {
  const { text, book, tables } = await seedWorkbook(dir);
  await soffice(dir, "pdf", [text, tables, ...extra]);
  const pdf = join(dir, "seed.pdf");
  const textPdf = join(dir, "seed-text.pdf");
  const tablesPdf = join(dir, "seed-tables.pdf");
  await run("pdfunite", [textPdf, tablesPdf, pdf]);
  return { pdf, textPdf, tablesPdf, book, text };
}

if (require.main === module) {
  void makeSeedReport(resolve(process.argv[2] ?? ".")).then((r) => console.log(r.pdf));
}
