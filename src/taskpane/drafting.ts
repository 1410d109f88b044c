/*
 * 根据报表起草: the 说明 drafted from the facts of the filled tables, as rows of the 说明
 * sheet — each paragraph with figures a native formula over the cells the facts were read
 * from, so that the text follows the tables (docs/drafting.md, “Live”).
 */
import { draftNarrative, renderDraft } from "../core/draft/draft";
import type { DraftGap } from "../core/draft/patterns";
import { cellsOfFacts, sheetRows, type SheetRow } from "../core/draft/sheet-rows";
import { optionsFromSettings } from "../excel/pane-templates";
import type { PaneWorkbook } from "../excel/pane-workbook";
import type { TablesReader } from "./checking";

/** The draft as the 说明 sheet will hold it. */
export interface DraftedSheet {
  rows: SheetRow[];
  /** What the tables did not say: left blank or left out. */
  gaps: DraftGap[];
}

/** Drafts the 说明 from the tables in the workbook; null when there are no tables. */
export type Drafter = () => Promise<DraftedSheet | null>;

export function tableDrafter(workbook: PaneWorkbook, readTables: TablesReader): Drafter {
  return async () => {
    const { settings } = await workbook.readState();
    const tables = await readTables(settings);
    if (tables.facts.length === 0) return null;
    const options = optionsFromSettings(settings);
    const draft = draftNarrative(tables.facts, {
      reportYear: options.year,
      unitName: options.unit || undefined,
    });
    return {
      rows: sheetRows(draft, tables.facts, cellsOfFacts(tables.facts)),
      gaps: renderDraft(draft, tables.facts).gaps,
    };
  };
}
