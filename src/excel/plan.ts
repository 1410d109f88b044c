import { a1, type Rect } from "../core/templates/a1";
import type { LayoutCell, SheetLayout } from "../core/templates/layout";
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
}

export interface ExistingSheet {
  /** `formulas` of the used range (formula text or constant; "" for blank). */
  formulas: ReadonlyArray<ReadonlyArray<unknown>>;
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
  /** Cells the user approved overwriting, as “sheet!A1”. */
  approved?: readonly string[];
}

export interface SheetPlan {
  sheet: string;
  /** Contents to write over `rect`: null leaves a cell as it is. Absent when nothing changes. */
  contents?: { rect: Rect; grid: Array<Array<string | number | null>> };
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
  const stored = existing?.stored;
  const oldRowOf = (r: number): number => {
    if (!stored) return r;
    const key = layout.rowKeys[r];
    return key === undefined ? r : stored.rowKeys.indexOf(key);
  };
  const moved = !!stored && layout.rowKeys.some((_, r) => oldRowOf(r) !== r);
  const approved = new Set(options.approved ?? []);
  const consent = (address: string) =>
    options.overwrite === true || approved.has(`${layout.name}!${address}`);

  /**
   * A formula in a cell the template computes is the template's own (replaced without
   * asking) only on a sheet the add-in wrote (its layout record exists), and, while that
   * layout is unchanged, only when it is the formula the template wrote there: otherwise
   * it is the user's, and a conflict.
   */
  const templateFormula = (before: unknown, want: string): boolean => {
    if (!isFormula(before)) return false;
    if (formulaText(before as string) === formulaText(want)) return true;
    return !!stored && stored.signature !== layout.signature;
  };

  const finals = new Map<string, Content>();
  const conflicts: Conflict[] = [];
  for (const c of layout.cells) {
    const want = proposed(c);
    const oldRow = moved ? oldRowOf(c.row) : c.row;
    const before = oldRow >= 0 ? at(oldRow, c.col) : "";
    let final: Content;
    if (c.kind === "label") {
      // A blank label cell may hold the user's own note: it is treated as the user's cell
      // (left alone, or carried with its row when rows move, see below).
      if (want === "" || want === null) continue;
      if (existing && !stored && !isBlank(before) && !same(before, want) && !consent(c.address)) {
        // A sheet of that name the template did not write: its text is the user's.
        conflicts.push({ sheet: layout.name, cell: c.address, existing: before, proposed: want });
        final = before as Content;
      } else final = want;
    } else if (c.kind === "formula") {
      if (isBlank(before) || templateFormula(before, want as string) || consent(c.address))
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
    } else if (isBlank(before) || same(before, want) || consent(c.address)) {
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
    finals.set(`${c.row},${c.col}`, final);
  }

  // When rows moved, every other cell moves with its row too, as Excel moves a row's cells
  // when a row is inserted: a user's remark beside a table stays beside its line.
  if (moved && existing) carryUserCells(layout, existing, finals, conflicts, consent);

  const writes: Array<{ r: number; c: number; v: string | number }> = [];
  for (const [pos, v] of finals) {
    const [r, c] = pos.split(",").map(Number);
    if (!same(at(r, c), v) || (typeof v === "string" && isFormula(v) && at(r, c) !== v)) {
      writes.push({ r, c, v: typeof v === "boolean" ? String(v) : v });
    }
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
    const grid = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
      Array.from({ length: rect.right - rect.left + 1 }, () => null as string | number | null),
    );
    for (const w of writes) grid[w.r - rect.top][w.c - rect.left] = w.v;
    plan.contents = { rect, grid };
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
  consent: (address: string) => boolean,
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
        if (layoutCols.has(c) || consent(a1(o, c))) return;
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
  for (const m of moves) if (!kept.has(m.from)) finals.set(m.to, m.value);
  for (const { pos, value } of cells) {
    if (kept.has(pos)) finals.set(pos, value);
    else if (!finals.has(pos)) finals.set(pos, "");
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
