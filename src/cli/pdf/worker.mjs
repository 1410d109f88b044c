// @ts-check
/*
 * Reads one PDF with pdf.js and writes its pages as JSON lines on stdout. The CLI runs
 * this in a child process: pdfjs-dist is an ES module, which the CommonJS CLI (and its
 * tests) cannot require, and a large PDF's memory is returned to the system when it ends.
 * Plain JavaScript, so that Node runs it without a TypeScript loader (which costs seconds
 * on pdf.js's size).
 * Protocol: {"type":"page",…PdfPage,"pages":N} per page, then {"type":"end"}; or
 * {"type":"error","code":"password"|"invalid","message":…}.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { extractPages, PdfOpenError } from "../../pdf/extract.mjs";

const require = createRequire(import.meta.url);

/** @param {object} o */
function send(o) {
  return new Promise((done) => {
    if (process.stdout.write(JSON.stringify(o) + "\n")) done(undefined);
    else process.stdout.once("drain", () => done(undefined));
  });
}

/**
 * pdf.js's legacy build (the one that runs in Node without DOM classes) carries core-js
 * polyfills, and replaces Array.prototype.push with one for an edge case V8 does not
 * meet (array-likes longer than 2^32 − 1). That JavaScript push ran on every text run and
 * took over a third of a report's reading time (the seed: 1.9 s, 1.2 s without it);
 * nothing here pushes onto such a length, so the engine's own push is put back once
 * pdf.js is loaded.
 */
async function importPdfJs() {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, "push");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // Its worker runs in this process (Node has no web workers) and brings the same
  // polyfill: loaded now, it sets globalThis.pdfjsWorker, which pdf.js then uses.
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  if (push) Object.defineProperty(Array.prototype, "push", push);
  return pdfjs;
}

/** @param {string} path */
async function main(path) {
  try {
    const pdfjs = await importPdfJs();
    // The CMaps and standard fonts ship inside pdfjs-dist; pdf.js in Node reads them
    // from disk (a trailing slash is required).
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    const data = new Uint8Array(await readFile(path));
    await extractPages(/** @type {any} */ (pdfjs), data, {
      cMapUrl: join(root, "cmaps") + "/",
      standardFontDataUrl: join(root, "standard_fonts") + "/",
      onPage: (page, pages) => send({ type: "page", pages, ...page }),
    });
    await send({ type: "end" });
  } catch (e) {
    const code = e instanceof PdfOpenError ? e.code : "invalid";
    await send({ type: "error", code, message: e instanceof Error ? e.message : String(e) });
  }
}

void main(process.argv[2]);
