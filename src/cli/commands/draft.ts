import { access } from "node:fs/promises";
import { resolve } from "node:path";
import {
  cellsOfFacts,
  draftNarrative,
  DraftOptionsError,
  fillTemplate,
  renderDraft,
  sheetRows,
  type DraftGap,
  type SheetRow,
  type UnfilledSlot,
} from "../../core/draft";
import type { Fact, Period } from "../../core/facts";
import { Dec, tryParseFigure } from "../../core/numbers";
import { readFacts, type WorkbookGrid } from "../../core/templates/read-back";
import { NARRATIVE_SHEET } from "../../core/templates/report-sheets";
import { detectReportYear, segment } from "../../core/text";
import { flagString, parseArgs, yearFlag } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { writeFileAtomic } from "../atomic-write";
import { readTextFile, readWorkbookBytes } from "../read-text";

const USAGE_ZH =
  "用法：fa draft 工作簿.xlsx | --facts 数据.json [--template 模板.txt] [-o 说明.txt] [--force]\n" +
  "        [--into-book 副本.xlsx] [--year 2020] [--name 单位名称] [--decimals 2] [--unit 万元|元]\n" +
  "        [--omit-zeros] [--share-rounding plain|largest-remainder]";
const USAGE_EN =
  "usage: fa draft BOOK.xlsx | --facts FACTS.json [--template TEMPLATE.txt] [-o OUT.txt] [--force]\n" +
  "        [--into-book COPY.xlsx] [--year 2020] [--name UNIT] [--decimals 2] [--unit 万元|元]\n" +
  "        [--omit-zeros] [--share-rounding plain|largest-remainder]";

const PERIODS: readonly Period[] = ["current", "prior", "budget"];

/**
 * `fa draft`: drafts 第二部分 of the 说明 from the tables of a workbook (or a facts file),
 * or fills the blanks and alternatives of a template text. Prints the text, or writes it
 * to -o (never over an existing file without --force); what could not be drafted or
 * filled is listed on stderr in both languages. With --into-book, writes a copy of the
 * workbook whose 说明 sheet holds the draft as live formulas over its template cells.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {
    values: [
      "template",
      "output",
      "facts",
      "year",
      "name",
      "decimals",
      "unit",
      "share-rounding",
      "into-book",
    ],
    booleans: ["force", "omit-zeros"],
  });
  const book = args.positional[0];
  const factsFile = flagString(args, "facts");
  const intoBook = flagString(args, "into-book");
  if (args.positional.length > 1 || (book === undefined) === (factsFile === undefined)) {
    throw new UsageError(USAGE_ZH, USAGE_EN);
  }
  if (intoBook !== undefined && (book === undefined || flagString(args, "template"))) {
    throw new UsageError(
      "--into-book 需要一个工作簿（公式引用其中的报表单元格），且不能与 --template 同用",
      "--into-book needs a workbook (the formulas refer to its table cells) and cannot be used with --template",
    );
  }
  if (intoBook !== undefined && !args.flags.has("force"))
    await refuseExisting(resolve(io.cwd, intoBook));
  const { facts, year, source } = book
    ? await readBook(resolve(io.cwd, book), yearFlag(args))
    : {
        facts: await readFactsJson(resolve(io.cwd, factsFile!)),
        year: yearFlag(args),
        source: undefined,
      };
  const templateFile = flagString(args, "template");
  const template = templateFile ? await readTextFile(resolve(io.cwd, templateFile)) : undefined;
  const percentDecimals = parseDecimals(flagString(args, "decimals"));

  let text: string;
  if (template !== undefined) {
    const result = fillTemplate(template, facts, { percentDecimals });
    text = result.text;
    reportUnfilled(result.unfilled, template, io);
  } else {
    const draft = draftWith(facts, year, args.flags, percentDecimals);
    const rendered = renderDraft(draft, facts);
    text = rendered.text;
    reportGaps(rendered.gaps, io);
    if (intoBook !== undefined && source) {
      const rows = sheetRows(draft, facts, cellsOfFacts(facts));
      const { writeDraftIntoBook } = await import("./draft-book");
      const result = await writeDraftIntoBook(
        source,
        rows,
        resolve(io.cwd, intoBook),
        args.flags.has("force"),
      );
      reportBook(intoBook, rows, result, io);
    }
  }

  const output = flagString(args, "output");
  // The text is in the book's 说明 sheet: print it only when asked for with -o.
  if (intoBook !== undefined && output === undefined) return EXIT.ok;
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  await writeOutput(resolve(io.cwd, output), text, args.flags.has("force"));
  io.stderr(`已写入 ${output}\nWritten to ${output}\n`);
  return EXIT.ok;
}

function draftWith(
  facts: Fact[],
  year: number | undefined,
  flags: Map<string, string | true>,
  percentDecimals: number | undefined,
) {
  const get = (name: string) => {
    const v = flags.get(name);
    return typeof v === "string" ? v : undefined;
  };
  if (year === undefined) {
    throw new UsageError(
      "请用 --year 指定报告年度（如 --year 2020）",
      "Give the report year with --year (e.g. --year 2020)",
    );
  }
  const unit = get("unit") ?? "万元";
  if (unit !== "万元" && unit !== "元") {
    throw new UsageError(`--unit 只能是 万元 或 元：${unit}`, `--unit must be 万元 or 元: ${unit}`);
  }
  const shareRounding = get("share-rounding") ?? "plain";
  if (shareRounding !== "plain" && shareRounding !== "largest-remainder") {
    throw new UsageError(
      `--share-rounding 只能是 plain 或 largest-remainder：${shareRounding}`,
      `--share-rounding must be plain or largest-remainder: ${shareRounding}`,
    );
  }
  try {
    return draftNarrative(facts, {
      reportYear: year,
      unitName: get("name"),
      percentDecimals,
      unit,
      listZeros: !flags.has("omit-zeros"),
      shareRounding,
    });
  } catch (e) {
    if (e instanceof DraftOptionsError) throw new UsageError(e.zh, e.en);
    throw e;
  }
}

function parseDecimals(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d$/.test(text) || n > 6) {
    throw new UsageError(
      `--decimals 应为0到6的整数：${text}`,
      `--decimals must be an integer from 0 to 6: ${text}`,
    );
  }
  return n;
}

/**
 * The facts of a workbook, and its report year: the one given, else the one its 说明 sheet
 * names (a workbook from `fa build` or the add-in carries the narrative it was built from).
 */
async function readBook(
  path: string,
  given: number | undefined,
): Promise<{ facts: Fact[]; year: number | undefined; source: Buffer }> {
  if (!/\.xlsx$/i.test(path)) {
    throw new UsageError(
      `工作簿应为 .xlsx 文件：${path}`,
      `The workbook must be an .xlsx file: ${path}`,
    );
  }
  const { readGrid } = await import("../xlsx/read-grid");
  let grid: WorkbookGrid;
  const source = await readWorkbookBytes(path);
  try {
    grid = await readGrid(source);
  } catch {
    throw new UsageError(`无法读取工作簿：${path}`, `Cannot read the workbook: ${path}`);
  }
  const narrative = grid.sheets.find((s) => s.name === NARRATIVE_SHEET);
  // Paragraphs are in column A (fa build and the add-in alike); B holds findings.
  const lines = (narrative?.values ?? []).flatMap((row) =>
    typeof row[0] === "string" ? [row[0]] : [],
  );
  const year = given ?? detectReportYear(segment(lines.join("\n")))?.year;
  return { facts: readFacts(grid, { year }), year, source };
}

/**
 * A facts file: a JSON array of {metric, period, value} with value in 万元, as a string
 * (“1414.49”) or a number. Rejects the whole file on the first bad entry, naming it.
 */
export async function readFactsJson(path: string): Promise<Fact[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readTextFile(path));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`不是有效的 JSON：${path}`, `Not valid JSON: ${path}`);
  }
  if (!Array.isArray(data)) {
    throw new UsageError(
      `数据文件应为数组：${path}`,
      `The facts file must be a JSON array: ${path}`,
    );
  }
  return data.map((entry: unknown, i): Fact => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const where = `${path} #${i + 1}`;
    if (typeof e.metric !== "string" || e.metric === "") {
      throw new UsageError(`${where}：缺少 metric`, `${where}: metric is missing`);
    }
    const period = (e.period ?? "current") as Period;
    if (!PERIODS.includes(period)) {
      throw new UsageError(
        `${where}：period 应为 current、prior 或 budget`,
        `${where}: period must be current, prior or budget`,
      );
    }
    const figure =
      typeof e.value === "string" || typeof e.value === "number"
        ? tryParseFigure(String(e.value))
        : null;
    if (!figure || (figure.unit !== null && figure.unit !== "万元")) {
      throw new UsageError(
        `${where}：value 应为以万元计的数字`,
        `${where}: value must be a number in 万元`,
      );
    }
    return { metric: e.metric, period, value: new Dec(figure.value) };
  });
}

/** Fails before any work when the output exists and --force was not given. */
async function refuseExisting(path: string): Promise<void> {
  try {
    await access(path);
  } catch {
    return;
  }
  throw new UsageError(
    `文件已存在：${path}（用 --force 覆盖）`,
    `File exists: ${path} (use --force to overwrite)`,
  );
}

async function writeOutput(path: string, text: string, force: boolean): Promise<void> {
  try {
    await writeFileAtomic(path, text, { overwrite: force });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") {
      throw new UsageError(
        `文件已存在：${path}（用 --force 覆盖）`,
        `File exists: ${path} (use --force to overwrite)`,
      );
    }
    throw new UsageError(`无法写入：${path}`, `Cannot write: ${path}`);
  }
}

/** What went into the book: live paragraphs, those written as text and why, what was replaced. */
function reportBook(
  out: string,
  rows: readonly SheetRow[],
  result: { live: number; replaced: number | null },
  io: CliIO,
): void {
  const text = rows.filter((r) => !r.formula && r.fallback);
  io.stderr(
    `已写入 ${out}：“说明”工作表 ${rows.length} 段，其中 ${result.live} 段为实时公式` +
      (text.length ? `，${text.length} 段为文字` : "") +
      (result.replaced !== null ? `（替换了副本中原有的 ${result.replaced} 段说明）` : "") +
      `\nWritten to ${out}: a 说明 sheet of ${rows.length} paragraphs, ${result.live} of them live formulas` +
      (text.length ? `, ${text.length} text` : "") +
      (result.replaced !== null
        ? ` (the copy's previous 说明 sheet of ${result.replaced} paragraphs was replaced)`
        : "") +
      "\n",
  );
  for (const r of text) io.stderr(`  [${r.id}] ${r.fallback!.zh}\n    ${r.fallback!.en}\n`);
}

function reportGaps(gaps: readonly DraftGap[], io: CliIO): void {
  if (gaps.length === 0) return;
  io.stderr(`未能起草的内容 ${gaps.length} 处 / ${gaps.length} gap(s) in the draft:\n`);
  for (const g of gaps)
    io.stderr(`  ${g.paragraph ? `[${g.paragraph}] ` : ""}${g.zh}\n    ${g.en}\n`);
}

function reportUnfilled(unfilled: readonly UnfilledSlot[], template: string, io: CliIO): void {
  if (unfilled.length === 0) return;
  const doc = segment(template);
  io.stderr(`未能填写 ${unfilled.length} 处 / ${unfilled.length} blank(s) left unfilled:\n`);
  for (const u of unfilled) {
    const { line, column } = doc.lineCol(u.span.start);
    io.stderr(`  ${line}:${column} “${u.text}” ${u.reason.zh}\n    ${u.reason.en}\n`);
  }
}
