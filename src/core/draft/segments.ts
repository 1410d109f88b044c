import type { Period } from "../facts";
import { metricName } from "../metrics";

/** A cell of the filled tables: one metric in one period. */
export interface Ref {
  metric: string;
  period: Period;
}

/** Words for the three outcomes of comparing two amounts as printed. */
export interface SignWords {
  above: string;
  below: string;
  equal: string;
}

/**
 * A test decided on amounts as printed (rounded to the draft's amount decimals, in its
 * unit), so that the words chosen never contradict the figures printed next to them.
 */
export type Condition =
  /** a and b print the same amount (their difference prints as zero). */
  | { kind: "same"; a: Ref; b: Ref }
  /** The value prints as zero (no share, growth or completion can be taken of it). */
  | { kind: "zero"; ref: Ref };

/**
 * One piece of a drafted sentence. A sentence pattern is a list of segments, written once;
 * the text renderer and the Excel formula renderer both read it, so the two can never
 * drift apart.
 */
export type Segment =
  | { kind: "text"; text: string }
  /** An amount without its unit (the unit is literal text next to it). */
  | { kind: "amount"; ref: Ref }
  /** A count (批次, 人次, 辆) as a whole number, without its counter word. */
  | { kind: "count"; ref: Ref }
  /**
   * part ÷ whole as a percentage with “%”. `group` lists every part of the breakdown the
   * share belongs to, for the largest-remainder rule (尾差调整) that needs them all.
   */
  | { kind: "share"; part: Ref; whole: Ref; group?: readonly Ref[] }
  /** |current − prior| of a metric, as an amount. */
  | { kind: "delta"; metric: string }
  /** |(current − prior) ÷ prior| of a metric, as a percentage with “%”. */
  | { kind: "growth"; metric: string }
  /** actual ÷ target as a percentage with “%” (完成预算P%). */
  | { kind: "completion"; actual: Ref; target: Ref }
  /** One of three words by the sign of a − b as printed: 增加/减少, 大于/小于/等于. */
  | { kind: "sign"; a: Ref; b: Ref; words: SignWords }
  /**
   * The writer's reason (主要原因是…): their own text when given (`given`), else the
   * placeholder, which stays visible and is reported as a gap. `key` is a reasons.ts key.
   */
  | { kind: "reason"; key: string; text: string; given: boolean }
  | { kind: "choose"; when: Condition; then: readonly Segment[]; otherwise: readonly Segment[] };

export const cur = (metric: string): Ref => ({ metric, period: "current" });
export const prior = (metric: string): Ref => ({ metric, period: "prior" });
export const budget = (metric: string): Ref => ({ metric, period: "budget" });

export const text = (s: string): Segment => ({ kind: "text", text: s });
export const amount = (ref: Ref): Segment => ({ kind: "amount", ref });
export const count = (ref: Ref): Segment => ({ kind: "count", ref });

export function refKey(ref: Ref): string {
  return `${ref.metric}|${ref.period}`;
}

/** Every cell a list of segments reads, once each, in the order first read. */
export function refsOf(segments: readonly Segment[]): Ref[] {
  const seen = new Map<string, Ref>();
  const add = (r: Ref) => {
    if (!seen.has(refKey(r))) seen.set(refKey(r), r);
  };
  const walk = (list: readonly Segment[]) => {
    for (const s of list) {
      switch (s.kind) {
        case "text":
        case "reason":
          break;
        case "amount":
        case "count":
          add(s.ref);
          break;
        case "share":
          add(s.part);
          add(s.whole);
          s.group?.forEach(add);
          break;
        case "delta":
        case "growth":
          add(cur(s.metric));
          add(prior(s.metric));
          break;
        case "completion":
          add(s.actual);
          add(s.target);
          break;
        case "sign":
          add(s.a);
          add(s.b);
          break;
        case "choose":
          if (s.when.kind === "same") {
            add(s.when.a);
            add(s.when.b);
          } else add(s.when.ref);
          walk(s.then);
          walk(s.otherwise);
          break;
      }
    }
  };
  walk(segments);
  return [...seen.values()];
}

const PERIOD_NAME: Record<Period, { zh: string; en: string }> = {
  current: { zh: "本年数", en: "figure of the year" },
  prior: { zh: "上年数", en: "prior-year figure" },
  budget: { zh: "预算数", en: "budget figure" },
};

/** “表中没有“其他收入”的上年数”: what to tell the user when a cell has no value. */
export function noFigureMessage(ref: Ref): { zh: string; en: string } {
  const name = metricName(ref.metric);
  const period = PERIOD_NAME[ref.period];
  return {
    zh: `表中没有“${name.zh}”的${period.zh}`,
    en: `The tables have no ${period.en} for “${name.en}”`,
  };
}
