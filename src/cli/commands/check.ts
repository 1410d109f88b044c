import {
  externalReferencesWarning,
  type ExternalReference,
} from "../../core/templates/external-refs";
import { resolve } from "node:path";
import { check } from "../../core/check";
import {
  parsePhraseExtension,
  PhraseTableError,
  type PhraseTable,
} from "../../core/claims/phrases";
import type { Fact } from "../../core/facts";
import { flagString, parseArgs, yearFlag } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { readTextFile, readWorkbookBytes } from "../read-text";
import { findingJson, formatReport, type FileReport, type Lang } from "../report";

const USAGE_ZH =
  "用法：fa check 文件... [--tables 工作簿.xlsx] [--phrases 措辞表.json] [--json] [--lang zh|en] [--year 2020]";
const USAGE_EN =
  "usage: fa check FILE... [--tables BOOK.xlsx] [--phrases PHRASES.json] [--json] [--lang zh|en] [--year 2020]";

/**
 * `fa check`: checks each narrative and prints the findings, as text or JSON. Every
 * input is read before any is checked (the narratives first: they are cheap to read),
 * so that a bad path costs little and prints nothing but its message. Exit 1 when any
 * file has an error-level finding.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {
    values: ["tables", "lang", "year", "phrases"],
    booleans: ["json"],
  });
  if (args.positional.length === 0) throw new UsageError(USAGE_ZH, USAGE_EN);
  const lang = parseLang(flagString(args, "lang"));
  const reportYear = yearFlag(args);
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of args.positional) {
    texts.push({ file, text: await readTextFile(resolve(io.cwd, file)) });
  }
  const phrasesFile = flagString(args, "phrases");
  const phrases = phrasesFile
    ? await readPhrases(resolve(io.cwd, phrasesFile), phrasesFile)
    : undefined;
  const tables = flagString(args, "tables");
  const read = tables
    ? await readTableFacts(resolve(io.cwd, tables), tables, reportYear)
    : undefined;
  const facts = read?.facts;
  if (read?.external.length) {
    const w = externalReferencesWarning(read.external);
    io.stderr(`警告：${w.zh}\nWarning: ${w.en}\n`);
  }
  if (tables && facts?.length === 0) {
    // Not fatal (the text is still worth checking), but the user asked for a comparison
    // that cannot happen, and a clean result must not look like one that passed it.
    io.stderr(
      `注意：工作簿中没有读到公开表数据，说明未与表格核对：${tables}\n` +
        `Note: no template table figures found in the workbook; the narrative was not compared with tables: ${tables}\n`,
    );
  }

  const reports: FileReport[] = texts.map(({ file, text }) => {
    const { doc, findings } = check(text, { reportYear, facts, phrases });
    return { file, doc, findings };
  });

  if (args.flags.has("json")) {
    const json = reports.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => findingJson(r.doc, f)),
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
): Promise<{ facts: Fact[]; external: ExternalReference[] }> {
  if (!/\.xlsx$/i.test(path)) {
    throw new UsageError(
      `--tables 应为 .xlsx 工作簿：${shown}`,
      `--tables must be an .xlsx workbook: ${shown}`,
    );
  }
  const bytes = await readWorkbookBytes(path, shown);
  const { readWorkbookFacts } = await import("../xlsx/read-facts");
  try {
    return await readWorkbookFacts(bytes, year);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(
      `无法读取工作簿（${why}）：${shown}`,
      `Cannot read the workbook (${why}): ${shown}`,
    );
  }
}

/** A user's phrase table (docs/phrases.md): JSON, checked field by field. */
async function readPhrases(path: string, shown: string): Promise<Partial<PhraseTable>> {
  const text = await readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(
      `措辞表不是有效的 JSON（${why}）：${shown}`,
      `The phrase table is not valid JSON (${why}): ${shown}`,
    );
  }
  try {
    return parsePhraseExtension(json);
  } catch (e) {
    if (e instanceof PhraseTableError) {
      throw new UsageError(`${e.zh}（${shown}）`, `${e.en} (${shown})`);
    }
    throw e;
  }
}
