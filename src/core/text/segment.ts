import { classifyLines } from "./headings";
import { canonicalReading } from "./canonical";
import { findContents } from "./layout";
import {
  type Line,
  isSpace,
  lastStartAtOrBefore,
  lineColumnFinder,
  splitLines,
  trimSpan,
} from "./lines";
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
  const givenLines = splitLines(given);
  const reading = canonicalReading(given, givenLines);
  const source = reading.text;
  // Most texts need no canonical change: their lines are split once.
  const lines = source === given ? givenLines : splitLines(source);
  const { tables, tableOfLine } = findTables(source, lines);
  const contents = findContents(lines.map((l) => lineText(source, l)));

  // The non-blank lines, as two arrays rather than an object per line: a text of half a
  // million short lines keeps every object alive until the document is built.
  const rowSpans: Span[] = [];
  const rowLines: number[] = [];
  for (const line of lines) {
    const content = trimSpan(source, line.start, line.end);
    if (!content) continue;
    rowSpans.push(content);
    rowLines.push(line.index);
  }
  const inContents = (line: number) =>
    contents !== null && line >= contents.start && line < contents.end;
  const isProse = (row: number) => !tableOfLine.has(rowLines[row]) && !inContents(rowLines[row]);
  const structures = classifyLines(
    source,
    tableOfLine.size === 0 && contents === null ? rowSpans : rowSpans.filter((_, r) => isProse(r)),
  );
  // A line of the canonical text is the line of the text as given when nothing changed;
  // else the line is found by walking the given lines' starts along with the rows (the
  // offset map is monotonic), once over the text rather than a search per row.
  const givenStarts = source === given ? null : givenLines.map((l) => l.start);
  let givenAt = 0;
  const givenLine = (row: number): number => {
    if (givenStarts === null) return rowLines[row] + 1;
    const offset = reading.toSource(rowSpans[row].start);
    // Should the map ever step back, a search finds the line all the same.
    if (offset < givenStarts[givenAt]) givenAt = lastStartAtOrBefore(givenStarts, offset);
    while (givenAt + 1 < givenStarts.length && givenStarts[givenAt + 1] <= offset) givenAt++;
    return givenAt + 1;
  };

  let next = 0;
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < rowSpans.length; index++) {
    const span = rowSpans[index];
    const table = tableOfLine.get(rowLines[index]);
    const listed = table === undefined && inContents(rowLines[index]);
    // Table cells and 目录 entries have no sentences; prose lines have their structure, in order.
    const s = table === undefined && !listed ? structures[next++] : undefined;
    const paragraph: Paragraph = {
      index,
      span,
      line: givenLine(index),
      sentences:
        s === undefined ? [] : splitSentences(source, s ? s.bodyStart : span.start, span.end, span),
      section: 0,
    };
    paragraphs.push(paragraph);
    if (table !== undefined) paragraph.table = table;
    else if (listed) paragraph.contents = true;
    else {
      if (s?.heading) paragraph.heading = s.heading;
      if (s?.item) paragraph.item = s.item;
    }
  }

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

/** A line without its surrounding spaces; no span object per line (half a million lines). */
function lineText(text: string, line: Line): string {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return text.slice(s, e);
}
