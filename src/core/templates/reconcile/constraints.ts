import type { Severity } from "../../findings";
import type { TemplateBook } from "../book";
import { cellKey, parseCellKey } from "../keys";
import type { Bilingual, Identity, IdentityTerm } from "../types";

export interface Term {
  key: string;
  sign: 1 | -1;
}

/** Σ lhs  rel  Σ rhs over cell keys; `target` is the computed cell a table sum defines. */
export interface Constraint {
  id: string;
  tag: "S" | "T" | "?";
  severity: Severity;
  lhs: Term[];
  rel: "eq" | "le";
  rhs: Term[];
  description?: Bilingual;
  target?: string;
  /** Checked, but not used to narrow other cells (see Identity.heuristic). */
  heuristic?: boolean;
}

const severityOf = (tag: "S" | "T" | "?", explicit?: Severity): Severity =>
  explicit ?? (tag === "?" ? "warning" : "error");

/** Within tables: every sum that defines a computed cell (合计 = Σ 类, 类 = Σ 款, 合计列 = Σ 分列 …). */
export function tableSumConstraints(book: TemplateBook): Constraint[] {
  const out: Constraint[] = [];
  for (const m of book.models) {
    for (const c of m.cells) {
      // A link states an identity between tables, which identityConstraints checks.
      for (const e of c.exprs.filter((x) => !x.link)) {
        out.push({
          id: e.id,
          tag: e.tag,
          severity: severityOf(e.tag),
          lhs: [{ key: c.key, sign: 1 }],
          rel: "eq",
          rhs: e.terms,
          target: c.key,
        });
      }
    }
  }
  return out;
}

/** The class codes an identity with `each: "class"` ranges over: 类 rows present in its coded tables. */
function classCodes(book: TemplateBook, identity: Identity): string[] {
  const codes = new Set<string>();
  for (const t of [...identity.lhs, ...identity.rhs]) {
    const model = book.models.find((m) => m.table.id === t.table);
    if (model?.table.kind !== "coded") continue;
    for (const c of model.cells) {
      const row = parseCellKey(c.key).row;
      if (/^\d{3}$/.test(row)) codes.add(row);
    }
  }
  return [...codes].sort();
}

const termOf = (t: IdentityTerm, code?: string): Term => ({
  key: cellKey(t.table, code ? t.row.replace("$code", code) : t.row, t.col),
  sign: t.sign ?? 1,
});

/** Between tables: the set's 审核公式, instantiated per class where asked. */
export function identityConstraints(book: TemplateBook): Constraint[] {
  const out: Constraint[] = [];
  for (const x of book.set.identities) {
    const codes = x.each === "class" ? classCodes(book, x) : [undefined];
    for (const code of codes) {
      out.push({
        id: x.id,
        tag: x.tag,
        severity: severityOf(x.tag, x.severity),
        lhs: x.lhs.map((t) => termOf(t, code)),
        rel: x.rel,
        rhs: x.rhs.map((t) => termOf(t, code)),
        heuristic: x.heuristic,
        description: code
          ? { zh: `${x.description.zh}（${code}）`, en: `${x.description.en} (${code})` }
          : x.description,
      });
    }
  }
  return out;
}
