/*
 * The parts of an .xlsx package as XML, for tests that check what a writer put into the
 * file itself (defined names, cached results, chart parts) rather than what exceljs reads
 * back from it.
 */
import JSZip from "jszip";

export interface FormulaCell {
  address: string;
  formula: string;
  /** The cached result as stored (`<v>`), undefined when the cell has none. */
  cached?: string;
  /** The cell's type attribute: "str" for a text result, undefined for a number. */
  type?: string;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export async function openPackage(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

export async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

/** Worksheet part paths by sheet name, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await partText(zip, "xl/workbook.xml");
  const rels = await partText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) out.set(unescape(name), targets.get(id)!);
  }
  return out;
}

/** Every cell with a formula in a worksheet's XML, with its cached result. */
export function formulaCells(xml: string): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const body = m[2] ?? "";
    const f = /<f\b[^>]*>(.*?)<\/f>/s.exec(body);
    if (!f) continue;
    const v = /<v>(.*?)<\/v>|<v\/>/s.exec(body);
    out.push({
      address: /\br="([^"]+)"/.exec(m[1])![1],
      formula: unescape(f[1]),
      cached: v ? unescape(v[1] ?? "") : undefined,
      type: /\bt="([^"]+)"/.exec(m[1])?.[1],
    });
  }
  return out;
}

/**
 * The package with every cached result of a formula taken out, so that a spreadsheet
 * opening it has to calculate each formula itself (an engine may show a cached value as
 * it is without recalculating).
 */
export async function withoutCachedResults(buffer: Buffer): Promise<Buffer> {
  const zip = await openPackage(buffer);
  for (const path of (await sheetParts(zip)).values()) {
    const xml = await partText(zip, path);
    zip.file(
      path,
      xml.replace(
        /<c\b([^>]*?)>(<f\b[^>]*>.*?<\/f>)(?:<v>.*?<\/v>|<v\/>)<\/c>/gs,
        (_, attrs, f) => {
          return `<c${String(attrs).replace(/\s+t="[^"]*"/, "")}>${f}</c>`;
        },
      ),
    );
  }
  return zip.generateAsync({ type: "nodebuffer" });
}
