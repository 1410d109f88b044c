import type { Finding, Severity } from "../../findings";
import { Dec, formatNumber, sumIntervals } from "../../numbers";
import type { CellRef } from "../../span";
import { cellRefOf, type TemplateBook } from "../book";
import { canBeAtMost, givenInterval, intersect, isBounded, unknownInterval } from "./bounds";
import {
  identityConstraints,
  tableSumConstraints,
  type Constraint,
  type Term,
} from "./constraints";
import { cellName, decimalsOf, nominalSum, showDerivations, showSum, showTotal } from "./explain";
import { propagate, type Bound } from "./propagate";

export type { Constraint } from "./constraints";

/**
 * Checks every identity of the filled tables (the sums inside each table and the 审核公式
 * between tables) and returns findings addressed to cells, with the arithmetic.
 *
 * Empty cells are unknowns (≥ 0), never zeros; a printed figure stands for every value
 * that rounds to it. Unknowns are narrowed from all identities together, so a conflict
 * that spans tables is found (01 shows no 年初结转 while 04's 总计 exceeds its income).
 * An identity fails only when no values inside those ranges satisfy it; one that holds
 * only thanks to rounding is `info` (尾差). A finding resting on an unverified (“?”)
 * identity is at most a warning. Conflicts that share an inferred figure are reported
 * once, by the identity with the shortest explanation.
 */
export function reconcile(book: TemplateBook): Finding[] {
  const constraints = [...tableSumConstraints(book), ...identityConstraints(book)];
  const bounds = initialBounds(book, constraints);
  propagate(constraints, bounds);

  const failures: Array<{
    c: Constraint;
    chain: Set<Constraint>;
    roots: Set<string>;
    inferred: string[];
  }> = [];
  const findings: Finding[] = [];
  for (const c of constraints) {
    const lhs = side(c.lhs, bounds);
    const rhs = side(c.rhs, bounds);
    const holds = c.rel === "eq" ? intersect(lhs, rhs) !== null : canBeAtMost(lhs, rhs);
    if (holds) {
      const r = c.rel === "eq" ? roundingDifference(book, c) : null;
      if (r) findings.push(finding(book, c, bounds, "info", r.diff, r.exact));
      continue;
    }
    const chain = new Set<Constraint>([c]);
    const roots = new Set<string>();
    const inferred: string[] = [];
    for (const t of [...c.lhs, ...c.rhs]) {
      const b = bounds.get(t.key)!;
      for (const r of b.roots) roots.add(r);
      if (b.fixed || !isBounded(b.interval)) continue;
      inferred.push(t.key);
      for (const d of b.deps) chain.add(d);
    }
    failures.push({ c, chain, roots, inferred });
  }

  // One conflict shows through several identities (01's total, copied into 02 and 04 …):
  // report it once, where the explanation is shortest, and drop the failures that rest on
  // no given figure beyond those of a failure already reported, or on a figure inferred
  // for one.
  failures.sort((a, b) => a.roots.size - b.roots.size || a.chain.size - b.chain.size);
  const reported: Array<Set<string>> = [];
  const explained = new Set<string>();
  for (const f of failures) {
    if (reported.some((r) => [...f.roots].every((k) => r.has(k)))) continue;
    if (f.inferred.some((k) => explained.has(k))) continue;
    reported.push(f.roots);
    for (const k of f.inferred) explained.add(k);
    const diff = nominalSum(f.c.lhs, bounds).minus(nominalSum(f.c.rhs, bounds));
    findings.push(finding(book, f.c, bounds, leastSure(f.chain), diff));
  }
  return findings;
}

/**
 * Values known exactly: what the sheet shows for a computed cell (a complete formula),
 * else the given figure; for the cell a table sum defines, its given figure (that is the
 * figure being checked against its parts).
 */
function exactValues(book: TemplateBook, c: Constraint): Map<string, Dec> | null {
  const out = new Map<string, Dec>();
  for (const t of [...c.lhs, ...c.rhs]) {
    const given = book.data.values.get(t.key)?.value;
    const r = book.resolved.get(t.key);
    const shown = r?.mode === "formula" && r.complete ? book.values.get(t.key) : null;
    const v = t.key === c.target ? (given ?? shown) : (shown ?? given);
    if (!v) return null;
    out.set(t.key, v);
  }
  return out;
}

/**
 * A figure stated as the sum of figures that are all known but add up to something
 * else: the identity holds only thanks to rounding, hence info.
 */
function roundingDifference(
  book: TemplateBook,
  c: Constraint,
): { diff: Dec; exact: Map<string, Dec> } | null {
  const exact = exactValues(book, c);
  if (!exact) return null;
  const sum = (terms: readonly Term[]) =>
    terms.reduce((s, t) => s.plus(exact.get(t.key)!.times(t.sign)), new Dec(0));
  const diff = sum(c.lhs).minus(sum(c.rhs));
  return diff.isZero() ? null : { diff, exact };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function leastSure(chain: Set<Constraint>): Severity {
  let s: Severity = "error";
  for (const c of chain) if (RANK[c.severity] > RANK[s]) s = c.severity;
  return s;
}

function initialBounds(book: TemplateBook, constraints: readonly Constraint[]): Map<string, Bound> {
  const bounds = new Map<string, Bound>();
  const add = (key: string) => {
    if (bounds.has(key)) return;
    const given = book.data.values.get(key);
    const cell = book.cells.get(key);
    bounds.set(
      key,
      given && cell
        ? {
            interval: givenInterval(given),
            fixed: true,
            nominal: given.value,
            deps: new Set(),
            roots: new Set([key]),
          }
        : {
            interval: unknownInterval(cell?.signed),
            fixed: false,
            nominal: new Dec(0),
            deps: new Set(),
            roots: new Set(),
          },
    );
  };
  for (const c of book.cells.values()) if (!c.text) add(c.key);
  for (const c of constraints) for (const t of [...c.lhs, ...c.rhs]) add(t.key);
  return bounds;
}

const side = (terms: readonly Term[], bounds: Map<string, Bound>) =>
  sumIntervals(
    terms.map((t) =>
      t.sign === 1 ? bounds.get(t.key)!.interval : bounds.get(t.key)!.interval.negate(),
    ),
  );

/** The cell a finding is shown on: the computed cell, else the whole (≤) or the left side (=). */
function anchorOf(c: Constraint, bounds: Map<string, Bound>): string {
  if (c.target) return c.target;
  const terms = c.rel === "le" ? [...c.rhs, ...c.lhs] : [...c.lhs, ...c.rhs];
  return (terms.find((t) => bounds.get(t.key)!.fixed) ?? terms[0]).key;
}

function finding(
  book: TemplateBook,
  c: Constraint,
  bounds: Map<string, Bound>,
  severity: Severity,
  diff: Dec,
  exact?: Map<string, Dec>,
): Finding {
  const anchor = anchorOf(c, bounds);
  const rel = c.target;
  const lhsText = showSum(book, c.lhs, bounds, rel, exact);
  const rhsText = showSum(book, c.rhs, bounds, rel, exact);
  const withTotal = (text: { zh: string; en: string }, terms: Term[]) => {
    if (terms.length === 1) return text;
    const t = showTotal(book, terms, bounds, exact);
    return { zh: `${text.zh} = ${t.zh}`, en: `${text.en} = ${t.en}` };
  };
  const left = withTotal(lhsText, c.lhs);
  const right = withTotal(rhsText, c.rhs);
  const decimals = decimalsOf(
    book,
    [...c.lhs, ...c.rhs].map((t) => t.key),
  );
  const open = !exact && [...c.lhs, ...c.rhs].some((t) => !isBounded(bounds.get(t.key)!.interval));
  const d = open ? null : formatNumber(diff.abs(), decimals);
  let zh: string;
  let en: string;
  if (severity === "info") {
    zh = `尾差：${left.zh}，${right.zh}，相差 ${d}，在四舍五入范围内`;
    en = `Rounding: ${left.en}; ${right.en}; they differ by ${d}, within rounding`;
  } else if (c.rel === "eq") {
    zh = `${left.zh}，但 ${right.zh}${d ? `，相差 ${d}` : ""}`;
    en = `${left.en}, but ${right.en}${d ? `: a difference of ${d}` : ""}`;
  } else {
    zh = `${left.zh}，超过 ${right.zh}${d ? `，超出 ${d}` : ""}`;
    en = `${left.en} exceeds ${right.en}${d ? ` by ${d}` : ""}`;
  }
  if (c.description) {
    zh += `（${c.description.zh}）`;
    en += ` (${c.description.en})`;
  }
  zh += "。";
  en += ".";
  const derivation = severity === "info" ? null : showDerivations(book, c, bounds);
  if (derivation) {
    zh += derivation.zh;
    en += ` ${derivation.en}`;
  }
  const cell = cellRefOf(book, anchor);
  const related: CellRef[] = [];
  for (const t of [...c.lhs, ...c.rhs]) {
    const ref = t.key !== anchor ? cellRefOf(book, t.key) : undefined;
    if (ref) related.push(ref);
  }
  const name = cellName(book, anchor);
  const given = book.data.values.get(anchor);
  const shown = given ? formatNumber(given.value, given.decimals ?? 2) : "";
  const expected =
    c.target === anchor && !open ? formatNumber(nominalSum(c.rhs, bounds), decimals) : undefined;
  return {
    rule: c.id,
    severity,
    message: cell ? zh : `${name.zh}：${zh}`,
    messageEn: cell ? en : `${name.en}: ${en}`,
    ...(cell ? { cell } : {}),
    text: shown,
    ...(shown ? { actual: shown } : {}),
    ...(expected ? { expected } : {}),
    related,
  };
}
