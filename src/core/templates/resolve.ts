import type { FillData, Given } from "./fill-data";
import type { Expr, ModelCell, SheetModel } from "./sheet-model";

/** What a template cell holds once the data is known. */
export type Resolved =
  | { mode: "empty" }
  | { mode: "value"; given: Given; stated: boolean }
  | { mode: "text"; text: string }
  | { mode: "formula"; expr: Expr; complete: boolean };

/**
 * Decides, for every cell, between its formula and a value:
 * - an input holds its value, or stays empty (empty is not zero);
 * - a total is computed from its parts when every part of one of its sums is known;
 * - otherwise it holds the figure stated for it (a narrative gives 合计 without its 款);
 * - with nothing stated it sums whatever parts there are (the live template).
 * A cell is known when it has a value or a complete formula.
 */
export function resolveCells(models: readonly SheetModel[], data: FillData): Map<string, Resolved> {
  const cells = new Map<string, ModelCell>();
  for (const m of models) for (const c of m.cells) cells.set(c.key, c);
  const out = new Map<string, Resolved>();
  const visiting = new Set<string>();

  const known = (key: string): boolean => {
    const r = resolve(key);
    return (
      r !== undefined &&
      (r.mode === "value" || r.mode === "text" || (r.mode === "formula" && r.complete))
    );
  };

  function resolve(key: string): Resolved | undefined {
    const done = out.get(key);
    if (done) return done;
    const cell = cells.get(key);
    if (!cell || visiting.has(key)) return undefined;
    visiting.add(key);
    const r = decide(cell);
    visiting.delete(key);
    out.set(key, r);
    return r;
  }

  function decide(cell: ModelCell): Resolved {
    if (cell.text) {
      const text = data.texts.get(cell.key);
      return text !== undefined ? { mode: "text", text } : { mode: "empty" };
    }
    const given = data.values.get(cell.key);
    if (cell.input) return given ? { mode: "value", given, stated: false } : { mode: "empty" };
    const counts = cell.exprs.map((e) => e.terms.filter((t) => known(t.key)).length);
    const complete = cell.exprs.findIndex((e, i) => counts[i] === e.terms.length);
    if (complete >= 0) return { mode: "formula", expr: cell.exprs[complete], complete: true };
    if (given) return { mode: "value", given, stated: true };
    let best = 0;
    counts.forEach((n, i) => (n > counts[best] ? (best = i) : undefined));
    return { mode: "formula", expr: cell.exprs[best], complete: false };
  }

  for (const key of cells.keys()) resolve(key);
  return out;
}
