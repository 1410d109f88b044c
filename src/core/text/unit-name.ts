import type { NarrativeDocument } from "./types";
import { normalizedSlice } from "./normalized";

/**
 * The name of the reporting unit, as the text gives it, so that a label opening with it
 * (“2020年，仁和区经济信息化和科学技术局机关运行经费支出”) can be read without it. Only the
 * text's own evidence counts, never a list of known names:
 * - a field: “部门：X”, “单位名称：X”, or a table's “预算单位 | X”;
 * - a line that is only a unit's name (the title block of a report or an attachment), or
 *   that names the report after it (“X2020年度部门决算”);
 * - a sentence that opens with X, named like an organisation (…局, …中心, …委员会), and
 *   describes it as the unit: “X属一级预算单位”, “X为……行政单位”, “X下设……”, “X的基本职能是”.
 * A name also met as a subordinate (“下属……：一个是X”, “其中，X”) is left out: its figures are
 * a part of the unit's, not the unit's. Each name comes with its shorter forms (without
 * the city or district it starts with), longest first.
 */

/** Words an organisation's name ends with. */
const ORGANISATION =
  "(?:局|委员会|委|办公室|办|中心|厅|院|所|站|馆|公司|会|校|部|处|队|团|社|署|府|园|台)";
const NAME = '[^\\s，,。；;：:、“”‘’"（）()《》0-9]';
const FIELD_RE = new RegExp(
  `(?:^|\\s)(?:部门|单位|部门名称|单位名称|预算单位|填报单位)[ \\u3000]*[：:][ \\u3000]*(${NAME}{4,40})`,
  "g",
);
const FIELD_CELL = /^(?:预算单位|部门名称|单位名称|填报单位|部门|单位)[ \u3000]*[：:]?$/;
const NAME_LINE = new RegExp(`^(${NAME}{2,40}?${ORGANISATION})(?:[0-9]{4}年度?部门.*)?$`);
/** A sentence opening: a time (“2020年，”, “截至2020年12月31日”), then the subject. */
const OPENING = "^(?:[0-9]{4}年度?[，,]?|截至[^，,。]{1,20}?[，,]?)?[ \\u3000]*";
const DESCRIBES_RE = new RegExp(
  `${OPENING}(${NAME}{2,40}?${ORGANISATION})(?:属|为|是|系)[^，,。；;]{0,20}?(?:预算单位|行政单位|事业单位|行政机关|机关|部门)`,
);
const LEADS_RE = new RegExp(
  `${OPENING}(${NAME}{2,40}?${ORGANISATION})(?:下设|内设|下属|的基本职能|的主要职能|主要职能是)`,
);
/** Words DESCRIBES_RE and LEADS_RE cannot match without. */
const DESCRIBES_WORD = /单位|机关|部门/;
const LEADS_WORD = /下设|内设|下属|职能/;
const PRONOUN = /^(?:本|我|该|各|其)/;
const SUBORDINATE_RE = new RegExp(
  `(?:下属|所属|直属|一个是|一是|其中[：:，,]?|包括)[^，,。；;：:]{0,12}?(${NAME}{2,40}?${ORGANISATION})`,
  "g",
);
const REGION = /[省市区县州旗]/g;
const MIN_NAME = 4;
/**
 * What FIELD_RE (a field name's last word and its colon) and SUBORDINATE_RE (one of its
 * lead words) cannot match without: tested first, since matchAll costs an iterator and a
 * regex copy per paragraph, which half a million short lines feel, and FIELD_RE tries its
 * names at every character.
 */
const FIELD_MARK = /(?:部门|单位|名称)[ \u3000]*[：:]/;
const SUBORDINATE_WORD = /下属|所属|直属|一个是|一是|其中|包括/;

/** The claim reader and the CLI's summary both ask for a document's names: read once. */
const cache = new WeakMap<NarrativeDocument, readonly string[]>();

export function detectUnitNames(doc: NarrativeDocument): string[] {
  let names = cache.get(doc);
  if (names === undefined) {
    names = Object.freeze(readUnitNames(doc));
    cache.set(doc, names);
  }
  // A copy: the caller may sort or extend its list without changing the next caller's.
  return [...names];
}

function readUnitNames(doc: NarrativeDocument): string[] {
  const found = new Set<string>();
  const subordinate = new Set<string>();
  const add = (name: string | undefined) => {
    const n = name?.trim();
    if (n && n.length >= MIN_NAME && !PRONOUN.test(n) && !/万元|亿元|^元/.test(n)) found.add(n);
  };

  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const text = normalizedSlice(doc, p.span);
    if (FIELD_MARK.test(text)) for (const m of text.matchAll(FIELD_RE)) add(m[1]);
    if (SUBORDINATE_WORD.test(text))
      for (const m of text.matchAll(SUBORDINATE_RE)) subordinate.add(m[1]);
    if (p.table !== undefined || p.heading) continue;
    // A name and its organisation word take three characters at least.
    if (text.length >= 3) add(NAME_LINE.exec(text)?.[1]);
    // Most sentences name no unit: the words each pattern ends on are looked for first.
    if (!DESCRIBES_WORD.test(text) && !LEADS_WORD.test(text)) continue;
    for (const s of p.sentences) {
      const sentence = normalizedSlice(doc, s.span);
      if (DESCRIBES_WORD.test(sentence)) add(DESCRIBES_RE.exec(sentence)?.[1]);
      if (LEADS_WORD.test(sentence)) add(LEADS_RE.exec(sentence)?.[1]);
    }
  }
  for (const table of doc.tables) {
    for (const row of table.rows) {
      const cells = row.cells.map((c) => doc.text.slice(c.start, c.end).trim());
      cells.forEach((cell, i) => {
        if (FIELD_CELL.test(cell)) add(cells.slice(i + 1).find((c) => c !== ""));
      });
    }
  }

  const names = new Set<string>();
  for (const name of found) {
    if (subordinate.has(name)) continue;
    for (const form of shorterForms(name)) names.add(form);
  }
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** “攀枝花市仁和区X局” → itself, “仁和区X局”, “X局”: the name without its leading places. */
function shorterForms(name: string): string[] {
  const forms = [name];
  for (const m of name.matchAll(REGION)) {
    const rest = name.slice((m.index ?? 0) + 1);
    if (rest.length >= MIN_NAME) forms.push(rest);
  }
  return forms;
}
