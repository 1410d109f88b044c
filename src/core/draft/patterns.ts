import type { FactTable } from "./fact-table";
import type { ResolvedDraftOptions } from "./options";
import { reasonKey } from "./reasons";
import { amount, cur, prior, text, type Ref, type Segment, type SignWords } from "./segments";

/**
 * The sentence patterns of the standard 说明, each written once as segments. Sections
 * (sections.ts) compose them; nothing here knows which section it is in.
 */

export interface DraftGap {
  /** Id of the paragraph the gap is in. */
  paragraph: string;
  zh: string;
  en: string;
  ref?: Ref;
  /** A reason the writer has to give (reasons.ts key). */
  reason?: string;
}

export interface DraftContext {
  facts: FactTable;
  options: ResolvedDraftOptions;
  gaps: DraftGap[];
}

export const MORE_LESS: SignWords = { above: "增加", below: "减少", equal: "" };
export const UP_DOWN: SignWords = { above: "增长", below: "下降", equal: "" };
export const VS_BUDGET: SignWords = { above: "大于", below: "小于", equal: "等于" };

/** One component of a breakdown: its label as written before the amount. */
export interface Part {
  label: string;
  ref: Ref;
}

/**
 * The components to list: those with a figure, and among them the zero ones only when
 * the options say so. A component without any figure is left out and reported, rather
 * than printed as zero on no evidence.
 */
export function listedParts(
  candidates: readonly Part[],
  ctx: DraftContext,
  paragraph: string,
): Part[] {
  return candidates.filter((p) => {
    const v = ctx.facts.value(p.ref);
    if (v === undefined) {
      ctx.gaps.push({
        paragraph,
        ref: p.ref,
        zh: `表中没有“${p.label}”的数字，未列出`,
        en: `No figure for “${p.label}” in the tables; left out`,
      });
      return false;
    }
    return ctx.options.listZeros || !v.isZero();
  });
}

/**
 * “，其中：A X万元，占P%；B X万元，占P%” — the connector, then each part with its share of
 * `whole` (no share when the whole is zero); nothing at all when no part is listed.
 */
export function partsList(
  connector: string,
  parts: readonly Part[],
  whole: Ref,
  ctx: DraftContext,
): Segment[] {
  const group = parts.map((p) => p.ref);
  return parts.flatMap((p, i): Segment[] => [
    text(i > 0 ? "；" : connector),
    text(p.label),
    amount(p.ref),
    text(ctx.options.unit),
    {
      kind: "choose",
      when: { kind: "zero", ref: whole },
      then: [],
      otherwise: [text("，占"), { kind: "share", part: p.ref, whole, group }],
    },
  ]);
}

/** “占本年支出合计的P%”-style share of a single amount. */
export function shareOf(part: Ref, whole: Ref, before: string): Segment[] {
  return [
    {
      kind: "choose",
      when: { kind: "zero", ref: whole },
      then: [],
      otherwise: [text(before), { kind: "share", part, whole }],
    },
  ];
}

export interface ChangeSpec {
  metric: string;
  /** Text before the change word: “与2019年相比，收、支总计各”, “公务接待费支出决算比2019年”. */
  lead: string;
  /** The whole sentence when nothing changed: “收、支总计与上年持平”. */
  flat: string;
  /** Ask for the reason of the change (主要变动原因是……). */
  reason?: boolean;
}

/**
 * The comparison with the prior year, one sentence with its full stop: “与2019年相比，X增加
 * 518.08万元，增长51.81%。” / “X与上年持平。”; without a prior amount to grow from, the
 * rate is left out. The words follow the amounts as printed, so “增加0.00万元” never appears.
 */
export function changeSentence(spec: ChangeSpec, ctx: DraftContext): Segment[] {
  const c = cur(spec.metric);
  const p = prior(spec.metric);
  return [
    {
      kind: "choose",
      when: { kind: "same", a: c, b: p },
      then: [text(`${spec.flat}。`)],
      otherwise: [
        text(spec.lead),
        { kind: "sign", a: c, b: p, words: MORE_LESS },
        { kind: "delta", metric: spec.metric },
        text(ctx.options.unit),
        {
          kind: "choose",
          when: { kind: "zero", ref: p },
          then: [],
          otherwise: [
            text("，"),
            { kind: "sign", a: c, b: p, words: UP_DOWN },
            { kind: "growth", metric: spec.metric },
          ],
        },
        text("。"),
        // Without last year's figure the change itself is the gap: no reason is asked yet.
        ...(spec.reason && ctx.facts.has(p)
          ? [text("主要变动原因是"), reason(ctx, "change", spec.metric), text("。")]
          : []),
      ],
    },
  ];
}

/**
 * “，完成预算P%，决算数大于预算数的主要原因是……” against the budget (预算数); no rate when the
 * budget is zero. Without a comparison (`compare: false`) only the rate is written.
 */
export function completionClause(
  actual: Ref,
  target: Ref,
  ctx: DraftContext,
  compare: boolean,
): Segment[] {
  const rate: Segment = {
    kind: "choose",
    when: { kind: "zero", ref: target },
    then: [],
    otherwise: [text("，完成预算"), { kind: "completion", actual, target }],
  };
  if (!compare) return [rate];
  const comparison: Segment[] = [
    rate,
    text("，决算数"),
    { kind: "sign", a: actual, b: target, words: VS_BUDGET },
    text("预算数"),
  ];
  // Without a budget the comparison itself is the gap: no reason is asked for yet.
  if (!ctx.facts.has(target)) return comparison;
  return [
    ...comparison,
    {
      kind: "choose",
      when: { kind: "same", a: actual, b: target },
      then: [],
      otherwise: [text("的主要原因是"), reason(ctx, "budget", actual.metric)],
    },
  ];
}

/** The writer's reason for a change or a budget difference, or the visible placeholder. */
export function reason(ctx: DraftContext, kind: "change" | "budget", metric: string): Segment {
  const key = reasonKey(kind, metric);
  const given = ctx.options.reasons.get(key)?.trim();
  return given
    ? { kind: "reason", key, text: given, given: true }
    : { kind: "reason", key, text: ctx.options.reasonPlaceholder, given: false };
}
