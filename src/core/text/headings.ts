import { normalizeDigits, NUMBER_SOURCE } from "../numbers";
import type { Span } from "../span";
import { trimSpan } from "./lines";
import { HEADING_LEVEL, type Marker, readMarker } from "./markers";
import { isTerminatorCode } from "./sentences";
import { matchStandardTitle } from "./title-match";
import type { Heading, HeadingStyle, ListItem } from "./types";

/**
 * Telling headings from numbered list items.
 *
 * A numbered line is a heading when what follows its marker reads as a title: short, no
 * colon (a colon leads into content: “1.财政拨款收入：指…”, “2.科学技术（类）…（项）: 支出决算为…”),
 * no sentence end inside, no figure with a unit (“3.公务接待费支出3.26万元。” states an amount),
 * and a final 。 only on a very short title (“（一）主要职能。”), or a very short title run
 * into its text (“（一）评价结论。按照…”). Anything else is prose, so
 * the line is a list item (“1、贯彻执行…；…。”).
 *
 * Single lines are ambiguous (“17、承办区政府交办的其他事项。” looks like a title but ends a
 * list of long duties), so lines are judged with their siblings: the lines of one
 * numbering style between two headings of an outer level form a group, and a line is a
 * heading only when it reads as a title and most of its group does too. Outer levels are
 * decided first, since they delimit the groups of the inner ones.
 *
 * “第…部分” lines are always headings. A line without a number is a heading only when it is
 * one of the standard titles (standard-titles.ts); other short lines stay paragraphs.
 */

const MAX_TITLE = 40;
/** A title ending in 。 is a short label; longer ones are sentences. */
const MAX_TITLE_WITH_STOP = 16;
const MAX_RUN_IN_TITLE = 15;
const COLONS = /[：:]/;
/**
 * A figure with its unit (3.26万元, 59%): a title names a subject, it does not state an
 * amount, so “3.公务接待费支出3.26万元。” is a numbered sentence whose figure is checked.
 */
/** Tried from the first digit of a run only (linear in the line). */
const FIGURE_WITH_UNIT = new RegExp(`(?<!\\d)${NUMBER_SOURCE}[ \\t\\u3000]*(?:亿元|万元|元|%)`);

function statesFigure(title: string): boolean {
  return FIGURE_WITH_UNIT.test(normalizeDigits(title));
}

export interface LineStructure {
  heading?: Heading;
  item?: ListItem;
  /** Where the paragraph's body (its sentences) starts; content.end when there is none. */
  bodyStart: number;
}

interface Shape {
  titleLike: boolean;
  titleSpan: Span;
  /** End of the heading when it is one: the title, its 。, nothing of a run-in body. */
  headEnd: number;
}

interface Candidate {
  content: Span;
  marker: Marker | null;
  shape: Shape | null;
  /** Depth when known to be a heading; undefined while undecided or not a heading. */
  headingLevel?: number;
  isItem?: boolean;
  standard?: { style: HeadingStyle; ordinal: number };
}

/**
 * Structures for the given lines' contents, [start[i], end[i]) (non-blank lines outside
 * tables), in order; null for a line that is neither numbered nor a standard title, whose
 * body is all of it (most lines: no object is made for them, which half a million short
 * lines feel).
 */
export function classifyLines(
  text: string,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
): Array<LineStructure | null> {
  const candidates = new Array<Candidate | null>(start.length);
  for (let i = 0; i < start.length; i++) candidates[i] = candidateOf(text, start[i], end[i]);
  const levels = Object.values(HEADING_LEVEL).sort((a, b) => a - b);
  for (const level of levels) {
    if (level === HEADING_LEVEL.part) continue;
    decideLevel(candidates, level);
  }
  return candidates.map((c) => structureOf(text, c));
}

function candidateOf(text: string, start: number, end: number): Candidate | null {
  const marker = readMarker(text, start, end);
  if (marker === null) {
    const entry = matchStandardTitle(text.slice(start, end));
    if (entry === null) return null;
    return {
      content: { start, end },
      marker,
      shape: null,
      headingLevel: HEADING_LEVEL[entry.style],
      standard: { style: entry.style, ordinal: entry.ordinal },
    };
  }
  const content = { start, end };
  const shape = shapeOf(text, marker.markerSpan.end, end);
  const title = text.slice(shape.titleSpan.start, shape.titleSpan.end);
  const entry = matchStandardTitle(title);
  const standard = entry ? { style: entry.style, ordinal: entry.ordinal } : undefined;
  if (marker.style === "part") return { content, marker, shape, headingLevel: 0, standard };
  return { content, marker, shape, standard };
}

function shapeOf(text: string, from: number, end: number): Shape {
  const rest = trimSpan(text, from, end) ?? { start: end, end };
  const s = text.slice(rest.start, rest.end);
  let firstStop = -1;
  for (let i = 0; i < s.length; i++) {
    if (isTerminatorCode(s.charCodeAt(i))) {
      firstStop = i;
      break;
    }
  }
  const prose: Shape = { titleLike: false, titleSpan: rest, headEnd: end };
  if (firstStop < 0 || firstStop === s.length - 1) {
    const endsWithStop = firstStop >= 0;
    if (s.length > MAX_TITLE || COLONS.test(s) || statesFigure(s)) return prose;
    if (endsWithStop && (s[firstStop] !== "。" || s.length > MAX_TITLE_WITH_STOP)) return prose;
    const titleEnd = endsWithStop ? rest.end - 1 : rest.end;
    return { titleLike: true, titleSpan: { start: rest.start, end: titleEnd }, headEnd: rest.end };
  }
  const head = s.slice(0, firstStop);
  if (
    s[firstStop] === "。" &&
    firstStop <= MAX_RUN_IN_TITLE &&
    !/[，,：:；;、]/.test(head) &&
    !statesFigure(head)
  ) {
    const titleEnd = rest.start + firstStop;
    return {
      titleLike: true,
      titleSpan: { start: rest.start, end: titleEnd },
      headEnd: titleEnd + 1,
    };
  }
  return prose;
}

function decideLevel(candidates: ReadonlyArray<Candidate | null>, level: number): void {
  let group: Candidate[] = [];
  const flush = () => {
    const titleLike = group.filter((c) => c.shape?.titleLike).length;
    const headings = titleLike * 2 > group.length;
    for (const c of group) {
      if (headings && c.shape?.titleLike) c.headingLevel = level;
      else c.isItem = true;
    }
    group = [];
  };
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c === null) continue;
    if (c.headingLevel !== undefined && c.headingLevel < level) flush();
    else if (c.marker && HEADING_LEVEL[c.marker.style] === level) group.push(c);
  }
  flush();
}

function structureOf(text: string, c: Candidate | null): LineStructure | null {
  if (c === null) return null;
  const { content, marker, shape } = c;
  if (c.headingLevel !== undefined && marker === null && c.standard) {
    const titleSpan = trimTitle(text, content);
    return {
      heading: {
        span: content,
        style: c.standard.style,
        ordinal: null,
        marker: "",
        markerSpan: { start: content.start, end: content.start },
        title: text.slice(titleSpan.start, titleSpan.end),
        standardOrdinal: c.standard.ordinal,
      },
      bodyStart: content.end,
    };
  }
  if (marker === null || shape === null) return { bodyStart: content.start };
  if (c.headingLevel !== undefined) {
    const heading: Heading = {
      span: { start: content.start, end: shape.headEnd },
      style: marker.style,
      ordinal: marker.ordinal,
      marker: marker.marker,
      markerSpan: marker.markerSpan,
      title: text.slice(shape.titleSpan.start, shape.titleSpan.end),
    };
    if (c.standard && c.standard.style === marker.style) {
      heading.standardOrdinal = c.standard.ordinal;
    }
    return { heading, bodyStart: shape.headEnd };
  }
  const item: ListItem = {
    style: marker.style,
    ordinal: marker.ordinal,
    marker: marker.marker,
    markerSpan: marker.markerSpan,
  };
  return { item, bodyStart: marker.markerSpan.end };
}

/** The title of an unnumbered heading line, without its final punctuation. */
function trimTitle(text: string, content: Span): Span {
  let end = content.end;
  while (end > content.start && /[。．.：:；;，,、\s]/.test(text[end - 1])) end--;
  return { start: content.start, end };
}
