/**
 * What a count counts, in one spelling, so that the same thing counted in two places can be
 * compared (count-conflict): “已有19家通过科技型中小企业入库认定”, “科技型中小企业年度评价入库19家”
 * and the performance table's “科技型中小企业评价入库 | 18家” all count 科技型中小企业入库;
 * “开展高新技术企业培育3家” and the table's “培育高新技术企业 | 2家” both count 高新技术企业培育.
 *
 * Only wrapping is removed: the unit's name, time and filler verbs (已有, 完成, 开展, 累计 …),
 * the procedure an entity passed to be counted (通过, 评价, 认定, 年度 …), and the words of a
 * target (市下达目标, 预计, 任务), which the count's period says instead. A leading action
 * (培育X) is moved after its object (X培育), as the two word orders say the same. Nothing
 * left means the text does not name what it counts: no key, no comparison.
 */

import { stripTrailingWords } from "../text/trim-end";

const SPACES_AND_QUOTES = /[\s“”‘’"'「」『』《》〈〉·]/g;
/** “截至2020年12月31日”, “2020年度”, “2020年12月底”: when, not what. */
const DATES =
  /(?:截至|截止|至)?[0-9０-９]{4}年度?(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日|底|末)?)?(?:以来|期间)?/g;
const FILLER_START =
  /^(?:其中|另有|另外|另|已有|已经|已|共有|共计|共|合计|累计|全年|全区|全县|全市|本年|当年|完成了|完成|实现了|实现|开展了|开展|组织开展|组织了|达到|达|为|的)+/;
const PROCEDURE = /通过|年度|评价|认定|审核|审定|评定|备案|顺利/g;
const TARGET = /(?:[省市区县]?下达)?(?:的)?(?:目标任务|目标|任务|计划|预期|预计)|力争|确保/g;
/** Words that end a label without naming anything (stripped from the end, repeatedly). */
export const TRAILING_FILLER = ["为", "达到", "达", "共计", "共", "计", "合计", "的", "了"];
/** Actions written before their object in one place and after it in another. */
const ACTION_FIRST = /^(培育|引进|培训|新增|建成|建设|申报|招引|签约|认定|入库|举办|组织)(.{2,})$/;
const MAX = 24;

export function countedThing(
  before: string,
  after: string,
  unitNames: readonly string[] = [],
): string | undefined {
  const key = normalise(before, unitNames) + normalise(after, unitNames);
  if (key === "" || key.length > MAX) return undefined;
  const moved = ACTION_FIRST.exec(key);
  return moved ? `${moved[2]}${moved[1]}` : key;
}

/**
 * normalise's results by the unit's names (as JSON, unambiguous) and then by text: the pane
 * checks a text again on every edit, and its counts' words barely change between two
 * checks, while each normalisation is a dozen replacements. Bounded, as normalizeLabel's.
 */
const NORMALISED = new Map<string, Map<string, string>>();
const NORMALISED_MAX = 20_000;
/** Texts of other units (another document opened) are rarely checked again. */
const MAX_NAME_LISTS = 16;
const NAMES_KEY = new WeakMap<readonly string[], string>();

function normalise(text: string, unitNames: readonly string[]): string {
  let names = NAMES_KEY.get(unitNames);
  if (names === undefined) NAMES_KEY.set(unitNames, (names = JSON.stringify(unitNames)));
  let known = NORMALISED.get(names);
  if (known === undefined) {
    if (NORMALISED.size >= MAX_NAME_LISTS) NORMALISED.clear();
    NORMALISED.set(names, (known = new Map()));
  }
  let s = known.get(text);
  if (s === undefined) {
    if (known.size >= NORMALISED_MAX) known.clear();
    s = normaliseNow(text, unitNames);
    known.set(text, s);
  }
  return s;
}

function normaliseNow(text: string, unitNames: readonly string[]): string {
  let s = text.replace(SPACES_AND_QUOTES, "").replace(DATES, "");
  s = s.replace(PROCEDURE, "").replace(TARGET, "");
  let previous: string;
  do {
    previous = s;
    s = stripTrailingWords(s.replace(FILLER_START, ""), TRAILING_FILLER);
    const name = unitNames.find((n) => s.startsWith(n));
    if (name) s = s.slice(name.length);
  } while (s !== previous);
  return s;
}

/**
 * The words after a count that name what it counts (“家通过科技型中小企业入库认定” → “通过科技型
 * 中小企业入库认定”), up to a stop, a bracket, a figure or a conjunction (“3家并获得证书”).
 */
export function wordsAfter(s: string, from: number): string {
  return /^[^，,。；;：:、！？!?（()）0-9０-９并和及与且而]{0,16}/.exec(s.slice(from))?.[0] ?? "";
}
