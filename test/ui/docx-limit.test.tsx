import JSZip from "jszip";
import { MAX_UNCOMPRESSED_BYTES } from "../../src/core/input/zip-limits";
import { ImportError, readNarrativeFile } from "../../src/taskpane/text-file";

/**
 * The pane's .docx reader refuses a document whose zip directory announces more than the
 * uncompressed limit, before mammoth expands it (a 200 KB .docx could expand to 200 million
 * characters): a bilingual ImportError, not a frozen pane.
 */
test("a small .docx that expands beyond 64 MB is refused before it is read", async () => {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "<w:t>一</w:t>".repeat((MAX_UNCOMPRESSED_BYTES + 1048576) / 12));
  const bytes = await zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" });
  expect(bytes.byteLength).toBeLessThan(2 * 1024 * 1024);
  const file = new File([bytes], "说明.docx");
  const error = await readNarrativeFile(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).zh).toMatch(/解压后达 \d+ MB，超过上限 64 MB/);
  expect((error as ImportError).en).toMatch(/expands to \d+ MB, more than the limit of 64 MB/);
}, 60_000);
