/*
 * 根据报表起草: the 说明 drafted from the facts of the filled tables, as rows of the 说明
 * sheet — each paragraph with figures a native formula over the cells the facts were read
 * from, so that the text follows the tables (docs/drafting.md, “Live”). 按模板起草: a
 * finance bureau's template filled from the same facts, written as text. Both keep the
 * writer's reasons (主要原因是…) that the 说明 sheet already gives.
 */
import { draftNarrative, renderDraft } from "../core/draft/draft";
import { fillTemplate } from "../core/draft/fill";
import type { DraftGap } from "../core/draft/patterns";
import { reasonsFromText } from "../core/draft/reasons";
import { cellsOfFacts, sheetRows, type SheetRow } from "../core/draft/sheet-rows";
import { catalogueFor } from "../core/templates/catalogue";
import { externalReferencesWarning } from "../core/templates/external-refs";
import { splitParagraphs } from "../excel/narrative-sheet";
import { optionsFromSettings } from "../excel/pane-templates";
import type { PaneWorkbook } from "../excel/pane-workbook";
import type { TablesReader } from "./checking";

/** The draft as the 说明 sheet will hold it. */
export interface DraftedSheet {
  rows: SheetRow[];
  /** What the tables did not say: left blank (visible in the text) or left out. */
  gaps: DraftGap[];
  /** Filled from a template (text rows), rather than drafted as live formulas. */
  fromTemplate?: boolean;
}

/** Drafts the 说明 from the tables in the workbook; null when there are no tables. */
export type Drafter = () => Promise<DraftedSheet | null>;

/** Fills a template text from the tables in the workbook; null when there are no tables. */
export type TemplateDrafter = (template: string) => Promise<DraftedSheet | null>;

/** The tables' facts, the settings, and the writer's reasons in the 说明 sheet, in one read. */
async function readInputs(workbook: PaneWorkbook, readTables: TablesReader) {
  const snap = await workbook.snapshot();
  const tables = await readTables(snap.state.settings);
  const options = optionsFromSettings(snap.state.settings);
  const reasons = reasonsFromText((snap.narrative ?? []).join("\n"), options.unit);
  // Cells that read another workbook are no figures of these tables: said first among the gaps.
  const external: DraftGap[] = tables.external.length
    ? [{ paragraph: "", ...externalReferencesWarning(tables.external) }]
    : [];
  return { facts: tables.facts, options, reasons, external };
}

export function tableDrafter(workbook: PaneWorkbook, readTables: TablesReader): Drafter {
  return async () => {
    const { facts, options, reasons, external } = await readInputs(workbook, readTables);
    if (facts.length === 0) return null;
    const draft = draftNarrative(facts, {
      reportYear: options.year,
      unitName: options.unit || undefined,
      reasons,
    });
    return {
      rows: sheetRows(draft, facts, cellsOfFacts(facts)),
      gaps: [...external, ...renderDraft(draft, facts).gaps],
    };
  };
}

export function templateDrafter(workbook: PaneWorkbook, readTables: TablesReader): TemplateDrafter {
  return async (template) => {
    const { facts, options, reasons } = await readInputs(workbook, readTables);
    if (facts.length === 0) return null;
    const result = fillTemplate(template, facts, {
      reasons,
      catalogue: catalogueFor(options.year),
    });
    const rows = splitParagraphs(result.text).map((text, i): SheetRow => ({
      id: `t${i + 1}`,
      role: "body",
      text,
    }));
    const gaps = result.unfilled.map((u): DraftGap => ({
      paragraph: `line ${u.line}`,
      zh: `第${u.line}行“${u.text}”：${u.reason.zh}`,
      en: `line ${u.line} “${u.text}”: ${u.reason.en}`,
    }));
    return { rows, gaps, fromTemplate: true };
  };
}
