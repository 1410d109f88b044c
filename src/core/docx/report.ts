import { collapseSpacing, isCjk, joinRuns, type PdfLine } from "../pdf/lines";
import type { LineOrigin } from "../pdf/paragraphs";
import type { PdfReading } from "../pdf/read";
import { tableTitleOf, type PrintedTable } from "../pdf/table-regions";
import type { TemplateSet } from "../templates/types";
import type { PdfItem } from "../pdf/types";
import type { DocxBlock, DocxCell, DocxTable } from "./document-xml";

/** The font size the layout is drawn at; only proportions matter to the table reader. */
const SIZE = 10;
/** Cell padding, as Word and LibreOffice leave between a border and the text. */
const PAD = 2;
/** Paragraphs between a table's title and its grid (部门, 金额单位) before it is prose. */
const MAX_HEAD_PARAGRAPHS = 3;

/**
 * A Word document read as a 决算 report, in the form a PDF is read into, so that one
 * reader recognises the tables (titles, header bands, 科目编码 as 类/款/项 or one code)
 * and one checker checks them. A table's rows become printed lines: each cell's text is
 * placed in its grid columns as a printer would draw it, which is what the PDF reader
 * rebuilds columns from. A title is a paragraph
 * before the table or a row of it (a workbook pasted into Word keeps its title row); the
 * table runs over Word tables that follow without prose between them (a table split at a
 * page break). `page` is 0 throughout: a .docx has no pages; a narrative line is its
 * paragraph's number, a table line its row's number in the Word table.
 */
export function readDocxReport(
  blocks: readonly DocxBlock[],
  sets: readonly TemplateSet[],
): PdfReading {
  const tables: PrintedTable[] = [];
  const narrative: Array<{ n: number; text: string }> = [];
  let current: PrintedTable | undefined;
  let rowsBegun = false;
  let heads: Array<{ n: number; text: string }> = [];
  let paragraphNo = 0;
  const drop = () => {
    // A title followed by prose was a heading that happens to name a table.
    if (current && !rowsBegun) {
      tables.splice(tables.indexOf(current), 1);
      narrative.push(...heads);
    }
    current = undefined;
    heads = [];
  };
  const width = columnWidth(blocks);
  for (const b of blocks) {
    if (b.kind === "p") {
      const text = collapseSpacing(b.text.replace(/\t/g, " "));
      if (text === "") continue;
      paragraphNo++;
      const title = tableTitleOf(text, sets);
      if (title) {
        drop();
        current = { ...title, page: 0, lines: [] };
        tables.push(current);
        rowsBegun = false;
        heads = [{ n: paragraphNo, text }];
        continue;
      }
      if (current && !rowsBegun && heads.length <= MAX_HEAD_PARAGRAPHS) {
        heads.push({ n: paragraphNo, text });
        current.lines.push(paragraphLine(text, current.lines.length + 1));
        continue;
      }
      drop();
      narrative.push({ n: paragraphNo, text });
      continue;
    }
    for (const line of tableLines(b, width)) {
      const title = tableTitleOf(line.text, sets);
      if (title) {
        if (current && !rowsBegun) drop();
        current = { ...title, page: 0, lines: [] };
        tables.push(current);
        rowsBegun = false;
        heads = [];
        continue;
      }
      if (!current) continue;
      current.lines.push(line);
      rowsBegun = true;
    }
  }
  if (current && !rowsBegun) drop();
  let text = "";
  const origins: LineOrigin[] = [];
  for (const p of narrative) {
    if (text !== "") text += "\n";
    origins.push({ start: text.length, page: 0, line: p.n, text: p.text });
    text += p.text;
  }
  return { pages: 0, text, origins, tables };
}

function paragraphLine(text: string, line: number): PdfLine {
  const item: PdfItem = { s: text, x: 0, y: line * 2 * SIZE, w: textWidth(text), h: SIZE };
  return { page: 0, line, y: item.y, x0: 0, x1: item.w, size: SIZE, items: [item], text };
}

/**
 * Each row with any text as a printed line; `line` is the row's number in the table. The
 * grid's columns are drawn equally wide (`width`: the longest text of a single cell in
 * any table, so that a table continued in another Word table keeps its columns): nothing
 * wraps, and a column's figures (flush right) end before the centre of the next
 * column's header, which is how the table reader tells columns apart. Word's own widths
 * would not do: a narrow column after a wide one puts its header's centre closer than
 * the wide column's figures end.
 */
function tableLines(t: DocxTable, width: number): PdfLine[] {
  const starts = Array.from({ length: t.columns + 1 }, (_, i) => i * width);
  const lines: PdfLine[] = [];
  t.rows.forEach((row, r) => {
    const y = (r + 1) * 2 * SIZE;
    const figures = row.some((c) => FIGURE.test(cellText(c)));
    const items = row
      .filter((c) => !c.merged && c.text !== "")
      .map((c) => placed(c, starts, y, figures))
      .sort((a, b) => a.x - b.x);
    if (items.length === 0) return;
    lines.push({
      page: 0,
      line: r + 1,
      y,
      x0: items[0].x,
      x1: Math.max(...items.map((i) => i.x + i.w)),
      size: SIZE,
      items,
      text: joinRuns(items),
    });
  });
  return lines;
}

function columnWidth(blocks: readonly DocxBlock[]): number {
  let widest = 4 * SIZE;
  for (const b of blocks)
    if (b.kind === "table")
      for (const r of b.rows)
        for (const c of r)
          if (c.span === 1 && !c.merged) widest = Math.max(widest, textWidth(cellText(c)));
  return widest + 2 * PAD;
}

const cellText = (c: DocxCell) => collapseSpacing(c.text.replace(/\s+/g, " "));

const FIGURE = /^-?[\d,]+(?:\.\d+)?%?$/;

/**
 * A cell's text where it prints: centred in its columns, whatever the document's own
 * alignment. Header and body then meet at the column's centre, so that a figure (read
 * by its right edge) and a label (by its start) fall in the column whose header is over
 * them, however the writer aligned either.
 */
function placed(c: DocxCell, starts: readonly number[], y: number, figures: boolean): PdfItem {
  const last = starts.length - 1;
  let left = starts[Math.min(c.col, last)];
  const right = starts[Math.min(c.col + c.span, last)];
  const s = cellText(c);
  if (c.span > 1 && !FIGURE.test(s)) {
    // A header across several columns (a group's) is drawn across them, so that the table
    // reader sees the cells it stands over; a row's label across the code and name
    // columns (合计) is read in the last of them, the name's.
    if (!figures) return { s, x: left + PAD, y, w: Math.max(1, right - left - 2 * PAD), h: SIZE };
    left = starts[Math.min(c.col + c.span - 1, last)];
  }
  const w = Math.min(textWidth(s), Math.max(1, right - left - 2 * PAD));
  return { s, x: left + (right - left - w) / 2, y, w, h: SIZE };
}

/** Width the text would print at: an em for a CJK character, about half for others. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isCjk(ch) ? SIZE : SIZE * 0.55;
  return w;
}
