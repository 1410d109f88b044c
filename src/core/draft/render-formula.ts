import { quoteSheet } from "../templates/a1";
import type { Period } from "../facts";
import { convertAmount, Dec } from "../numbers";
import type { CellRef } from "../span";
import type { FactTable } from "./fact-table";
import type { ResolvedDraftOptions } from "./options";
import { alternatives, BLANK } from "./render-text";
import {
  cur,
  prior,
  refKey,
  type Condition,
  type Ref,
  type Segment,
  type SignWords,
} from "./segments";

/** Excel's limits: a formula's contents, and one string constant inside it. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_LITERAL_LENGTH = 255;

/** Where a metric sits in the workbook: “公开01表!C10”, “'公开01表'!C10”, a CellRef, or none. */
export type CellResolver = (metric: string, period: Period) => string | CellRef | undefined;

export type ParagraphFormula =
  | {
      kind: "formula";
      /** A native Excel formula (en-US function names and separators, as Range.formulas takes). */
      formula: string;
      /** Figures with no cell, written into the formula as numbers (still correct, not live). */
      constants: Ref[];
    }
  | {
      /** No formula can say this paragraph: write the rendered text and tell the user why. */
      kind: "text";
      reason: { zh: string; en: string };
    };

type Options = Pick<
  ResolvedDraftOptions,
  "unit" | "amountDecimals" | "percentDecimals" | "shareRounding"
>;

class NoFormula extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** A piece of a concatenation: literal text (merged and quoted later) or a text expression. */
type Piece = { lit: string } | { expr: string };

/**
 * Renders a paragraph's segments as one native Excel formula that recomputes the text from
 * the template cells: ="2020年本年收入合计"&TEXT('公开01表'!C10,"0.00")&"万元，其中：…". Numbers
 * are rounded with ROUND/TEXT (half away from zero, as the text renderer's half-up) and the
 * words are chosen with IF/CHOOSE on the same rounded amounts, so the formula shows what
 * renderText prints for the same figures.
 *
 * Falls back to text (kind "text", with the reason) when the formula would exceed Excel's
 * 8192 characters, when shares use the largest-remainder rule (it needs every share of the
 * breakdown at once), or when a figure has neither a cell nor a value.
 * @throws RangeError when the resolver returns an address that is not a cell reference
 */
export function renderFormula(
  segments: readonly Segment[],
  cellOf: CellResolver,
  facts: FactTable,
  options: Options,
): ParagraphFormula {
  const constants = new Map<string, Ref>();
  const scale = convertAmount(new Dec(1), "万元", options.unit);
  const scaled = (x: string) => (scale.equals(1) ? x : `(${x})*${scale.toString()}`);

  const num = (ref: Ref): string => {
    const address = cellOf(ref.metric, ref.period);
    if (address !== undefined) return formatReference(address);
    const value = facts.value(ref);
    if (value === undefined) {
      throw new NoFormula(
        `${ref.metric}（${ref.period}）既无单元格也无数值`,
        `${ref.metric} (${ref.period}) has neither a cell nor a value`,
      );
    }
    constants.set(refKey(ref), ref);
    return value.isNegative() ? `(${value.toString()})` : value.toString();
  };
  // A figure with neither a cell nor a value is a gap: the formula shows the same blank the
  // text does (“__万元”, “增加/减少”), so the rest of the paragraph stays live.
  const missing = (...refs: Ref[]) =>
    refs.some((r) => cellOf(r.metric, r.period) === undefined && facts.value(r) === undefined);
  const blankPercent: Piece[] = [{ lit: `${BLANK}%` }];

  const fmt = (d: number) => (d === 0 ? "0" : `0.${"0".repeat(d)}`);
  const text = (x: string, d: number) => `TEXT(${x},"${fmt(d)}")`;
  const percent = (ratio: string): Piece[] => [
    { expr: text(`ROUND(${ratio}*100,${options.percentDecimals})`, options.percentDecimals) },
    { lit: "%" },
  ];
  const printedDiff = (a: Ref, b: Ref) =>
    `ROUND(${scaled(`${num(a)}-${num(b)}`)},${options.amountDecimals})`;
  const printedZero = (c: Condition): string =>
    c.kind === "zero"
      ? `ROUND(${scaled(`ABS(${num(c.ref)})`)},${options.amountDecimals})=0`
      : `${printedDiff(c.a, c.b)}=0`;
  const conditionRefs = (c: Condition): Ref[] => (c.kind === "zero" ? [c.ref] : [c.a, c.b]);
  const sign = (a: Ref, b: Ref, w: SignWords) =>
    `CHOOSE(SIGN(${printedDiff(a, b)})+2,${quote(w.below)},${quote(w.equal)},${quote(w.above)})`;

  const pieces = (list: readonly Segment[]): Piece[] =>
    list.flatMap((s): Piece[] => {
      switch (s.kind) {
        case "text":
        case "reason":
          return [{ lit: s.text }];
        case "amount":
          if (missing(s.ref)) return [{ lit: BLANK }];
          return [{ expr: text(scaled(num(s.ref)), options.amountDecimals) }];
        case "count":
          if (missing(s.ref)) return [{ lit: BLANK }];
          return [{ expr: text(num(s.ref), 0) }];
        case "share":
          if (options.shareRounding === "largest-remainder" && s.group) {
            throw new NoFormula(
              "占比采用尾差调整（最大余数法），原生公式无法逐项表达",
              "Shares use the largest-remainder rule (尾差调整), which a native formula cannot express item by item",
            );
          }
          if (missing(s.part, s.whole)) return blankPercent;
          return percent(`${num(s.part)}/${num(s.whole)}`);
        case "delta": {
          if (missing(cur(s.metric), prior(s.metric))) return [{ lit: BLANK }];
          const [c, p] = [num(cur(s.metric)), num(prior(s.metric))];
          return [{ expr: text(scaled(`ABS(${c}-${p})`), options.amountDecimals) }];
        }
        case "growth": {
          if (missing(cur(s.metric), prior(s.metric))) return blankPercent;
          const [c, p] = [num(cur(s.metric)), num(prior(s.metric))];
          return percent(`ABS((${c}-${p})/${p})`);
        }
        case "completion":
          if (missing(s.actual, s.target)) return blankPercent;
          return percent(`${num(s.actual)}/${num(s.target)}`);
        case "sign":
          if (missing(s.a, s.b)) return [{ lit: alternatives(s.words) }];
          return [{ expr: sign(s.a, s.b, s.words) }];
        case "choose":
          // As the text renderer: a test on a missing figure does not hold.
          if (missing(...conditionRefs(s.when))) return pieces(s.otherwise);
          return [
            {
              expr: `IF(${printedZero(s.when)},${concat(pieces(s.then))},${concat(pieces(s.otherwise))})`,
            },
          ];
      }
    });

  let formula: string;
  try {
    const all = pieces(segments);
    if (!all.some((p) => "expr" in p)) {
      throw new NoFormula(
        "段中数字在表中都没有（留作空白），没有可引用的单元格",
        "None of the paragraph's figures is in the tables (left blank): no cell to refer to",
      );
    }
    formula = `=${concat(all)}`;
  } catch (e) {
    if (e instanceof NoFormula) return { kind: "text", reason: { zh: e.zh, en: e.en } };
    throw e;
  }
  if (formula.length > MAX_FORMULA_LENGTH) {
    return {
      kind: "text",
      reason: {
        zh: `公式长度${formula.length}字符，超过Excel上限${MAX_FORMULA_LENGTH}字符，改为写入文字`,
        en: `The formula would be ${formula.length} characters, over Excel's limit of ${MAX_FORMULA_LENGTH}; written as text`,
      },
    };
  }
  return { kind: "formula", formula, constants: [...constants.values()] };
}

/** Joins pieces with &, merging adjacent literals; an empty list is the empty string. */
function concat(list: readonly Piece[]): string {
  const merged: Piece[] = [];
  for (const p of list) {
    const last = merged[merged.length - 1];
    if ("lit" in p && last && "lit" in last) merged[merged.length - 1] = { lit: last.lit + p.lit };
    else if (!("lit" in p && p.lit === "")) merged.push(p);
  }
  if (merged.length === 0) return '""';
  return merged.map((p) => ("lit" in p ? quote(p.lit) : p.expr)).join("&");
}

/**
 * A string constant for a formula: quotes doubled, and split into pieces joined by & when
 * longer than Excel's 255 characters (never inside a surrogate pair).
 */
export function quote(s: string): string {
  if (s === "") return '""';
  const chunks: string[] = [];
  let chunk = "";
  for (const ch of s) {
    if (chunk.length + ch.length > MAX_LITERAL_LENGTH) {
      chunks.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  chunks.push(chunk);
  return chunks.map((c) => `"${c.replace(/"/g, '""')}"`).join("&");
}

const CELL_RE = /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

/**
 * A cell reference as a formula writes it, the sheet name always quoted: “公开01表!C6” →
 * '公开01表'!C6. Quoting is never wrong, and it is required for names with characters
 * other than letters and digits, for names starting with a digit, and for names that look
 * like a cell; an apostrophe inside the name is doubled.
 * @throws RangeError when the address is not a single cell
 */
export function formatReference(address: string | CellRef): string {
  let sheet: string | undefined;
  let cell: string;
  if (typeof address !== "string") {
    ({ sheet, cell } = address);
  } else if (address.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
    if (!m) throw new RangeError(`Not a cell reference: ${address}`);
    sheet = m[1].replace(/''/g, "'");
    cell = m[2];
  } else {
    const bang = address.lastIndexOf("!");
    sheet = bang < 0 ? undefined : address.slice(0, bang);
    cell = bang < 0 ? address : address.slice(bang + 1);
  }
  if (!CELL_RE.test(cell)) throw new RangeError(`Not a cell reference: ${cell}`);
  if (sheet === undefined || sheet === "") return cell.toUpperCase();
  return `${quoteSheet(sheet)}!${cell.toUpperCase()}`;
}
