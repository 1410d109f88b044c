import type { Span } from "../span";
import { type Line, trimSpan } from "./lines";
import { isFigureCell } from "./layout";
import { readMarker } from "./markers";
import type { TextTable } from "./types";

/**
 * Tables pasted from Word arrive as text in two shapes: one cell per line, each line led
 * by a tab, rows separated by an empty line (the seed's 项目绩效目标完成情况表; a line that
 * is only a tab is an empty cell); or one row per line with tab-separated cells. A cell is
 * short and is not prose: a line with 。 or a numbering marker ends the table. When nearly
 * every line of the document starts with a tab, the tab is paragraph indentation, and
 * only tabs inside a line count. A tab-separated row of figures is a row whatever its
 * label (the canonical reading writes “|” tables and columns of figures this way).
 */

const MIN_LINES = 3;
const MAX_CELL_LINE = 100;
/** Share of tab-led lines above which a leading tab is read as indentation. */
const INDENT_SHARE = 0.8;

export interface TableLayout {
  tables: TextTable[];
  /** Table index by line index, for the lines a table spans (blank ones included). */
  tableOfLine: Map<number, number>;
}

interface LineInfo {
  line: Line;
  content: Span | null;
  leadingTab: boolean;
  innerTab: boolean;
}

export function findTables(text: string, lines: readonly Line[]): TableLayout {
  const infos: LineInfo[] = lines.map((line) => {
    const content = trimSpan(text, line.start, line.end);
    return {
      line,
      content,
      leadingTab: content !== null && text.charCodeAt(line.start) === 9,
      innerTab: content !== null && text.slice(content.start, content.end).includes("\t"),
    };
  });
  const nonBlank = infos.filter((i) => i.content !== null);
  const tabLed = nonBlank.filter((i) => i.leadingTab).length;
  const tabIsIndent = nonBlank.length >= 5 && tabLed >= nonBlank.length * INDENT_SHARE;

  const isCellLine = (info: LineInfo): boolean => {
    const c = info.content;
    if (c === null) return false;
    if (!(info.innerTab || (info.leadingTab && !tabIsIndent))) return false;
    // A row whose cells after the first are figures is a table row even with a numbered
    // or long label (“1.财政补助收入⇥6909800⇥55508400”, as canonical.ts writes flattened rows).
    if (info.innerTab && figureRow(text.slice(c.start, c.end))) return true;
    if (c.end - c.start > MAX_CELL_LINE) return false;
    if (text.slice(c.start, c.end).includes("。")) return false;
    return readMarker(text, c.start, c.end) === null;
  };

  const tables: TextTable[] = [];
  const tableOfLine = new Map<number, number>();
  let i = 0;
  while (i < infos.length) {
    if (!isCellLine(infos[i])) {
      i++;
      continue;
    }
    const members: LineInfo[] = [];
    let last = i;
    let j = i;
    while (j < infos.length && (infos[j].content === null || isCellLine(infos[j]))) {
      if (infos[j].content !== null) {
        members.push(infos[j]);
        last = j;
      }
      j++;
    }
    const allInner = members.every((m) => m.innerTab);
    if (members.length >= MIN_LINES || (members.length >= 2 && allInner)) {
      const index = tables.length;
      tables.push(buildTable(text, infos.slice(i, last + 1), tabIsIndent));
      for (let k = i; k <= last; k++) tableOfLine.set(k, index);
    }
    i = last + 1;
  }
  return { tables, tableOfLine };
}

function buildTable(text: string, run: readonly LineInfo[], tabIsIndent: boolean): TextTable {
  const members = run.filter((r) => r.content !== null);
  const rowPerLine = members.filter((m) => m.innerTab).length * 2 > members.length;
  const groups: LineInfo[][] = [];
  if (rowPerLine) {
    for (const m of members) groups.push([m]);
  } else {
    // An empty line separates rows; a line holding only a tab is an empty cell.
    let current: LineInfo[] = [];
    for (const r of run) {
      const isSeparator =
        r.content === null && !text.slice(r.line.start, r.line.end).includes("\t");
      if (isSeparator) {
        if (current.length > 0) groups.push(current);
        current = [];
      } else current.push(r);
    }
    if (current.length > 0) groups.push(current);
  }
  const rows = groups
    .map((group) => {
      const cells = group.flatMap((r) => cellsOf(text, r, tabIsIndent));
      return { span: hull(cells), cells };
    })
    .filter((row) => row.cells.some((c) => c.end > c.start));
  const first = members[0].content as Span;
  const lastSpan = members[members.length - 1].content as Span;
  return { span: { start: first.start, end: lastSpan.end }, rows };
}

function cellsOf(text: string, info: LineInfo, tabIsIndent: boolean): Span[] {
  const { line, content } = info;
  if (content === null) {
    const at = text.charCodeAt(line.start) === 9 ? line.start + 1 : line.start;
    return [{ start: at, end: at }];
  }
  const from = info.leadingTab && !tabIsIndent ? line.start + 1 : content.start;
  const cells: Span[] = [];
  let s = from;
  for (let k = from; k <= line.end; k++) {
    if (k === line.end || text.charCodeAt(k) === 9) {
      cells.push(trimSpan(text, s, k) ?? { start: s, end: s });
      s = k + 1;
    }
  }
  return cells;
}

function figureRow(line: string): boolean {
  const cells = line.split("\t").slice(1);
  return (
    cells.length > 0 &&
    cells.some((c) => isFigureCell(c.trim())) &&
    cells.every((c) => c.trim() === "" || isFigureCell(c.trim()))
  );
}

function hull(spans: readonly Span[]): Span {
  let start = Number.MAX_SAFE_INTEGER;
  let end = -1;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}
