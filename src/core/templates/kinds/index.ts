import type { BuildContext, SheetModel } from "../sheet-model";
import type { TableDef } from "../types";
import { buildCoded } from "./coded";
import { buildMatters } from "./matters";
import { buildPerformance } from "./performance";
import { buildPeriodGrid } from "./period-grid";
import { buildTwoSided } from "./two-sided";

/** Places one table definition on its sheet (cells, labels, merges, analysis lanes). */
export function buildSheetModel(def: TableDef, ctx: BuildContext): SheetModel {
  switch (def.kind) {
    case "twoSided":
      return buildTwoSided(def, ctx);
    case "coded":
      return buildCoded(def, ctx);
    case "periodGrid":
      return buildPeriodGrid(def, ctx);
    case "performance":
      return buildPerformance(def, ctx);
    case "matters":
      return buildMatters(def, ctx);
  }
}

export { TOTAL_ROW, codedRows } from "./coded";
export { fieldKey, indicatorKey } from "./performance";
export { itemBudgetCodes, mattersKey } from "./matters";
