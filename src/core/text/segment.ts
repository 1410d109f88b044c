import { classifyLines } from "./headings";
import { readCanonically } from "./canonical";
import { findContents } from "./layout";
import {
  type LineTable,
  trimmedEnd,
  trimmedStart,
  lastStartAtOrBefore,
  lineColumnFinder,
  lineTable,
  trimSpan,
} from "./lines";
import { buildSections } from "./sections";
import { ParagraphNode } from "./paragraph";
import { ALL, type SentenceSpans, readSentences } from "./sentences";
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
  const givenLines = lineTable(given);
  const canonical = readCanonically(given, givenLines);
  const reading = canonical.reading;
  const source = reading.text;
  // Most texts need no canonical change: their lines are split and read once.
  const same = source === given;
  const lines = same ? givenLines : lineTable(source);
  const { tables, tableOfLine } = findTables(source, lines);
  const contents = same ? canonical.contents : findContents(lineTexts(source, lines));

  // The non-blank lines' contents and line numbers, as numbers rather than an object per
  // line: a text of half a million short lines keeps them until the document is built.
  const rowStart = new Int32Array(lines.count);
  const rowEnd = new Int32Array(lines.count);
  const rowLines = new Int32Array(lines.count);
  let rows = 0;
  for (let i = 0; i < lines.count; i++) {
    const s = trimmedStart(source, lines.start[i], lines.end[i]);
    const e = trimmedEnd(source, s, lines.end[i]);
    if (s === e) continue;
    rowStart[rows] = s;
    rowEnd[rows] = e;
    rowLines[rows++] = i;
  }
  const starts = rowStart.subarray(0, rows);
  const ends = rowEnd.subarray(0, rows);
  const inContents = (line: number) =>
    contents !== null && line >= contents.start && line < contents.end;
  const isProse = (row: number) => !tableOfLine.has(rowLines[row]) && !inContents(rowLines[row]);
  const structures =
    tableOfLine.size === 0 && contents === null
      ? classifyLines(source, starts, ends)
      : classifyLines(
          source,
          starts.filter((_, r) => isProse(r)),
          ends.filter((_, r) => isProse(r)),
        );
  // A line of the canonical text is the line of the text as given when nothing changed;
  // else the line is found by walking the given lines' starts along with the rows (the
  // offset map is monotonic), once over the text rather than a search per row.
  const givenStarts = same ? null : givenLines.start;
  let givenAt = 0;
  const givenLine = (row: number): number => {
    if (givenStarts === null) return rowLines[row] + 1;
    const offset = reading.toSource(rowStart[row]);
    // Should the map ever step back, a search finds the line all the same.
    if (offset < givenStarts[givenAt]) givenAt = lastStartAtOrBefore(givenStarts, offset);
    while (givenAt + 1 < givenStarts.length && givenStarts[givenAt + 1] <= offset) givenAt++;
    return givenAt + 1;
  };

  let next = 0;
  const paragraphs: Paragraph[] = new Array<Paragraph>(rows);
  for (let index = 0; index < rows; index++) {
    const start = rowStart[index];
    const end = rowEnd[index];
    const table = tableOfLine.get(rowLines[index]);
    const listed = table === undefined && inContents(rowLines[index]);
    // Table cells and 目录 entries have no sentences; prose lines have their structure, in order.
    const s = table === undefined && !listed ? structures[next++] : undefined;
    let kept: SentenceSpans | typeof ALL = null;
    if (s !== undefined) {
      // ALL of a body after a heading's marker is a sentence of its own span.
      const bodyStart = s ? s.bodyStart : start;
      kept = readSentences(source, bodyStart, end);
      if (kept === ALL && bodyStart !== start) kept = { start: bodyStart, end };
    }
    const paragraph = new ParagraphNode(index, start, end, givenLine(index), kept);
    paragraphs[index] = paragraph;
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
    lineCol: lineColumnFinder(givenLines.start, given.length),
  };
  if (contents) {
    doc.contents = { start: lines.start[contents.start], end: lines.end[contents.end - 1] };
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

/** The lines without their surrounding spaces ("" for a blank line), as findContents() reads them. */
function lineTexts(text: string, lines: LineTable): string[] {
  const texts = new Array<string>(lines.count);
  for (let i = 0; i < lines.count; i++) {
    const span = trimSpan(text, lines.start[i], lines.end[i]);
    texts[i] = span ? text.slice(span.start, span.end) : "";
  }
  return texts;
}
