import { readFile, stat } from "node:fs/promises";
import { UsageError } from "./io";

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a narrative as text. UTF-8 first (with or without BOM); bytes that are not
 * valid UTF-8 are tried as GB18030 (a superset of GBK), which Chinese offices still
 * produce; UTF-16 is read when it starts with its BOM (Notepad's “Unicode”). Rejects,
 * with a message in both languages: a missing or unreadable file, a directory, an empty
 * file, a binary file, more than 20 MB.
 */
export async function readTextFile(path: string): Promise<string> {
  const size = await fileSize(path);
  if (size > MAX_INPUT_BYTES) throw tooLarge(size, path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw unreadable(e, path);
  }
  // A pipe or a device reports size 0 to stat: only the bytes read can tell.
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(bytes.length, path);
  return decodeText(bytes, path);
}

/**
 * Size of a file that exists and is not a directory; the same checks and messages for
 * every file a command reads (narratives, workbooks, data files).
 */
export async function fileSize(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    throw unreadable(e, path);
  }
  if (info.isDirectory()) throw directory(path);
  return info.size;
}

export function decodeText(bytes: Uint8Array, name: string): string {
  const text = decodeBytes(bytes, name);
  // A BOM alone, or blank lines only, is as empty as zero bytes: there is nothing to check.
  if (text.trim() === "") throw new UsageError(`文件为空：${name}`, `File is empty: ${name}`);
  return text;
}

function decodeBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new UsageError(`文件为空：${name}`, `File is empty: ${name}`);
  // UTF-16 is full of NUL bytes, so its BOM must be recognised before the binary test.
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeOr(utf16, bytes, () => unknownEncoding(bytes, name));
  if (bytes.includes(0)) {
    throw new UsageError(
      `不是文本文件（含二进制内容）：${name}。请先另存为 .txt`,
      `Not a text file (binary content): ${name}. Save it as .txt first`,
    );
  }
  // GB18030 comes second because it is far more permissive: most byte pairs are valid
  // GB18030, while GBK text is almost never valid UTF-8.
  return decodeOr("utf-8", bytes, () =>
    decodeOr("gb18030", bytes, () => unknownEncoding(bytes, name)),
  );
}

/** Decodes strictly (a BOM of the encoding is dropped), or returns what `otherwise` gives. */
function decodeOr(encoding: string, bytes: Uint8Array, otherwise: () => string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return otherwise();
  }
}

function unknownEncoding(bytes: Uint8Array, name: string): never {
  const line = firstInvalidUtf8Line(bytes);
  throw new UsageError(
    `无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK；第${line}行起有无效字节）：${name}`,
    `Unrecognised text encoding (neither UTF-8 nor GB18030/GBK; invalid bytes from line ${line}): ${name}`,
  );
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Where a damaged UTF-8 file goes wrong, so that the user can find the bad bytes. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const lossy = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const at = lossy.indexOf("\uFFFD");
  return lossy.slice(0, at < 0 ? 0 : at).split("\n").length;
}

function tooLarge(size: number, path: string): UsageError {
  const mb = (size / 1048576).toFixed(1);
  return new UsageError(
    `文件过大（${mb} MB），上限 20 MB：${path}`,
    `File too large (${mb} MB, limit 20 MB): ${path}`,
  );
}

function directory(path: string): UsageError {
  return new UsageError(`“${path}”是文件夹，不是文件`, `${path} is a directory, not a file`);
}

function unreadable(e: unknown, path: string): UsageError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new UsageError(`找不到文件：${path}`, `File not found: ${path}`);
  }
  if (code === "EISDIR") return directory(path);
  const why = code ?? (e instanceof Error ? e.message : String(e));
  return new UsageError(`无法读取文件（${why}）：${path}`, `Cannot read file (${why}): ${path}`);
}
