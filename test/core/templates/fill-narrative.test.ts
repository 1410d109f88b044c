import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFigure } from "../../../src/core/numbers";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { fillFromNarrative } from "../../../src/core/templates/fill/from-narrative";
import { fieldKey, indicatorKey } from "../../../src/core/templates/kinds";
import { cellKey } from "../../../src/core/templates/keys";
import { layoutWorkbook } from "../../../src/core/templates/layout";
import { SEED_FIGURES } from "./fixtures/seed-values";

const SEED = readFileSync(join(__dirname, "../../../seeds/renhe-2020-final-accounts.txt"), "utf8");

describe("filling the templates from a narrative", () => {
  const { data, conflicts } = fillFromNarrative(SEED);

  test("every amount the seed states for a template cell goes into it, with its printed precision", () => {
    const tables = [...data.values].filter(([k]) => !k.startsWith("perf|"));
    const got = new Map(tables.map(([k, g]) => [k, `${g.value.toFixed(g.decimals ?? 0)}`]));
    const expected = new Map(
      SEED_FIGURES.map(([t, r, c, v]) => [
        cellKey(t, r, c),
        parseFigure(v).value.toFixed(parseFigure(v).decimals),
      ]),
    );
    expect(got).toEqual(expected);
  });

  test("the figure's text and position are kept as its source", () => {
    const g = data.values.get(cellKey("01", "income.generalBudget", "amount"))!;
    expect(g.source.kind).toBe("narrative");
    if (g.source.kind === "narrative") {
      expect(SEED.slice(g.source.span.start, g.source.span.end)).toBe("1414.49万元");
    }
  });

  test("cells the narrative does not state stay empty, not zero", () => {
    const layout = layoutWorkbook(buildTemplateBook(data));
    const t01 = layout.sheets.find((s) => s.name === "公开01表")!;
    const carry = t01.cells.find(
      (c) => c.key === cellKey("01", "income.carryForwardBegin", "amount"),
    )!;
    expect(carry).toMatchObject({ kind: "input", value: null });
    expect(data.values.has(cellKey("07", "budget", "total"))).toBe(false);
    expect(data.values.has(cellKey("05", "total", "basic"))).toBe(false);
  });

  test("a later, different statement of a cell (the 附件's 元 figures) does not replace the first", () => {
    expect(conflicts.map((c) => c.key)).toContain(cellKey("01", "income.generalBudget", "amount"));
    expect(data.values.get(cellKey("01", "income.generalBudget", "amount"))!.value.toString()).toBe(
      "1414.49",
    );
  });

  test("the pasted 项目绩效目标完成情况表 fills the performance table", () => {
    expect(data.texts.get(fieldKey("project"))).toBe(
      "2020年区级应用技术研究与开发经费、区级创新创业引导资金项目",
    );
    expect(data.texts.get(fieldKey("unit"))).toBe("攀枝花市仁和区经济信息化和科学技术局");
    expect(data.values.get(cellKey("perf", "budget", "total"))!.value.toString()).toBe("60");
    expect(data.values.get(cellKey("perf", "executed", "fiscal"))!.value.toString()).toBe("31");
    expect(data.values.has(cellKey("perf", "budget", "other"))).toBe(false);
    expect(data.texts.get(indicatorKey(0, "level3"))).toBe("培育高新技术企业");
    expect(data.texts.get(indicatorKey(3, "actual"))).toBe("29亿元");
    expect(data.texts.get(indicatorKey(14, "planned"))).toBe("满意度≥98%");
  });

  test("amounts in 元 or 亿元 are converted to 万元, keeping their precision", () => {
    const { data: d } = fillFromNarrative(
      "七、“三公”经费财政拨款支出决算情况说明\n2020年“三公”经费财政拨款支出决算为32600.00元。",
    );
    const g = d.values.get(cellKey("07", "current", "total"));
    expect(g?.value.toString()).toBe("3.26");
    expect(g?.decimals).toBe(6);
  });
});
