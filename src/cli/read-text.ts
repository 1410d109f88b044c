import { open, stat } from "node:fs/promises";
import { zipLimitProblem } from "../core/input/zip-limits";
import { decodeTextBytes, TextDecodeError } from "../core/text/decode";
import { UsageError } from "./io";

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a narrative as text. UTF-8 first (with or without BOM); bytes that are not
 * valid UTF-8 are tried as GB18030 (a superset of GBK), which Chinese offices still
 * produce; UTF-16 is read when it starts with its BOM (Notepad's “Unicode”). Rejects,
 * with a message in both languages: a missing or unreadable file, a directory, an empty
 * file, a binary file, more than 20 MB.
 */
export async function readTextFile(path: string, shown = path): Promise<string> {
  return decodeText(await readInputBytes(path, shown), shown);
}

/**
 * The bytes of an input file, at most 20 MB. The limit is applied while reading, before
 * anything is decoded: a pipe or a device (/dev/zero) reports size 0 to stat and may never
 * end, so reading stops at the first byte over the limit.
 */
export async function readInputBytes(path: string, shown = path): Promise<Uint8Array> {
  const size = await fileSize(path, shown);
  if (size > MAX_INPUT_BYTES) throw tooLarge(size, shown);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const handle = await open(path, "r");
    try {
      for (;;) {
        const chunk = new Uint8Array(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > MAX_INPUT_BYTES) break;
      }
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw unreadable(e, shown);
  }
  if (total > MAX_INPUT_BYTES) throw tooLarge(total, shown, true);
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of an .xlsx input, refused (exit 2) when its zip directory announces more than
 * the uncompressed limit: exceljs would otherwise expand it all and crash out of memory.
 */
export async function readWorkbookBytes(path: string, shown = path): Promise<Buffer> {
  const bytes = Buffer.from(await readInputBytes(path, shown));
  const problem = zipLimitProblem(bytes, shown);
  if (problem) throw new UsageError(problem.zh, problem.en);
  return bytes;
}

/**
 * Size of a file that exists and is not a directory; the same checks and messages for
 * every file a command reads (narratives, workbooks, data files).
 */
export async function fileSize(path: string, shown = path): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    throw unreadable(e, shown);
  }
  if (info.isDirectory()) throw directory(shown);
  return info.size;
}

/** The text of a narrative's bytes; an unreadable one is a usage error (exit 2). */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return decodeTextBytes(bytes, name).text;
  } catch (e) {
    if (e instanceof TextDecodeError) throw new UsageError(e.zh, e.en);
    throw e;
  }
}

function tooLarge(size: number, path: string, atLeast = false): UsageError {
  const mb = (size / 1048576).toFixed(1);
  return new UsageError(
    `文件过大（${atLeast ? "超过 " : ""}${mb} MB），上限 20 MB：${path}`,
    `File too large (${atLeast ? "over " : ""}${mb} MB, limit 20 MB): ${path}`,
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
