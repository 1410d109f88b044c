import { randomBytes } from "node:crypto";
import { link, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Every output of the CLI is written through here: to a temporary file beside the target
 * (same directory, so the same file system), flushed, then moved into place in one step.
 * A failure at any point (full disk, a writer that throws midway, a read-only directory)
 * removes the temporary file and leaves the target as it was, byte for byte: a half-written
 * workbook never appears, and a failed `--force` rewrite keeps the previous good one.
 */

/** What to write: bytes, text (UTF-8), or a function that writes the temporary file itself. */
export type Content = Uint8Array | string | ((temporaryPath: string) => Promise<void>);

export interface AtomicWriteOptions {
  /** Replace an existing target (--force); otherwise an existing target is an EEXIST error. */
  overwrite: boolean;
}

export async function writeFileAtomic(
  path: string,
  content: Content,
  { overwrite }: AtomicWriteOptions,
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    if (typeof content === "function") {
      await content(temporary);
      await flush(temporary);
    } else {
      const handle = await open(temporary, "wx");
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    if (overwrite) {
      await rename(temporary, path);
    } else {
      // link() fails with EEXIST when the target exists: no check-then-write race.
      await link(temporary, path);
      await unlink(temporary);
    }
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}

/** Data of a file written by someone else's writer, on disk before it is renamed. */
async function flush(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
