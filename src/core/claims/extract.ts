import type { NarrativeDocument } from "../text/types";
import { assignMetrics } from "./assign-metrics";
import { extractCounts } from "./counts";
import { findEnumerations } from "./enumerations";
import { linkClaims, linkShareParts } from "./links";
import { detectReportYear } from "../text/report-year";
import { createContext } from "./model";
import { DEFAULT_COMPILED, type CompiledPhrases } from "./phrases";
import { extractPlaceholders } from "./placeholders";
import { readParagraph } from "./prose";
import { scanParagraph } from "./scan";
import { readGrids } from "./grid-claims";
import { readTables } from "./table-claims";
import { extractTableCounts } from "./table-counts";
import type { Claim } from "./types";
import { normalizedText } from "../text/normalized";

/**
 * Every claim of a narrative, each with its id = its index in the returned array:
 * counts first (the prose's, then a performance table's), then amounts, changes, growth rates, shares and
 * completion rates paragraph by paragraph, labelled table cells, enumerations, and the
 * template residue (placeholders) last. Headings without run-in text and table cells
 * are not read as prose. Linear in the size of the text.
 */
export function extractClaims(
  doc: NarrativeDocument,
  phrases: CompiledPhrases = DEFAULT_COMPILED,
): Claim[] {
  const norm = normalizedText(doc);
  const ctx = createContext(doc, norm, detectReportYear(doc)?.year, phrases);

  const countOptions = { reportYear: ctx.reportYear, unitNames: ctx.unitNames };
  for (const count of [
    ...extractCounts(doc, countOptions),
    ...extractTableCounts(doc, countOptions),
  ]) {
    const section = doc.paragraphs[count.paragraph]?.section ?? 0;
    ctx.list.add(count, { depth: 0, sentence: -1, clause: -1, section });
  }
  // Only a digit or 持平 makes a figure: paragraphs without one are not scanned, and a scan
  // is kept only for a paragraph that has claims (the later passes look at no other), so
  // that half a million short lines cost neither time nor memory per line.
  // Nor is one without a Chinese character (or a full-width form): a claim needs its
  // wording (占, 增加, 万元 …), and a line that is only “1” or “2020” states nothing.
  const figures = /[0-9]|持平/g;
  const wording = /[\u2e80-\uffff]/g;
  let nextFigure = -1;
  let nextWording = -1;
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.table !== undefined) continue;
    const sentences = p.sentences;
    if (sentences.length === 0) continue;
    const start = sentences[0].span.start;
    if (nextFigure < start) {
      figures.lastIndex = start;
      nextFigure = figures.exec(norm)?.index ?? Infinity;
    }
    if (nextFigure >= p.span.end) continue;
    if (nextWording < start) {
      wording.lastIndex = start;
      nextWording = wording.exec(norm)?.index ?? Infinity;
    }
    if (nextWording >= p.span.end) continue;
    const scan = scanParagraph(norm, doc.text, p.index, start, p.span.end, phrases.pointsAfter);
    readParagraph(ctx, scan);
    if (ctx.list.inParagraph(p.index).length > 0) ctx.scans.set(p.index, scan);
  }
  readTables(ctx);
  readGrids(ctx);
  linkShareParts(ctx);
  findEnumerations(ctx);
  assignMetrics(ctx);
  linkClaims(ctx);
  for (const placeholder of extractPlaceholders(doc)) {
    const section = doc.paragraphs[placeholder.paragraph]?.section ?? 0;
    ctx.list.add(placeholder, { depth: 0, sentence: -1, clause: -1, section });
  }
  return ctx.list.claims;
}
