import { a1, type Rect } from "../core/templates/a1";
import { fingerprint, type LayoutCell, type SheetLayout } from "../core/templates/layout";
import type { StyleKey } from "../core/templates/styles";

/**
 * What one run of the template writer must change on one sheet, decided from plain
 * data (the layout, and what the sheet holds now) so that it can be tested without
 * Excel. The Office.js code only renders the plan.
 */

/** What a previous run left in the workbook settings, per sheet. */
export interface StoredLayout {
  signature: string;
  rowKeys: string[];
  /**
   * What the template wrote into each label and formula cell, by row key and column
   * (“title|0”), as a fingerprint of the text: a cell that no longer holds it was edited
   * by the user. Absent in records of versions before it: then every such cell that
   * differs from the new layout is the user's until they agree.
   */
  written?: Record<string, string>;
}

/** The user's consent to overwrite a cell, given for the content it held when asked. */
export interface Approval {
  /** “sheet!A1”. */
  cell: string;
  /** The content the user saw there (Conflict.existing): the consent lapses when it changes. */
  seen: unknown;
}

export interface ExistingSheet {
  /** `formulas` of the used range (formula text or constant; "" for blank). */
  formulas: ReadonlyArray<ReadonlyArray<unknown>>;
  /**
   * `numberFormat` of the same range, when read: a cell formatted as text (“@”) holds
   * “=…” as text, not as a formula, and a formula written into it would become text.
   */
  formats?: ReadonlyArray<ReadonlyArray<unknown>>;
  top: number;
  left: number;
  stored?: StoredLayout;
}

/** A non-empty cell the template would change: kept as it is unless the user consents. */
export interface Conflict {
  sheet: string;
  /** A1 address on the sheet (in the new layout). */
  cell: string;
  key?: string;
  existing: unknown;
  proposed: unknown;
}

export interface WriteOptions {
  /** Overwrite every conflicting cell. */
  overwrite?: boolean;
  /** Cells the user approved overwriting, each while it holds what the user saw. */
  approved?: readonly Approval[];
}

/**
 * Contents to write over `rect`, in three grids of the same shape where null leaves a cell
 * as it is: `formats` first (“@” before text; “General” where a formula or number goes
 * into a cell formatted as text), then `texts` through `Range.values` (in a text-formatted
 * cell, so that “=…”, “+…”, “-…” stay text), then `formulas` (numbers and formulas).
 * `grid` is all of them together, as the sheet will hold them.
 */
export interface PlanContents {
  rect: Rect;
  grid: Array<Array<string | number | null>>;
  formats: Array<Array<"@" | "General" | null>>;
  texts: Array<Array<string | null>>;
  formulas: Array<Array<string | number | null>>;
}

export interface SheetPlan {
  sheet: string;
  /** What to write. Absent when nothing changes. */
  contents?: PlanContents;
  conflicts: Conflict[];
  /** Formats, merges, widths, freeze and print setup must be (re)applied. */
  restyle: boolean;
  /** The rows moved since the last run (values were carried to their new rows). */
  moved: boolean;
  cellsWritten: number;
}

type Content = string | number | boolean;

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

function same(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (typeof a === "number" && typeof b === "string") return b.trim() !== "" && Number(b) === a;
  if (typeof a === "string" && typeof b === "number") return same(b, a);
  return a === b;
}

const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");

/** The record of a label or formula cell's content (see StoredLayout.written). */
const writtenKey = (layout: SheetLayout, c: LayoutCell) =>
  `${layout.rowKeys[c.row] ?? c.row}|${c.col}`;
const writtenPrint = (content: unknown): string =>
  fingerprint(isFormula(content) ? formulaText(content as string) : String(content ?? ""));

/** What a run writes into the template's label and formula cells, for the next run's record. */
export function writtenRecord(layout: SheetLayout): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of layout.cells) {
    const want = proposed(c);
    if (c.kind !== "input" && want !== null && want !== "")
      out[writtenKey(layout, c)] = writtenPrint(want);
  }
  return out;
}

/** A cell's number format, as read: text (“@”) or anything else. */
const TEXT_FORMAT = "@";

/**
 * Formula text compared as Excel may give it back: case, spaces and sheet-name quotes aside.
 * Strings and quoted names are consumed whole (never rescanned from inside: linear).
 */
const formulaText = (f: string) =>
  f
    .replace(/"(?:[^"]|"")*"|'((?:[^']|'')+)'(!?)/g, (m, name?: string, bang?: string) =>
      bang ? `${name}!` : m,
    )
    .replace(/\s+/g, "")
    .toUpperCase();

/** The content the layout wants in a cell: label text, “=formula”, or the proposed input. */
function proposed(c: LayoutCell): Content | null {
  if (c.kind === "formula") return `=${c.formula}`;
  if (c.value === null || c.value === undefined) return null;
  return c.value;
}

export function planSheet(
  layout: SheetLayout,
  existing: ExistingSheet | null,
  options: WriteOptions = {},
): SheetPlan {
  const at = (r: number, c: number): unknown =>
    existing ? (existing.formulas[r - existing.top]?.[c - existing.left] ?? "") : "";
  /** Whether a cell is formatted as text now (its “=…” is text, not a formula). */
  const textFormatAt = (r: number, c: number): boolean =>
    existing?.formats?.[r - existing.top]?.[c - existing.left] === TEXT_FORMAT;
  /** A formula already in the sheet: “=…” in a cell not formatted as text. */
  const formulaAt = (r: number, c: number): boolean => isFormula(at(r, c)) && !textFormatAt(r, c);
  const stored = existing?.stored;
  const oldRowOf = (r: number): number => {
    if (!stored) return r;
    const key = layout.rowKeys[r];
    return key === undefined ? r : stored.rowKeys.indexOf(key);
  };
  const moved = !!stored && layout.rowKeys.some((_, r) => oldRowOf(r) !== r);
  const approvals = new Map((options.approved ?? []).map((a) => [a.cell, a.seen]));
  /**
   * The user agreed to replace what the cell holds now: an approval given for other
   * content (a co-author's edit since, or the user's own) has lapsed.
   */
  const consent = (address: string, now: unknown) => {
    if (options.overwrite === true) return true;
    const key = `${layout.name}!${address}`;
    return approvals.has(key) && same(approvals.get(key), now);
  };
  /** Whether a label or formula cell still holds what the template wrote there last time. */
  const templateWrote = (c: LayoutCell, before: unknown): boolean =>
    stored?.written?.[writtenKey(layout, c)] === writtenPrint(before);

  /**
   * A formula in a cell the template computes is the template's own (replaced without
   * asking) only on a sheet the add-in wrote (its layout record exists), and, while that
   * layout is unchanged, only when it is the formula the template wrote there: otherwise
   * it is the user's, and a conflict.
   */
  const templateFormula = (c: LayoutCell, before: unknown, want: string): boolean => {
    if (!isFormula(before)) return false;
    if (formulaText(before as string) === formulaText(want)) return true;
    // The template's earlier formula (the layout changed since); any other is the user's.
    return templateWrote(c, before);
  };

  const finals = new Map<string, Content>();
  // Where the final content is text: written as a value into a cell formatted as text, so
  // that a label or a text taken from the narrative (“=HYPERLINK(…)”) never becomes a formula.
  const textual = new Set<string>();
  /** The user's content kept or carried from (row, col): text unless it was a formula there. */
  const keepText = (pos: string, r: number, c: number) => {
    if (typeof at(r, c) === "string" && !formulaAt(r, c)) textual.add(pos);
  };
  const conflicts: Conflict[] = [];
  for (const c of layout.cells) {
    const want = proposed(c);
    const oldRow = moved ? oldRowOf(c.row) : c.row;
    const before = oldRow >= 0 ? at(oldRow, c.col) : "";
    const pos = `${c.row},${c.col}`;
    let final: Content;
    if (c.kind === "label") {
      // A blank label cell may hold the user's own note: it is treated as the user's cell
      // (left alone, or carried with its row when rows move, see below).
      if (want === "" || want === null) continue;
      if (
        existing &&
        !isBlank(before) &&
        !same(before, want) &&
        !templateWrote(c, before) &&
        !consent(c.address, before)
      ) {
        // Text the template did not write there (a sheet of that name the template did not
        // write, or a label the user edited, such as 部门：某局): the user's.
        conflicts.push({ sheet: layout.name, cell: c.address, existing: before, proposed: want });
        final = before as Content;
      } else final = want;
    } else if (c.kind === "formula") {
      if (
        isBlank(before) ||
        templateFormula(c, before, want as string) ||
        consent(c.address, before)
      )
        final = want!;
      else {
        conflicts.push({
          sheet: layout.name,
          cell: c.address,
          key: c.key,
          existing: before,
          proposed: want,
        });
        final = before as Content;
      }
    } else if (want === null) {
      final = isBlank(before) ? "" : (before as Content);
    } else if (isBlank(before) || same(before, want) || consent(c.address, before)) {
      final = want;
    } else {
      conflicts.push({
        sheet: layout.name,
        cell: c.address,
        key: c.key,
        existing: before,
        proposed: want,
      });
      final = before as Content;
    }
    finals.set(pos, final);
    if (final === before && before !== want) keepText(pos, oldRow, c.col);
    else if (c.kind !== "formula" && typeof final === "string") textual.add(pos);
  }

  // When rows moved, every other cell moves with its row too, as Excel moves a row's cells
  // when a row is inserted: a user's remark beside a table stays beside its line.
  if (moved && existing) carryUserCells(layout, existing, finals, conflicts, consent, keepText);

  const writes: Array<{ r: number; c: number; v: string | number; text: boolean }> = [];
  for (const [pos, value] of finals) {
    const [r, c] = pos.split(",").map(Number);
    const v = typeof value === "boolean" ? String(value) : value;
    const text = textual.has(pos) && v !== "";
    const changed = text
      ? // Text replaces a live formula even of the same characters (an older writer's).
        !same(at(r, c), v) || formulaAt(r, c)
      : !same(at(r, c), v) || (isFormula(v) && (!formulaAt(r, c) || at(r, c) !== v));
    if (changed) writes.push({ r, c, v, text });
  }
  const restyle = !existing || !stored || stored.signature !== layout.signature || moved;
  const plan: SheetPlan = {
    sheet: layout.name,
    conflicts,
    restyle,
    moved,
    cellsWritten: writes.length,
  };
  if (writes.length) {
    const rect = {
      top: Math.min(...writes.map((w) => w.r)),
      left: Math.min(...writes.map((w) => w.c)),
      bottom: Math.max(...writes.map((w) => w.r)),
      right: Math.max(...writes.map((w) => w.c)),
    };
    const blank = <T>() =>
      Array.from({ length: rect.bottom - rect.top + 1 }, () =>
        Array.from({ length: rect.right - rect.left + 1 }, () => null as T | null),
      );
    const contents: PlanContents = {
      rect,
      grid: blank(),
      formats: blank(),
      texts: blank(),
      formulas: blank(),
    };
    for (const w of writes) {
      const [i, j] = [w.r - rect.top, w.c - rect.left];
      contents.grid[i][j] = w.v;
      if (w.text) {
        contents.formats[i][j] = TEXT_FORMAT;
        contents.texts[i][j] = String(w.v);
      } else {
        // A formula or number typed into a text-formatted cell would stay text.
        if (textFormatAt(w.r, w.c) && w.v !== "") contents.formats[i][j] = "General";
        contents.formulas[i][j] = w.v;
      }
    }
    plan.contents = contents;
  }
  return plan;
}

/**
 * Carries the cells that are not the layout's (a user's remarks, a note typed into a blank
 * label cell) from their old row to the row that now has the same key; rows below the old
 * layout move by the change in its length. Cells of a row the new layout no longer has are
 * the template's own in the layout's columns (cleared); elsewhere they are the user's and
 * have nowhere to go: each is a conflict, kept in place unless the user consents, and what
 * would move onto a kept cell stays where it is too. Every other cell left behind is cleared.
 */
function carryUserCells(
  layout: SheetLayout,
  existing: ExistingSheet,
  finals: Map<string, Content>,
  conflicts: Conflict[],
  consent: (address: string, now: unknown) => boolean,
  keepText: (pos: string, row: number, col: number) => void,
): void {
  const stored = existing.stored!;
  const oldCount = stored.rowKeys.length;
  const newRowOf = (o: number): number =>
    o < oldCount ? layout.rowKeys.indexOf(stored.rowKeys[o]) : o + layout.rowKeys.length - oldCount;
  const layoutCols = new Set(layout.cells.map((c) => c.col));
  const moves: Array<{ from: string; to: string; value: Content }> = [];
  const kept = new Set<string>();
  const cells: Array<{ pos: string; value: Content }> = [];
  existing.formulas.forEach((line, i) =>
    line.forEach((value, j) => {
      if (isBlank(value)) return;
      const o = existing.top + i;
      const c = existing.left + j;
      const pos = `${o},${c}`;
      cells.push({ pos, value: value as Content });
      const n = newRowOf(o);
      if (n < 0) {
        if (layoutCols.has(c) || consent(a1(o, c), value)) return;
        conflicts.push({ sheet: layout.name, cell: a1(o, c), existing: value, proposed: "" });
        kept.add(pos);
      } else if (!finals.has(`${n},${c}`)) {
        // (A layout cell at the new place has already taken this content as its own.)
        moves.push({ from: pos, to: `${n},${c}`, value: value as Content });
      }
    }),
  );
  for (let grew = kept.size > 0; grew;) {
    grew = false;
    for (const m of moves) {
      if (kept.has(m.to) && !kept.has(m.from)) {
        kept.add(m.from);
        grew = true;
      }
    }
  }
  const rowCol = (pos: string) => pos.split(",").map(Number) as [number, number];
  for (const m of moves) {
    if (kept.has(m.from)) continue;
    finals.set(m.to, m.value);
    keepText(m.to, ...rowCol(m.from));
  }
  for (const { pos, value } of cells) {
    if (kept.has(pos)) {
      finals.set(pos, value);
      keepText(pos, ...rowCol(pos));
    } else if (!finals.has(pos)) finals.set(pos, "");
  }
}

/**
 * The cells of each style as few rectangles as possible: runs along each row, then
 * identical runs of consecutive rows joined. One format call per rectangle.
 */
export function styleRects(cells: readonly LayoutCell[]): Array<{ style: StyleKey; rect: Rect }> {
  const byStyle = new Map<StyleKey, Map<number, number[]>>();
  for (const c of cells) {
    const rows = byStyle.get(c.style) ?? new Map<number, number[]>();
    rows.set(c.row, [...(rows.get(c.row) ?? []), c.col]);
    byStyle.set(c.style, rows);
  }
  const out: Array<{ style: StyleKey; rect: Rect }> = [];
  for (const [style, rows] of byStyle) {
    const runs: Rect[] = [];
    for (const [row, cols] of [...rows].sort((a, b) => a[0] - b[0])) {
      const sorted = [...new Set(cols)].sort((a, b) => a - b);
      let start = sorted[0];
      for (let i = 1; i <= sorted.length; i++) {
        if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
        const run = { top: row, left: start, bottom: row, right: sorted[i - 1] };
        const above = runs.find(
          (x) => x.bottom === row - 1 && x.left === run.left && x.right === run.right,
        );
        if (above) above.bottom = row;
        else runs.push(run);
        start = sorted[i];
      }
    }
    for (const rect of runs) out.push({ style, rect });
  }
  return out;
}

export const rectA1 = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
