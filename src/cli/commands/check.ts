import {
  externalReferencesWarning,
  type ExternalReference,
} from "../../core/templates/external-refs";
import { resolve } from "node:path";
import {
  parsePhraseExtension,
  PhraseTableError,
  type PhraseTable,
} from "../../core/claims/phrases";
import { flagString, parseArgs, yearFlag } from "../args";
import { writeFileAtomic } from "../atomic-write";
import { checkInput, fileJson, formatSummaries, type CheckedFile } from "../check-input";
import { EXIT, UsageError, type CliIO } from "../io";
import { isPdf } from "../pdf-input";
import { readDocument, type InputDocument } from "../read-document";
import { readTextFile, readWorkbookBytes } from "../read-text";
import { formatReport, type Lang } from "../report";
import { reviewHtml } from "../review-html";
import type { Fact } from "../../core/facts";

const USAGE_ZH =
  "用法：fa check 文件(.txt/.pdf/.docx)... [--tables 工作簿.xlsx] [--phrases 措辞表.json] [--json] [--report 审阅.html] [--lang zh|en] [--year 2020]";
const USAGE_EN =
  "usage: fa check FILE(.txt/.pdf/.docx)... [--tables BOOK.xlsx] [--phrases PHRASES.json] [--json] [--report review.html] [--lang zh|en] [--year 2020]";

/**
 * `fa check`: checks each narrative and prints the findings, as text or JSON. Every
 * input is read before any is checked (the narratives first: they are cheap to read),
 * so that a bad path costs little and prints nothing but its message. Exit 1 when any
 * file has an error-level finding.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {
    values: ["tables", "lang", "year", "phrases", "report"],
    booleans: ["json"],
  });
  if (args.positional.length === 0) throw new UsageError(USAGE_ZH, USAGE_EN);
  const lang = parseLang(flagString(args, "lang"));
  const reportYear = yearFlag(args);
  const many = args.positional.length > 1;
  const inputs: Array<{ file: string; input: InputDocument }> = [];
  for (const [i, file] of args.positional.entries()) {
    const counter = many ? `[${i + 1}/${args.positional.length}] ` : "";
    // Progress for what takes time to read (a PDF); a text file is read at once.
    if (many && isPdf(file)) io.stderr(`${counter}${file}\n`);
    // Progress every 10 pages and at the last: a 300-page PDF takes a while.
    const input = await readDocument(resolve(io.cwd, file), file, (page, pages) => {
      if (page % 10 === 0 || page === pages)
        io.stderr(`${counter}${file}：第 ${page}/${pages} 页 / page ${page} of ${pages}\n`);
    });
    inputs.push({ file, input });
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

  const reports: CheckedFile[] = inputs.map(({ file, input }) =>
    checkInput(file, input, { reportYear, facts: tables ? facts : undefined, phrases }),
  );

  if (args.flags.has("json")) {
    const json = reports.map((r) => fileJson(r));
    io.stdout(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + "\n");
  } else {
    // The per-file summary goes before the totals line, which stays last.
    const text = formatReport(reports, lang).trimEnd().split("\n");
    const totals = text.pop();
    const summaries =
      many || reports.some((r) => r.summary.tables) ? formatSummaries(reports, lang) : "";
    io.stdout([...text, ...(summaries ? [summaries.trimEnd()] : []), totals].join("\n") + "\n");
  }
  const reportPath = flagString(args, "report");
  if (reportPath) {
    // Atomic, like every output: a failed write leaves a previous report as it was.
    await writeFileAtomic(resolve(io.cwd, reportPath), reviewHtml(reports), { overwrite: true });
    io.stderr(`已写入审阅报告 / review written: ${reportPath}\n`);
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
