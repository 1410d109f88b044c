import type { AmountClaim, ChangeClaim, Claim } from "../../claims/types";
import type { Fact } from "../../facts";
import {
  AMOUNT_UNITS,
  amountFigureInterval,
  convertAmount,
  Dec,
  formatNumber,
  Interval,
  normalizeDigits,
  type AmountUnit,
  type Figure,
} from "../../numbers";
import type { Span } from "../../span";
import type { NarrativeDocument } from "../../text/types";
import { PRIOR_YEAR } from "../../text/prior-year";

/**
 * What the numeric rules share: reading a claim's figure as an interval in a common unit,
 * printing figures back the way the text printed them, and where a claim sits (main
 * text or an attachment, whose scope may differ).
 */

export function claimById<K extends Claim["kind"]>(
  claims: readonly Claim[],
  id: number | undefined,
  kind: K,
): Extract<Claim, { kind: K }> | undefined {
  if (id === undefined) return undefined;
  const c = claims[id];
  return c && c.kind === kind ? (c as Extract<Claim, { kind: K }>) : undefined;
}

/** The unit an amount is in: printed, implied by a table header, or the fallback. */
export function unitOf(claim: AmountClaim, fallback: AmountUnit = "万元"): AmountUnit {
  const u = claim.figure.unit;
  if (u && u !== "%") return u;
  return claim.impliedUnit ?? fallback;
}

/**
 * The values an amount stands for, in `unit`; undefined for an approximate figure
 * (“980万余元” is a bound, not a rounding). A figure without a unit is read in `fallback`
 * (the unit of the figures it is compared with).
 */
export function amountInterval(
  claim: AmountClaim,
  unit: AmountUnit = "万元",
  fallback: AmountUnit = unit,
): Interval | undefined {
  if (claim.approximate) return undefined;
  const from = unitOf(claim, fallback);
  // Several rules (and the cause grouping, which runs them again) ask for the same claim's
  // interval: kept per claim object (a changed figure is a new object) and unit pair, the
  // pair as a slot number rather than a string built and hashed on every call.
  const slot = UNIT_SLOT[from] * AMOUNT_UNIT_COUNT + UNIT_SLOT[unit];
  let known = intervals.get(claim);
  const hit = known?.[slot];
  if (hit) return hit;
  const interval = amountFigureInterval(claim.figure.value, claim.figure.decimals, from, unit);
  if (!known) intervals.set(claim, (known = []));
  known[slot] = interval;
  return interval;
}
const intervals = new WeakMap<AmountClaim, Interval[]>();
const UNIT_SLOT = Object.fromEntries(AMOUNT_UNITS.map((u, i) => [u, i])) as Record<
  AmountUnit,
  number
>;
const AMOUNT_UNIT_COUNT = AMOUNT_UNITS.length;

/**
 * The values a table figure stands for: what it may hold given the printed figures it was
 * computed from, else its printed decimals, else exactly its value (a typed cell).
 */
export function factInterval(f: Fact): Interval {
  if (f.interval) return f.interval;
  return f.decimals === undefined ? Interval.exact(f.value) : Interval.printed(f.value, f.decimals);
}

/** The printed value of an amount converted to `unit`. */
export function amountValue(
  claim: AmountClaim,
  unit: AmountUnit = "万元",
  fallback: AmountUnit = unit,
): Dec {
  return convertAmount(claim.figure.value, unitOf(claim, fallback), unit);
}

/** A figure as the text printed it, without its unit: “1414.49”. */
export function bare(figure: Figure): string {
  return formatNumber(figure.value, figure.decimals);
}

/**
 * Figures for a formula in a message: bare when all share one unit (“1414.49 ÷ 3190.21”),
 * each with its unit otherwise (“5270317.31元 ÷ 518.52万元”).
 */
export function formulaTerms(amounts: readonly AmountClaim[]): string[] {
  const units = new Set(amounts.map((a) => a.figure.unit ?? a.impliedUnit ?? null));
  const same = units.size === 1;
  return amounts.map((a) =>
    same ? bare(a.figure) : `${bare(a.figure)}${a.figure.unit ?? a.impliedUnit ?? ""}`,
  );
}

/** Decimal places of a value, trailing zeros ignored (for printing sums of parts). */
export function decimalsOf(x: Dec): number {
  return Math.max(0, x.decimalPlaces());
}

// Where a paragraph sits is a question about the text: the helper lives there.
export { inAttachment } from "../../text/attachment";

/** The span of the figure at the end of a claim (“45%” of “占45%”), for a fix. */
export function figureAtEnd(claim: { span: Span; figure: Figure }): Span {
  return { start: claim.span.end - claim.figure.text.length, end: claim.span.end };
}

/**
 * The amount unit most used around a paragraph: its own figures first, then its
 * section's, then the whole text's. Counted once, asked many times.
 */
export function unitGuesser(
  doc: NarrativeDocument,
  claims: readonly Claim[],
): (paragraph: number) => AmountUnit | undefined {
  const byParagraph = new Map<number, Map<AmountUnit, number>>();
  const bySection = new Map<number, Map<AmountUnit, number>>();
  const all = new Map<AmountUnit, number>();
  const bump = <K>(m: Map<K, Map<AmountUnit, number>>, k: K, u: AmountUnit) => {
    let t = m.get(k);
    if (!t) m.set(k, (t = new Map()));
    t.set(u, (t.get(u) ?? 0) + 1);
  };
  for (const c of claims) {
    if (c.kind !== "amount") continue;
    const u = c.figure.unit;
    if (!u || u === "%") continue;
    bump(byParagraph, c.paragraph, u);
    bump(bySection, doc.paragraphs[c.paragraph]?.section ?? -1, u);
    all.set(u, (all.get(u) ?? 0) + 1);
  }
  const top = (t: Map<AmountUnit, number> | undefined): AmountUnit | undefined => {
    let best: AmountUnit | undefined;
    for (const [u, n] of t ?? []) if (best === undefined || n > (t?.get(best) ?? 0)) best = u;
    return best;
  };
  return (paragraph) =>
    top(byParagraph.get(paragraph)) ??
    top(bySection.get(doc.paragraphs[paragraph]?.section ?? -1)) ??
    top(all);
}

/** |x| truncated (not rounded) to `decimals`: 17.708 → 17. */
export function truncate(x: Dec, decimals: number): Dec {
  return x.toDecimalPlaces(decimals, Dec.ROUND_DOWN);
}

/** A change (“增加518.08万元”) read as the amount of its magnitude, for the amount helpers. */
export function changeAmount(change: ChangeClaim): AmountClaim {
  return {
    kind: "amount",
    id: change.id,
    span: change.span,
    paragraph: change.paragraph,
    label: change.label ?? "",
    period: "current",
    figureSpan: figureAtEnd(change),
    figure: change.figure,
  };
}

/** How a change is written, for messages: “增加518.08万元”, “持平”. */
export function statedChange(change: ChangeClaim): string {
  return change.flat ? "持平" : `${change.direction > 0 ? "增加" : "减少"}${change.figure.text}`;
}

const FLAT_LEAD = new RegExp(
  String.raw`^(?:(?:与|和|同|较|比)[ \u3000]*(${PRIOR_YEAR}(?:同期|(?:年初|调整)?预算数?)?|(?:年初|调整)?预算数?)|同比)`,
);

/**
 * What replaces a change stated in the wrong direction or as 持平: “增加X万元”, or for
 * “与2019年持平” the comparison kept and turned round, “比2019年增加X万元”.
 */
export function changeReplacement(
  doc: NarrativeDocument,
  change: ChangeClaim,
  words: string,
): string {
  if (!change.flat) return words;
  const text = doc.text.slice(change.span.start, change.span.end);
  const lead = FLAT_LEAD.exec(normalizeDigits(text));
  if (!lead) return words;
  if (lead[1] === undefined) return `同比${words}`;
  return `比${text.slice(lead[0].length - lead[1].length, lead[0].length)}${words}`;
}

/** Every value of `part` is above every value of `whole`: the part exceeds it whatever the rounding. */
export function exceeds(part: Interval, whole: Interval): boolean {
  return !part.meets(whole) && part.lo.greaterThanOrEqualTo(whole.hi);
}

/**
 * The chapter a paragraph is in: its outermost section below the document's parts
 * (第二部分 > 七、 for everything under 七、, its subsections included). Figures that the
 * vocabulary relates (a total and its parts) are compared within one chapter, where
 * they are of one scope.
 */
export function chapterOf(doc: NarrativeDocument, paragraph: number): number {
  return chapters(doc)[paragraph] ?? chapterOfSection(doc, 0);
}

/**
 * The chapter of each paragraph, by paragraph index, read once per document: the rules
 * that relate figures within a chapter ask for every claim's, and the cause grouping runs
 * them again.
 */
export function chapters(doc: NarrativeDocument): readonly number[] {
  let known = chaptersByDoc.get(doc);
  if (known === undefined) {
    known = doc.paragraphs.map((p) => chapterOfSection(doc, p.section ?? 0));
    chaptersByDoc.set(doc, known);
  }
  return known;
}
const chaptersByDoc = new WeakMap<NarrativeDocument, readonly number[]>();

function chapterOfSection(doc: NarrativeDocument, section: number): number {
  let s = section;
  for (;;) {
    const parent = doc.sections[s]?.parent;
    if (parent === null || parent === undefined) return s;
    const heading = doc.sections[parent].heading;
    if (parent === 0 || heading?.style === "part") return s;
    s = parent;
  }
}
