/*
 * Findings shown in the workbook: a fill colour by severity on the paragraph's or the
 * table's cell, and a note (or, on older Excel, a comment) listing that cell's findings.
 * Add-ins cannot format part of a cell's text, so the exact span is shown in the pane.
 *
 * The add-in only ever undoes its own marks: the cells it coloured and their previous fill
 * are recorded in the workbook state, and a cell whose colour the user has changed since is
 * left alone. Its notes and comments start with MARK_TAG; others are never touched, and a
 * cell that already has the user's note gets the colour only.
 */
import type { Severity } from "../core/findings";
import { SEVERITIES } from "../core/findings";
import type { HostSupport } from "./host-support";
import { splitAddress } from "./host-support";
import { queueMarks, type MarkRecord, type WorkbookState } from "./workbook-state";

export const MARK_TAG = "【决算助手 · Final Accounts Assistant】";

/** Excel's own light red / yellow / blue, as in its conditional-formatting presets. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Long notes are unreadable in a hover box; the pane has the full list. */
const MAX_NOTE_CHARS = 1500;

/** What to show on one cell: the worst severity and one line per finding. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  lines: string[];
}

export interface MarkTarget {
  sheet: string;
  cell: string;
  severity: Severity;
  line: string;
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function worse(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

/** One mark per cell, in first-seen order: the worst severity, every line. */
export function groupMarks(targets: readonly MarkTarget[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const t of targets) {
    const key = cellKey(t.sheet, t.cell);
    const mark = byCell.get(key);
    if (mark) {
      mark.severity = worse(mark.severity, t.severity);
      mark.lines.push(t.line);
    } else {
      byCell.set(key, { sheet: t.sheet, cell: t.cell, severity: t.severity, lines: [t.line] });
    }
  }
  return [...byCell.values()];
}

export function noteText(mark: CellMark): string {
  const text = `${MARK_TAG}\n${mark.lines.join("\n")}`;
  return text.length <= MAX_NOTE_CHARS ? text : `${text.slice(0, MAX_NOTE_CHARS - 1)}…`;
}

export interface MarkOutcome {
  /** Cells now coloured by the add-in. */
  marked: number;
  /** Where the findings' text went: notes, comments, or nowhere (fill only). */
  annotations: "notes" | "comments" | "none";
  /** Cells that got the colour only, because the user already has a note or comment there. */
  userAnnotated: string[];
  /** Writes queued (fills, notes): the live path reports how little it touched. */
  writes: number;
}

type Annotation = Excel.Note | Excel.Comment;

function sameColour(a: string | null, b: string | null): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/**
 * Replaces the add-in's marks with `marks` and records them in the workbook state. Three
 * syncs whatever the number of cells: what exists, the current fills and annotations, the
 * writes. Throws what the host throws when it may not write (see isWriteDenied).
 */
export async function applyMarks(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  state: WorkbookState,
  support: HostSupport,
): Promise<MarkOutcome> {
  const annotations = support.notes ? "notes" : support.comments ? "comments" : "none";
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const collection =
    annotations === "notes"
      ? context.workbook.notes
      : annotations === "comments"
        ? context.workbook.comments
        : null;
  collection?.load("items/content");
  await context.sync();

  const existing = new Set(sheets.items.map((s) => s.name));
  const live = (m: { sheet: string }) => existing.has(m.sheet);
  const wanted = new Map(marks.filter(live).map((m) => [cellKey(m.sheet, m.cell), m]));
  const recorded = new Map(state.marks.filter(live).map((r) => [cellKey(r.sheet, r.cell), r]));

  const fills = new Map<string, Excel.RangeFill>();
  for (const key of new Set([...wanted.keys(), ...recorded.keys()])) {
    const { sheet, cell } = (wanted.get(key) ?? recorded.get(key)) as {
      sheet: string;
      cell: string;
    };
    const fill = sheets.getItem(sheet).getRange(cell).format.fill;
    fill.load(support.fillPattern ? "color,pattern" : "color");
    fills.set(key, fill);
  }
  const items: Annotation[] = collection ? collection.items : [];
  const located = items.map((item) => {
    const range = item.getLocation();
    range.load("address");
    return { item, range, ours: item.content.startsWith(MARK_TAG) };
  });
  await context.sync();

  const currentFill = (fill: Excel.RangeFill): string | null => {
    if (support.fillPattern) return fill.pattern === "None" ? null : fill.color;
    // Without the pattern, “no fill” reads as white: restoring it as no fill is the lesser harm.
    return sameColour(fill.color, "#FFFFFF") ? null : fill.color;
  };

  let writes = 0;
  const records: MarkRecord[] = [];
  for (const [key, fill] of fills) {
    const mark = wanted.get(key);
    const record = recorded.get(key);
    const now = currentFill(fill);
    // The user recoloured a marked cell since: that colour is theirs now, and stays.
    const stillOurs = record !== undefined && sameColour(now, SEVERITY_FILL[record.severity]);
    if (!mark) {
      if (stillOurs) {
        if (record.fill === null) fill.clear();
        else fill.color = record.fill;
        writes++;
      }
      continue;
    }
    const previous = stillOurs ? record.fill : now;
    if (!stillOurs || record.severity !== mark.severity) {
      fill.color = SEVERITY_FILL[mark.severity];
      writes++;
    }
    records.push({ sheet: mark.sheet, cell: mark.cell, fill: previous, severity: mark.severity });
  }

  const userAnnotated: string[] = [];
  if (collection) {
    const kept = new Set<string>();
    const theirs = new Set<string>();
    for (const { item, range, ours } of located) {
      const { sheet, cell } = splitAddress(range.address);
      const key = cellKey(sheet, cell);
      if (!ours) {
        theirs.add(key);
        continue;
      }
      const mark = wanted.get(key);
      if (mark && !kept.has(key) && item.content === noteText(mark)) {
        kept.add(key);
      } else {
        item.delete();
        writes++;
      }
    }
    for (const [key, mark] of wanted) {
      if (theirs.has(key)) {
        userAnnotated.push(key);
        continue;
      }
      if (kept.has(key)) continue;
      const range = sheets.getItem(mark.sheet).getRange(mark.cell);
      if (annotations === "notes") context.workbook.notes.add(range, noteText(mark));
      else context.workbook.comments.add(range, noteText(mark));
      writes++;
    }
  }

  const listChanged = queueMarks(context, state, records);
  if (writes > 0 || listChanged) await context.sync();
  return { marked: records.length, annotations, userAnnotated, writes };
}
