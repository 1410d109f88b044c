/**
 * One spelling for the many ways a label is written before a figure, so that a
 * vocabulary lookup is an exact match and nothing is guessed: “2020年本年收入合计”,
 * “其中：本年收入合计为”, “本年收入合计 ” all become “本年收入合计”. Only wrapping is
 * removed (years, subjects such as 我局, list markers, a trailing 为/决算数); the words that
 * tell quantities apart are kept.
 */

import { stripTrailingWords } from "../text/trim-end";

const QUOTES_AND_SPACES = /[\s“”‘’"'「」『』《》〈〉、·]/g;
const CLASS_MARKERS = /[（(](?:类|款|项)[）)]/g;
const LEADING_MARKER =
  /^(?:\d+[、.．]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/;
const YEARS = /(?:与|较|比)?\d{4}年度?(?:相比|同期)?/g;
const LEADING_WORDS =
  /^(?:[，,。；;：:、]|其中|另外|另|我局|本局|我单位|本单位|本部门|我部门|部门|单位|全年|累计|完成|实现|保障|的)+/;
/** An area's name right before a year (“鄂城区2022年的…”): the subject of an area-wide summary. */
const LEADING_PLACE = /^[\u4e00-\u9fff]{1,12}?[省市区县州旗镇乡](?=\d{4}年)/;
/** Punctuation and words that end a label without naming anything (stripped repeatedly). */
export const TRAILING_WORDS = [
  ..."，,。；;：:、",
  "为",
  "是",
  "达到",
  "达",
  "约",
  "共计",
  "各",
  "决算数",
  "决算额",
  "决算",
];

/** Brackets in one form (full-width), so “因公出国(境)费” matches “因公出国（境）费”. */
function unifyBrackets(s: string): string {
  return s.replace(/\(/g, "（").replace(/\)/g, "）");
}

/**
 * Labels already normalised. A check asks for the same few hundred labels many times
 * (metric resolution, its unit-name retry, the rules' groupings) and the answer depends
 * on the label alone; emptied when it grows past NORMALIZED_MAX, so that a pane left open
 * on many documents does not keep every label it ever saw.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 20_000;

export function normalizeLabel(label: string): string {
  // A figure that opens its clause has the empty label: ten replacements would keep it so.
  if (label === "") return "";
  let s = NORMALIZED.get(label);
  if (s === undefined) {
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    s = normalize(label);
    NORMALIZED.set(label, s);
  }
  return s;
}

function normalize(label: string): string {
  // List markers go first: “2、” loses its 、 to the next step and would read as “2”.
  const unmarked = label.trim().replace(LEADING_MARKER, "");
  let s = unifyBrackets(unmarked.replace(QUOTES_AND_SPACES, "").replace(CLASS_MARKERS, ""));
  s = s.replace(LEADING_PLACE, "").replace(YEARS, "");
  let previous: string;
  do {
    previous = s;
    s = stripTrailingWords(
      s.replace(LEADING_MARKER, "").replace(LEADING_WORDS, ""),
      TRAILING_WORDS,
    );
  } while (s !== previous);
  return s;
}

/**
 * Labels that name no quantity by themselves (“支出决算为”, “共计支出”): the quantity is
 * the one the paragraph leads with (“…行政运行（项）: 支出决算为199.93万元”).
 */
const GENERIC = new Set(["", "支出", "收入", "共计支出", "合计支出", "金额", "资金", "共", "计"]);

export function isGenericLabel(label: string): boolean {
  return GENERIC.has(normalizeLabel(label));
}

/** Names of classification lines compared without the words that are often dropped. */
export function normalizeClassName(name: string): string {
  let s = unifyBrackets(name.replace(QUOTES_AND_SPACES, "")).replace(LEADING_MARKER, "");
  let previous: string;
  do {
    previous = s;
    s = s.replace(/(?:支出|等)$/, "");
  } while (s !== previous);
  return s;
}
