import { Dec, Interval } from "../numbers";
import type { Given } from "./fill-data";
import { givenInterval } from "./reconcile/bounds";
import type { Resolved } from "./resolve";
import type { SheetModel } from "./sheet-model";

/** What a sum of cells is computed in: the value of a given, zero, and adding a signed term. */
export interface CellArithmetic<T> {
  given(g: Given): T;
  zero: T;
  add(sum: T, term: T, sign: 1 | -1): T;
}

/** The exact values, as the spreadsheet computes them from the figures in the cells. */
export const EXACT_VALUES: CellArithmetic<Dec> = {
  given: (g) => g.value,
  zero: new Dec(0),
  add: (sum, x, sign) => (sign === 1 ? sum.plus(x) : sum.minus(x)),
};

/**
 * Every value a cell may hold given how its inputs were known: a figure printed to some
 * decimals stands for all it rounds from, a typed or data value for itself. A total of
 * printed items is then as uncertain as their roundings together (Σ 346.59 of items
 * printed to 0.01 may be a 346.6 that the text printed).
 */
export const PRINTED_RANGES: CellArithmetic<Interval> = {
  given: givenInterval,
  zero: Interval.exact(0),
  add: (sum, x, sign) => (sign === 1 ? sum.plus(x) : sum.minus(x)),
};

/**
 * What every amount cell shows once the workbook recalculates, computed by the same sums
 * the formulas state, in the arithmetic asked: null for a blank cell (an empty input, or
 * a sum of blanks).
 */
export function evaluateWith<T>(
  models: readonly SheetModel[],
  resolved: ReadonlyMap<string, Resolved>,
  arithmetic: CellArithmetic<T>,
): Map<string, T | null> {
  const out = new Map<string, T | null>();
  const text = new Set<string>();
  for (const m of models) for (const c of m.cells) if (c.text) text.add(c.key);

  const value = (key: string, depth = 0): T | null => {
    if (out.has(key)) return out.get(key)!;
    const r = resolved.get(key);
    let v: T | null = null;
    if (r?.mode === "value") v = arithmetic.given(r.given);
    else if (r?.mode === "formula" && depth < 64) {
      let any = false;
      let sum = arithmetic.zero;
      for (const t of r.expr.terms) {
        const x = value(t.key, depth + 1);
        if (x === null) continue;
        // The formula is blank while its added parts are (see sumFormula).
        if (t.sign === 1) any = true;
        sum = arithmetic.add(sum, x, t.sign);
      }
      v = any ? sum : null;
    }
    out.set(key, v);
    return v;
  };
  for (const key of resolved.keys()) if (!text.has(key)) value(key);
  return out;
}

/**
 * The exact value of every cell, computed with decimal.js. Tests compare this with what a
 * spreadsheet engine shows.
 */
export function evaluateCells(
  models: readonly SheetModel[],
  resolved: ReadonlyMap<string, Resolved>,
): Map<string, Dec | null> {
  return evaluateWith(models, resolved, EXACT_VALUES);
}

/** The values every cell may hold, given the printed precision of the figures it rests on. */
export function evaluateIntervals(
  models: readonly SheetModel[],
  resolved: ReadonlyMap<string, Resolved>,
): Map<string, Interval | null> {
  return evaluateWith(models, resolved, PRINTED_RANGES);
}
