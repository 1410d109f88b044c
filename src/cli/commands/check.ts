import { resolve } from "node:path";
import { check } from "../../core/check";
import type { Fact } from "../../core/facts";
import { flagString, parseArgs, yearFlag } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { fileSize, readTextFile } from "../read-text";
import { findingJson, formatReport, groupJson, type FileReport, type Lang } from "../report";

const USAGE_ZH =
  "用法：fa check 文件... [--tables 工作簿.xlsx] [--json] [--lang zh|en] [--year 2020]";
const USAGE_EN =
  "usage: fa check FILE... [--tables BOOK.xlsx] [--json] [--lang zh|en] [--year 2020]";

/**
 * `fa check`: checks each narrative and prints the findings, as text or JSON. Every
 * input is read before any is checked (the narratives first: they are cheap to read),
 * so that a bad path costs little and prints nothing but its message. Exit 1 when any
 * file has an error-level finding.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ["tables", "lang", "year"], booleans: ["json"] });
  if (args.positional.length === 0) throw new UsageError(USAGE_ZH, USAGE_EN);
  const lang = parseLang(flagString(args, "lang"));
  const reportYear = yearFlag(args);
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of args.positional) {
    texts.push({ file, text: await readTextFile(resolve(io.cwd, file)) });
  }
  const tables = flagString(args, "tables");
  const facts = tables
    ? await readTableFacts(resolve(io.cwd, tables), tables, reportYear)
    : undefined;
  if (tables && facts?.length === 0) {
    // Not fatal (the text is still worth checking), but the user asked for a comparison
    // that cannot happen, and a clean result must not look like one that passed it.
    io.stderr(
      `注意：工作簿中没有读到公开表数据，说明未与表格核对：${tables}\n` +
        `Note: no template table figures found in the workbook; the narrative was not compared with tables: ${tables}\n`,
    );
  }

  const reports: FileReport[] = texts.map(({ file, text }) => {
    const { doc, findings, groups } = check(text, { reportYear, facts });
    return { file, doc, findings, groups };
  });

  if (args.flags.has("json")) {
    const json = reports.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => findingJson(r.doc, f)),
      groups: (r.groups ?? []).map((g) => groupJson(r.doc, g)),
    }));
    io.stdout(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + "\n");
  } else {
    io.stdout(formatReport(reports, lang));
  }
  return reports.some((r) => r.findings.some((f) => f.severity === "error"))
    ? EXIT.findings
    : EXIT.ok;
}

function parseLang(text: string | undefined): Lang {
  if (text === undefined) return "zh";
  if (text === "zh" || text === "en") return text;
  throw new UsageError(`--lang 只能是 zh 或 en：${text}`, `--lang must be zh or en: ${text}`);
}

async function readTableFacts(
  path: string,
  shown: string,
  year: number | undefined,
): Promise<Fact[]> {
  if (!/\.xlsx$/i.test(path)) {
    throw new UsageError(
      `--tables 应为 .xlsx 工作簿：${shown}`,
      `--tables must be an .xlsx workbook: ${shown}`,
    );
  }
  await fileSize(path);
  const { readFactsFromXlsx } = await import("../xlsx/read-facts");
  try {
    return await readFactsFromXlsx(path, year);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(
      `无法读取工作簿（${why}）：${shown}`,
      `Cannot read the workbook (${why}): ${shown}`,
    );
  }
}
