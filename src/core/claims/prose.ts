import { isGenericLabel, normalizeLabel, resolveMetric, type MetricScope } from "../metrics";
import type { Span } from "../span";
import { readFlat } from "./flat";
import type { ExtractionContext } from "./model";
import { LIST_JOINER, type ParagraphScan, type Token } from "./scan";
import type { AmountClaim, CountClaim } from "./types";
import {
  changeKeyword,
  cleanLabel,
  comparedWithBudget,
  completionWording,
  growthKeyword,
  periodOfLabel,
  shareWording,
  stripComparison,
} from "./wording";

/**
 * Claims of one paragraph of prose, figure by figure: amounts, changes (增加X), growth
 * rates (增长P%), shares (占P%) and completion rates (完成预算P%). Links between them are
 * made later (links.ts), once every paragraph has been read.
 */

/** A figure with no unit is an amount only after words that announce one (“决算数为1518.12”). */
const AMOUNT_WORDS =
  /(?:决算数|预算数|执行数|金额|合计|总计|支出|收入|经费|资金|拨款)(?:为|是|达)?[ \u3000]*$/;

const LEADING_CLAUSE_MARK = /^[，,、]/;

/** Between a change and its rate in brackets: “减少1.5万元（42.86%）”. */
const RATE_IN_BRACKETS = /^[ \u3000]*[（(][ \u3000]*$/;

/** Labels and wordings are read at most this far back from their figure. */
const MAX_LOOKBACK = 120;

const ALTERNATIVE_END =
  /(?:增加|减少|增长|下降)(?:[ \u3000]*[/／][ \u3000]*(?:增加|减少|增长|下降)|[（(](?:增加|减少|增长|下降)[）)])[ \u3000]*$/;

/** The paragraph's lead (“…行政运行（项）:”) when its first clause has no figure and ends in a colon. */
function leadLabel(ctx: ExtractionContext, scan: ParagraphScan): string | undefined {
  if (scan.clauseStarts.length < 2) return undefined;
  const end = scan.clauseStarts[1] - 1;
  const colon = ctx.norm[end];
  if (colon !== ":" && colon !== "：") return undefined;
  if (scan.tokens.length > 0 && scan.tokens[0].start < end) return undefined;
  const lead = cleanLabel(ctx.norm.slice(scan.start, end));
  return lead && !isGenericLabel(lead) ? lead : undefined;
}

export function readParagraph(ctx: ExtractionContext, scan: ParagraphScan): void {
  const { norm, list } = ctx;
  const paragraph = scan.paragraph;
  const section = ctx.doc.paragraphs[paragraph].section;
  const scopes = ctx.sectionScopes(section);
  const lead = leadLabel(ctx, scan);
  const tokens = scan.tokens;
  // The change claim read from the previous token, for a rate in brackets after it.
  let changeBefore: number | undefined;
  // The change or growth claim of the previous token, which a respectively-list continues.
  let listed: number | undefined;
  // Runs of claims of one kind joined by 、 (“分别为A、B万元”, “各增加X、Y万元”), in text order.
  const runs: number[][] = [];
  const againstBudget = (t: Token): { base?: "budget" } => {
    const sentenceStart = t.sentence > 0 ? scan.sentenceEnds[t.sentence - 1] : scan.start;
    return comparedWithBudget(norm, sentenceStart, t.start, ctx.reportYear)
      ? { base: "budget" }
      : {};
  };
  for (let k = 0; k < tokens.length; k++) {
    const changeOfPrevious = changeBefore;
    changeBefore = undefined;
    const listedBefore = listed;
    listed = undefined;
    const t = tokens[k];
    // Bounded look-back keeps a clause without punctuation from making this quadratic.
    const clauseStart = Math.max(scan.clauseStarts[t.clause], t.start - MAX_LOOKBACK);
    const previous =
      k > 0 && tokens[k - 1].clause === t.clause
        ? Math.max(tokens[k - 1].end, clauseStart)
        : clauseStart;
    const gap = norm.slice(previous, t.start);
    const meta = { token: t, depth: t.depth, sentence: t.sentence, clause: t.clause, section };

    if (t.kind === "flat") {
      readFlat(ctx, scan, t, gap, meta);
      continue;
    }

    // “各增加X、Y万元”, “各下降P%、Q%”: a figure joined by 、 to a change or a rate is one too.
    const continued = listedBefore === undefined ? undefined : list.claims[listedBefore];
    if (
      continued &&
      (continued.kind === "change" || continued.kind === "growth") &&
      !continued.flat &&
      (continued.kind === "growth") === (t.kind === "percent") &&
      (t.kind === "percent" || t.kind === "amount") &&
      LIST_JOINER.test(norm.slice(tokens[k - 1].end, t.start))
    ) {
      // The direction is shared; the links are made by position (pairRespectively).
      listed = list.add(
        continued.kind === "change"
          ? {
              kind: "change",
              span: { start: t.start, end: t.end },
              paragraph,
              direction: continued.direction,
              figure: t.figure,
            }
          : {
              kind: "growth",
              span: { start: t.start, end: t.end },
              paragraph,
              direction: continued.direction,
              figure: t.figure,
            },
        meta,
      ).id;
      runs[runs.length - 1].push(listed);
      if (continued.kind === "change") changeBefore = listed;
      continue;
    }

    if (t.kind === "percent") {
      const clause = norm.slice(clauseStart, t.start);
      // “较上年减0.04万元，增0.01%”: a one-character verb right after a change continues its comparison.
      const growth =
        growthKeyword(gap, ctx.phrases) ??
        (changeOfPrevious !== undefined
          ? growthKeyword(gap.replace(LEADING_CLAUSE_MARK, ""), ctx.phrases, true)
          : undefined);
      if (growth) {
        listed = list.add(
          {
            kind: "growth",
            span: spanTo(previous + growth.at, t),
            paragraph,
            direction: growth.direction,
            figure: t.figure,
            ...againstBudget(t),
          },
          meta,
        ).id;
        runs.push([listed]);
        continue;
      }
      // “较上年减少1.5万元（42.86%）”: the rate of the change, in brackets right after it.
      if (
        changeOfPrevious !== undefined &&
        RATE_IN_BRACKETS.test(norm.slice(tokens[k - 1].end, t.start))
      ) {
        const change = list.claims[changeOfPrevious];
        if (change.kind === "change" && !change.flat) {
          list.add(
            {
              kind: "growth",
              span: { start: t.start, end: t.end },
              paragraph,
              direction: change.direction,
              figure: t.figure,
              change: change.id,
            },
            meta,
          );
          continue;
        }
      }
      const share = shareWording(clause);
      const done = completionWording(clause);
      if (share && (done === undefined || share.at > done)) {
        list.add(
          {
            kind: "share",
            span: spanTo(clauseStart + share.at, t),
            paragraph,
            figure: t.figure,
            wholeLabel: share.wholeLabel,
          },
          meta,
        );
      } else if (done !== undefined) {
        const wordingStart = clauseStart + done;
        const target = targetToken(ctx, scan, k, wordingStart);
        list.add(
          {
            kind: "completion",
            span: spanTo(wordingStart, t),
            paragraph,
            figure: t.figure,
            target,
          },
          meta,
        );
      }
      continue;
    }

    if (t.kind === "amount" || t.kind === "bare") {
      const change = t.kind === "amount" ? changeKeyword(gap, ctx.phrases) : undefined;
      if (change) {
        const label = stripComparison(cleanLabel(gap.slice(0, change.at)), ctx.phrases);
        changeBefore = list.add(
          {
            kind: "change",
            span: spanTo(previous + change.at, t),
            paragraph,
            direction: change.direction,
            figure: t.figure,
            ...(label ? { label } : {}),
            ...againstBudget(t),
          },
          meta,
        ).id;
        listed = changeBefore;
        runs.push([changeBefore]);
        continue;
      }
      // “增加/减少0万元”: template residue, reported by the placeholder claims.
      if (ALTERNATIVE_END.test(gap)) continue;
      let label = cleanLabel(gap);
      if (isGenericLabel(label) && lead) label = lead;
      if (t.kind === "bare" && !AMOUNT_WORDS.test(gap) && !namesMetric(ctx, label, scopes))
        continue;
      const claim: Omit<AmountClaim, "id"> = {
        kind: "amount",
        span: { start: t.start, end: t.end },
        paragraph,
        label,
        period: periodOfLabel(label, ctx.reportYear),
        figureSpan: { start: t.start, end: t.end },
        figure: t.figure,
        ...(t.approximate ? { approximate: true } : {}),
      };
      const added = list.add(claim, meta).id;
      const previousToken = tokens[k - 1];
      const previousClaim = runs[runs.length - 1];
      if (
        previousToken &&
        previousClaim &&
        list.claims[previousClaim[previousClaim.length - 1]]?.span.start === previousToken.start &&
        list.claims[previousClaim[0]].kind === "amount" &&
        LIST_JOINER.test(norm.slice(previousToken.end, t.start))
      )
        previousClaim.push(added);
      else runs.push([added]);
    }
  }
  pairRespectively(ctx, runs);
}

/**
 * From a claim's wording to the end of its figure. A function of the module, not a closure
 * made per figure: the runner's keepNames helper (tsx) costs a property definition for each
 * closure made, which half a million one-figure lines feel.
 */
function spanTo(offset: number, t: Token): Span {
  return { start: offset, end: t.end };
}

const metricLabels = new WeakMap<
  ExtractionContext,
  Map<readonly MetricScope[], Map<string, boolean>>
>();

/**
 * Whether a bare figure's label names a metric (resolveMetric is pure in the label, the
 * scopes and the unit's names): a text's labels recur — a line that is only a figure has
 * the empty label — so each is resolved once per list of scopes.
 */
function namesMetric(
  ctx: ExtractionContext,
  label: string,
  scopes: readonly MetricScope[],
): boolean {
  let byScopes = metricLabels.get(ctx);
  if (!byScopes) metricLabels.set(ctx, (byScopes = new Map()));
  let known = byScopes.get(scopes);
  if (!known) byScopes.set(scopes, (known = new Map()));
  let names = known.get(label);
  if (names === undefined) {
    names = Boolean(resolveMetric(label, { scopes, unitNames: ctx.unitNames }));
    known.set(label, names);
  }
  return names;
}

/**
 * “收、支总计分别为A、B万元，各增加X、Y万元，增长P%、Q%”: the i-th change is of the i-th
 * amount and the i-th rate of the i-th change, when the lists are of one length and in
 * one sentence. Nearest-before linking would give every rate the last change.
 */
function pairRespectively(ctx: ExtractionContext, runs: readonly number[][]): void {
  const { list } = ctx;
  for (let r = 1; r < runs.length; r++) {
    const before = runs[r - 1];
    const run = runs[r];
    if (run.length < 2 || run.length !== before.length) continue;
    if (list.meta[before[0]].sentence !== list.meta[run[0]].sentence) continue;
    const kinds = `${list.claims[before[0]].kind}>${list.claims[run[0]].kind}`;
    for (let i = 0; i < run.length; i++) {
      const c = list.claims[run[i]];
      if (kinds === "amount>change" && c.kind === "change") c.subject = before[i];
      else if (kinds === "change>growth" && c.kind === "growth") c.change = before[i];
    }
  }
}

/**
 * The target written inside a completion wording: “完成市下达目标28亿元的85.71%” (an amount,
 * already a claim) or “完成市下达目标17家的111.76%” (a count, made a claim here if the count
 * extractor has none at that place).
 */
function targetToken(
  ctx: ExtractionContext,
  scan: ParagraphScan,
  k: number,
  wordingStart: number,
): number | undefined {
  const t = scan.tokens[k];
  for (let j = k - 1; j >= 0; j--) {
    const candidate = scan.tokens[j];
    if (candidate.start < wordingStart || candidate.clause !== t.clause) break;
    if (candidate.kind === "amount") return claimAt(ctx, scan.paragraph, candidate.start, "amount");
    if (candidate.kind === "counted") return countClaim(ctx, scan, candidate);
  }
  return undefined;
}

export function claimAt(
  ctx: ExtractionContext,
  paragraph: number,
  start: number,
  kind: "amount" | "count",
): number | undefined {
  for (const id of ctx.list.inParagraph(paragraph)) {
    const c = ctx.list.claims[id];
    if (c.kind === kind && c.span.start <= start && start < c.span.end) return id;
  }
  return undefined;
}

/** The count claim at a counted token: the count extractor's, or one made here. */
export function countClaim(ctx: ExtractionContext, scan: ParagraphScan, token: Token): number {
  const existing = claimAt(ctx, scan.paragraph, token.start, "count");
  if (existing !== undefined) return existing;
  const clauseStart = scan.clauseStarts[token.clause];
  const claim: Omit<CountClaim, "id"> = {
    kind: "count",
    span: { start: token.start, end: token.end },
    paragraph: scan.paragraph,
    value: token.figure.value.toNumber(),
    counter: token.unitText,
    label: normalizeLabel(cleanLabel(ctx.norm.slice(clauseStart, token.start))),
  };
  const section = ctx.doc.paragraphs[scan.paragraph].section;
  return ctx.list.add(claim, {
    token,
    depth: token.depth,
    sentence: token.sentence,
    clause: token.clause,
    section,
  }).id;
}
