/*
 * pdf.js for the pane, loaded only when a PDF is opened: webpack puts pdf.js and the
 * adapter into their own chunk ("pdfjs"), so the pane starts without its megabytes. The
 * worker, the CMaps (Chinese fonts' character maps) and the standard fonts are copied
 * into the add-in (webpack.config.js, under pdfjs/) and read from its own origin: a PDF
 * is never sent anywhere, and nothing is fetched from the network.
 */
import type { PdfPage } from "../core/pdf/types";

/** Where the bundled pdf.js files are, relative to the pane's page. */
export const PDFJS_DIR = "pdfjs/";

/** Reads a PDF's pages in order; rejects with a PdfOpenError-like `{ code }` error. */
export type PdfExtractor = (
  data: Uint8Array,
  onPage: (page: PdfPage, pages: number) => void | Promise<void>,
) => Promise<number>;

export async function loadPdfExtractor(base: string = document.baseURI): Promise<PdfExtractor> {
  const [pdfjs, adapter] = await Promise.all([
    import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist"),
    import(/* webpackChunkName: "pdfjs" */ "../pdf/extract.mjs"),
  ]);
  const dir = new URL(PDFJS_DIR, base);
  pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.mjs", dir).href;
  return (data, onPage) =>
    adapter.extractPages(pdfjs, data, {
      cMapUrl: new URL("cmaps/", dir).href,
      standardFontDataUrl: new URL("standard_fonts/", dir).href,
      onPage,
    });
}
