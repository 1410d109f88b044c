import type { Fact } from "../../core/facts";
import type { ExternalReference } from "../../core/templates/external-refs";
import { readFacts } from "../../core/templates/read-back";
import { readGrid } from "./read-grid";

/**
 * The facts of a filled workbook (the template sheets of `fa build` or of the add-in),
 * for `fa check --tables`. Formulas without cached results are recomputed from the
 * inputs by the same sums the formulas state. The grid holds every sheet, the hidden
 * `_决算助手` too, whose precision block says which inputs are printed figures.
 */
export async function readFactsFromXlsx(source: string | Buffer, year?: number): Promise<Fact[]> {
  return (await readWorkbookFacts(source, year)).facts;
}

/** The facts, and the cells skipped because they read another workbook (to warn about). */
export async function readWorkbookFacts(
  source: string | Buffer,
  year?: number,
): Promise<{ facts: Fact[]; external: ExternalReference[] }> {
  const grid = await readGrid(source);
  return { facts: readFacts(grid, { year }), external: grid.external ?? [] };
}
