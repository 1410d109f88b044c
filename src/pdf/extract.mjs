// @ts-check
/*
 * pdf.js → positioned text runs, one page at a time. Plain JavaScript (an ES module, as
 * pdf.js is) so that the CLI's worker runs it with Node as is, without a TypeScript
 * loader in front of pdf.js's 2 MB; the task pane imports the same file through webpack.
 * Types: extract.d.mts.
 */

/** A pdf.js failure the reader can name (wrong or missing password, not a PDF). */
export class PdfOpenError extends Error {
  /**
   * @param {"password" | "invalid"} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = "PdfOpenError";
    this.code = code;
  }
}

/**
 * Reads every page's text runs with their positions. Each page's resources are released
 * before the next is read, so that a 300-page report is never held whole. No fonts are
 * rendered and nothing is fetched but the bundled CMaps and standard fonts.
 *
 * @param {import("./extract.d.mts").PdfJs} pdfjs
 * @param {Uint8Array} data
 * @param {import("./extract.d.mts").ExtractOptions} options
 * @returns {Promise<number>} the number of pages
 */
export async function extractPages(pdfjs, data, options) {
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      cMapUrl: options.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: options.standardFontDataUrl,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = /** @type {{ name?: string }} */ (e ?? {}).name;
    const message = e instanceof Error ? e.message : String(e);
    if (name === "PasswordException") throw new PdfOpenError("password", message);
    if (name === "InvalidPDFException") throw new PdfOpenError("invalid", message);
    throw e;
  }
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, , x1, y1] = page.view;
      const y0 = page.view[1];
      const content = await page.getTextContent();
      /** @type {import("../core/pdf/types").PdfItem[]} */
      const items = [];
      let unmapped = 0;
      for (const raw of content.items) {
        const s = raw.str;
        const t = raw.transform;
        if (typeof s !== "string" || !Array.isArray(t) || s === "") continue;
        unmapped += countUnmapped(s);
        items.push({
          s,
          x: t[4] - x0,
          y: y1 - t[5],
          w: Number(raw.width) || 0,
          h: Math.hypot(t[2], t[3]) || Number(raw.height) || 0,
        });
      }
      page.cleanup();
      await options.onPage(
        { page: n, width: x1 - x0, height: y1 - y0, items, unmapped },
        doc.numPages,
      );
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/**
 * U+FFFD and private-use code points: glyphs a font drew without saying what they are.
 * @param {string} s
 */
function countUnmapped(s) {
  let n = 0;
  for (const ch of s) {
    const c = /** @type {number} */ (ch.codePointAt(0));
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) n++;
  }
  return n;
}
