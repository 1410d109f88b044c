import { Dec, NUMBER_SOURCE, figureFrom, type Figure } from "../numbers";
import { PRIOR_YEAR } from "../text/prior-year";

/**
 * One paragraph read once, left to right: its figures (tokens), the clauses they sit in
 * and how deep in brackets. Everything the claim modules need is precomputed here so that
 * extraction stays linear in the size of the text.
 */

export type TokenKind =
  | "amount" // 1414.49万元, 14144926.18元, 24亿元, 236万
  | "percent" // 45%, 0.00%
  | "bare" // 1518.12 (no unit; an amount only when its label says so)
  | "counted" // 19家, 16批次 (a count: the text engineer's claims; used here as targets)
  | "flat"; // 与上年持平, 同比持平 (no change, in words: the token spans the comparison)

export interface Token {
  kind: TokenKind;
  /** Absolute offsets of the figure with its unit. */
  start: number;
  end: number;
  figure: Figure;
  /** The unit as printed (“万” for “236万”), or the counter word of a counted token. */
  unitText: string;
  /** 余/多/左右 follows: “980万余元” is a lower bound, not a rounded value. */
  approximate: boolean;
  /** Structural brackets around the token: “（其中，一般公共预算财政拨款Y元…）” is depth 1. */
  depth: number;
  /** Index of the clause (text between ，；：。 and structural brackets) in the paragraph. */
  clause: number;
  /** Index of the sentence (ended by 。！？) in the paragraph. */
  sentence: number;
}

export interface ParagraphScan {
  paragraph: number;
  /** The body (heading or list marker excluded): absolute [start, end). */
  start: number;
  end: number;
  tokens: Token[];
  /** Absolute start offset of each clause. */
  clauseStarts: number[];
  /** Absolute end offset of each sentence (after its 。). */
  sentenceEnds: number[];
  /** Structural bracket pairs, absolute offsets of the opening and closing bracket. */
  brackets: Array<{ open: number; close: number; depth: number }>;
}

const SCAN_RE = new RegExp(`(${NUMBER_SOURCE})([ \\t\\u3000]*)(亿元|万元|元|亿|万|%)?`, "g");
const DATE_UNITS = /^(?:年|月|日|号|时|季度|周岁)/;
const RANGE_AFTER = /^[-~～—至到][+-]?\d/;
const CJK = /^[\u3400-\u9fff]/;
const ASCII_WORD = /[A-Za-z0-9_.]/;
const APPROXIMATE_AFTER = /^(?:余|多|左右)/;
const THRESHOLD_BEFORE = /[≥≤><＞＜]$/;

/** The prior year as a comparison names it, or its same period: 2019年度同期. */
const PRIOR_PERIOD = String.raw`${PRIOR_YEAR}(?:同期)?`;
const SP_CLASS = String.raw`[ \u3000]*`;
/**
 * “与上年持平”, “比2019年持平”, “与上年相比持平”, “同比持平”, or a bare “持平” (whose comparison
 * may lead its sentence: “与上年相比，X持平”; prose.ts decides).
 */
const FLAT_COMPARISON = `(?:与|和|同|较|比)${SP_CLASS}(?:${PRIOR_PERIOD}|(?:\\d{4}年度?)?(?:年初|调整)?预算数?)${SP_CLASS}(?:(?:相比|相较)${SP_CLASS})?(?:[，,]${SP_CLASS})?`;
/** …and “与2021年度预算相比无增减”: no change in other words, only right after a comparison. */
const FLAT_RE = new RegExp(
  `(?:${FLAT_COMPARISON}|同比${SP_CLASS})?持平|${FLAT_COMPARISON}(?:无增减|无变化|没有变化)`,
  "g",
);
/** The words a 持平 token may end with, longest first. */
const FLAT_WORD = /(?:持平|无增减|无变化|没有变化)$/;
/** “基本持平”, “大体持平”: roughly unchanged, which is no figure. */
const ROUGHLY_BEFORE = /(?:基本|大体|大致|总体|整体|略|接近|趋于|近乎)$/;
/** “增加/减少/持平”: an alternative of the template, not a statement. */
const ALTERNATIVE_NEXT_TO = /[/／]/;
const FLAT_FIGURE = (text: string): Figure => ({
  value: new Dec(0),
  decimals: 2,
  unit: "万元",
  text,
});

/**
 * No quantity in a report is written with more characters than this (Excel keeps 15
 * significant digits); a longer run of digits is no figure, and parsing one as a decimal
 * would cost time quadratic in its length.
 */
const MAX_FIGURE_LENGTH = 40;

/** Character classes by UTF-16 code unit, looked up once per character of the text. */
const CLAUSE_END = 1;
const SENTENCE_END = 2;
const OPENER = 4;
const CLOSER = 8;
const DIGIT = 16;
const CLASS = new Uint8Array(0x10000);
for (const c of "，,；;：:") CLASS[c.charCodeAt(0)] |= CLAUSE_END;
for (const c of "。！？!?") CLASS[c.charCodeAt(0)] |= CLAUSE_END | SENTENCE_END;
for (const c of "（(") CLASS[c.charCodeAt(0)] |= OPENER;
for (const c of "）)") CLASS[c.charCodeAt(0)] |= CLOSER;
for (let c = 48; c <= 57; c++) CLASS[c] |= DIGIT;

/** Brackets that hold a clause or a figure (not “（类）”, “（境）”): they nest enumerations. */
function structuralBrackets(body: string): Array<{ open: number; close: number }> {
  const pairs: Array<{ open: number; close: number }> = [];
  // Each open bracket with the count of clause marks and digits seen before it, so
  // whether its content has one is a subtraction when it closes.
  const stack: Array<[number, number]> = [];
  let marks = 0;
  for (let i = 0; i < body.length; i++) {
    const k = CLASS[body.charCodeAt(i)];
    if (k & OPENER) stack.push([i, marks]);
    else if (k & CLOSER && stack.length > 0) {
      const [open, before] = stack.pop() as [number, number];
      if (marks > before) pairs.push({ open, close: i });
    }
    if (k & (CLAUSE_END | DIGIT)) marks++;
  }
  return pairs.sort(byOpen);
}

// Comparators and the cursor below live at module level: a closure made per paragraph
// costs a property definition under the runner's keepNames helper (tsx), which half a
// million one-figure lines feel.
function byOpen(a: { open: number }, b: { open: number }): number {
  return a.open - b.open;
}
function byOffset(a: [number, number], b: [number, number]): number {
  return a[0] - b[0];
}

interface Position {
  depth: number;
  clause: number;
  sentence: number;
}

/** Bracket depth, clause and sentence at offsets of the body asked in increasing order. */
class PositionCursor {
  private e = 0;
  private d = 0;
  private c = 0;
  private s = 0;

  constructor(
    private readonly events: ReadonlyArray<[number, number]>,
    private readonly clauseStarts: readonly number[],
    private readonly sentenceEnds: readonly number[],
    private readonly start: number,
  ) {}

  at(i: number): Position {
    const { events, clauseStarts, sentenceEnds, start } = this;
    while (this.e < events.length && events[this.e][0] <= i) this.d += events[this.e++][1];
    while (this.c + 1 < clauseStarts.length && clauseStarts[this.c + 1] - start <= i) this.c++;
    while (this.s < sentenceEnds.length - 1 && sentenceEnds[this.s] - start <= i) this.s++;
    return { depth: this.d, clause: this.c, sentence: this.s };
  }
}

/** Scans the body [start, end) of paragraph `paragraph` in the digit-normalised text. */
export function scanParagraph(
  norm: string,
  original: string,
  paragraph: number,
  start: number,
  end: number,
  pointsAfter?: RegExp,
): ParagraphScan {
  const body = norm.slice(start, end);
  const pairs = structuralBrackets(body);
  // Bracket events in text order: +1 after an opening bracket, −1 at a closing one.
  const events: Array<[number, number]> = [];
  for (const { open, close } of pairs) events.push([open + 1, 1], [close, -1]);
  events.sort(byOffset);
  const bracketAt = new Set<number>();
  for (const { open, close } of pairs) bracketAt.add(open).add(close);
  const clauseStarts: number[] = [start];
  const sentenceEnds: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const k = CLASS[body.charCodeAt(i)];
    if (k & CLAUSE_END || ((k & (OPENER | CLOSER)) !== 0 && bracketAt.has(i)))
      clauseStarts.push(start + i + 1);
    if (k & SENTENCE_END) sentenceEnds.push(start + i + 1);
  }
  sentenceEnds.push(end);
  // Positions are asked in increasing order (brackets, then tokens): one cursor each.
  const bracketPosition = new PositionCursor(events, clauseStarts, sentenceEnds, start);
  const brackets: ParagraphScan["brackets"] = [];
  for (const { open, close } of pairs) {
    brackets.push({
      open: start + open,
      close: start + close,
      depth: bracketPosition.at(open).depth,
    });
  }
  const position = new PositionCursor(events, clauseStarts, sentenceEnds, start);

  const tokens: Token[] = [];
  let skipNext = false;
  // exec rather than matchAll: no iterator and no copy of the expression per paragraph.
  SCAN_RE.lastIndex = 0;
  for (let m = SCAN_RE.exec(body); m !== null; m = SCAN_RE.exec(body)) {
    const i = m.index;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const numberText = m[1];
    if (numberText.length > MAX_FIGURE_LENGTH) continue;
    const unit = m[3];
    const numberEnd = i + numberText.length;
    const at = position.at(i);
    const before = body[i - 1] ?? "";
    const after = body.slice(numberEnd, numberEnd + 4);
    if (before && ASCII_WORD.test(before)) continue;
    if (/^[+-]/.test(numberText) && /[0-9]/.test(before)) continue;
    if (RANGE_AFTER.test(after)) {
      skipNext = true;
      continue;
    }
    if (before === "第") continue;
    const figureEnd = i + m[0].length;
    let kind: TokenKind;
    let unitText = unit ?? "";
    if (unit === "%") {
      if (THRESHOLD_BEFORE.test(body.slice(Math.max(0, i - 1), i))) continue;
      kind = "percent";
    } else if (unit) {
      kind = "amount";
    } else {
      if (/^[A-Za-z]/.test(after)) continue;
      if (DATE_UNITS.test(after)) continue;
      // “下降2个百分点”: percentage points are neither a percentage nor a count.
      if (pointsAfter?.test(body.slice(numberEnd, numberEnd + 8))) continue;
      if (isListMarker(body, i, numberEnd, clauseStarts[at.clause] - start)) continue;
      if (CJK.test(after)) {
        kind = "counted";
        unitText = after[0];
      } else {
        kind = "bare";
      }
    }
    // A counted token ends after its counter word, so the next label starts after it.
    const end = kind === "bare" ? numberEnd : kind === "counted" ? numberEnd + 1 : figureEnd;
    const figureText = original.slice(start + i, start + (kind === "counted" ? numberEnd : end));
    const figure = figureFrom(
      numberText,
      kind === "amount" || kind === "percent" ? unit : undefined,
      figureText,
    );
    tokens.push({
      kind,
      start: start + i,
      end: start + end,
      figure,
      unitText,
      approximate: APPROXIMATE_AFTER.test(body.slice(end, end + 2)),
      depth: at.depth,
      clause: at.clause,
      sentence: at.sentence,
    });
  }
  shareUnitsOfLists(tokens, norm, original);
  const flats = mayStateNoChange(body)
    ? flatTokens(body, start, new PositionCursor(events, clauseStarts, sentenceEnds, start))
    : [];
  return {
    paragraph,
    start,
    end,
    tokens: flats.length === 0 ? tokens : mergeByStart(tokens, flats),
    clauseStarts,
    sentenceEnds,
    brackets,
  };
}

/** What joins the figures of a respectively-list (exported: the prose reader continues such lists): “分别为100、200万元”, “1辆和130辆”. */
export const LIST_JOINER = /^[ \u3000]*(?:[、和及与]|以及)[ \u3000]*$/;

/**
 * “分别为A、B万元”, “各增加X、Y万元，各下降P%、Q%”: the unit printed after the last figure of
 * a list is every figure's. Bare figures joined to a figure with a unit by 、 / 和 take its
 * unit (right to left, so a list of any length is one pass).
 */
function shareUnitsOfLists(tokens: Token[], norm: string, original: string): void {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.kind !== "bare" || (next.kind !== "amount" && next.kind !== "percent")) continue;
    if (!LIST_JOINER.test(norm.slice(t.end, next.start))) continue;
    const text = original.slice(t.start, t.end);
    t.kind = next.kind;
    t.unitText = next.unitText;
    t.figure = figureFrom(norm.slice(t.start, t.end), next.unitText, text);
  }
}

/** 持平 statements of the body, as tokens with a zero figure (in 万元 until linked). */
/** The words FLAT_RE needs, looked for first: most paragraphs state no 持平. */
function mayStateNoChange(body: string): boolean {
  return body.includes("持平") || body.includes("无增减") || body.includes("变化");
}

function flatTokens(body: string, start: number, position: PositionCursor): Token[] {
  const out: Token[] = [];
  for (const m of body.matchAll(FLAT_RE)) {
    const i = m.index ?? 0;
    const end = i + m[0].length;
    const word = end - (FLAT_WORD.exec(m[0])?.[0].length ?? 2);
    if (ROUGHLY_BEFORE.test(body.slice(Math.max(0, word - 2), word))) continue;
    if (ALTERNATIVE_NEXT_TO.test(body[i - 1] ?? "") || ALTERNATIVE_NEXT_TO.test(body[end] ?? ""))
      continue;
    // The comparison may end a clause (“与上年相比，持平”); the token sits where 持平 is.
    const at = position.at(word);
    out.push({
      kind: "flat",
      start: start + i,
      end: start + end,
      figure: FLAT_FIGURE("持平"),
      unitText: "",
      approximate: false,
      depth: at.depth,
      clause: at.clause,
      sentence: at.sentence,
    });
  }
  return out;
}

function mergeByStart(a: Token[], b: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** “1、”, “2.” or “3．” opening a clause: a numbering marker, not a figure. */
function isListMarker(body: string, i: number, numberEnd: number, clauseStart: number): boolean {
  const next = body[numberEnd];
  if (next !== "、" && next !== "." && next !== "．") return false;
  return body.slice(clauseStart, i).trim() === "";
}

/** The text of [from, to) in the normalised text. */
export function between(norm: string, from: number, to: number): string {
  return from < to ? norm.slice(from, to) : "";
}
