import { Dec } from "../numbers";
import type { Resolved } from "./resolve";
import type { SheetModel } from "./sheet-model";

/**
 * The value every amount cell shows once the workbook recalculates, computed exactly
 * with decimal.js by the same sums the formulas state: null for a blank cell (an empty
 * input, or a sum of blanks). Tests compare this with what a spreadsheet engine shows.
 */
export function evaluateCells(
  models: readonly SheetModel[],
  resolved: ReadonlyMap<string, Resolved>,
): Map<string, Dec | null> {
  const out = new Map<string, Dec | null>();
  const text = new Set<string>();
  for (const m of models) for (const c of m.cells) if (c.text) text.add(c.key);

  const value = (key: string, depth = 0): Dec | null => {
    if (out.has(key)) return out.get(key)!;
    const r = resolved.get(key);
    let v: Dec | null = null;
    if (r?.mode === "value") v = r.given.value;
    else if (r?.mode === "formula" && depth < 64) {
      let any = false;
      let sum = new Dec(0);
      for (const t of r.expr.terms) {
        const x = value(t.key, depth + 1);
        if (x === null) continue;
        any = true;
        sum = t.sign === 1 ? sum.plus(x) : sum.minus(x);
      }
      v = any ? sum : null;
    }
    out.set(key, v);
    return v;
  };
  for (const key of resolved.keys()) if (!text.has(key)) value(key);
  return out;
}
