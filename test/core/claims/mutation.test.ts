import { FIGURE_RELATION_RULES } from "../../../src/core/causes";
import { check } from "../../../src/core/check";
import type { Fact, Period } from "../../../src/core/facts";
import type { Finding } from "../../../src/core/findings";
import { Dec, formatNumber, toPercent } from "../../../src/core/numbers";
import { catalogueFor } from "../../../src/core/templates/catalogue";

/**
 * Mutation test of the narrative checker. Random consistent tables are written out in the
 * 说明's sentence patterns 一 to 七 (docs/domain.md); the text must then raise no warning
 * or error. Each figure is then mutated in turn, beyond its rounding interval (an amount
 * by 1–20% of its value, a percentage by one to three points, keeping its decimals), and the
 * text checked again: the mutation is detected when a new warning or error covers the
 * mutated figure by its span or its related spans. (A percentage printed to 0.01 moved by one
 * unit of its last place is usually within what amounts printed to 0.01万元 allow, so such a
 * move is no mutation beyond rounding; percentages move by whole points.)
 *
 * Two runs: the text alone (the budget behind “完成预算P%” is in no sentence, so those
 * rates cannot be checked from the text), and the text with the tables' facts.
 */

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The rules about figures' relations, and the missing unit of a figure.
const NUMERIC_RULES = new Set([...FIGURE_RELATION_RULES, "missing-unit"]);

interface Piece {
  text?: string;
  figure?: { value: Dec; decimals: number; unit: "万元" | "%"; checkableFromText: boolean };
}

class Narrative {
  readonly pieces: Piece[] = [];
  readonly facts: Fact[] = [];

  say(text: string): this {
    this.pieces.push({ text });
    return this;
  }

  amount(value: Dec, checkableFromText = true): this {
    this.pieces.push({ figure: { value, decimals: 2, unit: "万元", checkableFromText } });
    return this;
  }

  percent(fraction: Dec, decimals: number, checkableFromText = true): this {
    this.pieces.push({
      figure: {
        value: toPercent(fraction.abs(), decimals),
        decimals,
        unit: "%",
        checkableFromText,
      },
    });
    return this;
  }

  fact(metric: string, period: Period, value: Dec): this {
    this.facts.push({ metric, period, value });
    return this;
  }

  /** The text, with figure `mutated` replaced by `replacement`, and the span of each figure. */
  render(
    mutated = -1,
    replacement = "",
  ): { text: string; spans: Array<{ start: number; end: number }> } {
    let text = "";
    const spans: Array<{ start: number; end: number }> = [];
    this.pieces.forEach((p, i) => {
      if (p.text !== undefined) {
        text += p.text;
        return;
      }
      const f = p.figure!;
      const shown = i === mutated ? replacement : `${formatNumber(f.value, f.decimals)}${f.unit}`;
      spans.push({ start: text.length, end: text.length + shown.length });
      text += shown;
    });
    return { text, spans };
  }

  get figures(): number[] {
    return this.pieces.flatMap((p, i) => (p.figure ? [i] : []));
  }
}

interface ClassLine {
  className: string;
  classCode: string;
  items: Array<{ code: string; path: string }>;
}

function classLines(): ClassLine[] {
  const catalogue = catalogueFor(2020);
  const entries = catalogue.entries("functional");
  const name = (code: string) => catalogue.name("functional", code) ?? "";
  const lines: ClassLine[] = [];
  for (const c of entries.filter((e) => e.code.length === 3)) {
    const items = entries
      .filter(
        (e) =>
          e.code.length === 7 &&
          e.code.startsWith(c.code) &&
          catalogue.get("functional", e.code.slice(0, 5)),
      )
      .map((e) => ({
        code: e.code,
        path: `${name(c.code).replace(/支出$/, "")}（类）${name(e.code.slice(0, 5))}（款）${name(e.code)}（项）`,
      }));
    if (items.length > 0)
      lines.push({ className: name(c.code).replace(/支出$/, ""), classCode: c.code, items });
  }
  return lines;
}

const CLASS_LINES = classLines();

function money(rng: Rng, lo: number, hi: number): Dec {
  return new Dec(Math.round((lo + rng() * (hi - lo)) * 100)).dividedBy(100);
}

function sum(xs: Dec[]): Dec {
  return xs.reduce((a, b) => a.plus(b), new Dec(0));
}

function pick<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length > 0)
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

/** “与2019年相比，{label}各增加X万元，增长P%” for current and prior. */
function changeSentence(n: Narrative, label: string, current: Dec, prior: Dec, d: number): void {
  const delta = current.minus(prior);
  n.say(`与2019年相比，${label}${delta.isNegative() ? "减少" : "增加"}`).amount(delta.abs());
  n.say(`，${delta.isNegative() ? "下降" : "增长"}`)
    .percent(delta.dividedBy(prior), d)
    .say("。");
}

function shareList(
  n: Narrative,
  parts: Array<[string, Dec]>,
  total: Dec,
  d: number,
  end = "。",
): void {
  parts.forEach(([label, value], i) => {
    n.say(`${i === 0 ? "" : "；"}${label}`)
      .amount(value)
      .say("，占")
      .percent(value.dividedBy(total), d);
  });
  n.say(end);
}

function generate(seed: number): Narrative {
  const rng = mulberry32(seed);
  const d = rng() < 0.5 ? 0 : 2;
  const n = new Narrative();

  // 五（三）/五（二）: classes from items; 六: basic; 五: total.
  const lines = pick(rng, CLASS_LINES, 3 + Math.floor(rng() * 3));
  const classes = lines.map((line) => {
    const items = pick(rng, line.items, 1 + Math.floor(rng() * Math.min(3, line.items.length))).map(
      (item) => ({
        ...item,
        value: money(rng, 5, 400),
      }),
    );
    return { ...line, items, value: sum(items.map((i) => i.value)) };
  });
  const gb = sum(classes.map((c) => c.value));
  // Budgets of 五（三）: completion between about 70% and 100%, as reports show.
  const budgets = new Map(
    classes.flatMap((c) =>
      c.items.map((i) => [i.code, i.value.times(1 + rng() * 0.4).toDecimalPlaces(2)] as const),
    ),
  );
  const gbPrior = gb.times(0.6 + rng() * 0.8).toDecimalPlaces(2);
  const personnel = gb.times(0.2 + rng() * 0.2).toDecimalPlaces(2);
  const publicCost = gb.times(0.02 + rng() * 0.05).toDecimalPlaces(2);
  const basic = personnel.plus(publicCost);

  // 二/三/一: income and expenditure of the year.
  const govFund = money(rng, 100, 3000);
  const other = money(rng, 0, 300);
  const income: Array<[string, Dec]> = [
    ["一般公共预算财政拨款收入", gb],
    ["政府性基金预算财政拨款收入", govFund],
    ["国有资本经营预算财政拨款收入", new Dec(0)],
    ["其他收入", other],
  ];
  const total = sum(income.map(([, v]) => v));
  const expenseBasic = basic.plus(money(rng, 0, 200));
  const expenseProject = total.minus(expenseBasic);
  const grandPrior = total.times(0.5 + rng()).toDecimalPlaces(2);
  const fiscal = gb.plus(govFund);
  const fiscalPrior = fiscal.times(0.5 + rng()).toDecimalPlaces(2);

  // 七: 三公.
  const abroad = rng() < 0.3 ? new Dec(0) : money(rng, 0.5, 20);
  const vehicle = money(rng, 1, 30);
  const reception = money(rng, 0.5, 10);
  const three = abroad.plus(vehicle).plus(reception);
  const threeBudget = three.times(1 + rng() * 0.8).toDecimalPlaces(2);
  const operating = money(rng, 10, 80);
  const operatingPrior = operating.times(0.7 + rng() * 0.6).toDecimalPlaces(2);

  n.fact("income.grandTotal", "current", total).fact("income.grandTotal", "prior", grandPrior);
  for (const [label, v] of income)
    n.fact(
      label.startsWith("一般")
        ? "income.generalBudget"
        : label.startsWith("政府")
          ? "income.govFund"
          : label.startsWith("国有")
            ? "income.stateCapital"
            : "income.other",
      "current",
      v,
    );
  n.fact("income.total", "current", total).fact("expense.total", "current", total);
  n.fact("expense.basic", "current", expenseBasic).fact(
    "expense.project",
    "current",
    expenseProject,
  );
  n.fact("fiscal.grandTotal", "current", fiscal).fact("fiscal.grandTotal", "prior", fiscalPrior);
  n.fact("gbExpense.total", "current", gb).fact("gbExpense.total", "prior", gbPrior);
  for (const c of classes) {
    n.fact(`gbExpense.class.${c.classCode}`, "current", c.value);
    for (const i of c.items)
      n.fact(`gbExpense.item.${i.code}`, "current", i.value).fact(
        `gbExpense.item.${i.code}`,
        "budget",
        budgets.get(i.code)!,
      );
  }
  n.fact("gbBasic.total", "current", basic)
    .fact("gbBasic.personnel", "current", personnel)
    .fact("gbBasic.public", "current", publicCost);
  n.fact("threePublic.total", "current", three).fact("threePublic.total", "budget", threeBudget);
  n.fact("threePublic.abroad", "current", abroad)
    .fact("threePublic.vehicle", "current", vehicle)
    .fact("threePublic.reception", "current", reception);
  n.fact("operatingCost", "current", operating).fact("operatingCost", "prior", operatingPrior);

  n.say("第二部分 2020年度部门决算情况说明\n一、收入支出决算总体情况说明\n2020年度收、支总计各")
    .amount(total)
    .say("。");
  changeSentence(n, "收、支总计各", total, grandPrior, d);
  n.say("主要变动原因是项目增加。\n二、收入决算情况说明\n2020年本年收入合计")
    .amount(total)
    .say("，其中：");
  shareList(n, income, total, d);
  n.say("\n三、支出决算情况说明\n2020年本年支出合计").amount(total).say("，其中：");
  shareList(
    n,
    [
      ["基本支出", expenseBasic],
      ["项目支出", expenseProject],
    ],
    total,
    d,
  );
  n.say("\n四、财政拨款收入支出决算总体情况说明\n2020年财政拨款收、支总计")
    .amount(fiscal)
    .say("。");
  changeSentence(n, "财政拨款收、支总计各", fiscal, fiscalPrior, d);
  n.say(
    "\n五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n2020年一般公共预算财政拨款支出",
  ).amount(gb);
  n.say("，占本年支出合计的").percent(gb.dividedBy(total), d).say("。");
  changeSentence(n, "一般公共预算财政拨款", gb, gbPrior, d);
  n.say("\n（二）一般公共预算财政拨款支出决算结构情况\n2020年一般公共预算财政拨款支出")
    .amount(gb)
    .say("，主要用于以下方面：");
  shareList(
    n,
    classes.map((c) => [`${c.className}（类）支出`, c.value]),
    gb,
    d,
  );
  n.say("\n（三）一般公共预算财政拨款支出决算具体情况\n");
  for (const c of classes) {
    for (const i of c.items) {
      n.say(`${i.path}：支出决算为`)
        .amount(i.value)
        .say("，完成预算")
        .percent(i.value.dividedBy(budgets.get(i.code)!), d, false)
        .say("。\n");
    }
  }
  n.say("六、一般公共预算财政拨款基本支出决算情况说明\n2020年一般公共预算财政拨款基本支出")
    .amount(basic)
    .say("，其中：\n人员经费");
  n.amount(personnel)
    .say("，主要包括：基本工资、津贴补贴。\n日常公用经费")
    .amount(publicCost)
    .say("，主要包括：办公费、差旅费。\n");
  n.say("七、“三公”经费财政拨款支出决算情况说明\n2020年“三公”经费财政拨款支出决算为").amount(three);
  n.say("，完成预算")
    .percent(three.dividedBy(threeBudget), d, false)
    .say("。\n2020年“三公”经费财政拨款支出决算中，");
  shareList(
    n,
    [
      ["因公出国（境）费支出决算", abroad],
      ["公务用车购置及运行维护费支出决算", vehicle],
      ["公务接待费支出决算", reception],
    ],
    three,
    d,
  );
  n.say("\n十、其他重要事项的情况说明\n2020年机关运行经费支出").amount(operating).say("，");
  changeSentence(n, "", operating, operatingPrior, d);
  return n;
}

function mutate(rng: Rng, f: NonNullable<Piece["figure"]>): string {
  const sign = rng() < 0.5 ? -1 : 1;
  if (f.unit === "%") {
    const step = new Dec(1 + Math.floor(rng() * 3));
    let v = f.value.plus(step.times(sign));
    if (v.isNegative()) v = f.value.plus(step);
    return `${formatNumber(v, f.decimals)}%`;
  }
  if (f.value.isZero())
    return `${formatNumber(new Dec(1 + Math.floor(rng() * 900)).dividedBy(100), 2)}万元`;
  const r = 0.01 + rng() * 0.19;
  const v = f.value.times(1 + sign * r).toDecimalPlaces(2);
  return `${formatNumber(v.equals(f.value) ? v.plus(0.02) : v, 2)}万元`;
}

const covers = (f: Finding, span: { start: number; end: number }): boolean =>
  [f.span, ...(f.related ?? [])].some(
    (s) => s !== undefined && "start" in s && s.start < span.end && span.start < s.end,
  );

interface Tally {
  /** Mutations whose findings were grouped by cause (src/core/causes). */
  grouped: number;
  /** Groups that name the mutated figure, and groups that name another one (a false cause). */
  rightCause: number;
  falseCause: string[];
  figures: number;
  detected: number;
  checkable: number;
  checkableDetected: number;
  missed: string[];
}

function run(seeds: number[], withFacts: boolean): Tally & { falseAlarms: string[] } {
  const tally: Tally & { falseAlarms: string[] } = {
    grouped: 0,
    rightCause: 0,
    falseCause: [],
    figures: 0,
    detected: 0,
    checkable: 0,
    checkableDetected: 0,
    missed: [],
    falseAlarms: [],
  };
  for (const seed of seeds) {
    const n = generate(seed);
    const options = withFacts ? { facts: n.facts } : {};
    const base = n.render();
    const alarms = check(base.text, options).findings.filter(
      (f) => NUMERIC_RULES.has(f.rule) && f.severity !== "info",
    );
    tally.falseAlarms.push(
      ...alarms.map((f) => `seed ${seed}: ${f.rule} “${f.text}” ${f.message}`),
    );
    const rng = mulberry32(seed * 7919);
    n.figures.forEach((index, k) => {
      const figure = n.pieces[index].figure!;
      const replacement = mutate(rng, figure);
      const { text, spans } = n.render(index, replacement);
      const span = spans[k];
      const result = check(text, options);
      const found = result.findings.some(
        (f) => NUMERIC_RULES.has(f.rule) && f.severity !== "info" && covers(f, span),
      );
      // One figure is wrong: a group may name it, and nothing else.
      if (result.groups.length > 0) tally.grouped++;
      for (const g of result.groups) {
        const named = [g.figure, ...(g.others ?? [])];
        if (named.some((x) => x.start < span.end && span.start < x.end)) tally.rightCause++;
        else tally.falseCause.push(`seed ${seed}: ${replacement} grouped under “${g.figure.text}”`);
      }
      tally.figures++;
      if (found) tally.detected++;
      if (figure.checkableFromText) {
        tally.checkable++;
        if (found) tally.checkableDetected++;
      }
      if (!found && (withFacts || figure.checkableFromText)) {
        const context = text.slice(Math.max(0, span.start - 24), span.end + 4).replace(/\n/g, "⏎");
        tally.missed.push(`seed ${seed}: ${replacement} in …${context}…`);
      }
    });
  }
  return tally;
}

const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i);

describe("mutation test of the narrative checker", () => {
  const textOnly = run(SEEDS, false);
  const withFacts = run(SEEDS, true);
  const rate = (a: number, b: number) => (b === 0 ? 0 : a / b);

  it("prints the detection rates", () => {
    const lines = [
      `text only: ${textOnly.detected}/${textOnly.figures} = ${rate(textOnly.detected, textOnly.figures).toFixed(3)} of all figures; ` +
        `${textOnly.checkableDetected}/${textOnly.checkable} = ${rate(textOnly.checkableDetected, textOnly.checkable).toFixed(3)} of the figures the text constrains`,
      `with the tables' facts: ${withFacts.detected}/${withFacts.figures} = ${rate(withFacts.detected, withFacts.figures).toFixed(3)}`,
      ...textOnly.missed.slice(0, 10).map((m) => `  missed (text): ${m}`),
      ...withFacts.missed.slice(0, 10).map((m) => `  missed (facts): ${m}`),
    ];
    console.log(lines.join("\n"));
    expect(textOnly.figures).toBeGreaterThan(SEEDS.length * 40);
  });

  it("groups findings only under the mutated figure", () => {
    const all = [textOnly, withFacts];
    console.log(
      `grouped by cause: text only ${textOnly.grouped}/${textOnly.figures} mutations, ` +
        `with the tables' facts ${withFacts.grouped}/${withFacts.figures}; ` +
        `groups naming the mutated figure ${textOnly.rightCause + withFacts.rightCause}, ` +
        `naming another ${textOnly.falseCause.length + withFacts.falseCause.length}`,
    );
    expect(all.flatMap((t) => t.falseCause)).toEqual([]);
    expect(withFacts.rightCause).toBeGreaterThan(0);
  });

  it("raises no warning or error on a consistent narrative", () => {
    expect(textOnly.falseAlarms).toEqual([]);
    expect(withFacts.falseAlarms).toEqual([]);
  });

  it("detects at least 90% of the mutations of figures the text constrains", () => {
    expect(rate(textOnly.checkableDetected, textOnly.checkable)).toBeGreaterThanOrEqual(0.9);
  });

  it("detects at least 90% of all mutations when the tables are given", () => {
    expect(rate(withFacts.detected, withFacts.figures)).toBeGreaterThanOrEqual(0.9);
  });
});
