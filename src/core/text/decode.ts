/**
 * Bytes of a narrative file to text, for the CLI and the task pane alike (TextDecoder is
 * in browsers and Node). UTF-16 with its BOM (Notepad's “Unicode”) first — it is full of
 * NUL bytes —, then a binary test, then strict UTF-8 (with or without BOM), then GB18030
 * (a superset of GBK, what Chinese Windows writes as “ANSI”). GB18030 comes last because
 * it is permissive: most byte pairs are valid GB18030, while GBK text is almost never
 * valid UTF-8.
 */

export type TextEncodingName = "UTF-8" | "GB18030" | "UTF-16LE" | "UTF-16BE";

/** Why bytes are not a narrative, in both languages. */
export class TextDecodeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "TextDecodeError";
  }
}

export function decodeTextBytes(
  bytes: Uint8Array,
  name: string,
): { text: string; encoding: TextEncodingName } {
  if (bytes.length === 0) throw empty(name);
  const utf16 = utf16Encoding(bytes);
  const decoded = utf16
    ? { text: strictly(utf16, bytes), encoding: utf16 }
    : (() => {
        if (bytes.includes(0)) {
          throw new TextDecodeError(
            `不是文本文件（含二进制内容）：${name}。请先另存为 .txt`,
            `Not a text file (binary content): ${name}. Save it as .txt first`,
          );
        }
        const utf8 = strictly("UTF-8", bytes);
        if (utf8 !== undefined) return { text: utf8, encoding: "UTF-8" as const };
        return { text: strictly("GB18030", bytes), encoding: "GB18030" as const };
      })();
  if (decoded.text === undefined) throw unknownEncoding(bytes, name);
  // A BOM alone, or blank lines only, is as empty as zero bytes: there is nothing to check.
  if (decoded.text.trim() === "") throw empty(name);
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Decodes strictly (a BOM of the encoding is dropped), or undefined. */
function strictly(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16Encoding(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return undefined;
}

function empty(name: string): TextDecodeError {
  return new TextDecodeError(`文件为空：${name}`, `File is empty: ${name}`);
}

function unknownEncoding(bytes: Uint8Array, name: string): TextDecodeError {
  // Where a damaged UTF-8 file goes wrong, so that the user can find the bad bytes.
  const lossy = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const at = lossy.indexOf("\uFFFD");
  const line = lossy.slice(0, at < 0 ? 0 : at).split("\n").length;
  return new TextDecodeError(
    `无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK；第${line}行起有无效字节）：${name}`,
    `Unrecognised text encoding (neither UTF-8 nor GB18030/GBK; invalid bytes from line ${line}): ${name}`,
  );
}
