import {
  completion,
  convertAmount,
  formatNumber,
  formatPercent,
  growth,
  roundHalfUp,
  share,
  type Dec,
} from "../numbers";
import type { FactTable } from "./fact-table";
import type { ResolvedDraftOptions } from "./options";
import { roundShares } from "./share-rounding";
import {
  cur,
  prior,
  refKey,
  type Condition,
  type Ref,
  type Segment,
  type SignWords,
} from "./segments";

/** What stands where a figure has no source: the blank a template has. */
export const BLANK = "__";

export interface RenderedText {
  text: string;
  /** Cells the segments needed and the facts did not have (rendered as blanks). */
  missing: Ref[];
  /** Reasons printed as the placeholder because the writer has not given them (keys). */
  missingReasons: string[];
}

type Options = Pick<
  ResolvedDraftOptions,
  "unit" | "amountDecimals" | "percentDecimals" | "shareRounding"
>;

/**
 * Renders segments as plain text from the facts. A missing figure is never guessed: it
 * is printed as the template's blank (“__万元”, “增加/减少”) and reported in `missing`, so
 * that the checker flags it as unfilled and the caller can list it.
 */
export function renderText(
  segments: readonly Segment[],
  facts: FactTable,
  options: Options,
): RenderedText {
  const missing = new Map<string, Ref>();
  const missingReasons: string[] = [];
  const get = (ref: Ref): Dec | undefined => {
    const v = facts.value(ref);
    if (v === undefined) missing.set(refKey(ref), ref);
    return v;
  };
  const inUnit = (v: Dec) => convertAmount(v, "万元", options.unit);
  const printedDiffer = (a: Dec, b: Dec) => roundHalfUp(inUnit(a.minus(b)), options.amountDecimals);

  const holds = (c: Condition): boolean => {
    if (c.kind === "zero") {
      const v = get(c.ref);
      return v !== undefined && roundHalfUp(inUnit(v), options.amountDecimals).isZero();
    }
    const a = get(c.a);
    const b = get(c.b);
    return a !== undefined && b !== undefined && printedDiffer(a, b).isZero();
  };

  const signWord = (a: Dec | undefined, b: Dec | undefined, words: SignWords): string => {
    if (a === undefined || b === undefined) return alternatives(words);
    const d = printedDiffer(a, b);
    return d.isZero() ? words.equal : d.isPositive() ? words.above : words.below;
  };

  const percent = (x: Dec | null): string =>
    x === null ? `${BLANK}%` : formatPercent(x, options.percentDecimals);

  const shareOf = (s: Extract<Segment, { kind: "share" }>): string => {
    const whole = get(s.whole);
    const part = get(s.part);
    if (whole === undefined || part === undefined) return `${BLANK}%`;
    const group = s.group?.map((r) => facts.value(r));
    const index = s.group?.findIndex((r) => refKey(r) === refKey(s.part)) ?? -1;
    if (options.shareRounding === "plain" || !group || index < 0 || group.includes(undefined)) {
      return percent(share(part, whole));
    }
    const printed = roundShares(
      group as Dec[],
      whole,
      options.percentDecimals,
      "largest-remainder",
    );
    const p = printed[index];
    return p === null ? `${BLANK}%` : formatPercent(p.dividedBy(100), options.percentDecimals);
  };

  const render = (list: readonly Segment[]): string =>
    list
      .map((s): string => {
        switch (s.kind) {
          case "text":
            return s.text;
          case "reason":
            if (!s.given) missingReasons.push(s.key);
            return s.text;
          case "amount": {
            const v = get(s.ref);
            return v === undefined ? BLANK : formatNumber(inUnit(v), options.amountDecimals);
          }
          case "count": {
            const v = get(s.ref);
            return v === undefined ? BLANK : formatNumber(v, 0);
          }
          case "share":
            return shareOf(s);
          case "delta": {
            const c = get(cur(s.metric));
            const p = get(prior(s.metric));
            if (c === undefined || p === undefined) return BLANK;
            return formatNumber(inUnit(c.minus(p)).abs(), options.amountDecimals);
          }
          case "growth": {
            const c = get(cur(s.metric));
            const p = get(prior(s.metric));
            if (c === undefined || p === undefined) return `${BLANK}%`;
            return percent(growth(c, p)?.abs() ?? null);
          }
          case "completion": {
            const a = get(s.actual);
            const t = get(s.target);
            if (a === undefined || t === undefined) return `${BLANK}%`;
            return percent(completion(a, t));
          }
          case "sign":
            return signWord(get(s.a), get(s.b), s.words);
          case "choose":
            return render(holds(s.when) ? s.then : s.otherwise);
        }
      })
      .join("");

  const text = render(segments);
  return { text, missing: [...missing.values()], missingReasons };
}

/** The template's own way of offering a choice: 增加/减少, 大于/小于/等于. */
export function alternatives(words: SignWords): string {
  return [words.above, words.below, words.equal].filter((w) => w !== "").join("/");
}
