import { classifyLines } from "./headings";
import { lineColumnFinder, splitLines, trimSpan } from "./lines";
import { buildSections } from "./sections";
import { splitSentences } from "./sentences";
import { findTables } from "./tables";
import type { NarrativeDocument, Paragraph } from "./types";
import type { Span } from "../span";

/**
 * The narrative model of a 说明 text. A paragraph is one non-blank line (the 说明 sheet
 * holds one paragraph per row), its span trimmed of spaces; offsets are UTF-16 indices
 * into `text` exactly as given. Never throws: any string is a document.
 */
export function segment(text: string): NarrativeDocument {
  const source = typeof text === "string" ? text : String(text ?? "");
  const lines = splitLines(source);
  const { tables, tableOfLine } = findTables(source, lines);

  const rows: Array<{ line: number; content: Span; table?: number }> = [];
  for (const line of lines) {
    const content = trimSpan(source, line.start, line.end);
    if (content) rows.push({ line: line.index, content, table: tableOfLine.get(line.index) });
  }
  const prose = rows.filter((r) => r.table === undefined);
  const structures = classifyLines(
    source,
    prose.map((r) => r.content),
  );

  let next = 0;
  const paragraphs: Paragraph[] = rows.map((row, index) => {
    const paragraph: Paragraph = {
      index,
      span: row.content,
      line: row.line + 1,
      sentences: [],
      section: 0,
    };
    if (row.table !== undefined) {
      paragraph.table = row.table;
      return paragraph;
    }
    const s = structures[next++];
    if (s.heading) paragraph.heading = s.heading;
    if (s.item) paragraph.item = s.item;
    paragraph.sentences = splitSentences(source, s.bodyStart, row.content.end);
    return paragraph;
  });

  const sections = buildSections(source, paragraphs);
  return {
    text: source,
    paragraphs,
    sections,
    tables,
    lineCol: lineColumnFinder(lines, source.length),
  };
}
