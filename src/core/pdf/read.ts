import type { TableId, TemplateSet } from "../templates/types";
import { furnitureLines } from "./furniture";
import { pageLines, type PdfLine } from "./lines";
import { rebuildParagraphs, type LineOrigin } from "./paragraphs";
import { tableTitleOf, type PrintedTable } from "./table-regions";
import type { PdfFailure, PdfPage } from "./types";

/** A PDF read as a 决算 report: the narrative's text, and the tables' printed lines. */
export interface PdfReading {
  pages: number;
  /** The narrative (everything outside the tables and the page furniture), paragraphs by "\n". */
  text: string;
  /** Where each stretch of `text` was printed. */
  origins: LineOrigin[];
  /** The tables recognised by their titles, with their printed lines. */
  tables: PrintedTable[];
}

export class PdfReadError extends Error {
  constructor(
    readonly code: PdfFailure,
    /** Pages concerned (unmapped glyphs). */
    readonly pages: number[] = [],
  ) {
    super(code);
    this.name = "PdfReadError";
  }
}

/** Share of a page's characters that may be unmapped glyphs before the page is unreadable. */
const UNMAPPED_SHARE = 0.05;

/**
 * Collects a PDF page by page (only the lines are kept, not pdf.js's runs), then splits it
 * into the tables (a line that is a table's title starts it; it runs to the end of its
 * page and over following pages that hold no title and no prose) and the narrative.
 */
export class PdfReader {
  private readonly pages: Array<{ height: number; lines: PdfLine[] }> = [];
  private readonly unreadable: number[] = [];
  private chars = 0;

  constructor(private readonly sets: readonly TemplateSet[]) {}

  addPage(page: PdfPage): void {
    const chars = page.items.reduce((n, i) => n + i.s.replace(/\s/g, "").length, 0);
    this.chars += chars;
    if (page.unmapped > 0 && page.unmapped >= chars * UNMAPPED_SHARE)
      this.unreadable.push(page.page);
    this.pages.push({ height: page.height, lines: pageLines(page) });
  }

  finish(): PdfReading {
    if (this.chars === 0) throw new PdfReadError("no-text");
    if (this.unreadable.length) throw new PdfReadError("unmapped", this.unreadable);
    const furniture = furnitureLines(this.pages);
    const tables: PrintedTable[] = [];
    const narrative: PdfLine[] = [];
    let current: PrintedTable | undefined;
    for (const p of this.pages) {
      const lines = p.lines.filter((l) => !furniture.has(l));
      if (current && !continuesTable(lines)) current = undefined;
      for (const l of lines) {
        const title = tableTitleOf(l.text, this.sets);
        if (title) {
          current = { ...title, page: l.page, lines: [] };
          tables.push(current);
          continue;
        }
        if (current) current.lines.push(l);
        else narrative.push(l);
      }
    }
    const { text, origins } = rebuildParagraphs(narrative);
    return { pages: this.pages.length, text, origins, tables };
  }
}

/** A page continues the table of the page before when most of its lines hold a figure. */
function continuesTable(lines: readonly PdfLine[]): boolean {
  const figures = lines.filter((l) => l.items.some((i) => FIGURE.test(i.s.trim()))).length;
  return lines.length > 0 && figures * 2 >= lines.length;
}

const FIGURE = /^-?[\d,]+(?:\.\d+)?%?$/;

export type { TableId };
