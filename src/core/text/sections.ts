import type { Span } from "../span";
import { HEADING_LEVEL } from "./markers";
import type { Paragraph, Section } from "./types";

/**
 * The section tree: sections[0] is the whole document; a heading closes every open
 * section at its depth or deeper and opens one under what is left. Sets each
 * paragraph's `section` (a heading paragraph belongs to the section it opens) and ends
 * each section at the end of its last paragraph. A path shows each heading as `shown`
 * gives it (segment(): as written in the text as given).
 */
export function buildSections(
  text: string,
  paragraphs: Paragraph[],
  shown: (span: Span) => string = (span) => text.slice(span.start, span.end),
): Section[] {
  const root: Section = {
    index: 0,
    heading: null,
    parent: null,
    span: { start: 0, end: text.length },
    path: [],
  };
  const sections: Section[] = [root];
  const open: Array<{ section: Section; level: number }> = [{ section: root, level: -1 }];
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const h = p.heading;
    if (h) {
      const level = HEADING_LEVEL[h.style];
      while (open.length > 1 && open[open.length - 1].level >= level) open.pop();
      const parent = open[open.length - 1].section;
      const section: Section = {
        index: sections.length,
        heading: h,
        parent: parent.index,
        span: { start: p.span.start, end: p.span.end },
        path: [...parent.path, shown(h.span)],
      };
      sections.push(section);
      open.push({ section, level });
    }
    p.section = open[open.length - 1].section.index;
    for (let k = 1; k < open.length; k++) open[k].section.span.end = p.span.end;
  }
  return sections;
}
