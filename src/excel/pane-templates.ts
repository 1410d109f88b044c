/*
 * The template tables as the task pane uses them: insert or update the sheets, fill them
 * from the 说明 sheet or a data file, read them back for the check and the drafter. What
 * the sheets look like is decided in src/core/templates; insertTemplates writes it.
 *
 * Every write starts from what the workbook already holds (the values typed into the
 * template sheets, read back through the same definitions), so that filling one source
 * never empties what another filled, and a non-empty cell is changed only with consent:
 * every sheet is planned first, and when a cell holds something different the workbook is
 * left untouched until the user answers (keep those cells, overwrite them, or cancel).
 */
import { reportTableData } from "../core/pdf/table-data";
import type { PrintedTable } from "../core/pdf/table-regions";
import { readDataFile, asPrior, type DataProblem } from "../core/templates/data";
import { buildTemplateBook, type TemplateBook } from "../core/templates/book";
import { catalogueFor } from "../core/templates/catalogue";
import { emptyFillData, mergeFillData, type FillData } from "../core/templates/fill-data";
import { fillFromNarrative } from "../core/templates/fill/from-narrative";
import { chartSheetLayout } from "../core/templates/charts";
import { layoutWorkbook } from "../core/templates/layout";
import { precisionRecords } from "../core/templates/provenance";
import { factsFromBook, readWorkbook, type WorkbookGrid } from "../core/templates/read-back";
import { reconcile } from "../core/templates/reconcile";
import { TEMPLATE_SETS, templateSetFor } from "../core/templates/sets";
import type { TemplateSet } from "../core/templates/types";
import type { ExternalReference } from "../core/templates/external-refs";
import type { Fact } from "../core/facts";
import type { Finding } from "../core/findings";
import type { ExcelRun } from "./host-support";
import { insertCharts } from "./insert-charts";
import {
  insertTemplates,
  type Approval,
  type Conflict,
  type InsertResult,
} from "./insert-templates";
import { joinRows, readNarrative } from "./narrative-sheet";
import { readTemplateGrid } from "./read-templates";
import { saveSettings, type WorkbookState } from "./workbook-state";

export interface TemplateSetInfo {
  id: string;
  year: number;
  name: { zh: string; en: string };
}

export interface TemplateOptions {
  setId: string;
  unit: string;
  year: number;
}

/** A non-empty cell the write would change, left as it is until the user agrees. */
export interface CellConflict {
  sheet: string;
  cell: string;
  current: string;
  next: string;
  /** What the cell held when listed: the user's consent is for that content only. */
  seen: unknown;
  /**
   * The user had agreed to overwrite this cell, but it changed before the write (a
   * co-author's edit): listed again with what it holds now.
   */
  changed?: boolean;
}

export type WritePhase = "reading" | "writing";

export interface WriteOutcome {
  /** Cells written. */
  written: number;
  created: string[];
  /**
   * With `answer`: the cells the write would change, nothing written yet. Without: the
   * cells left as they were (the user chose to keep them).
   */
  conflicts: CellConflict[];
  /** Problems of the input (a data file's unknown codes …): nothing was written. */
  problems: Array<{ zh: string; en: string }>;
  /**
   * Present when nothing was written because cells hold something different: the user's
   * answer writes. Not calling either (cancel) leaves the workbook as it was.
   */
  answer?: WriteAnswer;
}

export interface WriteAnswer {
  /** Writes everything except the conflicting cells (and any cell that conflicts by then). */
  keep(): Promise<WriteOutcome>;
  /**
   * Writes everything, the listed cells included while each holds what was listed; when
   * one changed since, nothing is written and the outcome asks again.
   */
  overwrite(cells: readonly CellConflict[]): Promise<WriteOutcome>;
}

export type FillSource =
  | { kind: "narrative" }
  /** A data file's values, or (prior) 上年数 from a second file. */
  | { kind: "file" | "prior"; name: string; text: string }
  /** A published report's tables (a PDF's or a .docx's), as its reader found them. */
  | { kind: "file" | "prior"; name: string; tables: readonly PrintedTable[] };

/** The template writer as the pane uses it. */
export interface TemplatesApi {
  sets: readonly TemplateSetInfo[];
  /** The set for a report year (the newest not newer than it). */
  setFor(year: number): string;
  insert(options: TemplateOptions, progress: (phase: WritePhase) => void): Promise<WriteOutcome>;
  /** The 图表 sheet and its native charts over the inserted tables (replacing the add-in's earlier ones). */
  insertCharts(
    options: TemplateOptions,
    progress: (phase: WritePhase) => void,
  ): Promise<WriteOutcome>;
  fill(
    source: FillSource,
    options: TemplateOptions,
    progress: (phase: WritePhase) => void,
  ): Promise<WriteOutcome>;
  saveOptions(options: TemplateOptions): Promise<WorkbookState>;
}

/** What the check takes from the tables. */
export interface TablesReading {
  /** Sheets whose edits change the tables' facts. */
  sheets: ReadonlySet<string>;
  facts: Fact[];
  findings: Finding[];
  /** Cells skipped because their formula reads another workbook (the pane warns of them). */
  external: ExternalReference[];
}

function setById(id: string, year: number): TemplateSet {
  return TEMPLATE_SETS.find((s) => s.id === id) ?? templateSetFor(year);
}

function bookOptions(options: TemplateOptions) {
  return {
    set: setById(options.setId, options.year),
    year: options.year,
    unit: options.unit || undefined,
  };
}

/**
 * The template sheets' contents (and the state sheet's precision records) as a grid
 * anchored at A1. Formulas, not values: what the user typed is data, what a formula
 * computes is the template's (and the engine computes it again from the same
 * definitions). Two syncs.
 */
function readGrid(context: Excel.RequestContext, set: TemplateSet): Promise<WorkbookGrid> {
  return readTemplateGrid(
    context,
    set.tables.map((t) => t.sheet),
    "formulas",
  );
}

function shown(v: unknown): string {
  return v === null || v === undefined || v === "" ? "（空）" : String(v);
}

function conflictOf(c: Conflict, approved: readonly Approval[]): CellConflict {
  const where = `${c.sheet}!${c.cell}`;
  return {
    sheet: c.sheet,
    cell: c.cell,
    current: shown(c.existing),
    next: shown(c.proposed),
    seen: c.existing,
    ...(approved.some((a) => a.cell === where) ? { changed: true } : {}),
  };
}

function problemOf(p: DataProblem): { zh: string; en: string } {
  const line = /^\d+$/.test(p.where);
  return {
    zh: `${line ? `第${p.where}行` : p.where}：${p.zh}`,
    en: `${line ? `line ${p.where}` : p.where}: ${p.en}`,
  };
}

/**
 * The options the workbook was set up with (saved by the 模板 tab); a workbook built
 * elsewhere (the CLI) has none and is read with the set of its year, 2020 by default.
 */
export function optionsFromSettings(settings: WorkbookState["settings"]): TemplateOptions {
  const stored = Number(settings.year);
  const year = Number.isInteger(stored) && stored > 1900 ? stored : templateSetFor().year;
  return {
    setId: settings.templateSet ?? templateSetFor(year).id,
    unit: settings.unit ?? "",
    year,
  };
}

export function excelTemplates(run: ExcelRun) {
  const readBook = (
    options: TemplateOptions,
  ): Promise<{ book: TemplateBook | null; external: ExternalReference[] }> =>
    run(async (context) => {
      const grid = await readGrid(context, setById(options.setId, options.year));
      return {
        book: grid.sheets.length ? readWorkbook(grid, bookOptions(options)) : null,
        external: grid.external ?? [],
      };
    });
  const read = async (options: TemplateOptions) => (await readBook(options)).book;

  /** Writes the tables holding what the workbook has, overlaid with `incoming`. */
  const write = async (
    options: TemplateOptions,
    incoming: FillData | null,
    progress: (phase: WritePhase) => void,
  ): Promise<WriteOutcome> => {
    progress("reading");
    const existing = await read(options);
    const data = mergeFillData(existing?.data ?? emptyFillData(), incoming ?? emptyFillData());
    const book = buildTemplateBook(data, bookOptions(options));
    const layout = layoutWorkbook(book);
    // Which values are printed figures goes into the state sheet with them, so that a
    // total of rounded figures is read back as rounded (see core/templates/provenance.ts).
    const precision = precisionRecords(book, layout);
    return withConsent(progress, (approved, onConflict) =>
      run((context) => insertTemplates(context, layout, { approved, precision, onConflict })),
    );
  };

  /**
   * Runs a write planned in full, which writes only when no cell is left to ask about or
   * whatever remains is to be kept. The user's answer runs it again, so that a cell changed
   * in between (a co-author's edit) is planned from what it holds then: kept, or asked
   * about again, never overwritten unseen.
   */
  const withConsent = (
    progress: (phase: WritePhase) => void,
    writeOnce: (
      approved: readonly Approval[],
      onConflict: "keep" | "stop",
    ) => Promise<InsertResult>,
  ): Promise<WriteOutcome> => {
    const attempt = async (approved: readonly Approval[], ask: boolean): Promise<WriteOutcome> => {
      progress("writing");
      const result = await writeOnce(approved, ask ? "stop" : "keep");
      const conflicts = result.conflicts.map((c) => conflictOf(c, approved));
      const outcome: WriteOutcome = {
        written: result.cellsWritten,
        created: result.createdSheets,
        conflicts,
        problems: [],
      };
      if (result.stopped)
        outcome.answer = {
          keep: () => attempt(approved, false),
          overwrite: (cells) =>
            attempt(
              [
                ...approved.filter((a) => !cells.some((c) => a.cell === `${c.sheet}!${c.cell}`)),
                ...cells.map((c) => ({ cell: `${c.sheet}!${c.cell}`, seen: c.seen })),
              ],
              true,
            ),
        };
      return outcome;
    };
    return attempt([], true);
  };

  /** The charts over the tables the workbook holds: they must be inserted first. */
  const writeCharts = async (
    options: TemplateOptions,
    progress: (phase: WritePhase) => void,
  ): Promise<WriteOutcome> => {
    progress("reading");
    const book = await read(options);
    const charts = book && chartSheetLayout(book, layoutWorkbook(book));
    if (!charts)
      return {
        written: 0,
        created: [],
        conflicts: [],
        problems: [
          {
            zh: book ? "此模板套没有图表定义。" : "工作簿中还没有模板表：请先插入模板表。",
            en: book
              ? "This template set defines no charts."
              : "The workbook has no template tables yet: insert the tables first.",
          },
        ],
      };
    return withConsent(progress, (approved, onConflict) =>
      run((context) => insertCharts(context, charts, { approved, onConflict })),
    );
  };

  const api: TemplatesApi = {
    sets: TEMPLATE_SETS.map((s) => ({ id: s.id, year: s.year, name: s.name })),
    setFor: (year) => templateSetFor(year).id,
    insert: (options, progress) => write(options, null, progress),
    insertCharts: writeCharts,
    fill: async (source, options, progress) => {
      const set = setById(options.setId, options.year);
      let incoming: FillData;
      if (source.kind === "narrative") {
        progress("reading");
        const rows = await run((context) => readNarrative(context));
        incoming = fillFromNarrative(joinRows(rows ?? []).text, set).data;
      } else {
        const catalogue = catalogueFor(options.year);
        const { data, problems } =
          "tables" in source
            ? reportTableData(source.tables, source.name, set, catalogue)
            : readDataFile(source.text, {
                format: /\.json$/i.test(source.name) ? "json" : "csv",
                set,
                catalogue,
                file: source.name,
              });
        if (problems.length)
          return { written: 0, created: [], conflicts: [], problems: problems.map(problemOf) };
        incoming = source.kind === "prior" ? asPrior(data) : data;
      }
      return write(options, incoming, progress);
    },
    saveOptions: (options) =>
      run((context) =>
        saveSettings(context, {
          templateSet: options.setId,
          unit: options.unit,
          year: String(options.year),
        }),
      ),
  };

  /** The tables' facts and reconciliation findings, for the check (none before the tables are inserted). */
  const readTables = async (settings: WorkbookState["settings"]): Promise<TablesReading> => {
    const options = optionsFromSettings(settings);
    const { book, external } = await readBook(options);
    return {
      // Watched even before they exist, so that live checking notices the tables arriving.
      sheets: new Set(setById(options.setId, options.year).tables.map((t) => t.sheet)),
      facts: book ? factsFromBook(book) : [],
      findings: book ? reconcile(book) : [],
      external,
    };
  };

  return { api, readTables };
}
