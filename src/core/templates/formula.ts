import { type Dec, roundHalfUp } from "../numbers";
import { a1, a1FixedRow, parseA1, quoteSheet } from "./a1";
import type { Expr } from "./sheet-model";

/** Cell positions by key, for rendering references; `sheet` for a cell of another table. */
export type Positions = ReadonlyMap<string, { row: number; col: number; sheet?: string }>;

/**
 * What a formula shows once calculated: a number, or "" for the blank its IF returns. The
 * writers store it as the formula's cached result, so a reader that does not recalculate
 * (file previews, Protected View) sees the figures; Excel recalculates all the same.
 */
export type FormulaResult = number | "";

/** A formula (without the leading “=”) and the value it shows. */
export interface Computed {
  formula: string;
  result: FormulaResult;
}

/** A referenced cell: its address as written in the formula, and the value it holds. */
export interface Operand {
  ref: string;
  value: Dec | null;
}

const shown = (x: Dec | null): FormulaResult => (x === null ? "" : x.toNumber());

/** Runs of consecutive rows in one column collapse to a range: C8,C9,C10 → C8:C10. */
function compress(refs: Array<{ row: number; col: number; sheet?: string }>): string[] {
  const out: string[] = [];
  const name = (r: { row: number; col: number; sheet?: string }) =>
    `${r.sheet ? `${quoteSheet(r.sheet)}!` : ""}${a1(r.row, r.col)}`;
  let i = 0;
  while (i < refs.length) {
    let j = i;
    while (
      j + 1 < refs.length &&
      refs[j + 1].sheet === refs[i].sheet &&
      refs[j + 1].col === refs[i].col &&
      refs[j + 1].row === refs[j].row + 1
    )
      j++;
    out.push(j > i + 1 ? `${name(refs[i])}:${a1(refs[j].row, refs[j].col)}` : name(refs[i]));
    if (j === i + 1) out.push(name(refs[j]));
    i = j + 1;
  }
  return out;
}

/**
 * A sum as a native formula. It is blank, not 0, while every added part is blank, so an
 * unfilled table stays empty and the analysis block stays quiet:
 * IF(COUNT(C8:C10)=0,"",SUM(C8:C10)). Blank parts count as 0 once any added part is
 * filled, as Excel's SUM does. Subtractions go through a second SUM, which ignores "" too;
 * a difference whose added parts are all blank stays blank rather than showing the
 * subtracted parts as a negative figure (年末结转 = 年初 + 收入 − 支出 with 年初 and 收入
 * not yet filled). A term of another table is written with its sheet
 * ('公开01表'!C6). `value` is what the cell holds (see evaluate.ts, which sums the same way).
 */
export function sumFormula(expr: Expr, positions: Positions): string {
  const pos = (key: string) => {
    const p = positions.get(key);
    if (!p) throw new Error(`no position for ${key}`);
    return p;
  };
  const plus = compress(expr.terms.filter((t) => t.sign === 1).map((t) => pos(t.key)));
  const minus = compress(expr.terms.filter((t) => t.sign === -1).map((t) => pos(t.key)));
  const body = minus.length
    ? `SUM(${plus.join(",")})-SUM(${minus.join(",")})`
    : `SUM(${plus.join(",")})`;
  return `IF(COUNT(${plus.join(",")})=0,"",${body})`;
}

/** A sum's formula with its value (computed by the book's evaluation). */
export function sum(expr: Expr, positions: Positions, value: Dec | null): Computed {
  return { formula: sumFormula(expr, positions), result: shown(value) };
}

/** ROUND(a/b,4) as IFERROR shows it: "" when b is blank or 0 (#VALUE!, #DIV/0!). */
const ratio = (a: Dec, b: Dec | null): FormulaResult =>
  b === null || b.isZero() ? "" : roundHalfUp(a.div(b), 4).toNumber();

/** 占比: the part over the whole, as a fraction rounded to 4 places (two of a percentage). */
export function share(value: Operand, whole: Operand): Computed {
  const w = parseA1(whole.ref);
  return {
    formula: `IF(${value.ref}="","",IFERROR(ROUND(${value.ref}/${a1FixedRow(w.row, w.col)},4),""))`,
    result: value.value === null ? "" : ratio(value.value, whole.value),
  };
}

/** 增减额 = 本年 − 上年; blank without both. */
export function change(value: Operand, prior: Operand): Computed {
  return {
    formula: `IF(OR(${value.ref}="",${prior.ref}=""),"",${value.ref}-${prior.ref})`,
    result:
      value.value === null || prior.value === null ? "" : value.value.minus(prior.value).toNumber(),
  };
}

/** 增长率 = (本年 − 上年) ÷ 上年; blank without a prior year, or when the prior is 0. */
export function growth(value: Operand, prior: Operand): Computed {
  const { ref: v } = value;
  const { ref: p } = prior;
  return {
    formula: `IF(OR(${v}="",${p}=""),"",IFERROR(ROUND((${v}-${p})/${p},4),""))`,
    result:
      value.value === null || prior.value === null
        ? ""
        : ratio(value.value.minus(prior.value), prior.value),
  };
}

/** 完成预算 = 决算数 ÷ 预算数. */
export function completion(value: Operand, budget: Operand): Computed {
  const { ref: v } = value;
  const { ref: b } = budget;
  return {
    formula: `IF(OR(${v}="",${b}=""),"",IFERROR(ROUND(${v}/${b},4),""))`,
    result: value.value === null || budget.value === null ? "" : ratio(value.value, budget.value),
  };
}

/** The value of another cell, blank while it is blank. */
export function reference(value: Operand): Computed {
  return { formula: `IF(${value.ref}="","",${value.ref})`, result: shown(value.value) };
}
