/**
 * Size limits of a zip container (.xlsx, .docx) read from its central directory, before
 * anything is decompressed: a small file can expand to gigabytes (a 200 KB .docx to 200
 * million characters), and the readers (exceljs, mammoth) hold it all in memory. Pure byte
 * parsing, shared by the CLI and the pane.
 */

/** Everything decompressed together; the standard workbooks and narratives use < 5 MB. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Parts of a zip; a workbook of the nine tables has a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;

export interface ZipLimitProblem {
  zh: string;
  en: string;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * What is wrong with the container's announced sizes, or null when it is within the limits.
 * A file that is no zip at all is left to the reader (it gives its own message). ZIP64
 * (sizes that do not fit 32 bits) is beyond the limits by definition.
 */
export function zipLimitProblem(
  bytes: Uint8Array,
  name: string,
  maxUncompressed = MAX_UNCOMPRESSED_BYTES,
): ZipLimitProblem | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return tooLarge(name, Infinity, maxUncompressed);
  if (entries > MAX_ZIP_ENTRIES) {
    return {
      zh: `“${name}”包含 ${entries} 个部件，超过上限 ${MAX_ZIP_ENTRIES}，不予读取。`,
      en: `"${name}" has ${entries} parts, more than the limit of ${MAX_ZIP_ENTRIES}; it is not read.`,
    };
  }
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return tooLarge(name, Infinity, maxUncompressed);
    total += size;
    if (total > maxUncompressed) return tooLarge(name, total, maxUncompressed);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return null;
}

/** Offset of the end-of-central-directory record (it ends the file, comment aside). */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function tooLarge(name: string, total: number, limit: number): ZipLimitProblem {
  const mb = (n: number) => (Number.isFinite(n) ? `${(n / 1048576).toFixed(0)} MB` : "> 4 GB");
  return {
    zh: `“${name}”解压后达 ${mb(total)}，超过上限 ${mb(limit)}，不予读取。`,
    en: `"${name}" expands to ${mb(total)}, more than the limit of ${mb(limit)}; it is not read.`,
  };
}
