import { catalogueFor } from "../catalogue";
import type { FillData } from "../fill-data";
import { buildSheetModel } from "../kinds";
import type { TemplateSet } from "../types";

/**
 * The value cells that have a 上年数 input beside them in the analysis block, by the key
 * of the value cell. Read from the placed sheets rather than the definitions, so that the
 * lanes stay defined in one place; coded tables list only the rows the data has, hence
 * `data`.
 */
export function priorSlots(set: TemplateSet, data: FillData): Set<string> {
  const ctx = { set, catalogue: catalogueFor(set.year), year: set.year, data };
  const out = new Set<string>();
  for (const def of set.tables) {
    const model = buildSheetModel(def, ctx);
    const placed = new Set(model.cells.map((c) => c.key));
    // A line whose value cell is not on the sheet gets no row in the block (layout.ts).
    for (const lane of model.lanes)
      for (const line of lane.lines) if (placed.has(line.value)) out.add(line.value);
  }
  return out;
}
