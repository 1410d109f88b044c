import { cellKey, parseCellKey } from "./keys";
import type { ModelCell, SheetModel } from "./sheet-model";
import type { CellAddress, Link, TemplateSet } from "./types";

/** The 功能分类 class codes (3 digits) present as rows of the coded tables a link refers to. */
function classCodes(models: readonly SheetModel[], link: Link): string[] {
  const tables = new Set([link.target.table, ...link.from.map((t) => t.table)]);
  const codes = new Set<string>();
  for (const m of models) {
    if (!tables.has(m.table.id) || m.table.kind !== "coded") continue;
    for (const c of m.cells) {
      const row = parseCellKey(c.key).row;
      if (/^\d{3}$/.test(row)) codes.add(row);
    }
  }
  return [...codes].sort();
}

const keyOf = (a: CellAddress, code?: string) =>
  cellKey(a.table, code ? a.row.replace("$code", code) : a.row, a.col);

/**
 * Gives each link's target cell its cross-table formula, as the last of its ways to be
 * computed (its own sums come first). A link whose target or source cells are not in the
 * book (a class row the coded table does not have) is left out.
 */
export function attachLinks(models: readonly SheetModel[], set: TemplateSet): void {
  const cells = new Map<string, ModelCell>();
  for (const m of models) for (const c of m.cells) cells.set(c.key, c);
  for (const link of set.links ?? []) {
    const codes = link.each === "class" ? classCodes(models, link) : [undefined];
    for (const code of codes) {
      const target = cells.get(keyOf(link.target, code));
      const terms = link.from.map((t) => ({ key: keyOf(t, code), sign: t.sign ?? 1 }));
      if (!target || target.text || !terms.every((t) => cells.has(t.key))) continue;
      target.exprs.push({ id: link.id, tag: link.tag, terms, link: true });
    }
  }
}
