/*
 * One check, from the workbook to the list and the marks: read the 说明 sheet (and the
 * tables, when a reader for them is given), run the engine, attach waivers, and put the
 * marks on the cells. The live path keeps the last rows and state and re-reads only the
 * paragraphs that changed — and, when the 说明 was drafted as live formulas, the drafted
 * paragraphs after a table edit: Excel recalculates them without a change event of their
 * own. No React here: the benchmark and the tests drive it directly.
 */
import { causeNote } from "../core/causes/note";
import { check } from "../core/check";
import { formulaReferences } from "../core/draft/references";
import type { Finding } from "../core/findings";
import type { NarrativeDocument } from "../core/text/types";
import { isWriteDenied } from "../excel/host-support";
import { classifyChanges, type SheetChange } from "../excel/live";
import { groupMarks, type MarkOutcome } from "../excel/marks";
import { NARRATIVE_SHEET, joinRows, type JoinedNarrative } from "../excel/narrative-sheet";
import type { TablesReading } from "../excel/pane-templates";
import type { PaneWorkbook } from "../excel/pane-workbook";
import { STATE_SHEET, type WorkbookState } from "../excel/workbook-state";
import { viewFindings, type FindingView } from "./findings-view";
import type { Lang } from "./i18n";
import { STRINGS } from "./i18n";

/** Reads the template tables from the workbook, as its settings say they were set up. */
export type TablesReader = (settings: WorkbookState["settings"]) => Promise<TablesReading>;

export type MarkStatus =
  | { kind: "marked"; outcome: MarkOutcome }
  /** The workbook may not be written (reviewer without edit rights, protected sheet). */
  | { kind: "readOnly" }
  | { kind: "failed"; error: unknown };

export interface CheckOutcome {
  hasNarrative: boolean;
  rows: string[];
  /** The drafted paragraphs' formulas, by row: where their figures come from. */
  formulas: Map<number, string>;
  joined: JoinedNarrative;
  doc: NarrativeDocument;
  findings: Finding[];
  views: FindingView[];
  state: WorkbookState;
  tables: TablesReading | null;
  marks: MarkStatus;
}

export interface CheckerOptions {
  lang: Lang;
  tables?: TablesReader;
  /** Known before trying (Office says the document is read-only): skip the marks at once. */
  readOnly?: boolean;
}

export class Checker {
  private rows: string[] = [];
  private formulas = new Map<number, string>();
  private hasNarrative = false;
  private state: WorkbookState | null = null;
  private tables: TablesReading | null = null;
  private readOnly: boolean;

  constructor(
    private readonly workbook: PaneWorkbook,
    private readonly options: CheckerOptions,
  ) {
    this.readOnly = options.readOnly ?? false;
  }

  /** Reads everything again and checks. */
  async full(): Promise<CheckOutcome> {
    const snap = await this.workbook.snapshot();
    this.rows = snap.narrative ?? [];
    this.formulas = snap.narrativeFormulas;
    this.hasNarrative = snap.narrative !== null;
    this.state = snap.state;
    this.tables = (await this.options.tables?.(snap.state.settings)) ?? null;
    return this.evaluate();
  }

  /** The sheets the drafted paragraphs read (other than the 说明 sheet itself). */
  private formulaSheets(): Set<string> {
    const sheets = new Set<string>();
    for (const f of this.formulas.values())
      for (const ref of formulaReferences(f, NARRATIVE_SHEET)) sheets.add(ref.sheet);
    sheets.delete(NARRATIVE_SHEET);
    return sheets;
  }

  /** Re-reads what `changes` touched and checks; a full check when nothing was read before. */
  async update(changes: readonly SheetChange[]): Promise<CheckOutcome | null> {
    if (!this.state) return this.full();
    const scope = classifyChanges(changes, this.tables?.sheets ?? new Set(), this.formulaSheets());
    // A co-author's waiver arrives through the state sheet; the add-in's own writes there do not count.
    const remoteState = changes.some((c) => c.sheet === STATE_SHEET && c.source === "Remote");
    const drafted = scope.formulas ? [...this.formulas.keys()] : [];
    if (scope.narrative === null && !scope.tables && !remoteState && drafted.length === 0)
      return null;
    if (scope.narrative === "all") {
      const snap = await this.workbook.snapshot();
      this.rows = snap.narrative ?? [];
      this.formulas = snap.narrativeFormulas;
      this.hasNarrative = snap.narrative !== null;
      this.state = snap.state;
    } else if (scope.narrative || drafted.length > 0) {
      // Edited paragraphs and recalculated ones in one read.
      const rows = [...new Set([...(scope.narrative ?? []), ...drafted])].sort((a, b) => a - b);
      const changed = await this.workbook.readParagraphs(rows);
      for (const [row, cell] of changed) {
        this.rows[row] = cell.text;
        if (cell.formula === null) this.formulas.delete(row);
        else this.formulas.set(row, cell.formula);
      }
      this.rows = Array.from(this.rows, (r) => r ?? "");
      while (this.rows.length > 0 && this.rows[this.rows.length - 1] === "") this.rows.pop();
      if (scope.narrative) this.hasNarrative = true;
    }
    if (remoteState && scope.narrative !== "all") this.state = await this.workbook.readState();
    if (scope.tables) this.tables = (await this.options.tables?.(this.state.settings)) ?? null;
    return this.evaluate();
  }

  /** Waivers changed (this user's, just saved): list and marks again, nothing re-read. */
  async withState(state: WorkbookState): Promise<CheckOutcome> {
    this.state = state;
    return this.evaluate();
  }

  private async evaluate(): Promise<CheckOutcome> {
    const state = this.state as WorkbookState;
    const joined = joinRows(this.rows);
    const year = Number(state.settings.year);
    const result = check(joined.text, {
      reportYear: Number.isInteger(year) && year > 1900 ? year : undefined,
      facts: this.tables?.facts.length ? this.tables.facts : undefined,
    });
    const findings = [...result.findings, ...(this.tables?.findings ?? [])];
    const views = viewFindings(findings, state.waivers, {
      rows: this.rows,
      joined,
      doc: result.doc,
      formulas: this.formulas,
      facts: this.tables?.facts,
    });
    const marks = await this.mark(views, state);
    return {
      hasNarrative: this.hasNarrative,
      rows: [...this.rows],
      formulas: new Map(this.formulas),
      joined,
      doc: result.doc,
      findings,
      views,
      state,
      tables: this.tables,
      marks,
    };
  }

  private async mark(views: readonly FindingView[], state: WorkbookState): Promise<MarkStatus> {
    if (this.readOnly) return { kind: "readOnly" };
    const t = STRINGS[this.options.lang];
    const targets = views.flatMap((v) =>
      v.target && !v.waiver
        ? [
            {
              ...v.target,
              severity: v.finding.severity,
              line:
                `[${t.severity[v.finding.severity]}] ${t.message(v.finding)}` +
                (v.finding.cause ? `\n  ↳ ${causeNote(v.finding, t.causeLang)}` : ""),
            },
          ]
        : [],
    );
    try {
      return { kind: "marked", outcome: await this.workbook.mark(groupMarks(targets), state) };
    } catch (error) {
      if (!isWriteDenied(error)) return { kind: "failed", error };
      this.readOnly = true;
      return { kind: "readOnly" };
    }
  }
}
