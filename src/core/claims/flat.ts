import type { ClaimMeta, ExtractionContext } from "./model";
import type { ParagraphScan, Token } from "./scan";
import { cleanLabel, stripComparison } from "./wording";
import { PRIOR_YEAR } from "../text/prior-year";

/**
 * “与上年持平”: no change, in words. The scanner marks the word with its comparison (“与上年
 * 持平”, “比2019年持平”, “同比持平”) or alone; this reads it as what it states, a change of
 * zero and a growth rate of zero, so that a table changed after the text was written (last
 * year's figure no longer equal to this year's) is caught like a wrong 增减额.
 */

/** A comparison with the prior year leading a sentence: “与上年相比，”, “同比”. */
const LEAD_COMPARISON = new RegExp(
  String.raw`(?:(?:与|和|同|较|比)[ \u3000]*${PRIOR_YEAR}(?:同期)?[ \u3000]*(?:相比|相较)|同比)`,
);

/**
 * “X与上年持平” (or “与2019年相比，X持平”): a change of zero and a growth of zero, of the
 * quantity named before it or else of the amount before it (linked later). A bare 持平
 * counts only after a prior-year comparison in its sentence (“决算数与预算数持平” is no
 * change), and a year that is not the report's prior year is another comparison.
 */
export function readFlat(
  ctx: ExtractionContext,
  scan: ParagraphScan,
  t: Token,
  gap: string,
  meta: ClaimMeta,
): void {
  const { norm, list } = ctx;
  // “占4%，与上年持平”: the share, or the amount before it? Not a figure to guess.
  const k = scan.tokens.indexOf(t);
  const previous = k > 0 ? scan.tokens[k - 1] : undefined;
  if (previous?.kind === "percent" && previous.sentence === t.sentence) return;
  const own = norm.slice(t.start, t.end);
  let year = /(\d{4})年/.exec(own)?.[1];
  // “与2021年度预算相比无增减”: against the budget of the report's own year.
  const budget = /预算/.test(own) && (year === undefined || Number(year) === ctx.reportYear);
  if (own === "持平") {
    const sentenceStart = t.sentence > 0 ? scan.sentenceEnds[t.sentence - 1] : scan.start;
    const lead = LEAD_COMPARISON.exec(norm.slice(sentenceStart, t.start));
    if (!lead) return;
    // “决算数与预算数持平” compares with something else than the prior year.
    if (/(?:与|和|同|较|比)[^，,；;]{1,12}$/.test(gap)) return;
    year = /\d{4}/.exec(lead[0])?.[0];
  }
  if (
    !budget &&
    year !== undefined &&
    ctx.reportYear !== undefined &&
    Number(year) !== ctx.reportYear - 1
  )
    return;
  const label = stripComparison(cleanLabel(gap), ctx.phrases);
  const span = { start: t.start, end: t.end };
  const change = list.add(
    {
      kind: "change",
      span,
      paragraph: scan.paragraph,
      direction: 1,
      flat: true,
      figure: t.figure,
      ...(label ? { label } : {}),
      ...(budget ? { base: "budget" as const } : {}),
    },
    meta,
  );
  list.add(
    {
      kind: "growth",
      span,
      paragraph: scan.paragraph,
      direction: 1,
      flat: true,
      figure: { ...t.figure, unit: "%", decimals: 0 },
      change: change.id,
      ...(budget ? { base: "budget" as const } : {}),
    },
    meta,
  );
}
