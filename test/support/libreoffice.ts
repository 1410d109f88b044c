/*
 * A real spreadsheet engine for tests: LibreOffice headless (Debian's libreoffice, `soffice`
 * on PATH) opens an .xlsx, recalculates it and exports every sheet as CSV, so that a test can
 * compare what the formulas the product writes show with what the product meant them to.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Converts `file` in `dir` to one CSV per sheet and returns the rows of `sheet`. */
export async function recalculated(dir: string, file: string, sheet: string): Promise<string[][]> {
  return (await recalculatedSheets(dir, file, [sheet])).get(sheet)!;
}

/** One conversion, the rows of each of `sheets` (recalculated by LibreOffice). */
export async function recalculatedSheets(
  dir: string,
  file: string,
  sheets: readonly string[],
): Promise<Map<string, string[][]>> {
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      CSV_ALL_SHEETS,
      file,
      "--outdir",
      dir,
    ],
    { timeout: 180_000 },
  );
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.xlsx$/, "");
  const out = new Map<string, string[][]>();
  for (const sheet of sheets)
    out.set(sheet, parseCsv(await readFile(join(dir, `${base}-${sheet}.csv`), "utf8")));
  return out;
}

/** Parses LibreOffice's CSV export (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
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

/** Converts `file` with LibreOffice (`pdf`, `png` …) into `dir`; returns the output's path. */
export async function convert(dir: string, file: string, format: string): Promise<string> {
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      format,
      file,
      "--outdir",
      dir,
    ],
    { timeout: 180_000 },
  );
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  return join(dir, `${base}.${format.replace(/:.*$/, "")}`);
}

/** The text of each page of a PDF (poppler's pdftotext), in page order. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 << 20 });
  const pages = stdout.split("\f");
  if (pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}

/** Renders page `page` (1-based) of a PDF to `<prefix>.ppm` (or .png) with poppler's pdftoppm. */
export async function renderPage(
  pdf: string,
  page: number,
  prefix: string,
  format: "ppm" | "png" = "ppm",
): Promise<string> {
  const args = ["-f", String(page), "-l", String(page), "-r", "60", "-singlefile"];
  await run("pdftoppm", [...args, ...(format === "png" ? ["-png"] : []), pdf, prefix]);
  return `${prefix}.${format}`;
}

/**
 * What a rendered page holds, from its binary PPM (P6): the share of pixels that are not
 * white, and how many distinct colours (not greys, 16 levels a channel) it shows.
 */
export async function pixelStats(ppm: string): Promise<{ inked: number; colours: number }> {
  const data = await readFile(ppm);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error(`not a binary PPM: ${ppm}`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(header[0].length);
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i + 2 < width * height * 3; i += 3) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    if (r < 245 || g < 245 || b < 245) inked++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40)
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  return { inked: inked / (width * height), colours: colours.size };
}
