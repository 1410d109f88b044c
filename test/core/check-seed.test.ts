import { FIGURE_RELATION_RULES } from "../../src/core/causes";
import { check } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { Dec } from "../../src/core/numbers";
import { seedFacts } from "./draft/seed-facts";
import { readSeed } from "../support/seed";

/**
 * The seed's numeric defects, end to end through check(): what must be flagged, and what
 * must not be flagged as an error (a false alarm costs as much trust as a miss).
 */
// The rules about figures' relations, and the missing unit of a figure.
const NUMERIC = new Set([...FIGURE_RELATION_RULES, "missing-unit"]);

describe("check() on the seed", () => {
  const seed = readSeed();
  const { findings } = check(seed);
  const numeric = findings.filter((f) => NUMERIC.has(f.rule));
  const at = (text: string, occurrence = 0): number => {
    let i = -1;
    for (let n = 0; n <= occurrence; n++) i = seed.indexOf(text, i + 1);
    return i;
  };
  const on = (text: string, occurrence = 0): Finding[] =>
    numeric.filter(
      (f) =>
        f.span &&
        f.span.start <= at(text, occurrence) + text.length - 1 &&
        at(text, occurrence) < f.span.end,
    );

  it.each([
    ["share", "占45%", "44%"],
    ["part-exceeds-whole", "16410000.00元", undefined],
    ["growth", "增幅17%", "18%"],
    ["growth", "下降3%", "4%"],
    ["enumeration-sum", "31538486.48元", "21490317.31元"],
  ])("flags %s at “%s” as an error", (rule, text, expected) => {
    const hits = on(text).filter((f) => f.rule === rule && f.severity === "error");
    expect(hits).toHaveLength(1);
    expect(hits[0].text).toBe(text);
    if (expected) expect(hits[0].expected).toBe(expected);
  });

  it("gives the arithmetic for 占45%", () => {
    const [f] = on("占45%");
    expect(f.message).toBe("占比应为44%（1414.49 ÷ 3190.21 = 44.34%），文中为45%");
  });

  it.each([
    ["占51%", 0],
    ["增长52%", 0],
    ["增长113%", 0],
    ["增长118%", 0],
    ["增长270%", 0],
    ["8416万元", 0],
    ["完成市下达目标17家的111.76%", 0],
    ["完成市下达目标1892.28万元的101.97%", 0],
    ["完成市下达目标28亿元的85.71%", 0],
    ["完成预算的68%", 0],
    ["2127998.91元", 0],
    ["32552.00元", 0],
  ])("does not flag “%s”", (text, occurrence) => {
    expect(on(text, occurrence)).toEqual([]);
  });

  it("keeps one-cent sums of 五（三） to hints", () => {
    const cents = on("346.6万元");
    expect(cents.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ["enumeration-sum", "info", "346.59万元"],
    ]);
  });

  it("sees the attachment's figures differ from the 说明, softly", () => {
    for (const text of ["493397.67元", "5270317.31元", "4776919.64元"]) {
      const hits = on(text).filter((f) => f.rule === "metric-conflict");
      expect(hits.map((f) => f.severity)).toEqual(["warning"]);
    }
  });

  it("sees the project's 执行数 differ from its table", () => {
    const start = seed.indexOf("执行数:");
    const hit = numeric.find(
      (f) => f.rule === "metric-conflict" && f.span!.start > start && f.text === "31",
    );
    expect(hit?.severity).toBe("error");
    expect(hit?.expected).toBe("41万元");
  });

  it("asks for the unit of 1518.12", () => {
    const hits = on("1518.12，");
    expect(hits.map((f) => [f.rule, f.severity, f.fix?.replacement])).toEqual([
      ["missing-unit", "warning", "万元"],
    ]);
  });

  it("raises no numeric error it was not asked for", () => {
    const errors = numeric.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.text}`);
    expect(errors.sort()).toEqual(
      [
        "share 占45%",
        "part-exceeds-whole 16410000.00元",
        "growth 增幅17%",
        "growth 下降3%",
        "enumeration-sum 31538486.48元",
        "metric-conflict 31",
      ].sort(),
    );
  });
});

describe("the seed's 三公 lines 1. 2. 3.", () => {
  const seed = readSeed();
  const LINES: Array<[string, string, string]> = [
    ["1.因公出国（境）经费支出0万元", "0万元", "threePublic.abroad"],
    ["2.公务用车购置及运行维护费支出0万元", "0万元", "threePublic.vehicle"],
    ["3.公务接待费支出3.26万元", "3.26万元", "threePublic.reception"],
  ];
  const figureSpan = (line: string, figure: string) => {
    const start = seed.indexOf(line) + line.length - figure.length;
    return { start, end: start + figure.length };
  };

  it("are numbered prose, and their amounts are claims of the 三公 items", () => {
    const { doc, claims } = check(seed);
    LINES.forEach(([line, figure, metric], i) => {
      const p = doc.paragraphs.find((q) => q.span.start === seed.indexOf(line))!;
      expect(p.heading).toBeUndefined();
      expect(p.item?.ordinal).toBe(i + 1);
      const span = figureSpan(line, figure);
      const amount = claims.find(
        (c) => c.kind === "amount" && c.span.start === span.start && c.span.end === span.end,
      );
      expect(amount?.kind === "amount" && amount.metric).toBe(metric);
    });
  });

  it("are checked against the tables", () => {
    const changed = seedFacts().map((f) =>
      f.period === "current" && f.metric === "threePublic.reception"
        ? { ...f, value: new Dec("3.62") }
        : f.period === "current" && f.metric === "threePublic.abroad"
          ? { ...f, value: new Dec("1.5") }
          : f,
    );
    const { findings } = check(seed, { reportYear: 2020, facts: changed });
    for (const [line, figure, metric] of LINES) {
      const span = figureSpan(line, figure);
      const hits = findings.filter(
        (f) =>
          f.rule === "narrative-vs-table" &&
          f.span?.start === span.start &&
          f.span.end === span.end,
      );
      // 公务用车 is unchanged in the tables: only the other two lines are flagged.
      expect(hits.map((f) => f.expected)).toEqual(
        metric === "threePublic.reception"
          ? ["3.62万元"]
          : metric === "threePublic.abroad"
            ? ["2万元"]
            : [],
      );
    }
  });
});

describe("the seed's counts", () => {
  const seed = readSeed();
  const { findings } = check(seed);

  it("flags the two counts the performance table contradicts, and nothing else", () => {
    const table = seed.indexOf("绩效指标完成情况");
    const conflicts = findings.filter((f) => f.rule === "count-conflict");
    expect(conflicts.map((f) => [f.text, f.severity, f.expected, f.span!.start > table])).toEqual([
      ["2家", "warning", "3家", true],
      ["18家", "warning", "19家", true],
    ]);
    // Each points at the text's own statement: “开展高新技术企业培育3家”, “已有19家通过…”.
    const [cultivated, registered] = conflicts;
    const at = (f: Finding) => (f.related![0] as { start: number }).start;
    expect(seed.slice(at(cultivated) - 10, at(cultivated) + 2)).toBe("开展高新技术企业培育3家");
    expect(seed.slice(at(registered) - 2, at(registered) + 3)).toBe("已有19家");
  });
});
