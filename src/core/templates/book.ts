import type { CellRef } from "../span";
import { a1 } from "./a1";
import { catalogueFor, type Catalogue } from "./catalogue";
import { evaluateCells } from "./evaluate";
import { emptyFillData, type FillData } from "./fill-data";
import { buildSheetModel } from "./kinds";
import { attachLinks } from "./links";
import { resolveCells, type Resolved } from "./resolve";
import { templateSetFor } from "./sets";
import type { ModelCell, SheetModel } from "./sheet-model";
import type { TemplateSet } from "./types";
import type { Dec } from "../numbers";

export interface BookOptions {
  /** Report year: picks the template set and the catalogue (default 2020). */
  year?: number;
  set?: TemplateSet;
  catalogue?: Catalogue;
  /** 单位名称 for the 部门： line (else the data's). */
  unit?: string;
}

/**
 * A template set filled with data: every table placed on its sheet, every cell resolved
 * to a value, a formula or blank, and the values the formulas will show. The layout,
 * the writers, the reconciliation and the facts all start from this one object.
 */
export interface TemplateBook {
  set: TemplateSet;
  catalogue: Catalogue;
  year: number;
  unit: string;
  data: FillData;
  models: SheetModel[];
  cells: Map<string, ModelCell & { sheet: string }>;
  resolved: Map<string, Resolved>;
  values: Map<string, Dec | null>;
}

export function buildTemplateBook(
  data: FillData = emptyFillData(),
  options: BookOptions = {},
): TemplateBook {
  const year = options.year ?? options.set?.year ?? 2020;
  const set = options.set ?? templateSetFor(year);
  const catalogue = options.catalogue ?? catalogueFor(year);
  const unit = options.unit ?? data.unit ?? "";
  const ctx = { set, catalogue, year, unit, data };
  const models = set.tables.map((t) => buildSheetModel(t, ctx));
  attachLinks(models, set);
  const cells = new Map<string, ModelCell & { sheet: string }>();
  for (const m of models) for (const c of m.cells) cells.set(c.key, { ...c, sheet: m.sheet });
  const resolved = resolveCells(models, data);
  const values = evaluateCells(models, resolved);
  return { set, catalogue, year, unit, data, models, cells, resolved, values };
}

/** The workbook cell of a logical key. */
export function cellRefOf(book: TemplateBook, key: string): CellRef | undefined {
  const c = book.cells.get(key);
  return c ? { sheet: c.sheet, cell: a1(c.row, c.col) } : undefined;
}
