/*
 * Calculation for the simulated host: a formula cell's `values` is what Excel would show,
 * computed when the values are loaded (Excel recalculates before it answers a sync), for
 * the formulas the add-in writes — the templates' SUM/COUNT/IF/OR/IFERROR/ROUND and the
 * drafted 说明's TEXT/ROUND/ABS/SIGN/IF/CHOOSE and &, over references to any sheet (see
 * test/support/excel-formula.ts). A cell whose `cached` value a test set keeps it (the FA.*
 * custom functions are not evaluated); a formula outside the subset shows #NAME?, as a
 * function Excel does not know does. As in Excel, a recalculation fires no onChanged event.
 */
import { evaluate, FormulaError, type CellValue } from "../excel-formula";
import { SimRange } from "./range";
import {
  cellId,
  columnName,
  holdsFormula,
  parseCell,
  type CellScalar,
  type SimSheet,
  type SimWorkbookState,
} from "./state";

// A cell formatted as text when its content was entered keeps “=…” as text, as in Excel.
const isFormula = holdsFormula;

/**
 * What a cell shows, computing formulas (and the formulas they read) once per load.
 * Exported for tests that look at one cell without a range.
 */
export function shownValue(
  state: SimWorkbookState,
  sheet: string,
  address: string,
  memo = new Map<string, CellValue | FormulaError>(),
): CellScalar | "" {
  const v = cellValue(state, sheet, address, memo, new Set());
  return v === null ? "" : v instanceof FormulaError ? v.code : v;
}

function cellValue(
  state: SimWorkbookState,
  sheet: string,
  address: string,
  memo: Map<string, CellValue | FormulaError>,
  visiting: Set<string>,
): CellValue | FormulaError {
  const s = state.sheet(sheet);
  if (!s) return new FormulaError("#REF!");
  const { row, col } = parseCell(address);
  const key = `${s.name}!${cellId(row, col)}`;
  if (memo.has(key)) return memo.get(key)!;
  const cell = s.cells.get(cellId(row, col));
  if (!isFormula(cell)) return cell === undefined || cell.content === "" ? null : cell.content;
  if (cell.cached !== undefined) return cell.cached;
  // A circular reference: Excel warns and shows 0; the add-in never writes one.
  if (visiting.has(key)) return new FormulaError("#REF!");
  visiting.add(key);
  let value: CellValue | FormulaError;
  try {
    value = evaluate(cell.content, (other, ref) =>
      cellValue(state, other ?? s.name, ref, memo, visiting),
    );
  } catch {
    value = new FormulaError("#NAME?");
  }
  visiting.delete(key);
  memo.set(key, value);
  return value;
}

interface RangeInside {
  context: { state: SimWorkbookState };
  sheetOf(): SimSheet;
  rect(): { top: number; left: number };
}

function install(): void {
  const marker = Symbol.for("fa.sim-excel.calc");
  const proto = SimRange.prototype as unknown as Record<symbol, boolean> & {
    readProperty(name: string): unknown;
  };
  if (proto[marker]) return;
  proto[marker] = true;
  const read = proto.readProperty;
  proto.readProperty = function (this: SimRange, name: string): unknown {
    const value = read.call(this, name);
    if (name !== "values") return value;
    const inside = this as unknown as RangeInside;
    const sheet = inside.sheetOf();
    const rect = inside.rect();
    const memo = new Map<string, CellValue | FormulaError>();
    return (value as unknown[][]).map((row, r) =>
      row.map((v, c) => {
        const cell = sheet.cells.get(cellId(rect.top + r, rect.left + c));
        if (!isFormula(cell) || cell.cached !== undefined) return v;
        const address = `${columnName(rect.left + c)}${rect.top + r + 1}`;
        return shownValue(inside.context.state, sheet.name, address, memo);
      }),
    );
  };
}

install();
