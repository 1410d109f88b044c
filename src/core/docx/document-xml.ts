/**
 * The body of a Word document (word/document.xml) as paragraphs and tables, read with a
 * small tag walker: what the report reader needs is the text of each paragraph and each
 * table cell with its place in the table's grid, not the formatting. Pure string work, so
 * that the CLI and the pane read a .docx the same way.
 */

export interface DocxParagraph {
  kind: "p";
  text: string;
}

export interface DocxCell {
  text: string;
  /** First grid column the cell covers (0-based). */
  col: number;
  /** Grid columns covered (w:gridSpan). */
  span: number;
  /** A cell merged into the one above (w:vMerge without restart): printed blank. */
  merged: boolean;
}

export interface DocxTable {
  kind: "table";
  /** Grid columns (w:tblGrid, else the widest row's). */
  columns: number;
  rows: DocxCell[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

const SKIPPED = new Set(["w:drawing", "w:pict", "w:object", "mc:AlternateContent"]);

/** A tag (closing mark, qualified name, attributes up to “>”) or the text between tags. */
const TOKEN = /<(\/?)([\w.:-]+)([\s/][^>]*)?>|([^<]+)/g;

interface CellState {
  paragraphs: string[];
  text: string;
  span: number;
  merged: boolean;
}

interface TableState {
  columns: number;
  rows: DocxCell[][];
  row: DocxCell[] | undefined;
  /** Grid columns skipped before the row's first cell (w:gridBefore). */
  before: number;
  cell: CellState | undefined;
}

/**
 * The body's blocks in document order. A table nested in a cell gives its text to the
 * cell; text in deleted runs (w:delText), field codes and comments is not text.
 */
export function readDocumentXml(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: TableState[] = [];
  let paragraph: string | undefined;
  let inText = false;
  let inTabStops = false;
  // Drawings, text boxes and alternate content hold paragraphs of their own (a text box
  // twice: as shape and as fallback); they are not the document's running text.
  let skipping: string | undefined;
  let depth = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[4] !== undefined) {
      if (inText && !skipping && paragraph !== undefined) paragraph += decodeEntities(m[4]);
      continue;
    }
    const closing = m[1] === "/";
    const attrs = m[3] ?? "";
    const selfClosing = attrs.endsWith("/");
    const tag = m[2];
    const colon = tag.indexOf(":");
    const prefix = colon < 0 ? "" : tag.slice(0, colon + 1);
    const name = tag.slice(colon + 1);
    if (skipping) {
      if (tag === skipping && !selfClosing) depth += closing ? -1 : 1;
      if (depth === 0) skipping = undefined;
      continue;
    }
    if (SKIPPED.has(tag) && !closing && !selfClosing) {
      skipping = tag;
      depth = 1;
      continue;
    }
    if (prefix !== "w:") continue;
    const table = tables[tables.length - 1];
    switch (name) {
      case "tbl":
        if (closing) {
          const done = tables.pop()!;
          const outer = tables[tables.length - 1];
          const widest = Math.max(0, ...done.rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
          const columns = Math.max(done.columns, widest);
          const t: DocxTable = { kind: "table", columns, rows: done.rows };
          if (outer?.cell) outer.cell.paragraphs.push(tableText(t));
          else blocks.push(t);
        } else if (!selfClosing) {
          tables.push({ columns: 0, rows: [], row: undefined, before: 0, cell: undefined });
        }
        break;
      case "gridCol":
        if (table && !closing && !table.row) table.columns++;
        break;
      case "tr":
        if (!table) break;
        if (closing) {
          if (table.row) table.rows.push(table.row);
          table.row = undefined;
        } else if (!selfClosing) {
          table.row = [];
          table.before = 0;
        }
        break;
      case "gridBefore":
        if (table?.row && table.row.length === 0) table.before = Number(attr(attrs, "val")) || 0;
        break;
      case "tc":
        if (!table?.row) break;
        if (!closing) {
          table.cell = { paragraphs: [], text: "", span: 1, merged: false };
        } else if (table.cell) {
          const c = table.cell;
          const prev = table.row[table.row.length - 1];
          const col = prev ? prev.col + prev.span : table.before;
          table.row.push({
            text: c.paragraphs.join("").trim(),
            col,
            span: c.span,
            merged: c.merged,
          });
          table.cell = undefined;
        }
        break;
      case "gridSpan":
        if (table?.cell) table.cell.span = Math.max(1, Number(attr(attrs, "val")) || 1);
        break;
      case "vMerge":
        if (table?.cell) table.cell.merged = attr(attrs, "val") !== "restart";
        break;
      case "p":
        if (closing || selfClosing) {
          const text = paragraph ?? "";
          if (table?.cell) {
            table.cell.paragraphs.push(text);
          } else if (!table) blocks.push({ kind: "p", text });
          paragraph = undefined;
        } else {
          paragraph = "";
        }
        break;
      case "t":
        inText = !closing && !selfClosing;
        break;
      case "tabs":
        inTabStops = !closing && !selfClosing;
        break;
      case "tab":
        if (paragraph !== undefined && !closing && !inTabStops) paragraph += "\t";
        break;
      case "br":
      case "cr":
        if (paragraph !== undefined && !closing) paragraph += " ";
        break;
    }
  }
  return blocks;
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)w:${name}="([^"]*)"`).exec(attrs)?.[1];
}

function tableText(t: DocxTable): string {
  return t.rows.map((r) => r.map((c) => c.text).join(" ")).join(" ");
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? all;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
