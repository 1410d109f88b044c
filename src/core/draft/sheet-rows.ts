import type { Fact } from "../facts";
import type { CellRef } from "../span";
import type { Draft } from "./draft";
import { FactTable } from "./fact-table";
import { renderFormula, type CellResolver } from "./render-formula";
import { renderText } from "./render-text";
import { refKey, refsOf, type Ref } from "./segments";

const NO_CELLS = {
  zh: "该段的数字在工作簿中都没有对应的单元格，写入文字",
  en: "None of the paragraph's figures has a cell in the workbook; written as text",
};

/** One row of the 说明 sheet: what to write in the paragraph's cell. */
export interface SheetRow {
  id: string;
  role: "heading" | "body";
  /** The paragraph as text (what the formula shows today, or what to write instead). */
  text: string;
  /** A native formula, when the paragraph has figures and one could be written. */
  formula?: string;
  /** Figures with no cell, written into the formula as numbers. */
  constants?: Ref[];
  /** Why a paragraph with figures is written as text instead of a formula. */
  fallback?: { zh: string; en: string };
}

/**
 * The draft as rows of the 说明 sheet: each paragraph with figures becomes a live formula
 * over the template cells (see docs/drafting.md for why formulas rather than regeneration),
 * headings and figure-free sentences stay text.
 */
export function sheetRows(
  draft: Draft,
  facts: readonly Fact[] | FactTable,
  cellOf: CellResolver,
): SheetRow[] {
  const table = facts instanceof FactTable ? facts : new FactTable(facts);
  return draft.paragraphs.map((p) => {
    const { text } = renderText(p.segments, table, draft.options);
    const row: SheetRow = { id: p.id, role: p.role, text };
    const refs = refsOf(p.segments);
    if (refs.length === 0) return row;
    const f = renderFormula(p.segments, cellOf, table, draft.options);
    if (f.kind === "text") return { ...row, fallback: f.reason };
    // A formula of constants only would look live and not be: write the text.
    if (f.constants.length === refs.length) return { ...row, fallback: NO_CELLS };
    return {
      ...row,
      formula: f.formula,
      ...(f.constants.length > 0 ? { constants: f.constants } : {}),
    };
  });
}

/** A resolver from the cells the facts were read from (Fact.cell). */
export function cellsOfFacts(facts: readonly Fact[]): CellResolver {
  const cells = new Map<string, CellRef>();
  for (const f of facts) if (f.cell && !cells.has(refKey(f))) cells.set(refKey(f), f.cell);
  return (metric, period) => cells.get(refKey({ metric, period }));
}
