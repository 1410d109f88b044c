import { METRIC_IDS } from "../metrics/ids";
import { a1, a1Absolute, quoteSheet, rangeA1, type Rect } from "./a1";
import type { TemplateBook } from "./book";
import {
  change,
  completion,
  growth,
  reference,
  share,
  sum,
  type Computed,
  type FormulaResult,
  type Positions,
} from "./formula";
import { priorKey } from "./keys";
import { hiddenClassRows, wrappedRowHeights } from "./print-conventions";
import type { AnalysisLane, SheetModel } from "./sheet-model";
import type { StyleKey } from "./styles";
import type { TableId } from "./types";

/** One cell as the writers render it: plain data, no Office or exceljs types. */
export interface LayoutCell {
  row: number;
  col: number;
  address: string;
  /** label: fixed text; input: the user's (value may be null = leave blank); formula: computed. */
  kind: "label" | "input" | "formula";
  value?: string | number | null;
  /** Without the leading “=”. */
  formula?: string;
  /** What the formula shows, computed exactly by the engine: the cached result writers store. */
  result?: FormulaResult;
  style: StyleKey;
  /** Logical key of amount, text and 上年数 cells (see keys.ts). */
  key?: string;
  /** A cell note (a figure taken from the narrative without its parts). */
  note?: string;
  /** Internal hyperlink target, e.g. `'公开01表'!C16`. */
  link?: string;
}

export interface SheetLayout {
  name: string;
  table?: TableId;
  cells: LayoutCell[];
  merges: string[];
  widths: Array<{ col: number; width: number }>;
  freeze?: { rows: number; columns: number };
  print?: { area: string; orientation: "portrait" | "landscape"; titleRows?: string };
  /** Rows (0-based) hidden in the printed table, kept in the sheet (print-conventions.ts). */
  hiddenRows?: number[];
  /** Heights in points of rows whose wrapped text needs more than one line. */
  rowHeights?: Array<{ row: number; height: number }>;
  /** Stable key per row (see SheetModel.rowKeys) and the structure's fingerprint. */
  rowKeys: string[];
  signature: string;
}

/** A workbook-scoped name for a key total: FA_income_total → '公开01表'!$C$32. */
export interface NameDef {
  name: string;
  sheet: string;
  address: string;
  /** The Chinese label (names themselves are ASCII, which every spreadsheet accepts). */
  comment: string;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  names: NameDef[];
}

const ANALYSIS_HEADS = ["占比", "上年数", "增减额", "增长率"] as const;

/** Renders the filled template book as plain cells, formulas, styles and names. */
export function layoutWorkbook(book: TemplateBook): WorkbookLayout {
  const everywhere = new Map<string, { row: number; col: number; sheet: string }>();
  for (const m of book.models)
    for (const c of m.cells) everywhere.set(c.key, { row: c.row, col: c.col, sheet: m.sheet });
  const sheets = book.models.map((m) => layoutSheet(book, m, positionsOn(m.sheet, everywhere)));
  return { sheets, names: namesFor(book) };
}

/** Every cell's position as seen from `sheet`: cells of other tables carry their sheet. */
function positionsOn(
  sheet: string,
  everywhere: ReadonlyMap<string, { row: number; col: number; sheet: string }>,
): Positions {
  const out = new Map<string, { row: number; col: number; sheet?: string }>();
  for (const [key, p] of everywhere)
    out.set(key, p.sheet === sheet ? { row: p.row, col: p.col } : p);
  return out;
}

function layoutSheet(book: TemplateBook, m: SheetModel, positions: Positions): SheetLayout {
  const cells = new Map<string, LayoutCell>();
  const put = (c: Omit<LayoutCell, "address">) =>
    cells.set(`${c.row},${c.col}`, { ...c, address: a1(c.row, c.col) });

  for (const s of m.statics)
    put({ row: s.row, col: s.col, kind: "label", value: s.text, style: s.style });
  for (const c of m.cells) {
    const r = book.resolved.get(c.key)!;
    const typed = r.mode !== "formula";
    const style: StyleKey = c.text
      ? "text"
      : c.count
        ? "count"
        : c.total
          ? typed
            ? "amountTotalInput"
            : "amountTotal"
          : typed
            ? "amountInput"
            : "amount";
    if (r.mode === "formula") {
      put({
        row: c.row,
        col: c.col,
        kind: "formula",
        ...sum(r.expr, positions, book.values.get(c.key) ?? null),
        style,
        key: c.key,
      });
    } else if (r.mode === "value") {
      put({
        row: c.row,
        col: c.col,
        kind: "input",
        value: r.given.value.toNumber(),
        style,
        key: c.key,
        note: r.stated
          ? "说明所列数：明细未填，故未设公式 / Figure from the narrative; parts not given, so no formula"
          : undefined,
      });
    } else if (r.mode === "text") {
      put({ row: c.row, col: c.col, kind: "input", value: r.text, style, key: c.key });
    } else {
      put({ row: c.row, col: c.col, kind: "input", value: null, style, key: c.key });
    }
  }

  const merges: Rect[] = [...m.merges];
  let lastRow = m.lastRow;
  if (m.emptyNoteRow !== undefined && m.table.emptyNote && isEmptyTable(book, m)) {
    const text = m.table.emptyNote
      .replace("{year}", String(book.year))
      .replace("{unit}", book.unit);
    put({ row: m.emptyNoteRow, col: 0, kind: "label", value: text, style: "note" });
    merges.push({ top: m.emptyNoteRow, left: 0, bottom: m.emptyNoteRow, right: m.lastCol });
    lastRow = m.emptyNoteRow;
  }

  const widths = m.widths.map((width, col) => ({ col, width }));
  let col = m.lastCol + 2;
  for (const lane of m.lanes) {
    const used = layoutLane(book, m, lane, col, positions, put, merges);
    for (let i = 0; i < used; i++)
      widths.push({ col: col + i, width: i === 0 && !lane.aligned ? 24 : 11 });
    col += used + 1;
  }

  const list = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const mergeList = merges.map(rangeA1);
  const freezeColumns = m.table.kind === "coded" ? 2 : 0;
  const hiddenRows = hiddenClassRows(m, book.values);
  const rowHeights = wrappedRowHeights(list, widths, mergeList);
  return {
    name: m.sheet,
    table: m.table.id,
    cells: list,
    merges: mergeList,
    widths,
    freeze: { rows: m.headerRows.last + 1, columns: freezeColumns },
    print: {
      area: rangeA1({ top: 0, left: 0, bottom: lastRow, right: m.lastCol }),
      orientation: m.table.orientation,
      titleRows: `$${m.headerRows.first + 1}:$${m.headerRows.last + 1}`,
    },
    hiddenRows,
    rowHeights,
    rowKeys: m.rowKeys,
    // Which rows are hidden belongs to the structure: a change has the writer restyle.
    signature: signatureOf(list, [...mergeList, `hidden:${hiddenRows.join(",")}`]),
  };
}

/** “本表无数据” applies when the data gives this table values and all of them are 0. */
function isEmptyTable(book: TemplateBook, m: SheetModel): boolean {
  const given = m.cells.map((c) => book.data.values.get(c.key)).filter((g) => g !== undefined);
  return given.length > 0 && given.every((g) => g!.value.isZero());
}

function layoutLane(
  book: TemplateBook,
  m: SheetModel,
  lane: AnalysisLane,
  col0: number,
  positions: Positions,
  put: (c: Omit<LayoutCell, "address">) => void,
  merges: Rect[],
): number {
  const withBudget = lane.lines.some((l) => l.budget);
  const lead = lane.aligned ? [] : ["项目", "本年数"];
  const heads = [...lead, ...ANALYSIS_HEADS, ...(withBudget ? ["完成预算"] : [])];
  const titleRow = Math.max(1, m.headerRows.first - 1);
  const headRow = m.headerRows.last;
  put({ row: titleRow, col: col0, kind: "label", value: lane.title, style: "analysisTitle" });
  if (heads.length > 1)
    merges.push({ top: titleRow, left: col0, bottom: titleRow, right: col0 + heads.length - 1 });
  heads.forEach((h, i) =>
    put({ row: headRow, col: col0 + i, kind: "label", value: h, style: "analysisHeader" }),
  );

  const operand = (key: string) => {
    const p = positions.get(key);
    return p && !p.sheet
      ? { ref: a1(p.row, p.col), value: book.values.get(key) ?? null }
      : undefined;
  };
  const formula = (row: number, col: number, f: Computed, style: StyleKey) =>
    put({ row, col, kind: "formula", ...f, style });
  const gap = (row: number, col: number) =>
    put({ row, col, kind: "label", value: "", style: "analysisPercent" });
  lane.lines.forEach((line, i) => {
    const row = lane.aligned ? line.row! : headRow + 1 + i;
    let c = col0;
    let value = operand(line.value);
    if (!value) return;
    if (!lane.aligned) {
      put({ row, col: c++, kind: "label", value: line.label ?? "", style: "analysisLabel" });
      formula(row, c, reference(value), "analysisAmount");
      value = { ref: a1(row, c++), value: value.value };
    }
    const whole = line.shareOf ? operand(line.shareOf) : undefined;
    if (whole) formula(row, c, share(value, whole), "analysisPercent");
    else gap(row, c);
    c++;
    const pk = priorKey(line.value);
    const given = book.data.prior.get(line.value);
    put({
      row,
      col: c,
      kind: "input",
      value: given ? given.value.toNumber() : null,
      style: "analysisInput",
      key: pk,
    });
    const prior = { ref: a1(row, c++), value: given?.value ?? null };
    formula(row, c++, change(value, prior), "analysisAmount");
    formula(row, c++, growth(value, prior), "analysisPercent");
    if (withBudget) {
      const budget = line.budget ? operand(line.budget) : undefined;
      if (budget) formula(row, c, completion(value, budget), "analysisPercent");
      else gap(row, c);
      c++;
    }
  });
  return heads.length;
}

const FIXED = new Set<string>(METRIC_IDS);

/** Names for the key totals: the first cell of each fixed metric, ASCII, with the label as comment. */
function namesFor(book: TemplateBook): NameDef[] {
  const out: NameDef[] = [];
  const seen = new Set<string>();
  for (const m of book.models) {
    for (const c of m.cells) {
      if (!c.metric || !FIXED.has(c.metric)) continue;
      const name = `FA_${c.metric.replace(/\./g, "_")}${c.period && c.period !== "current" ? `_${c.period}` : ""}`;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({
        name,
        sheet: m.sheet,
        address: `${quoteSheet(m.sheet)}!${a1Absolute(c.row, c.col)}`,
        comment: `${m.table.number} ${c.label}`,
      });
    }
  }
  return out;
}

/** FNV-1a (32 bits, hex) of texts fed in order: a short fingerprint, not a security hash. */
export function fingerprint(...texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const s of texts) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, "0");
}

/** The structure's fingerprint (labels, formulas, styles, merges; not the input values). */
export function signatureOf(cells: readonly LayoutCell[], merges: readonly string[]): string {
  return fingerprint(
    ...cells.map(
      (c) =>
        `${c.address}|${c.kind}|${c.style}|${c.kind === "input" ? "" : (c.formula ?? c.value ?? "")};`,
    ),
    merges.join(","),
  );
}
