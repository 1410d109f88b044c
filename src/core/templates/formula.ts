import { a1, a1FixedRow, parseA1 } from "./a1";
import type { Expr } from "./sheet-model";

/** Cell positions by key, for rendering references. */
export type Positions = ReadonlyMap<string, { row: number; col: number }>;

/** Runs of consecutive rows in one column collapse to a range: C8,C9,C10 → C8:C10. */
function compress(refs: Array<{ row: number; col: number }>): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < refs.length) {
    let j = i;
    while (
      j + 1 < refs.length &&
      refs[j + 1].col === refs[i].col &&
      refs[j + 1].row === refs[j].row + 1
    )
      j++;
    out.push(
      j > i + 1
        ? `${a1(refs[i].row, refs[i].col)}:${a1(refs[j].row, refs[j].col)}`
        : a1(refs[i].row, refs[i].col),
    );
    if (j === i + 1) out.push(a1(refs[j].row, refs[j].col));
    i = j + 1;
  }
  return out;
}

/**
 * A sum as a native formula (without the leading “=”). It is blank, not 0, while every
 * part is blank, so an unfilled table stays empty and the analysis block stays quiet:
 * IF(COUNT(C8:C10)=0,"",SUM(C8:C10)). Blank parts count as 0 once any part is filled,
 * as Excel's SUM does. Subtractions go through a second SUM, which ignores "" too.
 */
export function sumFormula(expr: Expr, positions: Positions): string {
  const pos = (key: string) => {
    const p = positions.get(key);
    if (!p) throw new Error(`no position for ${key}`);
    return p;
  };
  const plus = compress(expr.terms.filter((t) => t.sign === 1).map((t) => pos(t.key)));
  const minus = compress(expr.terms.filter((t) => t.sign === -1).map((t) => pos(t.key)));
  const all = [...plus, ...minus].join(",");
  const body = minus.length
    ? `SUM(${plus.join(",")})-SUM(${minus.join(",")})`
    : `SUM(${plus.join(",")})`;
  return `IF(COUNT(${all})=0,"",${body})`;
}

/** 占比: the part over the whole, as a fraction rounded to 4 places (two of a percentage). */
export function shareFormula(value: string, whole: string): string {
  const w = parseA1(whole);
  return `IF(${value}="","",IFERROR(ROUND(${value}/${a1FixedRow(w.row, w.col)},4),""))`;
}

export function changeFormula(value: string, prior: string): string {
  return `IF(OR(${value}="",${prior}=""),"",${value}-${prior})`;
}

/** 增长率 = (本年 − 上年) ÷ 上年; blank without a prior year, or when the prior is 0. */
export function growthFormula(value: string, prior: string): string {
  return `IF(OR(${value}="",${prior}=""),"",IFERROR(ROUND((${value}-${prior})/${prior},4),""))`;
}

/** 完成预算 = 决算数 ÷ 预算数. */
export function completionFormula(value: string, budget: string): string {
  return `IF(OR(${value}="",${budget}=""),"",IFERROR(ROUND(${value}/${budget},4),""))`;
}

export function referenceFormula(value: string): string {
  return `IF(${value}="","",${value})`;
}
