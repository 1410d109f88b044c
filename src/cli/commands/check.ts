import { resolve } from "node:path";
import { check } from "../../core/check";
import type { Fact } from "../../core/facts";
import type { Finding, Severity } from "../../core/findings";
import type { NarrativeDocument } from "../../core/text/types";
import { flagString, parseArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { readTextFile } from "../read-text";
import { formatReport, type FileReport } from "../report";

const USAGE_ZH = "用法：fa check 文件... [--tables 工作簿.xlsx] [--json] [--lang zh|en] [--year 2020]";
const USAGE_EN = "usage: fa check FILE... [--tables BOOK.xlsx] [--json] [--lang zh|en] [--year 2020]";

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ["tables", "lang", "year"], booleans: ["json"] });
  if (args.positional.length === 0) throw new UsageError(USAGE_ZH, USAGE_EN);
  const lang = flagString(args, "lang") ?? "zh";
  if (lang !== "zh" && lang !== "en") {
    throw new UsageError(`--lang 只能是 zh 或 en：${lang}`, `--lang must be zh or en: ${lang}`);
  }
  const yearText = flagString(args, "year");
  const reportYear = yearText === undefined ? undefined : Number(yearText);
  if (reportYear !== undefined && !(Number.isInteger(reportYear) && reportYear > 1990)) {
    throw new UsageError(`--year 不是有效年份：${yearText}`, `--year is not a valid year: ${yearText}`);
  }
  const tables = flagString(args, "tables");
  const facts = tables ? await readTableFacts(resolve(io.cwd, tables)) : undefined;

  const reports: FileReport[] = [];
  for (const file of args.positional) {
    const text = await readTextFile(resolve(io.cwd, file));
    const { doc, findings } = check(text, { reportYear, facts });
    reports.push({ file, doc, findings });
  }

  if (args.flags.has("json")) {
    const json = reports.map((r) => ({ file: r.file, findings: r.findings }));
    io.stdout(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + "\n");
  } else {
    io.stdout(formatReport(reports, lang));
  }
  return reports.some((r) => r.findings.some((f) => f.severity === "error"))
    ? EXIT.findings
    : EXIT.ok;
}

async function readTableFacts(path: string): Promise<Fact[]> {
  const { readFactsFromXlsx } = await import("../xlsx/read-facts");
  return readFactsFromXlsx(path);
}

export type { Finding, NarrativeDocument, Severity };
