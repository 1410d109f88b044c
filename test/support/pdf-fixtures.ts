/*
 * PDFs made by a real writer for the PDF tests: LibreOffice headless exports documents and
 * workbooks built here (the seed's text; its workbook as `fa build` writes it; a memo that
 * is not a report; an image-only page; an encrypted export), and poppler's pdfunite puts
 * the seed's text and tables into one report. Built once per test file (each soffice call
 * takes ~10–20 s), with a private LibreOffice profile.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeSeedReport, run, soffice } from "../../scripts/seed-report-pdf";

export interface PdfFixtures {
  dir: string;
  /** The seed's text and its built workbook's nine tables, in one PDF. */
  seed: string;
  /** The workbook the seed PDF's tables were printed from. */
  book: string;
  seedText: string;
  memo: string;
  scan: string;
  encrypted: string;
}

export async function makePdfFixtures(dir: string): Promise<PdfFixtures> {
  const memo = join(dir, "memo.txt");
  await writeFile(memo, "会议纪要\n与会人员讨论了下一季度的工作安排，会议由办公室主持。\n");
  const seed = await makeSeedReport(dir, [memo]);

  // A scan: the first page as a picture only, placed in a document and exported.
  await run("pdftoppm", [
    "-r",
    "40",
    "-png",
    "-f",
    "1",
    "-l",
    "1",
    join(dir, "seed-text.pdf"),
    join(dir, "page"),
  ]);
  const png = (await readFile(join(dir, "page-01.png"))).toString("base64");
  const scanDoc = join(dir, "scan.fodt");
  await writeFile(
    scanDoc,
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p><draw:frame draw:name="scan" text:anchor-type="paragraph" svg:width="16cm" svg:height="22cm"><draw:image><office:binary-data>${png}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>
`,
  );
  await soffice(dir, "pdf", [scanDoc]);
  const encDir = join(dir, "enc");
  await soffice(
    dir,
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"x"}}',
    [memo],
    encDir,
  );
  return {
    dir,
    seed: seed.pdf,
    book: seed.book,
    seedText: seed.text,
    memo: join(dir, "memo.pdf"),
    scan: join(dir, "scan.pdf"),
    encrypted: join(encDir, "memo.pdf"),
  };
}
