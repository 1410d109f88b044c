import type { PdfItem, PdfPage } from "../../src/core/pdf/types";

/** An A4 page (595 × 842 pt) of positioned runs, as the PDF reader hands pages to the engine. */
export const page = (n: number, items: PdfItem[]): PdfPage => ({
  page: n,
  width: 595,
  height: 842,
  items,
  unmapped: 0,
});
