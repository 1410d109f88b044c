import { access } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { check } from "../../core/check";
import { compareFindings, type Finding } from "../../core/findings";
import { buildTemplateBook } from "../../core/templates/book";
import {
  catalogueFor,
  validateCatalogueFile,
  type CatalogueFile,
} from "../../core/templates/catalogue";
import { asPrior, readDataFile, type DataProblem } from "../../core/templates/data";
import {
  emptyFillData,
  mergeFillData,
  tablesIn,
  valuesBeyondExcel,
  withoutTables,
  type FillData,
  type Given,
} from "../../core/templates/fill-data";
import { fillFromNarrative } from "../../core/templates/fill/from-narrative";
import { fieldKey } from "../../core/templates/kinds";
import { CHART_SHEET, chartSheetLayout } from "../../core/templates/charts";
import { layoutWorkbook } from "../../core/templates/layout";
import { precisionRecords } from "../../core/templates/provenance";
import { factsFromBook } from "../../core/templates/read-back";
import { reconcile } from "../../core/templates/reconcile";
import { findingsSheetLayout, narrativeSheetLayout } from "../../core/templates/report-sheets";
import { DEFAULT_YEAR, templateSetFor } from "../../core/templates/sets";
import type { NarrativeDocument } from "../../core/text/types";
import { flagString, parseArgs, yearFlag } from "../args";
import { detectReportYear } from "../../core/text/report-year";
import { EXIT, UsageError, type CliIO } from "../io";
import { writeFileAtomic } from "../atomic-write";
import { decodeText, readInputBytes, readTextFile } from "../read-text";
import { addCharts } from "../xlsx/charts";
import { renderWorkbook, workbookBuffer } from "../xlsx/write-workbook";
import { reportTableData } from "../../core/pdf/table-data";
import { isReport, readReport } from "../pdf-input";

const USAGE_ZH =
  "用法：fa build 说明.txt|决算公开.pdf|.docx [--data 数据.csv|数据.json] [--prior 上年.csv|上年决算公开.pdf|.docx] [--unit 单位名称] [--year 2020] [--catalogue 科目扩展.json] -o 工作簿.xlsx [--force]";
const USAGE_EN =
  "usage: fa build NARRATIVE.txt|REPORT.pdf|.docx [--data rows.csv|rows.json] [--prior prior.csv|prior-report.pdf|.docx] [--unit NAME] [--year 2020] [--catalogue extra.json] -o BOOK.xlsx [--force]";

type Io = { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string };

/**
 * `fa build`: the standard tables filled from a narrative and/or a data file, written as
 * .xlsx with live formulas, the analysis block, a 说明 sheet and a 检查结果 sheet.
 * Exit 0 when the tables reconcile, 1 when a reconciliation error is found, 2 for bad
 * usage or input (a data file with problems writes nothing).
 */
export async function run(argv: string[], io: Io | CliIO): Promise<number> {
  const args = parseArgs(argv, {
    values: ["data", "prior", "unit", "year", "output", "catalogue"],
    booleans: ["force"],
  });
  const output = flagString(args, "output");
  const narrativePath = args.positional[0];
  const dataPath = flagString(args, "data");
  if (!output || args.positional.length > 1 || (!narrativePath && !dataPath)) {
    throw new UsageError(USAGE_ZH, USAGE_EN);
  }
  const givenYear = yearFlag(args);
  const outPath = resolve(io.cwd, output);
  const force = args.flags.has("force");
  if (!force && (await exists(outPath))) {
    throw new UsageError(
      `输出文件已存在：${output}（加 --force 覆盖）`,
      `The output file exists: ${output} (add --force to overwrite)`,
    );
  }

  // A published report (PDF or Word) gives both the narrative and, as a data file would,
  // the tables.
  const pdf =
    narrativePath && isReport(narrativePath)
      ? await readReport(resolve(io.cwd, narrativePath), narrativePath, io)
      : undefined;
  const text = pdf
    ? pdf.text
    : narrativePath
      ? await readTextFile(resolve(io.cwd, narrativePath))
      : "";
  const checked = narrativePath ? check(text, { reportYear: givenYear }) : undefined;
  const doc: NarrativeDocument | undefined = checked?.doc;
  // The year given, else the one the narrative is about; 2020 (the default set) without either.
  const year = givenYear ?? (doc && detectReportYear(doc)?.year) ?? DEFAULT_YEAR;
  const set = templateSetFor(year);
  const extension = flagString(args, "catalogue");
  const catalogue = catalogueFor(
    year,
    extension ? await readCatalogue(resolve(io.cwd, extension)) : undefined,
  );
  let narrativeFindings: Finding[] = checked?.findings ?? [];
  const fromNarrative: FillData = checked
    ? fillFromNarrative({ doc: checked.doc, claims: checked.claims }, set).data
    : emptyFillData();

  const problems: DataProblem[] = [];
  const read = async (path: string) => {
    const full = resolve(io.cwd, path);
    if (isReport(path)) {
      const report = await readReport(full, path, io);
      const r = reportTableData(report.tables ?? [], path, set, catalogue);
      problems.push(...r.problems);
      return r.data;
    }
    const format = extname(path).toLowerCase() === ".json" ? "json" : "csv";
    const content = decodeText(await readBytes(full, path), path);
    const r = readDataFile(content, { format, file: basename(path), set, catalogue });
    problems.push(...r.problems);
    return r.data;
  };
  const fromPdf =
    pdf?.tables && narrativePath
      ? reportTableData(pdf.tables, narrativePath, set, catalogue)
      : undefined;
  problems.push(...(fromPdf?.problems ?? []));
  const fromData = mergeFillData(
    fromPdf?.data ?? emptyFillData(),
    dataPath ? await read(dataPath) : emptyFillData(),
  );
  const priorPath = flagString(args, "prior");
  const fromPrior = priorPath ? asPrior(await read(priorPath)) : emptyFillData();
  if (problems.length) {
    io.stderr(
      `数据文件有 ${problems.length} 个问题，未写入任何内容：\nThe data has ${problems.length} problem(s); nothing was written:\n` +
        problems.map((p) => `  ${p.zh}\n  ${p.en}\n`).join(""),
    );
    return EXIT.usage;
  }

  // A data file gives whole tables: the narrative fills only the tables it leaves out.
  const data = mergeFillData(withoutTables(fromNarrative, tablesIn(fromData)), fromData, fromPrior);
  const beyond = valuesBeyondExcel(data);
  if (beyond.length) {
    const where = (g: Given) =>
      g.source.kind === "narrative" && doc
        ? `${narrativePath}:${doc.lineCol(g.source.span.start).line}`
        : g.source.kind === "data"
          ? `${g.source.file}:${g.source.line}`
          : "";
    io.stderr(
      `以下金额超出 Excel 的 15 位有效数字，未写入任何内容：\nThese amounts have more than the 15 significant digits Excel keeps; nothing was written:\n` +
        beyond.map((g) => `  ${where(g)}  ${g.value.toSignificantDigits(6).toString()}\n`).join(""),
    );
    return EXIT.usage;
  }
  const unit = flagString(args, "unit") ?? fromData.unit ?? unitFromPerformance(data) ?? "";
  const book = buildTemplateBook(data, { year, set, catalogue, unit });
  const reconciliation = reconcile(book);
  // The narrative is checked against the tables as written: a data file's figures, and
  // the totals the sheets compute from the narrative's own (rounded) figures.
  if (doc)
    narrativeFindings = check(text, { reportYear: givenYear, facts: factsFromBook(book) }).findings;
  const findings: Finding[] = [...narrativeFindings, ...reconciliation].sort(compareFindings);

  const layout = layoutWorkbook(book);
  const sheets = [...layout.sheets];
  const charts = chartSheetLayout(book, layout);
  if (charts) sheets.push(charts.sheet);
  if (doc) sheets.push(narrativeSheetLayout(doc, findings));
  sheets.push(findingsSheetLayout(findings, doc));
  const tables = await workbookBuffer(
    renderWorkbook(sheets, layout.names, precisionRecords(book, layout)),
  );
  const buffer = charts ? await addCharts(tables, CHART_SHEET, charts.charts) : tables;
  try {
    await writeFileAtomic(outPath, buffer, { overwrite: force });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new UsageError(`无法写入 ${output}：${detail}`, `Cannot write ${output}: ${detail}`);
  }

  const count = (list: readonly Finding[], s: Finding["severity"]) =>
    list.filter((f) => f.severity === s).length;
  const errors = count(reconciliation, "error");
  io.stdout(
    `已写入 ${output}：${book.models.length} 张表${doc ? "、说明" : ""}、检查结果。\n` +
      `表间核对：错误 ${errors}，警告 ${count(reconciliation, "warning")}，提示 ${count(reconciliation, "info")}；` +
      `说明检查：${findings.length - reconciliation.length} 条。\n` +
      `Wrote ${output}: ${book.models.length} tables${doc ? ", 说明" : ""}, 检查结果.\n` +
      `Reconciliation: ${errors} error(s), ${count(reconciliation, "warning")} warning(s), ${count(reconciliation, "info")} info; ` +
      `narrative: ${findings.length - reconciliation.length} finding(s).\n`,
  );
  for (const f of reconciliation.filter((x) => x.severity !== "info")) {
    io.stdout(`  [${f.severity}] ${f.cell ? `${f.cell.sheet}!${f.cell.cell} ` : ""}${f.message}\n`);
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function readBytes(full: string, shown: string): Promise<Uint8Array> {
  return readInputBytes(full, shown);
}

async function readCatalogue(path: string): Promise<CatalogueFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeText(await readBytes(path, path), path));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `科目表扩展文件不是有效的 JSON：${path}`,
      `The catalogue extension is not valid JSON: ${path}`,
    );
  }
  const problems = validateCatalogueFile(parsed);
  if (problems.length) {
    throw new UsageError(
      problems.map((p) => p.zh).join("；"),
      problems.map((p) => p.en).join("; "),
    );
  }
  return parsed as CatalogueFile;
}

/** The 预算单位 of a pasted performance table, when the user gave no --unit. */
function unitFromPerformance(data: FillData): string | undefined {
  return data.texts.get(fieldKey("unit"));
}
