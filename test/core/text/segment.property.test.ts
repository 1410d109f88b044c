import fc from "fast-check";
import { segment } from "../../../src/core/text";
import type { NarrativeDocument } from "../../../src/core/text/types";
import type { Span } from "../../../src/core/span";

/** Any UTF-16 code units: lone surrogates, controls, CR/LF, full-width forms. */
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((codes) => String.fromCharCode(...codes));

/** Pieces the segmenter reacts to, so that structure is actually produced. */
const piece = fc.constantFrom(
  "第一部分 ",
  "第二部分 2020年度部门决算情况说明",
  "一、",
  "五、",
  "（一）",
  "(二)",
  "1、",
  "2.",
  "３．",
  "（1）",
  "机构设置",
  "名词解释",
  "收入",
  "3190.21万元",
  "占45%",
  "增加/减少",
  "，其中",
  "0个",
  "。",
  "；",
  "？",
  "”",
  "\t",
  " ",
  "\u3000",
  "\uD800",
  "\uDC00",
  "𠀀",
  "\u0000",
);
const structured = fc
  .array(fc.oneof(piece, fc.constantFrom("\n", "\n\n", "\t")), { maxLength: 80 })
  .map((a) => a.join(""));
const lineText = fc.array(piece, { maxLength: 12 }).map((a) => a.join(""));

function spansOf(doc: NarrativeDocument): Span[] {
  const spans: Span[] = [];
  for (const p of doc.paragraphs) {
    spans.push(p.span, ...p.sentences.map((s) => s.span));
    if (p.heading) spans.push(p.heading.span, p.heading.markerSpan);
    if (p.item) spans.push(p.item.markerSpan);
  }
  for (const s of doc.sections) spans.push(s.span);
  for (const t of doc.tables) spans.push(t.span, ...t.rows.flatMap((r) => [r.span, ...r.cells]));
  return spans;
}

/** Collects violations and asserts once: a million expect() calls would take minutes. */
function assertWellFormed(doc: NarrativeDocument): void {
  const problems: string[] = [];
  for (const s of spansOf(doc)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end);
    if (!ok || s.start < 0 || s.start > s.end || s.end > doc.text.length) {
      problems.push(`span ${s.start}–${s.end} outside 0–${doc.text.length}`);
    }
  }
  doc.paragraphs.forEach((p, i) => {
    if (p.index !== i) problems.push(`paragraph ${i} has index ${p.index}`);
    if (!(p.section >= 0 && p.section < doc.sections.length)) {
      problems.push(`paragraph ${i} in section ${p.section}`);
    }
    for (const s of p.sentences) {
      if (s.span.start < p.span.start || s.span.end > p.span.end) {
        problems.push(`sentence ${s.span.start}–${s.span.end} outside paragraph ${i}`);
      }
    }
    if (i > 0 && p.span.start < doc.paragraphs[i - 1].span.end) {
      problems.push(`paragraph ${i} overlaps the one before`);
    }
  });
  expect(problems).toEqual([]);
}

/** The structure without offsets: what must not change with the line-end style. */
function shape(doc: NarrativeDocument) {
  const t = (s: Span) => doc.text.slice(s.start, s.end);
  return {
    paragraphs: doc.paragraphs.map((p) => ({
      text: t(p.span),
      line: p.line,
      section: p.section,
      table: p.table,
      heading: p.heading && {
        style: p.heading.style,
        ordinal: p.heading.ordinal,
        marker: p.heading.marker,
        title: p.heading.title,
      },
      item: p.item && { style: p.item.style, ordinal: p.item.ordinal },
      sentences: p.sentences.map((s) => t(s.span)),
    })),
    sections: doc.sections.map((s) => ({ parent: s.parent, path: s.path })),
    tables: doc.tables.map((tb) => tb.rows.map((r) => r.cells.map(t))),
  };
}

describe("segment properties", () => {
  it("never throws, and every span lies inside the text (arbitrary code units)", () => {
    fc.assert(
      fc.property(anyUnits, (text) => assertWellFormed(segment(text))),
      { numRuns: 300 },
    );
  });

  it("never throws, and every span lies inside the text (structured text)", () => {
    fc.assert(
      fc.property(structured, (text) => assertWellFormed(segment(text))),
      { numRuns: 300 },
    );
  });

  it("gives the same structure for LF, CRLF and CR line ends", () => {
    fc.assert(
      fc.property(fc.array(lineText, { maxLength: 25 }), (lines) => {
        const lf = shape(segment(lines.join("\n")));
        expect(shape(segment(lines.join("\r\n")))).toEqual(lf);
        expect(shape(segment(lines.join("\r")))).toEqual(lf);
      }),
      { numRuns: 200 },
    );
  });

  it("handles a 10^6-character text", () => {
    const unit = "（一）收入3190.21万元，占45%；\t其中0个。\n\uD800增加/减少\r\n";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const doc = segment(text);
    expect(doc.text.length).toBe(1_000_000);
    assertWellFormed(doc);
    const noBreaks = segment("字".repeat(1_000_000));
    expect(noBreaks.paragraphs).toHaveLength(1);
    expect(noBreaks.lineCol(999_999)).toEqual({ line: 1, column: 1_000_000 });
  });
});
