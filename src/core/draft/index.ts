/** Drafting the 说明 from the tables: as text, as live Excel formulas, or by filling a template. */
export {
  draftNarrative,
  renderDraft,
  staleParagraphs,
  type Draft,
  type RenderedDraft,
  type RenderedParagraph,
} from "./draft";
export { FactTable } from "./fact-table";
export { reasonKey, reasonsFromText, type ReasonKey } from "./reasons";
export {
  fillTemplate,
  type FillOptions,
  type FillResult,
  type FilledSlot,
  type SlotKind,
  type UnfilledSlot,
} from "./fill";
export {
  checkOptionsFor,
  DraftOptionsError,
  resolveDraftOptions,
  type DraftOptions,
  type ResolvedDraftOptions,
} from "./options";
export type { DraftGap } from "./patterns";
export {
  MAX_FORMULA_LENGTH,
  MAX_LITERAL_LENGTH,
  formatReference,
  quote,
  renderFormula,
  type CellResolver,
  type ParagraphFormula,
} from "./render-formula";
export { formulaReferences, paragraphSources, type SourceCell } from "./references";
export { BLANK, renderText } from "./render-text";
export type { DraftParagraph } from "./sections";
export { roundShares, type ShareRounding } from "./share-rounding";
export { cellsOfFacts, sheetRows, type SheetRow } from "./sheet-rows";
export { refsOf, type Condition, type Ref, type Segment, type SignWords } from "./segments";
