import { fitsExcel, type Dec } from "../numbers";
import type { CellRef, Span } from "../span";
import { parseCellKey } from "./keys";
import type { TableId } from "./types";

/** Where a value put into a template cell came from. */
export type GivenSource =
  | { kind: "narrative"; span: Span; text: string }
  | { kind: "data"; file: string; line: number }
  | { kind: "workbook"; cell?: CellRef };

/** A value for a template cell: typed, read from a data file, or stated by a narrative. */
export interface Given {
  value: Dec;
  /** Decimals printed, when the value is a rounded figure (a narrative's); undefined = exact. */
  decimals?: number;
  source: GivenSource;
}

/** Everything that fills a template set: values by cell key, prior-year values, texts. */
export interface FillData {
  unit?: string;
  values: Map<string, Given>;
  /** 上年数, keyed by the key of the current-year cell they belong to. */
  prior: Map<string, Given>;
  /** Text cells (the performance form), by cell key. */
  texts: Map<string, string>;
  /** Codes to list in coded tables even without values (a data row of zeros). */
  rows: Map<TableId, Set<string>>;
}

export function emptyFillData(unit?: string): FillData {
  return { unit, values: new Map(), prior: new Map(), texts: new Map(), rows: new Map() };
}

/** Row keys that appear for a table in the data: values, prior values, listed rows. */
export function rowKeysIn(data: FillData, table: TableId): Set<string> {
  const out = new Set<string>(data.rows.get(table) ?? []);
  for (const map of [data.values, data.prior]) {
    for (const key of map.keys()) {
      const a = parseCellKey(key);
      if (a.table === table) out.add(a.row);
    }
  }
  for (const key of data.texts.keys()) {
    const a = parseCellKey(key);
    if (a.table === table) out.add(a.row);
  }
  return out;
}

/**
 * Merges fills: later sources win cell by cell (a data file over a narrative), so that
 * the narrative only supplies what the data leaves empty.
 */
export function mergeFillData(...fills: FillData[]): FillData {
  const out = emptyFillData();
  for (const f of fills) {
    out.unit = f.unit ?? out.unit;
    for (const [k, v] of f.values) out.values.set(k, v);
    for (const [k, v] of f.prior) out.prior.set(k, v);
    for (const [k, v] of f.texts) out.texts.set(k, v);
    for (const [t, codes] of f.rows) {
      const set = out.rows.get(t) ?? new Set<string>();
      for (const c of codes) set.add(c);
      out.rows.set(t, set);
    }
  }
  return out;
}

/** The tables a fill gives anything for. */
export function tablesIn(data: FillData): Set<TableId> {
  const out = new Set<TableId>(data.rows.keys());
  for (const map of [data.values, data.texts])
    for (const key of map.keys()) out.add(parseCellKey(key).table);
  return out;
}

/**
 * A fill without the tables another fill covers: a data file gives whole tables, so a
 * narrative fills only the tables the data leaves out (and is checked against the rest).
 */
export function withoutTables(data: FillData, tables: ReadonlySet<TableId>): FillData {
  const keep = <V>(map: Map<string, V>) =>
    new Map([...map].filter(([k]) => !tables.has(parseCellKey(k).table)));
  return {
    unit: data.unit,
    values: keep(data.values),
    prior: keep(data.prior),
    texts: keep(data.texts),
    rows: new Map([...data.rows].filter(([t]) => !tables.has(t))),
  };
}

/** Values (current and prior) that Excel cannot hold as given: more than 15 significant digits. */
export function valuesBeyondExcel(data: FillData): Given[] {
  return [...data.values.values(), ...data.prior.values()].filter((g) => !fitsExcel(g.value));
}
