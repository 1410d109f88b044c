/**
 * A page of a PDF as pdf.js gives it: text runs with their positions, nothing else. The
 * adapter (src/pdf) turns pdf.js objects into these; everything after is pure.
 */
export interface PdfItem {
  /** The run's text, as pdf.js maps its glyphs to Unicode. */
  s: string;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page's top (y grows downwards, as one reads). */
  y: number;
  /** Advance width of the run, in points. */
  w: number;
  /** Font size (height of the em square), in points. */
  h: number;
}

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Glyphs drawn that pdf.js could not map to Unicode (U+FFFD or private-use results). */
  unmapped: number;
}

/** Why a PDF cannot be read at all; the reader's message names the cause. */
export type PdfFailure = "password" | "invalid" | "no-text" | "unmapped";
