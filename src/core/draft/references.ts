import type { Fact } from "../facts";
import type { CellRef } from "../span";
import { a1, parseRange } from "../templates/a1";

/**
 * The cells a formula reads, in the order they first appear: '公开01表'!C6, 公开01表!C6,
 * C6 (on `ownSheet`), $C$32; a range A1:A3 gives each of its cells. Text inside string
 * constants is skipped (“"见公开01表!C6"” names no cell), and so are function names.
 * Enough for the formulas the drafter and the templates write; not a formula parser.
 * @example formulaReferences(`=TEXT('公开01表'!C6,"0.00")`) → [{ sheet: "公开01表", cell: "C6" }]
 */
export function formulaReferences(formula: string, ownSheet = ""): CellRef[] {
  const out = new Map<string, CellRef>();
  const add = (sheet: string, from: string, to?: string) => {
    for (const cell of to ? rangeCells(from, to) : [from]) {
      const key = `${sheet}!${cell}`;
      if (!out.has(key)) out.set(key, { sheet, cell });
    }
  };
  // Strings first, so that the reference pattern never starts inside one. A quoted sheet
  // name is consumed whole and a bare one is tried from its first letter only, so that no
  // run of quotes or letters is rescanned from each of its characters (linear).
  const token =
    /"(?:[^"]|"")*"|(?:'((?:[^']|'')+)'|(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_.]*)(?=!))(?:!(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?)?|(?<![\p{L}\p{N}_.$])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\p{L}\p{N}_(!])/gu;
  for (const m of formula.matchAll(token)) {
    if (m[0].startsWith('"')) continue;
    if (m[3]) add((m[1]?.replace(/''/g, "'") ?? m[2]) as string, bare(m[3]), m[4] && bare(m[4]));
    else if (m[5]) add(ownSheet, bare(m[5]), m[6] && bare(m[6]));
  }
  return [...out.values()];
}

const bare = (cell: string) => cell.replace(/\$/g, "");

function rangeCells(from: string, to: string): string[] {
  const r = parseRange(`${from}:${to}`);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

/** A cell a paragraph reads, with the table figure it holds when the facts know it. */
export interface SourceCell extends CellRef {
  metric?: string;
  period?: Fact["period"];
  /** The value the tables were read with, in 万元. */
  value?: Fact["value"];
}

/** The cells a paragraph's formula reads, each with the fact read from it (when one was). */
export function paragraphSources(
  formula: string,
  facts: readonly Fact[],
  ownSheet = "",
): SourceCell[] {
  const byCell = new Map<string, Fact>();
  for (const f of facts) {
    const key = f.cell && `${f.cell.sheet}!${f.cell.cell}`;
    if (key && !byCell.has(key)) byCell.set(key, f);
  }
  return formulaReferences(formula, ownSheet).map((ref) => {
    const f = byCell.get(`${ref.sheet}!${ref.cell}`);
    return f ? { ...ref, metric: f.metric, period: f.period, value: f.value } : ref;
  });
}
