import { PRIOR_YEAR } from "../text/prior-year";

/**
 * The wording the claim reader understands, kept as data the way the metric vocabulary
 * is: which words compare a figure with another period (较上年, 比上年, 同比, 与上年相比,
 * 较上年同期), which verbs state a change of an amount (增加X万元, 减少X万元) or a rate
 * (增长P%, 增幅P%, 降幅P%, 减少4.68%), which words make a figure percentage points (下降2个
 * 百分点), and which named wholes a share may be “of” (占总收入的P%, 占支出总预算的P%).
 * Units write these in many ways; a user extends the table with a JSON file (`fa check
 * --phrases FILE.json`, docs/phrases.md) instead of anyone editing patterns in code.
 */

export interface Verb {
  word: string;
  /** +1 for a rise (增加, 增长), −1 for a fall (减少, 下降). */
  direction: 1 | -1;
  /**
   * Only right after a comparison (“较上年增17.1万元”, “比上年减0.04万元”): a one-character
   * verb elsewhere is part of another word (新增, 递减).
   */
  afterComparison?: boolean;
}

/** A whole a share names: 占<name>的P%. */
export interface NamedWhole {
  /** How shares name it: “总收入”, “预算总收入”, “支出总预算”. */
  names: string[];
  /**
   * How the amount that is this whole ends its label: “2016年度总收入27,664.71万元”,
   * “2016年我院支出合计26,994.72万元”, “2015年收入预算51,232.55万元”.
   */
  labels: string[];
}

export interface PhraseTable {
  /** Words that open a comparison with another period: 与, 较, 比 … (before the period). */
  comparisonOpeners: string[];
  /** Words that close one: 相比, 相较 (after the period). */
  comparisonClosers: string[];
  /**
   * Other periods a comparison names besides the prior year of src/core/text/prior-year.ts
   * (上年, 上年度, 去年, 2019年度), alone or after it: the same period (上年同期, 同期), the
   * budget (年初预算数, 上年预算数, 2021年度预算).
   */
  periods: string[];
  /** A comparison in one word: 同比, 环比. */
  comparisonWords: string[];
  /** Verbs of a change of an amount: 增加X万元. */
  changeVerbs: Verb[];
  /** Verbs of a rate of change: 增长P%, 增幅P%, 降幅P%. */
  growthVerbs: Verb[];
  /** Words after a figure that make it percentage points, not a percentage: 个百分点. */
  percentagePoints: string[];
  namedWholes: NamedWhole[];
}

export const DEFAULT_PHRASES: PhraseTable = {
  comparisonOpeners: ["与", "和", "同", "较", "比", "相较于", "相比于", "对比"],
  comparisonClosers: ["相比较", "相比", "相较", "比较", "对比"],
  periods: ["同期", "年初预算数", "年初预算", "调整预算数", "调整预算", "预算数", "预算"],
  comparisonWords: ["同比", "环比"],
  changeVerbs: [
    { word: "增加了", direction: 1 },
    { word: "减少了", direction: -1 },
    { word: "增加", direction: 1 },
    { word: "减少", direction: -1 },
    { word: "增长", direction: 1 },
    { word: "下降", direction: -1 },
    { word: "节约", direction: -1 },
    { word: "降低", direction: -1 },
    { word: "上升", direction: 1 },
    { word: "多", direction: 1, afterComparison: true },
    { word: "少", direction: -1, afterComparison: true },
    { word: "增", direction: 1, afterComparison: true },
    { word: "减", direction: -1, afterComparison: true },
  ],
  growthVerbs: [
    { word: "增长率为", direction: 1 },
    { word: "增长率", direction: 1 },
    { word: "增长了", direction: 1 },
    { word: "增长", direction: 1 },
    { word: "增幅为", direction: 1 },
    { word: "增幅", direction: 1 },
    { word: "上升了", direction: 1 },
    { word: "上升", direction: 1 },
    { word: "提高了", direction: 1 },
    { word: "提高", direction: 1 },
    { word: "增加了", direction: 1 },
    { word: "增加", direction: 1 },
    { word: "下降了", direction: -1 },
    { word: "下降", direction: -1 },
    { word: "降幅为", direction: -1 },
    { word: "降幅", direction: -1 },
    { word: "减幅为", direction: -1 },
    { word: "减幅", direction: -1 },
    { word: "减少了", direction: -1 },
    { word: "减少", direction: -1 },
    { word: "降低了", direction: -1 },
    { word: "降低", direction: -1 },
    { word: "增", direction: 1, afterComparison: true },
    { word: "减", direction: -1, afterComparison: true },
  ],
  percentagePoints: ["个百分点", "百分点"],
  namedWholes: [
    {
      names: ["总收入", "收入总额", "全部收入", "预算总收入", "收入总预算", "本年收入"],
      labels: ["总收入", "收入合计", "收入总计", "收入总额", "收入预算", "预算总收入"],
    },
    {
      names: ["总支出", "支出总额", "全部支出", "总预算支出", "支出总预算", "本年支出"],
      labels: ["总支出", "支出合计", "支出总计", "支出总额", "支出预算", "预算总支出"],
    },
    {
      names: ["基本支出预算", "基本支出"],
      labels: ["基本支出预算", "基本支出"],
    },
    {
      names: ["项目支出预算", "项目支出"],
      labels: ["项目支出预算", "项目支出"],
    },
  ],
};

/** A table with a user's additions: every list grows, nothing of the default is lost. */
export function extendPhrases(base: PhraseTable, extra: Partial<PhraseTable>): PhraseTable {
  return {
    comparisonOpeners: [...base.comparisonOpeners, ...(extra.comparisonOpeners ?? [])],
    comparisonClosers: [...base.comparisonClosers, ...(extra.comparisonClosers ?? [])],
    periods: [...base.periods, ...(extra.periods ?? [])],
    comparisonWords: [...base.comparisonWords, ...(extra.comparisonWords ?? [])],
    changeVerbs: [...base.changeVerbs, ...(extra.changeVerbs ?? [])],
    growthVerbs: [...base.growthVerbs, ...(extra.growthVerbs ?? [])],
    percentagePoints: [...base.percentagePoints, ...(extra.percentagePoints ?? [])],
    namedWholes: [...base.namedWholes, ...(extra.namedWholes ?? [])],
  };
}

/** Why a phrase file is not a phrase table, in both languages. */
export class PhraseTableError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "PhraseTableError";
  }
}

const WORD_LISTS = [
  "comparisonOpeners",
  "comparisonClosers",
  "periods",
  "comparisonWords",
  "percentagePoints",
] as const;
const VERB_LISTS = ["changeVerbs", "growthVerbs"] as const;
const KEYS: readonly string[] = [...WORD_LISTS, ...VERB_LISTS, "namedWholes"];

/**
 * A user's phrase file (parsed JSON) checked field by field: unknown keys, empty words,
 * words with digits (a figure is never part of a phrase) and directions other than 1 / −1
 * are refused with a message saying where.
 */
export function parsePhraseExtension(json: unknown): Partial<PhraseTable> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new PhraseTableError("措辞表应为 JSON 对象。", "A phrase table must be a JSON object.");
  }
  const input = json as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KEYS.includes(key)) {
      throw new PhraseTableError(
        `措辞表中有未知的键“${key}”；可用：${KEYS.join("、")}。`,
        `Unknown key “${key}” in the phrase table; known keys: ${KEYS.join(", ")}.`,
      );
    }
  }
  const out: Partial<PhraseTable> = {};
  for (const key of WORD_LISTS) {
    if (input[key] !== undefined) out[key] = words(input[key], key);
  }
  for (const key of VERB_LISTS) {
    if (input[key] === undefined) continue;
    out[key] = list(input[key], key).map((v, i) => verb(v, `${key}[${i}]`));
  }
  if (input.namedWholes !== undefined) {
    out.namedWholes = list(input.namedWholes, "namedWholes").map((w, i) => {
      const at = `namedWholes[${i}]`;
      if (typeof w !== "object" || w === null) throw notA(at, "对象", "an object");
      const o = w as Record<string, unknown>;
      return { names: words(o.names, `${at}.names`), labels: words(o.labels, `${at}.labels`) };
    });
  }
  return out;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw notA(at, "数组", "an array");
  return value;
}

function words(value: unknown, at: string): string[] {
  return list(value, at).map((w, i) => word(w, `${at}[${i}]`));
}

function word(value: unknown, at: string): string {
  if (typeof value !== "string" || value.trim() === "" || /[0-9０-９]/.test(value)) {
    throw notA(at, "不含数字的非空字符串", "a non-empty string without digits");
  }
  return value.trim();
}

function verb(value: unknown, at: string): Verb {
  if (typeof value !== "object" || value === null) throw notA(at, "对象", "an object");
  const o = value as Record<string, unknown>;
  if (o.direction !== 1 && o.direction !== -1) {
    throw notA(`${at}.direction`, "1 或 -1", "1 or -1");
  }
  const afterComparison = o.afterComparison === true;
  return {
    word: word(o.word, `${at}.word`),
    direction: o.direction,
    ...(afterComparison ? { afterComparison } : {}),
  };
}

function notA(at: string, zh: string, en: string): PhraseTableError {
  return new PhraseTableError(
    `措辞表的 ${at} 应为${zh}。`,
    `${at} in the phrase table must be ${en}.`,
  );
}

/** The table made ready for reading: verbs longest first, comparisons as expressions. */
export interface CompiledPhrases {
  table: PhraseTable;
  changeVerbs: readonly Verb[];
  growthVerbs: readonly Verb[];
  /** A comparison anywhere in a label (to strip it): “较上年”, “与上年相比，”, “同比”. */
  comparison: RegExp;
  /** A comparison ending the text examined: “较上年”, “与2021年度预算相比，”. */
  comparisonAtEnd: RegExp;
  /** Percentage points right after a figure: “2个百分点”. */
  pointsAfter: RegExp;
  /** Named wholes, each name mapped to the label endings of its amount. */
  wholeLabels: ReadonlyMap<string, readonly string[]>;
}

const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (ws: readonly string[]) =>
  [...new Set(ws)].sort(byLength).map(escape).join("|");

export function compilePhrases(table: PhraseTable): CompiledPhrases {
  const sp = String.raw`[ \u3000]*`;
  const period = `(?:${PRIOR_YEAR}(?:${alternation(table.periods)})?|${alternation(table.periods)})`;
  // No space between the period and its closer: an optional space there would trade
  // characters with the spaces after the comparison (super-linear backtracking).
  const compared =
    `(?:(?:${alternation(table.comparisonOpeners)})${sp}${period}` +
    `(?:${alternation(table.comparisonClosers)})?|${alternation(table.comparisonWords)})`;
  const wholeLabels = new Map<string, string[]>();
  for (const w of table.namedWholes) {
    for (const name of w.names)
      wholeLabels.set(name, [...(wholeLabels.get(name) ?? []), ...w.labels]);
  }
  return {
    table,
    changeVerbs: [...table.changeVerbs].sort((a, b) => byLength(a.word, b.word)),
    growthVerbs: [...table.growthVerbs].sort((a, b) => byLength(a.word, b.word)),
    comparison: new RegExp(`${compared}[，,]?`, "g"),
    comparisonAtEnd: new RegExp(`${compared}${sp}(?:[，,]${sp})?$`),
    pointsAfter: new RegExp(`^${sp}(?:${alternation(table.percentagePoints)})`),
    wholeLabels,
  };
}

export const DEFAULT_COMPILED: CompiledPhrases = compilePhrases(DEFAULT_PHRASES);

const compiled = new WeakMap<Partial<PhraseTable>, CompiledPhrases>();

/** The default table with `extra` added, compiled once per extension object. */
export function phrasesWith(extra: Partial<PhraseTable> | undefined): CompiledPhrases {
  if (!extra) return DEFAULT_COMPILED;
  let c = compiled.get(extra);
  if (!c) compiled.set(extra, (c = compilePhrases(extendPhrases(DEFAULT_PHRASES, extra))));
  return c;
}
