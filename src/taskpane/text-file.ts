/*
 * Reading a narrative the user picked: a .txt in UTF-8 (with or without BOM) or, failing
 * that, GB18030 (what Chinese Windows writes as “ANSI”), or a .docx through mammoth's
 * browser build. mammoth is loaded only when a .docx is opened, so it does not weigh on
 * the pane's start.
 */

import { zipLimitProblem } from "../core/input/zip-limits";
import { decodeTextBytes, TextDecodeError, type TextEncodingName } from "../core/text/decode";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type Encoding = TextEncodingName | "docx";

export interface ImportedText {
  text: string;
  encoding: Encoding;
}

export class ImportError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} ${en}`);
    this.name = "ImportError";
  }
}

/** The engine's decoder (UTF-16 with BOM, UTF-8, GB18030), its refusals as ImportError. */
export function decodeText(bytes: Uint8Array, name = ""): ImportedText {
  try {
    return decodeTextBytes(bytes, name);
  } catch (e) {
    if (e instanceof TextDecodeError) throw new ImportError(e.zh, e.en);
    throw e;
  }
}

export function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

function checkSize(file: File): void {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `文件过大（${(file.size / 1048576).toFixed(1)} MB），上限为 10 MB。`,
      `The file is too large (${(file.size / 1048576).toFixed(1)} MB); the limit is 10 MB.`,
    );
  }
}

/** A text file (.txt, .csv, .json) in UTF-8 or GB18030. */
export async function readTextFile(file: File): Promise<ImportedText> {
  checkSize(file);
  return decodeText(new Uint8Array(await readBytes(file)), file.name);
}

/**
 * The narrative from a .txt or .docx file. `alsoAccepted` names the other kinds the
 * caller takes before this (“.pdf”), so that the refusal lists every kind it could have had.
 */
export async function readNarrativeFile(
  file: File,
  alsoAccepted: readonly string[] = [],
): Promise<ImportedText> {
  checkSize(file);
  const name = file.name.toLowerCase();
  if (name.endsWith(".docx")) {
    const bytes = await readBytes(file);
    // A .docx is a zip: its directory says how far it expands, before mammoth expands it.
    const tooLarge = zipLimitProblem(new Uint8Array(bytes), file.name);
    if (tooLarge) throw new ImportError(tooLarge.zh, tooLarge.en);
    const mammoth = await import(
      /* webpackChunkName: "mammoth" */ "mammoth/mammoth.browser.min.js"
    );
    try {
      const { value } = await mammoth.extractRawText({ arrayBuffer: bytes });
      return { text: value, encoding: "docx" };
    } catch (error) {
      throw new ImportError(
        `无法读取 Word 文档“${file.name}”：${error instanceof Error ? error.message : String(error)}`,
        `Could not read the Word document "${file.name}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (name.endsWith(".txt") || name.endsWith(".text") || file.type.startsWith("text/")) {
    return readTextFile(file);
  }
  const kinds = [".txt", ".docx", ...alsoAccepted];
  throw new ImportError(
    `不支持的文件类型“${file.name}”：请选择 ${kinds.slice(0, -1).join("、")} 或 ${kinds.at(-1)} 文件。`,
    `Unsupported file "${file.name}": choose a ${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)} file.`,
  );
}
