import { performance } from "node:perf_hooks";
import { check } from "../../src/core/check";
import { formulaReferences } from "../../src/core/draft/references";

/**
 * Adversarial inputs must cost time in proportion to their size. Each is timed at n and 4n
 * (fastest of several runs, after a warm-up): a linear cost grows about ×4, a quadratic one
 * ×16. The bound ×10 sits between them, so machine noise does not fail the test and
 * quadratic work cannot pass it. No time in seconds is asserted.
 */
const RUNS = 3;
const LINEAR_BOUND = 10;

/**
 * The fastest of several runs: load from other processes and garbage collection only ever
 * add time, so the minimum is the steadiest estimate of the work itself.
 */
function fastestMs(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(make: (n: number) => string, run: (s: string) => unknown, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  // Warm-up at both sizes: compile the code paths (and tier up the patterns) first.
  run(small);
  run(large);
  const a = fastestMs(() => run(small));
  const b = fastestMs(() => run(large));
  // Below a millisecond the ratio is noise; such a case is linear enough by any measure.
  return b < 5 ? 1 : b / Math.max(a, 0.5);
}

const checkText = (s: string) => check(s);

describe("check() grows linearly on adversarial narratives", () => {
  const cases: Array<[string, (n: number) => string, number]> = [
    // The count pattern: an optional group between two runs of the same spaces.
    ["a digit, a long run of spaces, then 万元", (n) => "1" + " ".repeat(n) + "万元", 160_000],
    [
      "a digit, ideographic spaces, then 余 and no counter",
      (n) => "1" + "\u3000".repeat(n) + "余x",
      160_000,
    ],
    ["a long run of Chinese numerals", (n) => "两".repeat(n) + "x", 160_000],
    ["a long run of 为 before an amount", (n) => "为".repeat(n) + "100万元", 160_000],
    ["digits without a unit", (n) => "1".repeat(n) + "x", 160_000],
    // count-vs-list compared every count with every other.
    ["many counts in one paragraph", (n) => "行政单位1个。".repeat(n / 7), 10_000],
    ["many counts in one sentence", (n) => "行政单位1个，".repeat(n / 7), 10_000],
    [
      "many breakdowns",
      (n) => "下设机构3个，其中行政机构1个，事业机构2个。".repeat(n / 23),
      10_000,
    ],
    ["many counts on short lines", (n) => "单位1个。\n".repeat(n / 6), 10_000],
    ["short lines", (n) => "a\n".repeat(n / 2), 10_000],
    // Every later 甲 was a part of every earlier total, and each part's breakdown was summed
    // again for every figure (cubic).
    [
      "many 其中 lists in one sentence",
      (n) => "其中：甲1万元、乙2万元、丙3万元，合计6万元；".repeat(n / 24),
      5_000,
    ],
    // budget-execution looked for each comparator's operands among every claim.
    [
      "many budget-execution statements",
      (n) => "预算数1万元，决算数2万元，决算数小于预算数。".repeat(n / 22),
      20_000,
    ],
  ];
  test.each(cases)("%s", (_name, make, n) => {
    expect(growth(make, checkText, n)).toBeLessThan(LINEAR_BOUND);
  });
});

describe("formula references grow linearly", () => {
  test.each([
    ["a run of quotes", (n: number) => "=" + "'".repeat(n)],
    ["a long name without !", (n: number) => "=" + "a".repeat(n)],
    ["quoted names without !", (n: number) => "=" + "'a'".repeat(n / 3)],
  ])("%s", (_name, make) => {
    expect(growth(make, (f) => formulaReferences(f), 200_000)).toBeLessThan(LINEAR_BOUND);
  });
});
