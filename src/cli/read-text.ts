import { readFile, stat } from "node:fs/promises";
import { UsageError } from "./io";

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a narrative as text. UTF-8 first (with or without BOM); bytes that are not
 * valid UTF-8 are tried as GB18030 (a superset of GBK), which Chinese offices still
 * produce. Rejects, with a message in both languages: a missing file, a directory, an
 * empty file, a binary file, more than 20 MB.
 */
export async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`“${path}”是文件夹，不是文本文件`, `${path} is a directory, not a text file`);
    size = info.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`找不到文件：${path}`, `File not found: ${path}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UsageError(
      `文件过大（${(size / 1048576).toFixed(1)} MB），上限 20 MB：${path}`,
      `File too large (${(size / 1048576).toFixed(1)} MB, limit 20 MB): ${path}`,
    );
  }
  return decodeText(await readFile(path), path);
}

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new UsageError(`文件为空：${name}`, `File is empty: ${name}`);
  if (looksBinary(bytes)) {
    throw new UsageError(
      `不是文本文件（含二进制内容）：${name}。请先另存为 .txt`,
      `Not a text file (binary content): ${name}. Save it as .txt first`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      throw new UsageError(
        `无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）：${name}`,
        `Unrecognised text encoding (neither UTF-8 nor GB18030/GBK): ${name}`,
      );
    }
  }
}

/** NUL bytes never occur in UTF-8 or GB18030 text; they do in .docx, .xlsx, PDFs, images. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}
