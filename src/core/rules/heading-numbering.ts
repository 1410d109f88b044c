import type { Finding } from "../findings";
import type { Span } from "../span";
import { formatMarker, HEADING_LEVEL } from "../text/markers";
import type { HeadingStyle, NarrativeDocument, Paragraph } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import { reporter } from "./utils/report";

/**
 * Section and list numbers, per parent and per style, at every level: a number out of
 * order (“四、” after “五、”) or repeated is an error; a number skipped, a list that does not
 * start at 1, or a standard heading written without its number is a warning (the number
 * is missing, the text is not wrong); a restart at 1 among headings means the parent above
 * lost its number (warning); punctuation that differs from the siblings' (“8、” among “7.”
 * and “9.”) is info. Items of a numbered list share the numbering of headings of the same
 * style and parent; a list of items may restart at 1 (a new list). A top-level sequence
 * may start above 1, since the text may be an excerpt.
 */
const meta: RuleMeta = {
  id: "heading-numbering",
  description: {
    zh: "标题与列表编号应连续、不重复、不颠倒；标准标题不应缺少编号。",
    en: "Heading and list numbers run in order without gaps, repeats or inversions; standard headings keep their numbers.",
  },
  defaultSeverity: "error",
};

interface Entry {
  paragraph: Paragraph;
  style: HeadingStyle;
  ordinal: number | null;
  marker: string;
  /** Where to point: the marker, or the title of an unnumbered heading. */
  span: Span;
  isHeading: boolean;
  /** The section a heading opens (for knock-on suppression), else -1. */
  opens: number;
}

export const headingNumbering: Rule = {
  meta,
  check({ doc }) {
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    const groups = groupEntries(doc);
    const misplaced = new Set<number>();
    for (const { parent, entries } of groups) {
      const like = entries.find((e) => e.ordinal !== null)?.marker;
      const fmt = (e: Entry, n: number) => formatMarker(e.style, n, like);
      const q = (s: string) => `“${s}”`;
      let prev = 0;
      let prevEntry: Entry | null = null;
      const seen = new Map<number, Entry>();
      entries.forEach((e, i) => {
        if (e.ordinal === null) {
          const expected = fmt(e, prev + 1);
          const title = doc.text.slice(e.span.start, e.span.end);
          findings.push(
            report({
              span: e.span,
              severity: "warning",
              zh: `标题${q(title)}缺少编号，按顺序应为${q(expected)}。`,
              en: `Heading "${title}" has no number; in sequence it should be "${expected}".`,
              expected,
              fix: {
                start: e.span.start,
                end: e.span.start,
                replacement: e.style === "part" ? `${expected} ` : expected,
              },
            }),
          );
          prev += 1;
          seen.set(prev, e);
          prevEntry = e;
          return;
        }
        const o = e.ordinal;
        if (!e.isHeading && o === 1 && prev >= 1) {
          prev = 0;
          seen.clear();
        }
        if (o === prev + 1) {
          // in order
        } else if (o > prev + 1) {
          const later = new Set(entries.slice(i + 1).map((x) => x.ordinal));
          const missing: number[] = [];
          for (let n = prev + 1; n < o; n++) if (!later.has(n)) missing.push(n);
          // A top-level sequence may start late because the text is an excerpt (a 说明
          // pasted from 第二部分 on); under a heading, the first child is always 1.
          const excerpt = prev === 0 && parent === 0;
          // Children of a misplaced heading inherit its confusion; one finding is enough.
          const knockOn = prev === 0 && misplaced.has(parent);
          if (missing.length > 0 && !knockOn && !excerpt) {
            const names =
              missing.length <= 3
                ? missing.map((n) => q(fmt(e, n))).join("、")
                : `${q(fmt(e, missing[0]))}至${q(fmt(e, missing[missing.length - 1]))}`;
            const namesEn = missing.map((n) => `"${fmt(e, n)}"`).join(", ");
            findings.push(
              report({
                span: e.span,
                severity: "warning",
                zh:
                  prev === 0
                    ? `编号从${q(e.marker)}开始，缺少${names}（可能是前面的标题或条目漏写了编号）。`
                    : `编号${q(e.marker)}之前缺少${names}。`,
                en:
                  prev === 0
                    ? `Numbering starts at "${e.marker}"; ${namesEn} missing (an earlier heading or item may have lost its number).`
                    : `${namesEn} missing before "${e.marker}".`,
                expected: fmt(e, missing[0]),
                actual: e.marker,
              }),
            );
          }
        } else if (seen.has(o) && o === prev) {
          const first = seen.get(o) as Entry;
          findings.push(
            report({
              span: e.span,
              zh: `编号${q(e.marker)}与前面的${q(first.marker)}重复。`,
              en: `Number "${e.marker}" repeats the earlier "${first.marker}".`,
              expected: fmt(e, prev + 1),
              actual: e.marker,
              related: [first.span],
            }),
          );
        } else if (o === 1 && e.isHeading) {
          const before = prevEntry as Entry;
          findings.push(
            report({
              span: e.span,
              severity: "warning",
              zh: `同级编号在${q(before.marker || "（无编号）")}之后又从${q(e.marker)}开始：其上一级标题可能缺少编号。`,
              en: `Numbering restarts at "${e.marker}" after "${before.marker}": the heading above it may have lost its number.`,
              related: [before.span],
            }),
          );
          prev = 1;
          seen.clear();
          seen.set(1, e);
          prevEntry = e;
          return;
        } else {
          const before = prevEntry as Entry;
          if (e.isHeading && e.opens >= 0) misplaced.add(e.opens);
          findings.push(
            report({
              span: e.span,
              zh: `编号${q(e.marker)}出现在${q(before.marker || "（无编号）")}之后，顺序颠倒。`,
              en: `"${e.marker}" comes after "${before.marker}": the numbers are out of order.`,
              actual: e.marker,
              related: [before.span],
            }),
          );
          return;
        }
        prev = Math.max(prev, o);
        if (!seen.has(o)) seen.set(o, e);
        prevEntry = e;
      });
      findings.push(...punctuationFindings(doc, entries, report));
    }
    return findings;
  },
};

/** Headings and numbered items, grouped by the section that numbers them and by style. */
function groupEntries(doc: NarrativeDocument): Array<{ parent: number; entries: Entry[] }> {
  const groups = new Map<string, { parent: number; entries: Entry[] }>();
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const h = p.heading;
    const item = p.item;
    let entry: Entry;
    let parent: number;
    if (h) {
      entry = {
        paragraph: p,
        style: h.style,
        ordinal: h.ordinal,
        marker: h.marker,
        span: h.ordinal === null ? h.span : h.markerSpan,
        isHeading: true,
        opens: p.section,
      };
      parent = doc.sections[p.section].parent ?? 0;
    } else if (item) {
      entry = {
        paragraph: p,
        style: item.style,
        ordinal: item.ordinal,
        marker: item.marker,
        span: item.markerSpan,
        isHeading: false,
        opens: -1,
      };
      parent = numberingParent(doc, p.section, HEADING_LEVEL[item.style]);
    } else continue;
    const key = `${parent}|${entry.style}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { parent, entries: [] }));
    g.entries.push(entry);
  }
  return [...groups.values()];
}

/** An item is numbered by the nearest enclosing section of an outer level. */
function numberingParent(doc: NarrativeDocument, section: number, level: number): number {
  let s = doc.sections[section];
  while (s.heading && HEADING_LEVEL[s.heading.style] >= level && s.parent !== null) {
    s = doc.sections[s.parent];
  }
  return s.index;
}

/** The marker's punctuation: “、” of “8、”, “.” of “7.”, “（）” of “（一）”. */
function punctuationOf(marker: string): string {
  return marker.replace(/[0-9０-９一二三四五六七八九十 \u3000]/g, "");
}

function punctuationFindings(
  doc: NarrativeDocument,
  entries: readonly Entry[],
  report: ReturnType<typeof reporter>,
): Finding[] {
  const numbered = entries.filter((e) => e.ordinal !== null && e.style !== "part");
  if (numbered.length < 3) return [];
  const tally = new Map<string, number>();
  for (const e of numbered) {
    const p = punctuationOf(e.marker);
    tally.set(p, (tally.get(p) ?? 0) + 1);
  }
  const [usual, count] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];
  if (count * 2 <= numbered.length) return [];
  const sample = numbered.find((e) => punctuationOf(e.marker) === usual) as Entry;
  return numbered
    .filter((e) => punctuationOf(e.marker) !== usual)
    .map((e) => {
      const expected = formatMarker(e.style, e.ordinal as number, sample.marker);
      return report({
        span: e.span,
        severity: "info",
        zh: `编号“${e.marker}”的标点与同级编号（如“${sample.marker}”）不一致，应为“${expected}”。`,
        en: `"${e.marker}" is punctuated unlike its siblings (e.g. "${sample.marker}"); expected "${expected}".`,
        expected,
        actual: e.marker,
        fix: { start: e.span.start, end: e.span.end, replacement: expected },
      });
    });
}
