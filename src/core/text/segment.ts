import { classifyLines } from "./headings";
import { canonicalReading } from "./canonical";
import { findContents } from "./layout";
import { type Line, lastStartAtOrBefore, lineColumnFinder, splitLines, trimSpan } from "./lines";
import { buildSections } from "./sections";
import { splitSentences } from "./sentences";
import { findTables } from "./tables";
import type { NarrativeDocument, Paragraph } from "./types";
import type { Span } from "../span";

/**
 * The narrative model of a 说明 text, read through its canonical reading (canonical.ts):
 * hard-wrapped lines rejoined, spacing and punctuation folded, page furniture dropped. A
 * paragraph is one non-blank line of the canonical text (the 说明 sheet holds one
 * paragraph per row), its span trimmed of spaces; spans are UTF-16 offsets into
 * `doc.text`, mapped onto the text as given by `doc.toSource`. The 目录's lines are
 * paragraphs marked `contents`, with no heading and no sentences. Never throws: any
 * string is a document.
 */
export function segment(text: string): NarrativeDocument {
  const given = typeof text === "string" ? text : String(text ?? "");
  const reading = canonicalReading(given);
  const source = reading.text;
  const lines = splitLines(source);
  const { tables, tableOfLine } = findTables(source, lines);
  const contents = findContents(lines.map((l) => lineText(source, l)));

  const rows: Array<{ line: number; content: Span; table?: number; contents?: true }> = [];
  for (const line of lines) {
    const content = trimSpan(source, line.start, line.end);
    if (!content) continue;
    const row: (typeof rows)[number] = {
      line: line.index,
      content,
      table: tableOfLine.get(line.index),
    };
    if (contents && line.index >= contents.start && line.index < contents.end) row.contents = true;
    rows.push(row);
  }
  const prose = rows.filter((r) => r.table === undefined && !r.contents);
  const givenLines = splitLines(given);
  const givenStarts = givenLines.map((l) => l.start);
  const structures = classifyLines(
    source,
    prose.map((r) => r.content),
  );

  let next = 0;
  const paragraphs: Paragraph[] = rows.map((row, index) => {
    const paragraph: Paragraph = {
      index,
      span: row.content,
      line: lastStartAtOrBefore(givenStarts, reading.toSource(row.content.start)) + 1,
      sentences: [],
      section: 0,
    };
    if (row.table !== undefined) {
      paragraph.table = row.table;
      return paragraph;
    }
    if (row.contents) {
      paragraph.contents = true;
      return paragraph;
    }
    const s = structures[next++];
    if (s.heading) paragraph.heading = s.heading;
    if (s.item) paragraph.item = s.item;
    paragraph.sentences = splitSentences(source, s.bodyStart, row.content.end);
    return paragraph;
  });

  const shown = (span: Span) => shownText(given, source, reading.spanToSource, span);
  const sections = buildSections(source, paragraphs, shown);
  const doc: NarrativeDocument = {
    text: source,
    source: given,
    toSource: reading.spanToSource,
    paragraphs,
    sections,
    tables,
    lineCol: lineColumnFinder(givenLines, given.length),
  };
  if (contents) {
    const first = lines[contents.start];
    const last = lines[contents.end - 1];
    doc.contents = { start: first.start, end: last.end };
  }
  return doc;
}

/**
 * The text of a span as a user should see it: as given when it lies on one line of the
 * text as given, else (a paragraph rejoined across hard line breaks and page furniture)
 * as the canonical reading has it.
 */
export function shownText(
  source: string,
  text: string,
  toSource: (span: Span) => Span,
  span: Span,
): string {
  const at = toSource(span);
  const given = source.slice(at.start, at.end);
  return /[\r\n]/.test(given) ? text.slice(span.start, span.end) : given;
}

/** shownText() for a document. */
export function shownSpan(doc: NarrativeDocument, span: Span): string {
  return shownText(doc.source, doc.text, doc.toSource, span);
}

function lineText(text: string, line: Line): string {
  const c = trimSpan(text, line.start, line.end);
  return c ? text.slice(c.start, c.end) : "";
}
