/**
 * Line shapes that the canonical reading and the segmenter both need to recognise:
 * page furniture, table rows written as text, and entries of a 目录. Each test looks at
 * one trimmed line (and, for the 目录, at the lines after its title), so both passes stay
 * linear.
 */

/** Sentence and clause ends after which a line may end a paragraph. */
export const PARAGRAPH_END = /[。！？；：:;!?…]["”’」』）)]*$/;

/** Closing quotes and brackets after a paragraph's last mark (PARAGRAPH_END's tail). */
const CLOSING = new Set([0x22, 0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29]);
const ENDING = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0xff1a, 0x3a, 0x3b, 0x21, 0x3f, 0x2026]);

/** PARAGRAPH_END on [start, end) without slicing the line: every line of the text is asked. */
export function endsParagraph(source: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && CLOSING.has(source.charCodeAt(k))) k--;
  return k >= start && ENDING.has(source.charCodeAt(k));
}

/** “- 3 -”, “— 3 —”, “第3页”, “第 3 页 共 20 页”, “3/20”, “Page 3”: always a page number. */
const PAGE_NUMBER =
  /^(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*(?:[,，/／]\s*)?共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** A bare integer: a page number only where a page ends or amid prose (not among cells). */
const BARE_INTEGER = /^\d{1,4}$/;

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

export function isBareInteger(line: string): boolean {
  return BARE_INTEGER.test(line);
}

/**
 * A figure cell: 2911.47, -204.61, -7.03%, 1,234.56, 0, “-” (nil). Column separators of a
 * flattened table are spaces, so a line ending in two or more of these is a row.
 */
const FIGURE_CELL = /^(?:[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-—－])$/;

export function isFigureCell(cell: string): boolean {
  return FIGURE_CELL.test(cell);
}

/**
 * Where the trailing columns of figures of a line start, when the line is a table row
 * flattened with spaces (“合计 2911.47 2706.86 -204.61 -7.03%”): at least two figure cells
 * after the label, a line that is one figure, or one figure after a gap of three or more
 * spaces (a column). -1 when it is not such a row.
 */
export function figureColumnsStart(line: string): number {
  let end = line.length;
  let cells = 0;
  let start = end;
  while (end > 0) {
    let s = end;
    while (s > 0 && !isSpaceChar(line.charCodeAt(s - 1))) s--;
    const cell = line.slice(s, end);
    if (!isFigureCell(cell)) break;
    cells++;
    start = s;
    let e = s;
    while (e > 0 && isSpaceChar(line.charCodeAt(e - 1))) e--;
    if (e === s && s > 0) break;
    end = e;
  }
  if (cells >= 2 || (cells === 1 && start === 0 && /\d/.test(line))) return start;
  // One figure after a wide gap (“九、卫生健康支出      21”: pdftotext -layout columns).
  if (cells === 1 && start >= 3 && isSpaceChar(line.charCodeAt(start - 1))) {
    let gap = 0;
    while (gap < start && isSpaceChar(line.charCodeAt(start - 1 - gap))) gap++;
    if (gap >= 3) return start;
  }
  return -1;
}

function isSpaceChar(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}

/** A row of a table written with “|” between cells (“合计 | 2911.47 | 2706.86 |”, “|”). */
export function isPipeRow(line: string): boolean {
  // Counted, not split: every line of the text is asked.
  let bars = 0;
  for (let i = 0; i < line.length; i++) if (isBar(line.charCodeAt(i))) bars++;
  if (bars === 0) return false;
  return bars >= 2 || isBar(line.charCodeAt(line.length - 1)) || isBar(line.charCodeAt(0));
}

function isBar(code: number): boolean {
  return code === 124 || code === 0xff5c;
}

/** “目录”, “目 录”. */
const CONTENTS_TITLE = /^目[\s]*录[:：]?$/;

const LEADER_CHARS = new Set([...".．·•…‥_-—－"]);
const isBlank = (ch: string): boolean => ch === " " || ch === "\u3000" || ch === "\t";

/**
 * The title of a 目录 entry, or null: a title, a leader (three or more dots, dashes or
 * ellipses) and a page number (“一、部门职责……3”, “第一部分 部门概况 .... 5”);
 * right after a 目录 title the leader may be plain space or a tab (“第一部分 部门概况 3”). Read
 * from the end, so a long line costs one pass.
 */
export function contentsEntryTitle(line: string, afterTitle: boolean): string | null {
  let k = line.length;
  while (k > 0 && line.charCodeAt(k - 1) >= 48 && line.charCodeAt(k - 1) <= 57) k--;
  const digits = line.length - k;
  if (digits < 1 || digits > 3) return null;
  let spaces = 0;
  while (k > 0 && isBlank(line[k - 1])) {
    spaces++;
    k--;
  }
  let leaders = 0;
  while (k > 0 && LEADER_CHARS.has(line[k - 1])) {
    leaders++;
    k--;
  }
  while (k > 0 && isBlank(line[k - 1])) {
    spaces++;
    k--;
  }
  const led = leaders >= 3 || (afterTitle && spaces + leaders > 0);
  if (!led || k === 0) return null;
  return line.slice(0, k);
}

/** An entry of a 目录 written without page numbers: a short line that is no sentence. */
function isBareEntry(line: string): boolean {
  return line.length <= 50 && !/[。，,；;]/.test(line) && figureColumnsStart(line) < 0;
}

function comparableTitle(line: string): string {
  return line.replace(/[\s]/g, "").replace(/[(]/g, "（").replace(/[)]/g, "）");
}

/**
 * The lines of the 目录, as a half-open range of indexes into `lines` (trimmed contents,
 * "" for blank lines), or null. A 目录 is a “目录” title followed by entries (with or
 * without leaders and page numbers) up to the first line that repeats an entry — the body
 * starts with the headings the 目录 lists — or up to a line that is no entry; or, without
 * a title, a run of three or more entries with leaders and page numbers.
 */
export function findContents(lines: readonly string[]): { start: number; end: number } | null {
  for (let i = 0; i < lines.length; i++) {
    if (CONTENTS_TITLE.test(lines[i])) {
      const end = contentsEnd(lines, i + 1, true);
      if (end > i + 2) return { start: i, end };
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "" || contentsEntryTitle(lines[i], false) === null) continue;
    const end = contentsEnd(lines, i, false);
    let entries = 0;
    for (let k = i; k < end; k++) if (lines[k] !== "") entries++;
    if (entries >= 3) return { start: i, end };
    i = end;
  }
  return null;
}

function contentsEnd(lines: readonly string[], from: number, titled: boolean): number {
  const seen = new Set<string>();
  // Once an entry has shown a page number, a line without one is the body.
  let numbered = false;
  let end = from;
  for (let k = from; k < lines.length; k++) {
    const line = lines[k];
    if (line === "") continue;
    const entry = contentsEntryTitle(line, titled);
    const title = comparableTitle(entry ?? line);
    if (seen.has(title)) break;
    if (entry === null && (numbered || !titled || !isBareEntry(line))) break;
    if (entry !== null) numbered = true;
    seen.add(title);
    end = k + 1;
  }
  return end;
}
