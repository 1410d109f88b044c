import type { Span } from "../span";

/**
 * The read-only model of a narrative. Every node has a `span` of UTF-16 offsets into
 * the text exactly as given (tabs, CRLF, full-width punctuation kept), half-open.
 */

/** Numbering styles of headings, outermost first. */
export type HeadingStyle =
  | "part" // 第一部分
  | "chinese" // 一、
  | "paren-chinese" // （一）
  | "arabic" // 1、 1. 1．
  | "paren-arabic"; // （1）

export interface Heading {
  span: Span;
  style: HeadingStyle;
  /** 1-based number read from the marker (五 → 5), or null for an unnumbered heading. */
  ordinal: number | null;
  /** The marker as written: “五、”, “（二）”, “2.”, “第一部分”. */
  marker: string;
  markerSpan: Span;
  title: string;
  /**
   * When the title is one of the standard section titles (standard-titles.ts): the
   * number the template gives it, so that an unnumbered heading can be told “一、 is
   * missing here”.
   */
  standardOrdinal?: number;
}

/**
 * A numbered paragraph that is not a heading: an item of a numbered list (“1、贯彻执行…；…。”,
 * “2.科学技术（类）…：支出决算为…”). Items share their numbering with the headings of the
 * same style under the same parent, but open no section.
 */
export interface ListItem {
  style: HeadingStyle;
  ordinal: number;
  marker: string;
  markerSpan: Span;
}

export interface Sentence {
  span: Span;
}

export interface Paragraph {
  /** Index in NarrativeDocument.paragraphs; the row of the 说明 sheet. */
  index: number;
  /**
   * A value, like `sentences`: segment()'s paragraphs make both on request (paragraph.ts),
   * so read them, never change them in place or compare them by identity.
   */
  readonly span: Span;
  /** 1-based line of the paragraph's start in the text as given (`source`). */
  line: number;
  /** Set when the paragraph is a heading line. */
  heading?: Heading;
  /** Set when the paragraph is a numbered list item (never together with `heading`). */
  item?: ListItem;
  /** Set when the line is an entry of the 目录: no heading, no sentences. */
  contents?: true;
  /**
   * Set when the line is part of a text table (index in NarrativeDocument.tables). Such
   * paragraphs have no sentences: their cells are not prose and must not be read as such.
   */
  table?: number;
  /**
   * The body, without a heading or list marker: sentences end at 。！？；? (and ASCII ! ;),
   * closing quotes and brackets included. Empty for table lines and for headings without
   * run-in text.
   */
  readonly sentences: readonly Sentence[];
  /** Index of the enclosing section in NarrativeDocument.sections. */
  section: number;
}

/** A table pasted as text: one cell per line or tab-separated cells. */
export interface TextTable {
  span: Span;
  rows: Array<{ span: Span; cells: Span[] }>;
}

/**
 * sections[0] is the whole document (heading null, parent null, path []); every heading
 * opens a section whose parent is the nearest enclosing one (the root for top level).
 */
export interface Section {
  index: number;
  heading: Heading | null;
  /** Index of the parent section, or null for the root. */
  parent: number | null;
  span: Span;
  /** Headings from the outermost to this one: “第二部分 > 五、 > （一）”. */
  path: string[];
}

/**
 * A document read through its canonical reading (canonical.ts): `text` is the canonical
 * text, and every span of the model (paragraphs, sentences, headings, tables, and the
 * claims read from them) is an offset into it. `source` is the text as given;
 * `toSource` maps a span back onto it, which is what a user is shown. When the text needs
 * no canonical change, `text === source` and `toSource` is the identity.
 */
export interface NarrativeDocument {
  /** The canonical text: what the claims and the rules read. */
  text: string;
  /** The text exactly as given. */
  source: string;
  /** A span of `text` as a span of `source`. */
  toSource(span: Span): Span;
  /**
   * A loop over every paragraph (or line) that runs once per check is an index loop, not a
   * for-of: until the optimiser takes over, for-of makes an iterator result per step, and
   * over half a million paragraphs that was 20 MB and about a tenth of a second per loop
   * (Node 20, measured); an index loop makes nothing.
   */
  paragraphs: Paragraph[];
  sections: Section[];
  tables: TextTable[];
  /** The 目录 (table of contents), when the text has one: lines left out of every check. */
  contents?: Span;
  /**
   * 1-based line and column (in UTF-16 units, column counted from 1) of an offset of the
   * text as given (`source`): findings are reported there.
   */
  lineCol(offset: number): { line: number; column: number };
}
