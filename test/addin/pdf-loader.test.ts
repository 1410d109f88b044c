/*
 * pdf.js in the pane: loaded on demand from the add-in's own origin. The loader is run
 * with pdf.js and the adapter replaced (Jest cannot load pdf.js's ES modules); the
 * production build's chunks are checked in build.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadPdfExtractor, PDFJS_DIR } from "../../src/taskpane/pdf-loader";

const ROOT = resolve(__dirname, "../..");
// Read by the mocks when the loader first imports them (names starting “mock” may be).
const mockOptions = { workerSrc: "" };
const mockExtractPages = jest.fn(async () => 1);
jest.mock("pdfjs-dist", () => ({ GlobalWorkerOptions: mockOptions }));
jest.mock("../../src/pdf/extract.mjs", () => ({ extractPages: mockExtractPages }));

describe("the pane's pdf.js loader", () => {
  it("points the worker, the CMaps and the standard fonts at the add-in's own files", async () => {
    const extract = await loadPdfExtractor("https://addin.example.cn/fa/taskpane.html");
    expect(mockOptions.workerSrc).toBe("https://addin.example.cn/fa/pdfjs/pdf.worker.min.mjs");
    const onPage = () => {};
    await extract(new Uint8Array([1]), onPage);
    expect(mockExtractPages).toHaveBeenCalledWith(expect.anything(), new Uint8Array([1]), {
      cMapUrl: "https://addin.example.cn/fa/pdfjs/cmaps/",
      standardFontDataUrl: "https://addin.example.cn/fa/pdfjs/standard_fonts/",
      onPage,
    });
  });

  it("is copied there by the build, from pdfjs-dist", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
    const config = await (require(join(ROOT, "webpack.config.js")) as ConfigFn)(
      {},
      { mode: "production" },
    );
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as unknown as {
      patterns: Array<{ from: string; to: string }>;
    };
    const pdfjs = copy.patterns.filter((p) => p.to.startsWith(PDFJS_DIR));
    expect(pdfjs.map((p) => p.to).sort()).toEqual([
      `${PDFJS_DIR}cmaps`,
      `${PDFJS_DIR}pdf.worker.min.mjs`,
      `${PDFJS_DIR}standard_fonts`,
    ]);
    for (const p of pdfjs) expect(relative(ROOT, p.from)).toMatch(/node_modules\/pdfjs-dist\//);
  });

  it("is imported nowhere else in the pane, and only dynamically", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const importers = [...files(join(ROOT, "src/taskpane")), ...files(join(ROOT, "src/excel"))]
      .filter((f) => /pdfjs-dist|extract\.mjs/.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(importers).toEqual(["src/taskpane/pdf-loader.ts"]);
    const loader = readFileSync(join(ROOT, "src/taskpane/pdf-loader.ts"), "utf8");
    expect(loader).not.toMatch(/^import [^t].*pdfjs-dist/m);
    expect(loader).toMatch(/import\(\/\* webpackChunkName: "pdfjs" \*\/ "pdfjs-dist"\)/);
  });
});

type ConfigFn = (
  env: object,
  argv: { mode: string },
) => Promise<{ plugins: Array<{ constructor: { name: string } }> }>;
