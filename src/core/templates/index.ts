/**
 * The standard final-account tables as data (公开01–09表 and the performance table):
 * definitions by year, the classification catalogue, the layout that both writers
 * render, filling from a narrative or a data file, reconciliation and facts.
 */
export { buildTemplateBook, cellRefOf, type BookOptions, type TemplateBook } from "./book";
export {
  Catalogue,
  catalogueFor,
  validateCatalogueFile,
  type CatalogueEntry,
  type CatalogueFile,
} from "./catalogue";
export { asPrior, readDataFile, type DataProblem } from "./data";
export {
  emptyFillData,
  mergeFillData,
  tablesIn,
  withoutTables,
  type FillData,
  type Given,
} from "./fill-data";
export { fillFromNarrative, type NarrativeFill } from "./fill/from-narrative";
export { cellKey, parseCellKey, priorKey } from "./keys";
export {
  layoutWorkbook,
  type LayoutCell,
  type NameDef,
  type SheetLayout,
  type WorkbookLayout,
} from "./layout";
export { cellsForMetric } from "./metric-cells";
export { factsFromBook, readFacts, readWorkbook, type WorkbookGrid } from "./read-back";
export { reconcile } from "./reconcile";
export {
  FINDINGS_SHEET,
  NARRATIVE_SHEET,
  findingsSheetLayout,
  narrativeSheetLayout,
} from "./report-sheets";
export {
  NATIONAL_2020,
  NATIONAL_2021,
  TEMPLATE_SETS,
  applyOverlay,
  tableById,
  templateSetFor,
} from "./sets";
export { STYLES, type CellStyle, type StyleKey } from "./styles";
export type * from "./types";
