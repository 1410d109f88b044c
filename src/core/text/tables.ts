import type { Span } from "../span";
import { type Line, type LineTable, lineOf, trimSpan } from "./lines";
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

export function findTables(text: string, lines: LineTable): TableLayout {
  // A text without a tab and without a title's 表 or 单位 holds no table: its lines are not
  // looked at one by one (half a million short lines cost time and memory per line).
  if (!text.includes("\t") && !text.includes("表") && !text.includes("单位")) {
    return { tables: [], tableOfLine: new Map() };
  }
  const infos: LineInfo[] = Array.from({ length: lines.count }, (_, index) => {
    const line = lineOf(lines, index);
    const content = trimSpan(text, line.start, line.end);
    return {
      line,
      content,
      leadingTab: content !== null && text.charCodeAt(line.start) === 9,
      innerTab: content !== null && hasTab(text, content),
    };
  });
  const nonBlank = infos.filter((i) => i.content !== null);
  const tabLed = nonBlank.filter((i) => i.leadingTab).length;
  // Indentation leads the sentences too: a document whose tab-led lines are a table's
  // cells (one to a line, more of them than lines of prose) has its prose unindented.
  const sentences = nonBlank.filter((i) => hasSentenceEnd(text, i.content!));
  const indentedSentences = sentences.filter((i) => i.leadingTab).length;
  const tabIsIndent =
    nonBlank.length >= 5 &&
    tabLed >= nonBlank.length * INDENT_SHARE &&
    indentedSentences * 2 >= sentences.length;

  const isCellLine = (k: number): boolean => {
    const info = infos[k];
    const c = info.content;
    if (c === null) return false;
    if (!(info.innerTab || (info.leadingTab && !tabIsIndent))) return false;
    // A row whose cells after the first are figures is a table row even with a numbered
    // or long label (“1.财政补助收入⇥6909800⇥55508400”, as canonical.ts writes flattened rows).
    if (info.innerTab && figureRow(text.slice(c.start, c.end))) return true;
    // A header row of many short cells (items across the top) is long, not prose.
    const tooLong = info.innerTab
      ? longestCell(text, c.start, c.end) > MAX_FLAT_CELL
      : c.end - c.start > MAX_CELL_LINE;
    if (tooLong) return false;
    if (text.slice(c.start, c.end).includes("。")) return false;
    if (readMarker(text, c.start, c.end) === null) return true;
    // A numbered row label (“一、预算拨款”) is a cell when its figures follow it (past the
    // empty line a bar on its own line leaves); a numbered line before words is a heading.
    let n = k + 1;
    while (n < infos.length && infos[n].content === null && n <= k + 2) n++;
    const next = infos[n]?.content;
    return !!next && isFigureCell(text.slice(next.start, next.end).replace(/^\t/, "").trim());
  };

  const tables: TextTable[] = [];
  const tableOfLine = new Map<number, number>();
  let i = 0;
  while (i < infos.length) {
    if (!isCellLine(i)) {
      i++;
      continue;
    }
    const members: LineInfo[] = [];
    let last = i;
    let j = i;
    while (j < infos.length && (infos[j].content === null || isCellLine(j))) {
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
  for (const region of titledRegions(text, infos, tableOfLine)) {
    const index = tables.length;
    const members = region.filter((r) => r.content !== null);
    tables.push({
      span: { start: members[0].content!.start, end: members[members.length - 1].content!.end },
      rows: members.map((m) => ({ span: m.content!, cells: [m.content!] })),
    });
    for (const r of region) tableOfLine.set(r.line.index, index);
  }
  return { tables, tableOfLine };
}

/** A scan of the span itself (indexOf would run on to the next tab, however far). */
function hasTab(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

/** A table's title on a line of its own: “收入支出决算总表”, “公开01表”, “金额单位：万元”. */
const TITLE_LINE =
  /^(?:[^。，；,;：:\t]{2,40}决算(?:总|明细)?表|公开\s*\d{1,2}\s*表|(?:金额)?单位[：:]\s*(?:亿元|万元|元))$/;
/** A cell of a table flattened one cell to a line: short, no sentence end, no part heading. */
const MAX_FLAT_CELL = 40;
const PART_HEADING = /^第\s*[一二三四五六七八九十]+\s*部分/;
/** Figures a flattened table must hold to be taken as one (a title alone is no table). */
const MIN_FLAT_FIGURES = 3;

/**
 * Tables flattened one cell to a line (plain pdftotext of a published report, text copied
 * out of a PDF table): after a title line, the run of short lines without 。 is the
 * table, numbered row labels (“一、一般公共服务支出”) included — they are no headings. The
 * run ends at a sentence, a long line or a 第N部分 heading, so the narrative after a table
 * keeps its headings (so does the numbered line just before such a sentence).
 */
function titledRegions(
  text: string,
  infos: readonly LineInfo[],
  taken: ReadonlyMap<number, number>,
): LineInfo[][] {
  const body = (i: LineInfo) => text.slice(i.content!.start, i.content!.end);
  const isFlatCell = (i: LineInfo) => {
    if (i.content === null) return true;
    if (taken.has(i.line.index) || i.content.end - i.content.start > MAX_FLAT_CELL) return false;
    const t = body(i);
    return !t.includes("。") && !PART_HEADING.test(t);
  };
  const regions: LineInfo[][] = [];
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (info.content === null || taken.has(info.line.index) || !TITLE_LINE.test(body(info)))
      continue;
    let j = i + 1;
    while (j < infos.length && isFlatCell(infos[j])) j++;
    // A numbered line right before the prose that ends the run is that prose's heading
    // (“三、支出决算情况说明” after a table placed inside the 说明), not a row label.
    if (j < infos.length) {
      let k = j - 1;
      while (k > i && infos[k].content === null) k--;
      if (k > i && readMarker(text, infos[k].content!.start, infos[k].content!.end) !== null) j = k;
    }
    let end = j;
    while (end > i && infos[end - 1].content === null) end--;
    const region = infos.slice(i, end);
    const figures = region.filter((r) => r.content !== null && isFigureCell(body(r))).length;
    if (figures >= MIN_FLAT_FIGURES) regions.push(region);
    i = Math.max(i, end - 1);
  }
  return regions;
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

/** The length of the longest tab-separated cell of [start, end). */
function longestCell(text: string, start: number, end: number): number {
  let longest = 0;
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 9) {
      longest = Math.max(longest, k - from);
      from = k + 1;
    }
  }
  return longest;
}

function hasSentenceEnd(text: string, span: Span): boolean {
  for (let k = span.start; k < span.end; k++) if (text.charCodeAt(k) === 0x3002) return true;
  return false;
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
