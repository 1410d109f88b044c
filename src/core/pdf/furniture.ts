import type { PdfLine } from "./lines";

/**
 * Page furniture: page numbers and running heads or feet, which interrupt the text at
 * every page break and are not part of it. A line counts only when it sits in the top or
 * bottom band of its page and is either a page number (“3”, “- 3 -”, “第3页”, “第3页 共12页”,
 * “3/12”) or the same text, digits aside, on at least three pages (or on every page of a
 * shorter document).
 */
const BAND = 0.1;

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/u,
  /^第\s*\d{1,4}\s*页(?:[\s,，/]*共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

export function furnitureLines(
  pages: ReadonlyArray<{ height: number; lines: readonly PdfLine[] }>,
): Set<PdfLine> {
  const inBand = (l: PdfLine, height: number) => l.y < height * BAND || l.y > height * (1 - BAND);
  const shape = (l: PdfLine) => l.text.replace(/\d+/g, "#");
  const seen = new Map<string, Set<number>>();
  for (const p of pages)
    for (const l of p.lines) {
      if (!inBand(l, p.height)) continue;
      const set = seen.get(shape(l)) ?? new Set<number>();
      set.add(l.page);
      seen.set(shape(l), set);
    }
  const repeats = Math.min(3, Math.max(2, pages.length));
  const out = new Set<PdfLine>();
  for (const p of pages)
    for (const l of p.lines) {
      if (!inBand(l, p.height)) continue;
      if (isPageNumber(l.text) || (seen.get(shape(l))?.size ?? 0) >= repeats) out.add(l);
    }
  return out;
}
