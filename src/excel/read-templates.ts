import type { Fact } from "../core/facts";
import {
  externalReference,
  refersToOtherWorkbook,
  type ExternalReference,
} from "../core/templates/external-refs";
import type { BookOptions } from "../core/templates/book";
import { readFacts, type WorkbookGrid } from "../core/templates/read-back";
import { templateSetFor } from "../core/templates/sets";
import { STATE_SHEET } from "../core/templates/state-sheet";

/**
 * The template sheets of the open workbook as plain cells, in two round trips (which
 * sheets exist, then their used ranges), with the state sheet when there is one: its
 * precision block says which values are printed figures. Rows and columns are 0-based
 * from A1. `values` are what Excel shows; `formulas` give a formula's text instead of its
 * result (the pane's writer keeps what the user typed apart from what a formula computes).
 */
export async function readTemplateGrid(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  read: "values" | "formulas" = "values",
): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const tables = sheetNames.filter((n) => present.has(n));
  const wanted = tables.length && present.has(STATE_SHEET) ? [...tables, STATE_SHEET] : tables;
  const ranges = wanted.map((n) =>
    sheets
      .getItem(n)
      .getUsedRangeOrNullObject(true)
      .load([read, "formulas", "rowIndex", "columnIndex"]),
  );
  await context.sync();
  // A formula into another workbook shows that workbook's last value: no fact of this one.
  const external: ExternalReference[] = [];
  return {
    sheets: wanted.map((name, i) => {
      const r = ranges[i];
      const values: unknown[][] = [];
      if (!r.isNullObject) {
        r[read].forEach((row, dr) => {
          const out: unknown[] = (values[r.rowIndex + dr] = []);
          row.forEach((v, dc) => {
            const formula = r.formulas[dr]?.[dc];
            if (typeof formula === "string" && refersToOtherWorkbook(formula)) {
              external.push(externalReference(name, r.rowIndex + dr, r.columnIndex + dc, formula));
              out[r.columnIndex + dc] = null;
            } else out[r.columnIndex + dc] = v === "" ? null : v;
          });
        });
      }
      return { name, values };
    }),
    external,
  };
}

/**
 * Facts of the filled template sheets, for the narrative checker (CheckOptions.facts).
 * A formula's value is what Excel shows; where none is available it is recomputed from
 * the inputs by the same sums the formulas state.
 */
export async function readTemplateFacts(
  context: Excel.RequestContext,
  options: BookOptions = {},
): Promise<Fact[]> {
  const set = options.set ?? templateSetFor(options.year);
  const grid = await readTemplateGrid(
    context,
    set.tables.map((t) => t.sheet),
  );
  return readFacts(grid, { ...options, set });
}
