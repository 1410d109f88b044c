import fc from "fast-check";
import { check } from "../../src/core/check";
import { Dec, formatNumber, toPercent } from "../../src/core/numbers";

/**
 * Tables pasted into a narrative, read as grids (text/table-grid.ts, claims/grid-claims.ts,
 * rules/table-sum.ts), never cry wolf. A random consistent 收支对比表 — numbered rows with
 * their parts, a 合计, 上年/本年/增减额/增减率 columns computed exactly — is laid out as
 * web pages and PDFs give it (“|” rows, one barred cell to a line, each bar on a line of
 * its own) and must draw no finding from the rules that read tables; the same table with
 * one part changed (its row and the parent left as they were) must be reported.
 */

const TABLE_RULES = new Set(["table-sum", "growth", "change-vs-growth", "metric-conflict"]);
const NAMES = [
  "财政拨款收入",
  "事业收入",
  "经营收入",
  "其他收入",
  "上级补助收入",
  "附属单位上缴收入",
];
const PARTS = ["一般公共预算拨款", "政府性基金拨款", "教育收费", "利息收入", "租金收入"];
const CN = ["一", "二", "三", "四", "五", "六"];

/** Hundredths: amounts as printed with two decimals. */
const cents = fc.integer({ min: 100, max: 9_999_999 });
const group = fc.record({
  parts: fc.array(fc.tuple(cents, cents), { minLength: 1, maxLength: 3 }),
});
const tables = fc.record({
  groups: fc.array(group, { minLength: 2, maxLength: 4 }),
  layout: fc.constantFrom("rows", "barred", "bar-lines", "sideways"),
});

type Row = [string, Dec, Dec];

function rowsOf(groups: Array<{ parts: Array<[number, number]> }>, bump: boolean): Row[] {
  const rows: Row[] = [];
  let prior = new Dec(0);
  let current = new Dec(0);
  groups.forEach((g, i) => {
    const parts: Row[] = g.parts.map(([p, c], k) => [
      PARTS[k],
      new Dec(p).dividedBy(100),
      new Dec(c).dividedBy(100),
    ]);
    const gp = parts.reduce((s, r) => s.plus(r[1]), new Dec(0));
    const gc = parts.reduce((s, r) => s.plus(r[2]), new Dec(0));
    // The planted defect: the first group's first part printed 1.00 higher, nothing else changed.
    if (bump && i === 0) parts[0] = [parts[0][0], parts[0][1], parts[0][2].plus(1)];
    rows.push([`${CN[i]}、${NAMES[i]}`, gp, gc], ...parts);
    prior = prior.plus(gp);
    current = current.plus(gc);
  });
  rows.push(["本年收入合计", prior, current]);
  return rows;
}

function cellsOf([label, prior, current]: Row): string[] {
  const change = current.minus(prior);
  return [
    label,
    formatNumber(prior, 2),
    formatNumber(current, 2),
    formatNumber(change, 2),
    `${formatNumber(toPercent(change.dividedBy(prior), 2), 2)}%`,
  ];
}

function layOut(rows: Row[], layout: string): string {
  const header = ["项目", "上年决算数", "本年决算数", "增减额", "增减率"];
  const all = layout === "sideways" ? sideways(rows) : [header, ...rows.map(cellsOf)];
  const body =
    layout === "rows" || layout === "sideways"
      ? all.map((cells) => `${cells.join(" | ")} |`)
      : layout === "barred"
        ? all.flat().map((cell) => `${cell} |`)
        : all.flat().flatMap((cell) => [cell, "|"]);
  const total = rows[rows.length - 1];
  return [
    // The total stated in the text too: the table's figure is compared with it.
    `2020年度收入决算情况如下，本年收入合计${formatNumber(total[2], 2)}万元。`,
    "2020年收入决算对比表",
    "单位：万元",
    ...body,
    "以上为收入情况。",
  ].join("\n");
}

/** Years down the side, items across, the rate row last (“2020年比2019年增减%”), no % signs. */
function sideways(rows: Row[]): string[][] {
  return [
    ["年度", ...rows.map(([label]) => label)],
    ["2019年", ...rows.map(([, prior]) => formatNumber(prior, 2))],
    ["2020年", ...rows.map(([, , current]) => formatNumber(current, 2))],
    [
      "2020年比2019年增减%",
      ...rows.map(([, prior, current]) =>
        formatNumber(toPercent(current.minus(prior).dividedBy(prior), 2), 2),
      ),
    ],
  ];
}

/** The table rules' findings, and how many rates of the table were read (none: a vacuous pass). */
function tableFindings(text: string): { found: string[]; rates: number } {
  const result = check(text, { reportYear: 2020 });
  const found = result.findings
    .filter((f) => TABLE_RULES.has(f.rule) && f.severity !== "info")
    .map((f) => `${f.rule}: ${f.message}`);
  return { found, rates: result.claims.filter((c) => c.kind === "growth").length };
}

describe("tables pasted into the text (property)", () => {
  it("a consistent table draws no finding, however it is laid out", () => {
    fc.assert(
      fc.property(tables, ({ groups, layout }) => {
        const { found, rates } = tableFindings(layOut(rowsOf(groups, false), layout));
        expect(found).toEqual([]);
        expect(rates).toBeGreaterThanOrEqual(groups.length);
      }),
      { numRuns: 150 },
    );
  });

  it("a part changed alone is reported by table-sum", () => {
    fc.assert(
      fc.property(tables, ({ groups, layout }) => {
        // Sideways, the rows are years: there is no breakdown to add up.
        fc.pre(layout !== "sideways");
        const { found } = tableFindings(layOut(rowsOf(groups, true), layout));
        expect(found.some((f) => f.startsWith("table-sum:"))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
