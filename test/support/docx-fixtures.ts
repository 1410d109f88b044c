/*
 * Word documents made by a real writer for the .docx report tests: LibreOffice Calc
 * exports the seed's workbook (as `fa build` writes it) to HTML, the seed's text is put
 * before its tables, and LibreOffice Writer saves that as .docx, so that the tables are
 * Word tables as Writer writes them (merged cells as w:gridSpan and w:vMerge, the title
 * and 部门 rows inside the table, as a workbook pasted into Word keeps them). Two soffice
 * calls, with a private profile.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { seedWorkbook, soffice } from "../../scripts/seed-report-pdf";

export interface DocxFixtures {
  dir: string;
  /** The seed's text, then its workbook's tables. */
  seed: string;
  /** The workbook the tables were exported from. */
  book: string;
  seedText: string;
  /** The seed's text alone: a 说明 without tables. */
  narrative: string;
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function makeDocxFixtures(dir: string): Promise<DocxFixtures> {
  const { text, book, tables } = await seedWorkbook(dir);
  await soffice(dir, "html", [tables]);
  const html = await readFile(join(dir, "seed-tables.html"), "utf8");
  const grids = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  const paragraphs = (await readFile(text, "utf8"))
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => `<p>${xml(l)}</p>`)
    .join("\n");
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`;
  await writeFile(join(dir, "seed.html"), page(`${paragraphs}\n${grids.join("\n<p></p>\n")}`));
  await writeFile(join(dir, "narrative.html"), page(paragraphs));
  await soffice(
    dir,
    "docx:MS Word 2007 XML",
    [join(dir, "seed.html"), join(dir, "narrative.html")],
    dir,
    "HTML (StarWriter)",
  );
  return {
    dir,
    seed: join(dir, "seed.docx"),
    book,
    seedText: text,
    narrative: join(dir, "narrative.docx"),
  };
}
