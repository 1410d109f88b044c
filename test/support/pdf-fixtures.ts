/*
 * PDFs made by a real writer for the PDF tests: LibreOffice headless exports documents and
 * workbooks built here (the seed's text; its workbook as `fa build` writes it; a memo that
 * is not a report; an image-only page; an encrypted export; a page of glyphs without
 * Unicode mapping), and poppler's pdfunite puts
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
  /** The seed's text letter-spaced, on narrow pages, with page numbers in the footer. */
  spaced: string;
  memo: string;
  scan: string;
  /** A page whose glyphs have no Unicode mapping. */
  unmapped: string;
  encrypted: string;
}

export async function makePdfFixtures(dir: string): Promise<PdfFixtures> {
  const memo = join(dir, "memo.txt");
  await writeFile(memo, "会议纪要\n与会人员讨论了下一季度的工作安排，会议由办公室主持。\n");
  const spacedDoc = join(dir, "spaced.fodt");
  await writeFile(
    spacedDoc,
    spacedNarrative(await readFile("seeds/renhe-2020-final-accounts.txt", "utf8")),
  );
  // Glyphs a font draws without saying what they are: private-use code points, which a
  // PDF's ToUnicode map carries through unchanged (as for a font with custom encodings).
  const glyphs = join(dir, "glyphs.txt");
  await writeFile(
    glyphs,
    "部门决算说明\n" +
      Array.from({ length: 600 }, (_, i) => String.fromCharCode(0xe000 + (i % 200))).join("") +
      "\n",
  );
  const seed = await makeSeedReport(dir, [memo, spacedDoc, glyphs]);

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
    spaced: join(dir, "spaced.pdf"),
    memo: join(dir, "memo.pdf"),
    unmapped: join(dir, "glyphs.pdf"),
    scan: join(dir, "scan.pdf"),
    encrypted: join(encDir, "memo.pdf"),
  };
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The narrative as a Writer document laid out unlike the plain export: A5 pages, 12 pt
 * text with 1.5 pt letter spacing and a two-character first-line indent (lines wrap
 * elsewhere, figures split across lines), and
 * “- N -” page numbers in the footer.
 */
function spacedNarrative(text: string): string {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => `<text:p text:style-name="Spaced">${xml(l.replace(/\t/g, " "))}</text:p>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Spaced" style:family="paragraph"><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:letter-spacing="1.5pt"/><style:paragraph-properties fo:text-indent="24pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A5"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.5cm" fo:margin-bottom="1cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A5"><style:footer><text:p>- <text:page-number text:select-page="current"/> -</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
${paragraphs}
</office:text></office:body></office:document>
`;
}
