import fc from "fast-check";
import { check } from "../../../src/core/check";
import { checkOptionsFor, draftNarrative, renderDraft } from "../../../src/core/draft";
import { refsOf } from "../../../src/core/draft/segments";
import type { Fact } from "../../../src/core/facts";
import type { Finding } from "../../../src/core/findings";
import { Dec, NUMBER_SOURCE, roundHalfUp } from "../../../src/core/numbers";
import { randomTables } from "./random-tables";
import { seedFacts } from "./seed-facts";

/**
 * The drafter and the checker read the same rules: a draft from consistent tables must
 * check clean, and a draft that has gone stale (a table figure changed afterwards, or a
 * figure edited in the text) must not.
 */

/**
 * The drafter writes “……” where only the writer knows the reason of a change; the checker
 * lists each as a gap to fill (template-residue, a warning). The figures must check clean:
 * nothing else above info.
 */
const isReasonGap = (f: Finding) => f.rule === "template-residue" && f.text === "……";
const serious = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity !== "info" && !isReasonGap(f));
const describeFindings = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.rule} ${f.severity} “${f.text}” ${f.message}`).join("\n");

function draftText(
  facts: Fact[],
  year: number,
  extra: Parameters<typeof draftNarrative>[1] = { reportYear: year },
) {
  const draft = draftNarrative(facts, { ...extra, reportYear: year });
  return { draft, text: renderDraft(draft, facts).text };
}

describe("drafts check clean", () => {
  it("the seed's tables", () => {
    const facts = seedFacts();
    const { draft, text } = draftText(facts, 2020, {
      reportYear: 2020,
      unitName: "仁和区经济信息化和科学技术局",
    });
    const { findings, claims } = check(text, { ...checkOptionsFor(draft.options), facts });
    expect(describeFindings(serious(findings))).toBe("");
    // Every gap the drafter left is listed, as a warning.
    const gaps = findings.filter(isReasonGap);
    expect(gaps.length).toBe(text.split("……").length - 1);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((f) => f.severity === "warning")).toBe(true);
    // The checker did read the draft: its figures are claims with metrics.
    const amounts = claims.filter((c) => c.kind === "amount");
    expect(amounts.length).toBeGreaterThan(50);
    expect(claims.filter((c) => c.kind === "share").length).toBeGreaterThanOrEqual(25);
  });

  it("the seed's tables with whole percents and with zero lines left out", () => {
    const facts = seedFacts();
    for (const options of [
      { reportYear: 2020, percentDecimals: 0 },
      { reportYear: 2020, listZeros: false },
    ]) {
      const { draft, text } = draftText(facts, 2020, options);
      const { findings } = check(text, { ...checkOptionsFor(draft.options), facts });
      expect(describeFindings(serious(findings))).toBe("");
    }
  });

  it("shares adjusted to 100% (尾差调整), declared to the checker: only a note where the adjustment moved a share", () => {
    const facts = seedFacts();
    const adjusted = draftText(facts, 2020, {
      reportYear: 2020,
      shareRounding: "largest-remainder",
      percentDecimals: 0,
    });
    const plain = draftText(facts, 2020, { reportYear: 2020, percentDecimals: 0 });
    const shares = (text: string) =>
      [...text.matchAll(/占(\d+)%/g)].map((m) => ({ at: m.index!, p: m[1] }));
    const moved = shares(adjusted.text).filter((s, i) => s.p !== shares(plain.text)[i].p);
    // 政府性基金 51.44% → 52% so that 收入's shares add to 100.
    expect(moved.length).toBeGreaterThan(0);
    const { findings } = check(adjusted.text, {
      ...checkOptionsFor(adjusted.draft.options),
      facts,
    });
    expect(serious(findings)).toEqual([]);
    const notes = findings.filter((f) => f.rule === "share" && f.severity === "info");
    expect(notes.map((f) => f.span?.start)).toEqual(moved.map((m) => m.at));
    // Undeclared, the same text gets a warning (the adjustment is recognised, not assumed).
    const undeclared = check(adjusted.text, { reportYear: 2020, facts }).findings;
    expect(serious(undeclared).map((f) => [f.rule, f.severity, f.span?.start])).toEqual(
      moved.map((m) => ["share", "warning", m.at]),
    );
  });

  it("a line that falls to zero: 减少0.01万元，下降100.00%", () => {
    // Found by the property below: the growth rule read this as an error.
    const facts: Fact[] = [
      { metric: "operatingCost", period: "current", value: new Dec(0) },
      { metric: "operatingCost", period: "prior", value: new Dec("0.01") },
    ];
    const draft = draftNarrative(facts, { reportYear: 2020 });
    const section = renderDraft(draft, facts).paragraphs.filter((p) => p.id.startsWith("s10"));
    const text = section.map((p) => p.text).join("\n");
    expect(text).toContain("机关运行经费支出比2019年减少0.01万元，下降100.00%。");
    const { findings } = check(text, { ...checkOptionsFor(draft.options), facts });
    expect(describeFindings(serious(findings))).toBe("");
  });

  it("random consistent tables (property)", () => {
    fc.assert(
      fc.property(
        randomTables,
        fc.constantFrom(0, 1, 2),
        fc.constantFrom("万元", "元"),
        ({ facts, year }, percentDecimals, unit) => {
          const { draft, text } = draftText(facts, year, {
            reportYear: year,
            percentDecimals,
            unit,
          });
          const { findings } = check(text, { ...checkOptionsFor(draft.options), facts });
          expect(describeFindings(serious(findings))).toBe("");
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Random choices drawn by fast-check (so a failure replays from its seed). */
class Choices {
  private i = 0;
  constructor(private readonly draws: readonly number[]) {}
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    const d = this.draws[this.i++ % this.draws.length] + this.i;
    return lo + (d % (hi - lo + 1));
  }
}
const draws = fc.array(fc.nat(), { minLength: 64, maxLength: 64 });

/** A visibly different value: ±1–50 %, at least one step of the printed precision. */
function perturb(value: Dec, decimals: number, rnd: Choices): Dec {
  const step = new Dec(10).pow(-decimals);
  const pct = rnd.int(1, 50) * (rnd.int(0, 1) === 1 ? 1 : -1);
  let next = value
    .times(100 + pct)
    .dividedBy(100)
    .toDecimalPlaces(decimals);
  if (next.minus(value).abs().lessThan(step)) next = value.plus(step.times(rnd.int(1, 100)));
  return next.isNegative() ? value.plus(step.times(rnd.int(1, 100))) : next;
}

const FIGURE_RE = new RegExp(`(${NUMBER_SOURCE})(万元|元|%)`, "g");

describe("stale drafts are caught", () => {
  const perRun = 12;
  const tally = () => ({ tried: 0, caught: 0, missed: [] as string[] });
  const printed = tally();
  const priorsChanged = tally();
  const priorsFlat = tally();
  const edited = tally();

  /**
   * Every table figure the draft reads, changed one at a time. Figures the text prints
   * (this year's amounts, and the budgets behind 完成预算P%) must be caught by comparing the
   * text with the tables. A prior-year figure shows only through 增减额/增长率, or through
   * “与上年持平” when the two years print the same (the drafter's rule): the checker reads
   * 持平 as a change of zero, so a prior changed afterwards is caught either way.
   */
  it("a table figure changed after drafting (check against the new tables)", () => {
    fc.assert(
      fc.property(randomTables, draws, ({ facts, year }, d) => {
        const { draft, text } = draftText(facts, year);
        const rnd = new Choices(d);
        const used = draft.paragraphs.flatMap((p) => refsOf(p.segments));
        const present = used.filter((r) =>
          facts.some((f) => f.metric === r.metric && f.period === r.period),
        );
        for (let k = 0; k < perRun && present.length > 0; k++) {
          const ref = present[rnd.int(0, present.length - 1)];
          const changed = facts.map((f) =>
            f.metric === ref.metric && f.period === ref.period
              ? { ...f, value: perturb(f.value, 2, rnd) }
              : f,
          );
          const { findings } = check(text, { ...checkOptionsFor(draft.options), facts: changed });
          const t =
            ref.period !== "prior"
              ? printed
              : printsFlat(facts, ref.metric)
                ? priorsFlat
                : priorsChanged;
          t.tried++;
          if (serious(findings).length > 0) t.caught++;
          else t.missed.push(`${ref.metric}/${ref.period}`);
        }
      }),
      { numRuns: 25 },
    );
    const tallies = [printed, priorsChanged, priorsFlat];
    const all = {
      tried: tallies.reduce((n, t) => n + t.tried, 0),
      caught: tallies.reduce((n, t) => n + t.caught, 0),
    };
    const line = (name: string, t: ReturnType<typeof tally>) =>
      `  ${name}: ${rate(t)}${t.missed.length ? `; missed: ${summarise(t.missed)}` : ""}`;
    console.log(
      [
        `changed table figure, all figures: ${rate(all)}`,
        line("this year's and budget figures", printed),
        line("prior-year figures behind 增减额/增长率", priorsChanged),
        line("prior-year figures behind 持平", priorsFlat),
      ].join("\n"),
    );
    expect(printed.tried).toBeGreaterThan(150);
    expect(printed.caught / printed.tried).toBeGreaterThanOrEqual(0.95);
    // A third of the random priors equal this year's figure, so both kinds are drawn.
    expect(priorsChanged.tried).toBeGreaterThan(0);
    expect(priorsFlat.tried).toBeGreaterThan(0);
    expect(priorsChanged.caught / priorsChanged.tried).toBeGreaterThanOrEqual(0.95);
    expect(priorsFlat.caught / priorsFlat.tried).toBeGreaterThanOrEqual(0.95);
  });

  it("a figure edited in the text (check against the same tables)", () => {
    fc.assert(
      fc.property(randomTables, draws, ({ facts, year }, d) => {
        const { draft, text } = draftText(facts, year);
        const rnd = new Choices(d);
        const figures = [...text.matchAll(FIGURE_RE)].filter((m) => !/^20\d\d$/.test(m[1]));
        for (let k = 0; k < perRun && figures.length > 0; k++) {
          const m = figures[rnd.int(0, figures.length - 1)];
          const number = m[1];
          const decimals = number.includes(".") ? number.length - number.indexOf(".") - 1 : 0;
          const replacement = perturb(new Dec(number), decimals, rnd).toFixed(decimals);
          const start = m.index!;
          const changedText =
            text.slice(0, start) + replacement + text.slice(start + number.length);
          const { findings } = check(changedText, { ...checkOptionsFor(draft.options), facts });
          edited.tried++;
          const near = serious(findings);
          if (near.length > 0) edited.caught++;
          else
            edited.missed.push(
              `${text.slice(Math.max(0, start - 12), start)}[${number}→${replacement}]${m[2]}`,
            );
        }
      }),
      { numRuns: 25 },
    );
    console.log(
      `edited figure in the text: ${rate(edited)}` +
        (edited.missed.length ? `; missed: ${edited.missed.slice(0, 8).join(" · ")}` : ""),
    );
    expect(edited.tried).toBeGreaterThan(200);
    expect(edited.caught / edited.tried).toBeGreaterThanOrEqual(0.95);
  });
});

/** The drafter writes 持平 when this year's and last year's figures print the same (万元, 2 decimals). */
function printsFlat(facts: readonly Fact[], metric: string): boolean {
  const of = (period: string) =>
    facts.find((f) => f.metric === metric && f.period === period)?.value;
  const current = of("current");
  const prior = of("prior");
  return (
    current !== undefined && prior !== undefined && roundHalfUp(current.minus(prior), 2).isZero()
  );
}

function rate(t: { tried: number; caught: number }): string {
  return `${t.caught}/${t.tried} caught (${((t.caught / t.tried) * 100).toFixed(1)}%)`;
}

function summarise(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const i of items)
    counts.set(
      i.replace(/\.\d{3,7}\//, ".*/"),
      (counts.get(i.replace(/\.\d{3,7}\//, ".*/")) ?? 0) + 1,
    );
  return [...counts].map(([k, n]) => `${k}×${n}`).join(", ");
}
