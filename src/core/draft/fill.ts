import type { AmountClaim, Claim, CountClaim } from "../claims/types";
import { countMetric } from "../metrics/counts";
import type { Fact } from "../facts";
import { shareDenominator } from "../metrics";
import {
  completion,
  convertAmount,
  formatNumber,
  formatPercent,
  growth,
  isAmountUnit,
  normalizeDigits,
  roundHalfUp,
  share,
  type Dec,
} from "../numbers";
import type { Span } from "../span";
import { FactTable } from "./fact-table";
import {
  alternativeWords,
  findSlots,
  indexClaims,
  probe,
  type Placeholder,
  type Slot,
} from "./fill-slots";
import { UP_DOWN, VS_BUDGET } from "./patterns";
import { budget, cur, noFigureMessage, prior, type Ref } from "./segments";
import { extractClaims } from "../claims/extract";
import { catalogueFor, type Catalogue } from "../templates/catalogue";
import { segment } from "../text";
import { PRIOR_YEAR } from "../text/prior-year";
import { reasonKeyBefore, reasonSubject } from "./reasons";
import { dropZeroItems, prepareTemplate, REASON_PLACEHOLDER } from "./template-forms";

/** “比2019年” just before a 持平 slot: kept as “与2019年持平”. */
const COMPARED_WITH_PRIOR = new RegExp(String.raw`(?:比|较)(${PRIOR_YEAR})[ \u3000]*$`);

export interface FillOptions {
  /** Decimals of shares, growth and completion rates (2 by default). */
  percentDecimals?: number;
  /** Decimals of amounts (2 by default). */
  amountDecimals?: number;
  /** The writer's reasons (reasons.ts keys), put where the template asks why. */
  reasons?: ReadonlyMap<string, string>;
  /** Names of the 项 a “按上述格式依次说明到各项级科目” repeats; the 2020 catalogue by default. */
  catalogue?: Catalogue;
}

export type SlotKind =
  | "amount"
  | "count"
  | "share"
  | "change"
  | "growth"
  | "completion"
  | "direction"
  | "compare"
  | "flat";

export interface FilledSlot {
  /** The template text replaced, in the template's offsets. */
  span: Span;
  original: string;
  replacement: string;
  kind: SlotKind;
  metric?: string;
}

export interface UnfilledSlot {
  /** In the template as prepared (template-forms.ts): the template itself when it had no bureau forms. */
  span: Span;
  text: string;
  reason: { zh: string; en: string };
  /** 1-based line of the filled text where it was left. */
  line: number;
}

export interface FillResult {
  text: string;
  filled: FilledSlot[];
  unfilled: UnfilledSlot[];
}

/**
 * Fills a template 说明 from the tables, in whatever form the finance bureau wrote it
 * (template-forms.ts): its forms are read as the standard ones, its instructions carried out
 * (zero items dropped, the model sentence repeated for every 项, brackets removed), then
 * every blank and alternative filled (fillSlots), then the reasons asked for put in: the
 * writer's own (`options.reasons`) or “……”, listed as unfilled. A reason after
 * “决算数等于预算数” is not asked for and goes. Nothing is guessed: what cannot be filled
 * stays marked in the text and is listed with its line.
 */
export function fillTemplate(
  template: string,
  facts: readonly Fact[] | FactTable,
  options: FillOptions = {},
): FillResult {
  const table = facts instanceof FactTable ? facts : new FactTable(facts);
  const prepared = prepareTemplate(template, table, options.catalogue ?? catalogueFor());
  const result = fillSlots(prepared.text, table, options);
  const offsets = lineStarts(result.text);
  const lineOf = (at: number) => upperBound(offsets, at);
  const unfilled: UnfilledSlot[] = result.unfilled.map((u) => ({
    ...u,
    line: lineOf(shifted(u.span.start, result.filled)),
  }));
  for (const p of prepared.problems) {
    unfilled.push({
      span: { start: 0, end: 0 },
      text: "按上述格式依次说明到各项级科目",
      reason: { zh: p.zh, en: p.en },
      line: p.line + 1,
    });
  }
  const lines = result.text
    .split("\n")
    .map((l, i) => (prepared.dropZeroLines.has(i) ? dropZeroItems(l) : l));
  // What 不涉及的不列 dropped is no longer a gap: a blank is listed only while it is in the text.
  const listed = unfilled.filter(
    (u) => !prepared.dropZeroLines.has(u.line - 1) || lines[u.line - 1].includes(u.text),
  );
  const text = fillReasons(lines.join("\n"), options.reasons ?? new Map(), listed);
  return { text, filled: result.filled, unfilled: listed.sort((a, b) => a.line - b.line) };
}

/** Where an offset of the prepared template lands in the filled text. */
function shifted(at: number, filled: readonly FilledSlot[]): number {
  let out = at;
  for (const f of filled)
    if (f.span.end <= at) out += f.replacement.length - (f.span.end - f.span.start);
  return out;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") out.push(i + 1);
  return out;
}

/** 1-based line of an offset: the number of line starts at or before it. */
function upperBound(starts: readonly number[], at: number): number {
  let n = 0;
  while (n < starts.length && starts[n] <= at) n++;
  return n;
}

const REASON_SLOT = new RegExp(
  `([，,]?)(主要(?:变动)?原因(?:是|为|：|:)?[ \\u3000]*)${REASON_PLACEHOLDER}`,
  "g",
);

/**
 * Each reason the template asks for: dropped after “决算数等于预算数” (nothing to explain),
 * the writer's own where known (by the change or comparison it follows, reasons.ts), else
 * left as “……” and listed.
 */
function fillReasons(
  text: string,
  reasons: ReadonlyMap<string, string>,
  unfilled: UnfilledSlot[],
): string {
  const doc = segment(text);
  const claims = extractClaims(doc);
  const edits: Array<{ start: number; end: number; replacement: string }> = [];
  for (const m of text.matchAll(REASON_SLOT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const sentenceStart =
      Math.max(text.lastIndexOf("。", start), text.lastIndexOf("\n", start)) + 1;
    const sentence = text.slice(sentenceStart, start);
    if (/(?<![/／])等于预算数的?$/.test(sentence) || /持平[。，,]?$/.test(sentence.trim())) {
      edits.push({ start: start + (sentence.endsWith("的") ? -1 : 0), end, replacement: "" });
      continue;
    }
    const paragraph = doc.paragraphs.find((p) => p.span.start <= start && start <= p.span.end);
    const key = paragraph ? reasonKeyBefore(claims, paragraph.index, start) : null;
    const given = key ? reasons.get(key)?.trim() : undefined;
    if (given) {
      edits.push({ start: end - REASON_PLACEHOLDER.length, end, replacement: given });
      continue;
    }
    const subject = key ? reasonSubject(key).zh : "这里的主要原因";
    unfilled.push({
      span: { start, end },
      text: m[0].replace(/^[，,]/, ""),
      reason: {
        zh: `请填写${subject}：原因只能由编写人说明`,
        en: `Give ${key ? reasonSubject(key).en : "the reason"}: only the writer can say why`,
      },
      line: doc.lineCol(start).line,
    });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/**
 * The blanks and alternatives of a template in the standard forms (see fillTemplate).

/**
 * Fills the slots of a template 说明 from the tables: every blank (“__万元”, “占%”, “（ ）万元”, “XX万元”)
 * gets its figure, every alternative (“增加/减少”, “增长/下降”, “大于/小于/等于”) its word,
 * and a change that prints as zero becomes “持平” (“比2019年增加/减少0万元，增长/下降0%” →
 * “与2019年持平”). A figure left after an alternative (“增加/减少0万元”) is template residue
 * and is recomputed too.
 *
 * Which quantity each blank is about is read by the checker's own claim extractor: each
 * blank is given a probe figure, the text is read as a 说明 would be, and the claim found
 * at the probe (an amount of 一般公共预算财政拨款收入, a share of it in 本年收入合计, a growth
 * rate of 公务接待费…) names the metric. A blank whose quantity cannot be recognised, or
 * whose figure the tables do not give, is reported in `unfilled` and left as it is.
 */
function fillSlots(
  template: string,
  table: FactTable,
  options: FillOptions,
): { text: string; filled: FilledSlot[]; unfilled: Array<Omit<UnfilledSlot, "line">> } {
  const percentDecimals = options.percentDecimals ?? 2;
  const amountDecimals = options.amountDecimals ?? 2;
  const norm = normalizeDigits(template);

  const slots = findSlots(template, norm);
  const claims = probe(template, slots);
  const claimAt = indexClaims(claims);

  const filled: FilledSlot[] = [];
  const unfilled: Array<Omit<UnfilledSlot, "line">> = [];
  const consumed = new Set<Slot>();
  const fail = (slot: Slot, zh: string, en: string): void => {
    unfilled.push({
      span: slot.span,
      text: template.slice(slot.span.start, slot.span.end),
      reason: { zh, en },
    });
  };
  const put = (span: Span, replacement: string, kind: SlotKind, metric?: string): void => {
    filled.push({
      span,
      original: template.slice(span.start, span.end),
      replacement,
      kind,
      ...(metric ? { metric } : {}),
    });
  };

  const value = (ref: Ref): Dec | undefined => table.value(ref);
  const amountText = (v: Dec, unit: string) =>
    formatNumber(convertAmount(v, "万元", isAmountUnit(unit) ? unit : "万元"), amountDecimals);
  // The slot keeps the template's own “%”; only the number goes in.
  const percentText = (x: Dec) => formatPercent(x, percentDecimals).replace(/%$/, "");
  // Words follow the amounts as the tables print them (万元), so 0.001 apart is 持平.
  const printedDiff = (a: Dec, b: Dec) => roundHalfUp(a.minus(b), amountDecimals);

  for (const slot of slots) {
    if (consumed.has(slot)) continue;
    const alt = slot.placeholder?.form === "alternative" ? slot.placeholder : undefined;
    if (alt) {
      fillAlternative(slot, alt);
      continue;
    }
    const claim = slot.probe ? claimAt.get(slot.probe.end) : undefined;
    const counted = slot.probe ? countAt(slot.probe.start) : undefined;
    if (!claim && counted) {
      fillCount(slot, counted);
      continue;
    }
    if (!claim) {
      fail(slot, "无法识别这里应填的数字是什么", "Cannot tell which figure belongs here");
      continue;
    }
    fillFigure(slot, claim);
  }

  function fillFigure(slot: Slot, claim: Claim): void {
    const missing = (ref: Ref) => noFigure(slot, ref);
    const head = slot.head;
    switch (claim.kind) {
      case "amount": {
        if (!claim.metric) return unknown(slot, claim.label);
        const ref = { metric: claim.metric, period: claim.period };
        const v = value(ref);
        if (v === undefined) return missing(ref);
        return put(head, amountText(v, slot.unit), "amount", claim.metric);
      }
      case "share": {
        const part = claim.part === undefined ? undefined : (claims[claim.part] as AmountClaim);
        const partMetric = part?.metric;
        if (!partMetric) return unknown(slot, part?.label ?? "");
        const wholeClaim =
          claim.whole === undefined ? undefined : (claims[claim.whole] as AmountClaim);
        const wholeMetric = claim.wholeMetric ?? wholeClaim?.metric ?? shareDenominator(partMetric);
        if (!wholeMetric) return unknown(slot, claim.wholeLabel ?? "");
        const p = value(cur(partMetric));
        const w = value(cur(wholeMetric));
        if (p === undefined) return missing(cur(partMetric));
        if (w === undefined) return missing(cur(wholeMetric));
        const s = share(p, w);
        if (s === null)
          return fail(slot, "合计为零，没有占比", "The whole is zero: there is no share");
        return put(head, percentText(s), "share", partMetric);
      }
      case "change":
      case "growth": {
        const metric = subjectMetric(claim);
        if (!metric) return unknown(slot, claim.kind === "change" ? (claim.label ?? "") : "");
        // “与年初预算相比，增加X”: against the budget, not last year.
        const base = claim.base === "budget" ? budget : prior;
        const c = value(cur(metric));
        const p = value(base(metric));
        if (c === undefined) return missing(cur(metric));
        if (p === undefined) return missing(base(metric));
        if (claim.kind === "change")
          return put(head, amountText(c.minus(p).abs(), slot.unit), "change", metric);
        const g = growth(c, p);
        if (g === null)
          return fail(
            slot,
            "上年数为零，没有增长率",
            "The prior-year figure is zero: there is no growth rate",
          );
        return put(head, percentText(g.abs()), "growth", metric);
      }
      case "completion": {
        const actual =
          claim.actual === undefined ? undefined : (claims[claim.actual] as AmountClaim);
        if (!actual?.metric) return unknown(slot, actual?.label ?? "");
        const a = value(cur(actual.metric));
        const target = claim.target === undefined ? undefined : claims[claim.target];
        const targetRef =
          target?.kind === "amount" && target.metric
            ? { metric: target.metric, period: target.period }
            : budget(actual.metric);
        const t = value(targetRef);
        if (a === undefined) return missing(cur(actual.metric));
        if (t === undefined) return missing(targetRef);
        const r = completion(a, t);
        if (r === null)
          return fail(
            slot,
            "预算数为零，没有完成率",
            "The budget is zero: there is no completion rate",
          );
        return put(head, percentText(r), "completion", actual.metric);
      }
      default:
        return fail(slot, "无法识别这里应填的数字是什么", "Cannot tell which figure belongs here");
    }
  }

  /** A count claim whose figure is the probe (“国内公务接待1批次”). */
  function countAt(start: number): CountClaim | undefined {
    return claims.find((c): c is CountClaim => c.kind === "count" && c.span.start === start);
  }

  /** “国内公务接待__批次”: the count of the 其他事项 form that the counted thing names. */
  function fillCount(slot: Slot, claim: CountClaim): void {
    const metric = claim.counted ? countMetric(claim.counted, claim.counter) : undefined;
    if (!metric) return unknown(slot, claim.label);
    const v = value(cur(metric));
    if (v === undefined) return noFigure(slot, cur(metric));
    put(slot.head, formatNumber(v, 0), "count", metric);
  }

  function subjectMetric(claim: Claim): string | undefined {
    if (claim.kind === "change") {
      const subject =
        claim.subject === undefined ? undefined : (claims[claim.subject] as AmountClaim);
      return claim.metric ?? subject?.metric;
    }
    if (claim.kind === "growth") {
      const change = claim.change === undefined ? undefined : claims[claim.change];
      if (change?.kind === "change") return subjectMetric(change);
      const subject =
        claim.subject === undefined ? undefined : (claims[claim.subject] as AmountClaim);
      return subject?.metric;
    }
    return undefined;
  }

  function noFigure(slot: Slot, ref: Ref): void {
    const { zh, en } = noFigureMessage(ref);
    fail(slot, zh, en);
  }

  function unknown(slot: Slot, label: string): void {
    fail(
      slot,
      label ? `未能识别“${label}”是表中哪一项` : "未能识别这里说的是表中哪一项",
      label
        ? `“${label}” names no quantity of the tables`
        : "Cannot tell which quantity of the tables this is about",
    );
  }

  function fillAlternative(slot: Slot, alt: Placeholder): void {
    const words = alternativeWords(alt.options ?? []);
    if (!words) return fail(slot, "无法识别的备选词", "Unrecognised alternative");
    if (words === VS_BUDGET) return fillComparison(slot);
    // The change (or growth) claim the probe word opens names the quantity.
    const claim = slot.probe ? claims.find((c) => c.span.start === slot.probe!.start) : undefined;
    const metric = claim ? subjectMetric(claim) : undefined;
    if (!metric) return unknown(slot, "");
    const c = value(cur(metric));
    const p = value(prior(metric));
    if (c === undefined) return noFigure(slot, cur(metric));
    if (p === undefined) return noFigure(slot, prior(metric));
    const d = printedDiff(c, p);
    if (d.isZero()) return collapseFlat(slot, metric);
    put(slot.span, d.isPositive() ? words.above : words.below, "direction", metric);
  }

  /** “决算数大于/小于/等于预算数”: the quantity is the one the sentence's completion rate or amount is of. */
  function fillComparison(slot: Slot): void {
    const before = claims
      .filter((c) => c.span.end <= (slot.probe?.start ?? 0) && c.paragraph === paragraphOf(slot))
      .reverse();
    const completionClaim = before.find((c) => c.kind === "completion");
    const actual =
      completionClaim?.kind === "completion" && completionClaim.actual !== undefined
        ? (claims[completionClaim.actual] as AmountClaim)
        : (before.find((c) => c.kind === "amount" && c.metric && c.period === "current") as
            AmountClaim | undefined);
    if (!actual?.metric) return unknown(slot, "");
    const a = value(cur(actual.metric));
    const b = value(budget(actual.metric));
    if (a === undefined) return noFigure(slot, cur(actual.metric));
    if (b === undefined) return noFigure(slot, budget(actual.metric));
    const d = printedDiff(a, b);
    put(
      slot.span,
      d.isZero() ? VS_BUDGET.equal : d.isPositive() ? VS_BUDGET.above : VS_BUDGET.below,
      "compare",
      actual.metric,
    );
  }

  function paragraphOf(slot: Slot): number {
    return slot.placeholder?.paragraph ?? -1;
  }

  /**
   * “比2019年增加/减少0万元，增长/下降0%” → “与2019年持平”; “各增加/减少__万元，增长/下降__%” →
   * “持平”: the alternative, its figure, and a growth alternative with its figure right after.
   */
  function collapseFlat(slot: Slot, metric: string): void {
    const i = slots.indexOf(slot);
    let end = slot.span.end;
    const absorb = (s: Slot | undefined, gap: RegExp): boolean => {
      if (!s || !gap.test(norm.slice(end, s.span.start))) return false;
      consumed.add(s);
      end = s.span.end;
      return true;
    };
    absorb(slots[i + 1], /^[ \u3000]*$/);
    const next = slots.find((s, k) => k > i && !consumed.has(s));
    if (
      next?.placeholder?.form === "alternative" &&
      alternativeWords(next.placeholder.options ?? []) === UP_DOWN
    ) {
      if (absorb(next, /^[，,][ \u3000]*$/)) absorb(slots[slots.indexOf(next) + 1], /^[ \u3000]*$/);
    }
    let start = slot.span.start;
    let replacement = "持平";
    const lead = COMPARED_WITH_PRIOR.exec(norm.slice(0, start));
    if (lead) {
      start -= lead[0].length;
      replacement = `与${lead[1]}持平`;
    } else if (norm[start - 1] === "各") {
      start -= 1;
    }
    put({ start, end }, replacement, "flat", metric);
  }

  const edits = [...filled].sort((a, b) => b.span.start - a.span.start);
  let text = template;
  for (const e of edits)
    text = text.slice(0, e.span.start) + e.replacement + text.slice(e.span.end);
  return {
    text,
    filled: filled.sort((a, b) => a.span.start - b.span.start),
    unfilled: unfilled.sort((a, b) => a.span.start - b.span.start),
  };
}
