/*
 * Checks the production build as Excel will fetch it: functions.json (generated from the
 * JSDoc in src/functions/functions.ts), the page, and the bundles. Builds once, or reuses
 * dist/ when it is a production build newer than every input.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ROOT, ensureProductionBuild } from "../support/production-build";

const read = (file: string) => readFileSync(join(DIST, file), "utf8");

beforeAll(ensureProductionBuild, 600_000);

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string; type?: string; optional?: boolean }[];
    result: { type?: string };
  }[];
}

// Ids are stored in workbooks (=FA.SHARE(...)); this table changes only by adding rows.
const EXPECTED = [
  { id: "SHARE", params: ["part", "total", "decimals?"], result: "number" },
  { id: "GROWTH", params: ["current", "prior", "decimals?"], result: "number" },
  { id: "CHANGETEXT", params: ["current", "prior", "unit?", "decimals?"], result: "string" },
  { id: "AMOUNT", params: ["text", "unit?"], result: "number" },
];

const CJK = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

describe("dist/functions.json", () => {
  let metadata: Metadata;
  beforeAll(() => {
    metadata = JSON.parse(read("functions.json")) as Metadata;
  });

  it("declares exactly the four FA functions, with stable ids and parameters", () => {
    expect(
      metadata.functions.map((f) => ({
        id: f.id,
        params: f.parameters.map((p) => p.name + (p.optional ? "?" : "")),
        result: f.result.type,
      })),
    ).toEqual(EXPECTED);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("describes every function and every parameter in Chinese and English", () => {
    for (const f of metadata.functions) {
      expect(f.description).toMatch(CJK);
      expect(f.description).toMatch(LATIN_WORD);
      for (const p of f.parameters) {
        expect({ fn: f.id, param: p.name, zh: CJK.test(p.description ?? "") }).toEqual({
          fn: f.id,
          param: p.name,
          zh: true,
        });
        expect(p.description).toMatch(LATIN_WORD);
      }
    }
  });
});

describe("dist bundles", () => {
  it("registers each function with Excel in functions.js", () => {
    const js = read("functions.js");
    for (const { id } of EXPECTED) expect(js).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("loads Office.js from Microsoft's CDN and both bundles on the one page", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
  });

  it("has a Content-Security-Policy: Office's and its own scripts only, nothing inline", () => {
    const html = read("taskpane.html");
    // The production build minifies the page: attribute quotes may be dropped.
    const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = new Map(
      meta![1].split(";").map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(meta![1]).not.toMatch(/unsafe-eval/);
    // Every script of the page has a source: there is no inline script to allow.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/\bsrc=/);
  });

  it("ships the manifest and icons unchanged when no public URL is set", () => {
    expect(read("manifest.xml")).toBe(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
    for (const size of [16, 32, 64, 80])
      expect(existsSync(join(DIST, `assets/icon-${size}.png`))).toBe(true);
  });

  it("loads pdf.js only when a PDF is opened, from the add-in's own files", () => {
    // pdf.js is its own chunk: the pane's bundle holds the loader, not pdf.js.
    expect(read("pdfjs.js")).toContain("InvalidPDFException");
    expect(read("taskpane.js")).not.toContain("InvalidPDFException");
    // The .docx table reader (jszip) comes with the first .docx, likewise.
    expect(existsSync(join(DIST, "docx.js"))).toBe(true);
    // The worker as pdfjs-dist ships it, and the data pdf.js would otherwise fetch.
    const pdfjs = join(ROOT, "node_modules/pdfjs-dist");
    expect(readFileSync(join(DIST, "pdfjs/pdf.worker.min.mjs"))).toEqual(
      readFileSync(join(pdfjs, "build/pdf.worker.min.mjs")),
    );
    for (const file of ["cmaps/UniGB-UCS2-H.bcmap", "cmaps/GBK-EUC-H.bcmap"])
      expect(existsSync(join(DIST, "pdfjs", file))).toBe(true);
    expect(existsSync(join(DIST, "pdfjs/standard_fonts/FoxitSerif.pfb"))).toBe(true);
  });

  it("stays within its size budget (gzipped)", () => {
    // Budgets, not measurements: raise them deliberately, with a reason, when a feature needs it.
    expect(gzipSync(readFileSync(join(DIST, "taskpane.js"))).length).toBeLessThan(350 * 1024);
    expect(gzipSync(readFileSync(join(DIST, "functions.js"))).length).toBeLessThan(60 * 1024);
  });
});
