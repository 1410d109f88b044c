import { Dec, formatNumber } from "../../numbers";
import type { TemplateBook } from "../book";
import { isBounded } from "./bounds";
import type { Constraint, Term } from "./constraints";
import type { Bound } from "./propagate";

export interface Shown {
  zh: string;
  en: string;
}

const both = (s: string): Shown => ({ zh: s, en: s });

export function cellName(book: TemplateBook, key: string, relativeTo?: string): Shown {
  const cell = book.cells.get(key);
  const tableId = key.split("|")[0];
  const def = book.set.tables.find((t) => t.id === tableId);
  const sameTable = relativeTo !== undefined && relativeTo.split("|")[0] === tableId;
  const prefix = sameTable || !def ? "" : `${def.number} `;
  const prefixEn = sameTable || !def ? "" : `table ${def.id} `;
  if (!cell) return { zh: `${prefix}${key}`, en: `${prefixEn}${key}` };
  return { zh: `${prefix}${cell.label}`, en: `${prefixEn}${cell.labelEn}` };
}

/** Digits to show: those of the given figures involved, at least 2 (amounts in 万元). */
export function decimalsOf(book: TemplateBook, keys: readonly string[]): number {
  let d = 2;
  for (const k of keys) {
    const g = book.data.values.get(k);
    if (g && g.decimals !== undefined) d = Math.max(d, g.decimals);
  }
  return d;
}

/** A figure as given (“1641”), or inferred (“3055.49（推算）”), or “未填” when nothing bounds it. */
export function showTerm(
  book: TemplateBook,
  key: string,
  bounds: Map<string, Bound>,
  exact?: ReadonlyMap<string, Dec>,
): Shown {
  const b = bounds.get(key)!;
  const g = book.data.values.get(key);
  const x = exact?.get(key);
  if (x && !(g && x.equals(g.value))) return both(formatNumber(x, 2));
  if (b.fixed && g) return both(formatNumber(g.value, g.decimals ?? 2));
  if (!isBounded(b.interval)) {
    if (b.interval.lo.isFinite() && !b.interval.lo.isZero()) {
      const lo = formatNumber(b.interval.lo, 2);
      return { zh: `≥${lo}（推算）`, en: `≥${lo} (inferred)` };
    }
    return { zh: "未填", en: "blank" };
  }
  const v = formatNumber(b.nominal, 2);
  return { zh: `${v}（推算）`, en: `${v} (inferred)` };
}

export function nominalSum(terms: readonly Term[], bounds: Map<string, Bound>): Dec {
  let s = new Dec(0);
  for (const t of terms) s = s.plus(bounds.get(t.key)!.nominal.times(t.sign));
  return s;
}

/** “本年收入合计 3055.49（推算）+ 年初财政拨款结转和结余 0.00（推算）” */
export function showSum(
  book: TemplateBook,
  terms: readonly Term[],
  bounds: Map<string, Bound>,
  anchor?: string,
  exact?: ReadonlyMap<string, Dec>,
): Shown {
  const zh: string[] = [];
  const en: string[] = [];
  terms.forEach((t, i) => {
    const name = cellName(book, t.key, anchor);
    const v = showTerm(book, t.key, bounds, exact);
    const op = i === 0 ? (t.sign === -1 ? "−" : "") : t.sign === -1 ? " − " : " + ";
    zh.push(`${op}${name.zh} ${v.zh}`);
    en.push(`${op}${name.en} ${v.en}`);
  });
  return { zh: zh.join(""), en: en.join("") };
}

/** A side's total as the figures printed imply it; “?” when a blank leaves it open. */
export function showTotal(
  book: TemplateBook,
  terms: readonly Term[],
  bounds: Map<string, Bound>,
  exact?: ReadonlyMap<string, Dec>,
): Shown {
  const decimals = decimalsOf(
    book,
    terms.map((t) => t.key),
  );
  if (exact && terms.every((t) => exact.has(t.key))) {
    let s = new Dec(0);
    for (const t of terms) s = s.plus(exact.get(t.key)!.times(t.sign));
    return both(formatNumber(s, decimals));
  }
  const open = terms.some((t) => !isBounded(bounds.get(t.key)!.interval));
  if (open) return { zh: "（含未填项）", en: "(with blanks)" };
  return both(formatNumber(nominalSum(terms, bounds), decimals));
}

/** Where the inferred figures came from: the constraint that last narrowed each, once. */
export function showDerivations(
  book: TemplateBook,
  c: Constraint,
  bounds: Map<string, Bound>,
): Shown | null {
  const used = new Set<Constraint>();
  for (const t of [...c.lhs, ...c.rhs]) {
    const b = bounds.get(t.key)!;
    if (!b.fixed && b.from && b.from !== c && isBounded(b.interval)) used.add(b.from);
  }
  if (used.size === 0) return null;
  const zh: string[] = [];
  const en: string[] = [];
  for (const d of used) {
    if (d.description) {
      zh.push(d.description.zh);
      en.push(d.description.en);
    } else if (d.target) {
      const name = (k: string) => cellName(book, k, d.target);
      const rhs = (lang: "zh" | "en") =>
        d.rhs
          .map(
            (t, i) =>
              `${i === 0 ? (t.sign === -1 ? "−" : "") : t.sign === -1 ? " − " : " + "}${name(t.key)[lang]}`,
          )
          .join("");
      const target = cellName(book, d.target);
      zh.push(`${target.zh} = ${rhs("zh")}`);
      en.push(`${target.en} = ${rhs("en")}`);
    }
  }
  return {
    zh: `推算依据：${[...new Set(zh)].join("；")}。`,
    en: `Inferred from: ${[...new Set(en)].join("; ")}.`,
  };
}
