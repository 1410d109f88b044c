import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { MAX_UNCOMPRESSED_BYTES, zipLimitProblem } from "../../src/core/input/zip-limits";
import { io } from "../support/cli-io";

/**
 * Input is bounded before it is decoded or expanded: a device or pipe stops at 20 MB, a
 * workbook over 20 MB or one whose zip directory announces more than 64 MB uncompressed is
 * refused with exit 2 and a message in both languages, never a heap crash.
 */
const ROOT = join(__dirname, "..", "..");
const EXAMPLE_BOOK_CSV = join(ROOT, "examples", "tables-2020.csv");

let dir: string;
let example: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fa-limits-"));
  const book = join(dir, "example.xlsx");
  expect((await fa("build", "--data", EXAMPLE_BOOK_CSV, "-o", book)).code).not.toBe(2);
  example = readFileSync(book);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fa(...argv: string[]) {
  const t = io(dir);
  const t0 = performance.now();
  const code = await main(argv, t);
  return { code, err: t.err.join(""), ms: performance.now() - t0 };
}

/** A real .xlsx (fa build's) with one extra part of `extra` bytes that deflate to little. */
async function workbookWithLargePart(extra: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(example);
  zip.file("xl/worksheets/sheet99.xml", "<c/>".repeat(extra / 4));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("bounded input", () => {
  test("fa check /dev/zero: exit 2 at the 20 MB limit, not after reading forever", async () => {
    const r = await fa("check", "/dev/zero");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/文件过大（超过 20\.0 MB）.*\/dev\/zero/);
    expect(r.err).toMatch(/File too large \(over 20\.0 MB, limit 20 MB\)/);
  });

  test("a 43 MB workbook given to --tables: exit 2 before it is opened", async () => {
    const path = join(dir, "big.xlsx");
    writeFileSync(path, Buffer.alloc(43 * 1024 * 1024, 1));
    const narrative = join(dir, "n.txt");
    writeFileSync(narrative, "2020年本年收入合计3190.21万元。");
    const r = await fa("check", narrative, "--tables", path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/文件过大（43\.0 MB），上限 20 MB/);
  });

  test("a small workbook that expands beyond 64 MB: refused by check --tables and draft", async () => {
    const bytes = await workbookWithLargePart(MAX_UNCOMPRESSED_BYTES + 1024 * 1024);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, bytes);
    const narrative = join(dir, "n2.txt");
    writeFileSync(narrative, "2020年本年收入合计3190.21万元。");
    for (const argv of [
      ["check", narrative, "--tables", path],
      ["draft", path, "-o", join(dir, "d.txt")],
    ]) {
      const r = await fa(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/解压后达 65 MB，超过上限 64 MB/);
      expect(r.err).toMatch(/expands to 65 MB, more than the limit of 64 MB/);
    }
  }, 60_000);

  test("a workbook within the limits is read as before", async () => {
    const bytes = example;
    expect(zipLimitProblem(bytes, "ok.xlsx")).toBeNull();
    const path = join(dir, "ok.xlsx");
    writeFileSync(path, bytes);
    const r = await fa("draft", path, "--year", "2020", "-o", join(dir, "ok.txt"));
    expect(r.code).not.toBe(2);
    expect(r.err).not.toMatch(/无法读取|Cannot read|解压后/);
  }, 60_000);
});

describe("zipLimitProblem", () => {
  test("bytes that are no zip are left to the reader", () => {
    expect(zipLimitProblem(new TextEncoder().encode("not a zip"), "x.xlsx")).toBeNull();
  });

  test("sizes come from the directory: a part announced over the limit is refused", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:p/>".repeat(1000));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(zipLimitProblem(bytes, "a.docx")).toBeNull();
    expect(zipLimitProblem(bytes, "a.docx", 5000)?.en).toMatch(/"a\.docx" expands to/);
  });
});
