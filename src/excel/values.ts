/*
 * 转为数值: before a workbook goes to someone without the add-in (the finance bureau), the
 * cells computed by FA.* custom functions are replaced by the values they show, because
 * without the add-in they would turn into #NAME?. Native formulas (SUM, ROUND, IFERROR)
 * keep working everywhere and are left as they are.
 */
import { a1 } from "../core/templates/a1";

export interface FunctionCell {
  sheet: string;
  cell: string;
  formula: string;
}

/** A call of an FA.* function, outside string literals (="FA.SHARE(" is text, not a call). */
export function callsAddinFunction(formula: string): boolean {
  if (!formula.startsWith("=")) return false;
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /(?:^|[^A-Z0-9_.])FA\.[A-Z][A-Z0-9_]*\s*\(/i.test(code);
}

interface SheetGrid {
  sheet: string;
  used: Excel.Range;
}

async function loadGrids(context: Excel.RequestContext, withValues: boolean): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const grids = sheets.items.map((s) => {
    const used = s.getUsedRangeOrNullObject(true);
    if (withValues) used.load("formulas,values,rowIndex,columnIndex");
    else used.load("formulas,rowIndex,columnIndex");
    return { sheet: s.name, used };
  });
  await context.sync();
  return grids.filter((g) => !g.used.isNullObject);
}

/** Calls `visit` for each FA cell; `value()` may be read only when the values were loaded. */
function eachFunctionCell(
  grids: readonly SheetGrid[],
  visit: (cell: FunctionCell, value: () => unknown) => void,
): void {
  for (const { sheet, used } of grids) {
    used.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula === "string" && callsAddinFunction(formula)) {
          visit(
            { sheet, cell: a1(used.rowIndex + r, used.columnIndex + c), formula },
            () => used.values[r][c],
          );
        }
      }),
    );
  }
}

/** Every cell of the workbook whose formula calls an FA.* function. Two syncs. */
export async function findAddinFunctionCells(
  context: Excel.RequestContext,
): Promise<FunctionCell[]> {
  const grids = await loadGrids(context, false);
  const found: FunctionCell[] = [];
  eachFunctionCell(grids, (cell) => found.push(cell));
  return found;
}

export interface ConversionResult {
  converted: FunctionCell[];
  /** Cells listed for the user whose formula changed before they confirmed: left alone. */
  changed: FunctionCell[];
}

/**
 * Replaces the listed cells' formulas by their current values. The workbook is read again
 * first and a cell whose formula is no longer the one the user confirmed is skipped.
 * Three syncs whatever the number of cells.
 */
export async function convertToValues(
  context: Excel.RequestContext,
  confirmed: readonly FunctionCell[],
): Promise<ConversionResult> {
  const wanted = new Map(confirmed.map((c) => [`${c.sheet}!${c.cell}`, c]));
  const grids = await loadGrids(context, true);
  const converted: FunctionCell[] = [];
  eachFunctionCell(grids, (cell, value) => {
    const key = `${cell.sheet}!${cell.cell}`;
    if (wanted.get(key)?.formula !== cell.formula) return;
    wanted.delete(key);
    context.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell).values = [
      [value() as string | number | boolean],
    ];
    converted.push(cell);
  });
  await context.sync();
  return { converted, changed: [...wanted.values()] };
}
