import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "fs";
import { encode } from "iconv-lite";
import { tmpdir } from "os";
import { join } from "path";
import { UsageError } from "../../src/cli/io";
import { decodeText, MAX_INPUT_BYTES, readTextFile } from "../../src/cli/read-text";
import { readSeed } from "../support/seed";

const SEED = readSeed();
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48];
const ZIP_HEADER = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fa-read-text-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A file of `size` bytes that takes no disk space: its content is all NUL bytes. */
function sparse(name: string, size: number): string {
  const path = file(name, "");
  truncateSync(path, size);
  return path;
}

async function rejection(promise: Promise<unknown>): Promise<UsageError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

function decodeError(bytes: Uint8Array, name = "x.txt"): UsageError {
  try {
    decodeText(bytes, name);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

describe("readTextFile", () => {
  it("reads the seed as UTF-8", async () => {
    expect(await readTextFile(file("seed.txt", SEED))).toBe(SEED);
  });

  it("drops a UTF-8 byte order mark, so that offsets match the text without it", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED, "utf8")]);
    expect(await readTextFile(file("bom.txt", bytes))).toBe(SEED);
  });

  it.each(["gb18030", "gbk"])("reads the seed encoded as %s", async (encoding) => {
    const bytes = encode(SEED, encoding);
    expect(Buffer.from(bytes).equals(Buffer.from(SEED, "utf8"))).toBe(false);
    expect(await readTextFile(file(`${encoding}.txt`, bytes))).toBe(SEED);
  });

  it.each(["utf-16le", "utf-16be"])("reads %s text that starts with its BOM", async (encoding) => {
    const bytes = encode(SEED, encoding, { addBOM: true });
    expect(bytes.includes(0)).toBe(true);
    expect(await readTextFile(file(`${encoding}.txt`, bytes))).toBe(SEED);
  });

  it("rejects a missing file, in both languages", async () => {
    const e = await rejection(readTextFile(join(dir, "nope.txt")));
    expect(e.zh).toBe(`找不到文件：${join(dir, "nope.txt")}`);
    expect(e.en).toBe(`File not found: ${join(dir, "nope.txt")}`);
  });

  it("rejects a path through a file as missing", async () => {
    const path = join(file("plain.txt", "正文"), "child.txt");
    expect((await rejection(readTextFile(path))).en).toBe(`File not found: ${path}`);
  });

  it("rejects a directory", async () => {
    const e = await rejection(readTextFile(dir));
    expect(e.zh).toContain("是文件夹");
    expect(e.en).toContain("is a directory");
  });

  it("rejects an empty file", async () => {
    const e = await rejection(readTextFile(file("empty.txt", "")));
    expect(e.zh).toContain("文件为空");
    expect(e.en).toContain("File is empty");
  });

  it("rejects a file over 20 MB before reading it", async () => {
    const e = await rejection(readTextFile(sparse("big.txt", MAX_INPUT_BYTES + 1)));
    expect(e.zh).toContain("文件过大（20.0 MB），上限 20 MB");
    expect(e.en).toContain("File too large (20.0 MB, limit 20 MB)");
  });

  it("accepts exactly 20 MB (so the same NUL-filled file fails as binary, not as too large)", async () => {
    const e = await rejection(readTextFile(sparse("limit.txt", MAX_INPUT_BYTES)));
    expect(e.en).toContain("Not a text file");
  });
});

describe("decodeText", () => {
  it.each([
    ["a PNG image", PNG_HEADER],
    ["a zip (.docx, .xlsx)", ZIP_HEADER],
    ["text with one NUL far from the start", [...Buffer.from("收入".repeat(5000)), 0, 0x41]],
  ])("rejects %s as binary", (_name, bytes) => {
    const e = decodeError(Uint8Array.from(bytes), "scan.png");
    expect(e.zh).toBe("不是文本文件（含二进制内容）：scan.png。请先另存为 .txt");
    expect(e.en).toBe("Not a text file (binary content): scan.png. Save it as .txt first");
  });

  it.each([
    ["a byte order mark only", [0xef, 0xbb, 0xbf]],
    ["blank lines only", [...Buffer.from(" \r\n\t\n")]],
  ])("rejects %s as empty", (_name, bytes) => {
    expect(decodeError(Uint8Array.from(bytes)).en).toBe("File is empty: x.txt");
  });

  it("rejects bytes that are neither UTF-8 nor GB18030, naming the line where they start", () => {
    // 0x80 and 0xFF are not lead bytes in GB18030, and not valid alone in UTF-8.
    const bytes = Buffer.concat([Buffer.from("第一行\n第二行\n"), Buffer.from([0x80, 0xff, 0x41])]);
    const e = decodeError(bytes);
    expect(e.zh).toContain("既不是 UTF-8 也不是 GB18030/GBK；第3行起有无效字节");
    expect(e.en).toContain("invalid bytes from line 3");
  });

  it("keeps CRLF, tabs and full-width characters as they are", () => {
    const text = "收入\t１２３万元\r\n占45％。";
    expect(decodeText(Buffer.from(text, "utf8"), "x.txt")).toBe(text);
  });
});
