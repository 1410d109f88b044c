import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFigure } from "../../../src/core/numbers";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { readDataFile } from "../../../src/core/templates/data";
import { emptyFillData, type FillData } from "../../../src/core/templates/fill-data";
import { cellKey } from "../../../src/core/templates/keys";
import { reconcile } from "../../../src/core/templates/reconcile";
import { templateSetFor } from "../../../src/core/templates/sets";
import type { TableId } from "../../../src/core/templates/types";
import { seedFill } from "./fixtures/seed-values";

type Entry = [TableId, string, string, string];

/** Values as typed or exported (exact), or as printed (rounded) when `printed`. */
function fill(entries: Entry[], printed = false): FillData {
  const d = emptyFillData();
  for (const [t, r, c, v] of entries) {
    const f = parseFigure(v);
    d.values.set(cellKey(t, r, c), {
      value: f.value,
      decimals: printed ? f.decimals : undefined,
      source: { kind: "workbook" },
    });
  }
  return d;
}

const check = (data: FillData) => reconcile(buildTemplateBook(data));

describe("reconciliation of the filled tables", () => {
  test("flags the seed's 财政拨款 total that its income and 01's missing carry-forward cannot reach", () => {
    const findings = check(seedFill());
    const f = findings.find((x) => x.rule === "t04-income-grand-total")!;
    expect(f).toMatchObject({
      severity: "warning",
      cell: { sheet: "公开04表", cell: "C37" },
      text: "3174.37",
    });
    expect(f.message).toContain(
      "总计 3174.37，但 本年收入合计 3055.49（推算） + 年初财政拨款结转和结余 0.00（推算） = 3055.49，相差 118.88",
    );
    expect(f.message).toContain("公开04表 年初财政拨款结转和结余 ≤ 公开01表 年初结转和结余");
    expect(f.messageEn).toContain("Grand total (revenue) 3174.37, but");
  });

  test("flags 03's 项目支出 that cannot hold 05's projects (1518.12 − 518.52) and the 政府性基金 1600", () => {
    const f = check(seedFill()).find((x) => x.rule === "x03-govfund-project")!;
    expect(f).toMatchObject({ severity: "warning", cell: { sheet: "公开03表", cell: "E5" } });
    expect(f.message).toContain(
      "公开05表 合计 · 项目支出 999.60（推算） + 公开08表 合计 · 小计 1600 + 公开09表 合计 · 合计 0 = 2599.60，超过 公开03表 合计 · 项目支出 1600，超出 999.60",
    );
  });

  test("on the seed: nothing is an error, and the 346.6 ≈ 346.59 of 一般公共服务 is a rounding hint", () => {
    const findings = check(seedFill());
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const info = findings.filter((f) => f.severity === "info");
    expect(info.map((f) => f.cell)).toEqual([
      { sheet: "公开05表", cell: "C5" }, // 合计 1518.12 against its classes as the sheet sums them, 1518.10
      { sheet: "公开05表", cell: "C6" },
      { sheet: "公开05表", cell: "C25" },
    ]);
    expect(info[1].message).toBe(
      "尾差：201 一般公共服务支出 · 合计 346.6，20106 财政事务 · 合计 0.16 + 20113 商贸事务 · 合计 326.43 + 20114 知识产权事务 · 合计 20.00 = 346.59，相差 0.01，在四舍五入范围内。",
    );
  });

  test("a consistent workbook passes: no finding at all", () => {
    const text = readFileSync(join(__dirname, "../../../examples/tables-2020.csv"), "utf8");
    const { data, problems } = readDataFile(text, {
      format: "csv",
      file: "tables-2020.csv",
      set: templateSetFor(2020),
      catalogue: catalogueFor(2020),
    });
    expect(problems).toEqual([]);
    expect(check(data)).toEqual([]);
  });

  test("exact figures that do not add up are an error with the arithmetic and the expected value", () => {
    const findings = check(
      fill([
        ["05", "total", "total", "1500.00"],
        ["05", "total", "basic", "518.51"],
        ["05", "total", "project", "999.59"],
      ]),
    );
    expect(findings).toEqual([
      {
        rule: "t05-row-total",
        severity: "error",
        message:
          "合计 · 合计 1500.00，但 合计 · 基本支出 518.51 + 合计 · 项目支出 999.59 = 1518.10，相差 18.10。",
        messageEn:
          "Total · Total 1500.00, but Total · Basic 518.51 + Total · Projects 999.59 = 1518.10: a difference of 18.10.",
        cell: { sheet: "公开05表", cell: "C5" },
        text: "1500.00",
        actual: "1500.00",
        expected: "1518.10",
        related: [
          { sheet: "公开05表", cell: "D5" },
          { sheet: "公开05表", cell: "E5" },
        ],
      },
    ]);
  });

  test("printed figures: within rounding is a hint, beyond it an error", () => {
    const parts: Entry[] = [
      ["05", "2011301", "total", "199.93"],
      ["05", "2011302", "total", "146.66"],
    ];
    const within = check(fill([...parts, ["05", "20113", "total", "346.6"]], true));
    expect(within.map((f) => f.severity)).toEqual(["info"]);
    const beyond = check(fill([...parts, ["05", "20113", "total", "346.7"]], true));
    expect(beyond.map((f) => [f.rule, f.severity])).toEqual([["t05-tree-sum", "error"]]);
  });

  test("blank cells are unknown, not zero: a total with some parts blank is no error", () => {
    expect(
      check(
        fill([
          ["01", "income.total", "amount", "3190.21"],
          ["01", "income.generalBudget", "amount", "1414.49"],
        ]),
      ),
    ).toEqual([]);
    // …but parts that already exceed the total are, whatever the blanks hold (they are ≥ 0).
    const over = check(
      fill([
        ["01", "income.total", "amount", "1000"],
        ["01", "income.generalBudget", "amount", "1414.49"],
      ]),
    );
    expect(over.map((f) => [f.rule, f.severity, f.cell?.cell])).toEqual([
      ["t01-income-total", "error", "C32"],
    ]);
  });

  test("a part larger than its whole across tables (06 公务接待费 > 07 决算数) is an error", () => {
    const findings = check(
      fill([
        ["06", "30217", "amount", "4.00"],
        ["07", "current", "reception", "3.26"],
      ]),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["x06-07-reception", "error", { sheet: "公开07表", cell: "L7" }],
    ]);
    expect(findings[0].message).toBe(
      "公开06表 公务接待费 4.00，超过 公开07表 决算数 · 公务接待费 3.26，超出 0.74（公开06表 30217 公务接待费 ≤ 公开07表 决算数）。",
    );
  });

  test("a conflict found only through an unverified (?) identity is at most a warning", () => {
    const findings = check(
      fill([
        ["05", "total", "basic", "600.00"],
        ["03", "total", "basic", "500.00"],
      ]),
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["x03-05-basic", "warning"]]);
  });

  test("identities between tables are checked per class code present", () => {
    const findings = check(
      fill([
        ["03", "201", "total", "300.00"],
        ["01", "class.201", "amount", "346.59"],
      ]),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.cell?.cell])).toEqual([
      ["x01-03-class", "error", "F6"],
    ]);
  });
});
