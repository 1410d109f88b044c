import { Dec } from "../numbers";
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
 * - an input holds its value, or stays empty (empty is not zero) — unless another table
 *   determines it (a link): then, with no value given, it holds that formula;
 * - a total is computed from its parts when every part of one of its sums is known;
 * - a given figure that its known parts already add up to (the blank ones being 0), or
 *   that another table shows, is that formula: no typed total beside its detail;
 * - otherwise it holds the figure given for it (a narrative gives 合计 without its 款);
 * - with none given and no part of its own known, another table's figure when a link's
 *   sources are all known;
 * - with nothing stated it sums whatever parts there are (the live template).
 * A cell is known when it has a value or a complete formula. Only complete links are
 * taken for totals, and a cell being decided is not known to the cells it asks about, so
 * the formulas chosen never refer to one another in a circle.
 */
export function resolveCells(
  models: readonly SheetModel[],
  given: FillData,
): Map<string, Resolved> {
  const cells = new Map<string, ModelCell>();
  for (const m of models) for (const c of m.cells) cells.set(c.key, c);
  const data = givenAtSource(cells, given);
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
    const own = cell.exprs.filter((e) => !e.link);
    const links = cell.exprs.filter((e) => e.link);
    const complete = (e: Expr) => e.terms.every((t) => known(t.key));
    if (cell.input) {
      if (given) {
        // The same figure in the table it repeats: the reference, not a second typed copy.
        const same = links.find((e) => complete(e) && sumsTo(e, given.value));
        if (same) return { mode: "formula", expr: same, complete: true };
        return { mode: "value", given, stated: false };
      }
      const link = links.find(complete) ?? links[0];
      return link ? { mode: "formula", expr: link, complete: complete(link) } : { mode: "empty" };
    }
    // The first complete sum wins: looking no further keeps the cells a later sum names
    // from being decided while this one is (they could not take a link through it).
    const full = own.find(complete);
    if (full) return { mode: "formula", expr: full, complete: true };
    const counts = own.map((e) => e.terms.filter((t) => known(t.key)).length);
    if (given) {
      // A given figure stays unless a formula shows that very figure: a conflict between
      // tables stays visible (and is reported) rather than overwritten by a link.
      const same =
        own.find((e, i) => counts[i] > 0 && sumsTo(e, given.value)) ??
        links.find((e) => complete(e) && sumsTo(e, given.value));
      if (same) return { mode: "formula", expr: same, complete: true };
      return { mode: "value", given, stated: true };
    }
    // Another table's figure only where the cell has no detail of its own to sum.
    const link = counts.every((n) => n === 0) ? links.find(complete) : undefined;
    if (link) return { mode: "formula", expr: link, complete: true };
    let best = 0;
    counts.forEach((n, i) => (n > counts[best] ? (best = i) : undefined));
    return { mode: "formula", expr: own[best], complete: false };
  }

  /** The value of a known cell (as evaluate.ts computes it), null for a blank one. */
  const values = new Map<string, Dec | null>();
  function valueOf(key: string): Dec | null {
    if (values.has(key)) return values.get(key)!;
    const r = resolve(key);
    let v: Dec | null = null;
    if (r?.mode === "value") v = r.given.value;
    else if (r?.mode === "formula" && r.complete) v = sumOf(r.expr);
    values.set(key, v);
    return v;
  }

  /** A sum as its formula shows it: blank while its added terms are, blank terms 0. */
  function sumOf(e: Expr): Dec | null {
    let total = new Dec(0);
    let any = false;
    for (const t of e.terms) {
      const v = known(t.key) ? valueOf(t.key) : null;
      if (v === null) continue;
      if (t.sign === 1) any = true;
      total = t.sign === 1 ? total.plus(v) : total.minus(v);
    }
    return any ? total : null;
  }

  /** What a cell shows, blank parts counted as 0 (complete or not), null when blank. */
  function shownValue(key: string, depth = 0): Dec | null {
    const r = out.get(key);
    if (r?.mode === "value") return r.given.value;
    if (r?.mode !== "formula" || depth > 64) return null;
    let total = new Dec(0);
    let any = false;
    for (const t of r.expr.terms) {
      const v = shownValue(t.key, depth + 1);
      if (v === null) continue;
      if (t.sign === 1) any = true;
      total = t.sign === 1 ? total.plus(v) : total.minus(v);
    }
    return any ? total : null;
  }

  /** Does the formula of `from` refer, through other formulas, to `to`? */
  function reaches(from: string, to: string, seen = new Set<string>()): boolean {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const r = out.get(from);
    return r?.mode === "formula" && r.expr.terms.some((t) => reaches(t.key, to, seen));
  }

  /** Does a sum of the known terms (blank ones 0, as SUM counts them) give `value`? */
  function sumsTo(e: Expr, value: Dec): boolean {
    return sumOf(e)?.equals(value) ?? false;
  }

  for (const key of cells.keys()) resolve(key);
  settle();
  return out;

  /**
   * A cell decided while a cell it needs was still being decided saw that one as unknown
   * (05 项目支出 = 合计 − 基本 asked while 合计 weighed 基本 + 项目). Once every cell is
   * decided, an incomplete formula gets the complete sum or link it now has, until nothing
   * changes. It only takes terms that are known already, so no circle forms.
   */
  function settle(): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const [key, r] of out) {
        const cell = cells.get(key)!;
        // Only an incomplete formula: no complete formula rests on it, so none can come
        // to rest on itself (a stated figure may already be a term of one).
        if (r.mode !== "formula" || r.complete) continue;
        const done = (e: Expr) => e.terms.every((t) => known(t.key));
        const own = cell.exprs.filter((e) => !e.link);
        const detail = own.some((e) => e.terms.some((t) => known(t.key)));
        const next = (done(r.expr) ? r.expr : undefined) ?? own.find(done);
        // A total with no detail of its own shows what another table shows, even when that
        // one is a sum with blank parts (01 本年支出合计 over the classes a unit has).
        const shows = (e: Expr) =>
          e.terms.every((t) => shownValue(t.key) !== null && !reaches(t.key, key));
        const link = next || detail ? undefined : cell.exprs.find((e) => e.link && shows(e));
        if (!next && (!link || link === r.expr)) continue;
        out.set(
          key,
          next
            ? { mode: "formula", expr: next, complete: true }
            : { mode: "formula", expr: link!, complete: done(link!) },
        );
        values.clear();
        changed = true;
      }
    }
  }
}

/**
 * A figure given for a cell that merely repeats another table's cell (02's 上级补助收入 is
 * 01's) goes into that cell when nothing is given for it there: typed once, where the
 * other table takes it from, so the repeating cell keeps its live reference instead of
 * a second typed copy (and the pane does not ask to overwrite the template's formula).
 */
function givenAtSource(cells: ReadonlyMap<string, ModelCell>, data: FillData): FillData {
  let values: Map<string, Given> | undefined;
  for (const [key, given] of data.values) {
    const cell = cells.get(key);
    if (!cell?.input) continue;
    const copies = cell.exprs.filter(
      (e) => e.link && e.terms.length === 1 && e.terms[0].sign === 1,
    );
    if (copies.length !== 1) continue;
    const source = copies[0].terms[0].key;
    const at = cells.get(source);
    if (!at?.input || at.text || data.values.has(source) || values?.has(source)) continue;
    values ??= new Map(data.values);
    values.delete(key);
    values.set(source, given);
  }
  return values ? { ...data, values } : data;
}
