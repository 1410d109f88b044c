/*
 * 根据报表起草: the 说明 drafted from the facts of the filled tables, as plain text for the
 * user to review before it goes into the 说明 sheet.
 */
import { draftNarrative, renderDraft } from "../core/draft/draft";
import { optionsFromSettings } from "../excel/pane-templates";
import type { PaneWorkbook } from "../excel/pane-workbook";
import type { TablesReader } from "./checking";
import type { Drafter } from "./NarrativePanel";

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
    return renderDraft(draft, tables.facts).text;
  };
}
