import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../../../src/core/claims/extract";
import { Dec, parseFigure } from "../../../src/core/numbers";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { asPrior, readDataFile } from "../../../src/core/templates/data";
import { mergeFillData } from "../../../src/core/templates/fill-data";
import { fillFromNarrative } from "../../../src/core/templates/fill/from-narrative";
import { impliedPriors } from "../../../src/core/templates/fill/implied-prior";
import { fieldKey, indicatorKey } from "../../../src/core/templates/kinds";
import { cellKey, priorKey } from "../../../src/core/templates/keys";
import { layoutWorkbook } from "../../../src/core/templates/layout";
import { precisionRecords } from "../../../src/core/templates/provenance";
import { templateSetFor } from "../../../src/core/templates/sets";
import { segment } from "../../../src/core/text";
import { SEED_FIGURES } from "./fixtures/seed-values";

const SEED = readFileSync(join(__dirname, "../../../seeds/renhe-2020-final-accounts.txt"), "utf8");

describe("filling the templates from a narrative", () => {
  const { data, conflicts } = fillFromNarrative(SEED);

  test("every amount the seed states for a template cell goes into it, with its printed precision", () => {
    const tables = [...data.values].filter(
      ([k]) =>
        !k.startsWith("perf|") && (!k.startsWith("other|") || k.endsWith("operatingCost|current")),
    );
    const got = new Map(tables.map(([k, g]) => [k, `${g.value.toFixed(g.decimals ?? 0)}`]));
    const expected = new Map(
      SEED_FIGURES.map(([t, r, c, v]) => [
        cellKey(t, r, c),
        parseFigure(v).value.toFixed(parseFigure(v).decimals),
      ]),
    );
    expect(got).toEqual(expected);
  });

  test("the 其他事项 form gets the counts, the stated zero and the budgets spent exactly", () => {
    const other = new Map(
      [...data.values]
        .filter(([k]) => k.startsWith("other|") && !k.startsWith("other|operatingCost"))
        .map(([k, g]) => [k, g.value.toString()]),
    );
    expect(Object.fromEntries([...other].filter(([k]) => !/\|\d{7}\|/.test(k)))).toEqual({
      "other|abroadGroups|current": "0",
      "other|abroadPeople|current": "0",
      "other|vehiclesBought|current": "0",
      "other|vehiclesHeld|current": "0",
      "other|receptionBatches|current": "16",
      "other|receptionPeople|current": "192",
      "other|vehicles|current": "0",
      "other|generalEquipment|current": "0",
      "other|specialEquipment|current": "0",
      "other|perfTargets|current": "1",
      "other|perfMonitored|current": "1",
      "other|perfSelf|current": "1",
      "other|procurement|current": "0",
    });
    // “完成预算100%，决算数等于预算数”: 18 of the 21 项 say so; three say only 完成预算100%.
    const budgets = [...other.keys()].filter((k) => /\|\d{7}\|budget$/.test(k));
    expect(budgets).toHaveLength(18);
    expect(other.get(cellKey("other", "2011302", "budget"))).toBe("3.22");
    expect(other.has(cellKey("other", "2011301", "budget"))).toBe(false);
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

/** The figure the seed first prints right after `before`, as written. */
function printedAfter(before: string): string {
  for (let at = SEED.indexOf(before); at >= 0; at = SEED.indexOf(before, at + 1)) {
    const m = /^\d+(?:\.\d+)?/.exec(SEED.slice(at + before.length));
    if (m) return m[0];
  }
  throw new Error(`no figure after ${before} in the seed`);
}

const decimalsOf = (printed: string) => printed.split(".")[1]?.length ?? 0;

/** The prior the seed implies: current − change, to the coarser of the two precisions. */
function implied(current: string, change: string, sign: 1 | -1 = 1) {
  return {
    value: new Dec(current).minus(new Dec(change).times(sign)).toString(),
    decimals: Math.min(decimalsOf(current), decimalsOf(change)),
  };
}

describe("filling 上年数 from the changes the 说明 states", () => {
  const { data, implied: from } = fillFromNarrative(SEED);
  const priors = new Map(
    [...data.prior].map(([k, g]) => [k, { value: g.value.toString(), decimals: g.decimals }]),
  );

  test("the seed's changes give the prior years of 一、四、五（一）, the 三公 接待费 and 机关运行经费", () => {
    const grand = implied(printedAfter("2020年度收、支总计"), printedAfter("收、支总计各增加"));
    const gb = implied(
      printedAfter("2020年一般公共预算财政拨款支出"),
      printedAfter("一般公共预算财政拨款增加"),
    );
    const fiscal = implied(
      printedAfter("2020年财政拨款收、支总计"),
      printedAfter("财政拨款收、支总计各增加"),
    );
    const reception = implied(
      printedAfter("公务接待费支出"),
      printedAfter("公务接待费支出决算比2019年增加"),
    );
    const operating = implied(
      printedAfter("机关运行经费支出"),
      printedAfter("机关运行经费支出40.94万元，比2019年减少"),
      -1,
    );
    expect(grand).toEqual({ value: "1496.44", decimals: 2 });
    expect(priors).toEqual(
      new Map([
        [cellKey("01", "income.grandTotal", "amount"), grand],
        [cellKey("01", "expense.grandTotal", "amount"), grand],
        [cellKey("05", "total", "total"), gb],
        [cellKey("04", "grandTotal", "amount"), fiscal],
        [cellKey("04", "grandTotal.out", "total"), fiscal],
        [cellKey("07", "current", "reception"), reception],
        [cellKey("other", "operatingCost", "current"), operating],
      ]),
    );
    expect(from.map((u) => SEED.slice(u.claim.span.start, u.claim.span.end))).toEqual([
      "增加1693.77万元",
      "增加518.08万元",
      "增加1717.14万元",
      "增加2.38万元",
      "减少1.52万元",
    ]);
  });

  test("a decrease adds back: 机关运行经费 40.94, 减少1.52 → 42.46, the 上年数 of the 其他事项 form", () => {
    const doc = segment(SEED);
    const found = impliedPriors(doc, extractClaims(doc)).find(
      (p) => p.subject.metric === "operatingCost",
    );
    const expected = implied(
      printedAfter("机关运行经费支出"),
      printedAfter("机关运行经费支出40.94万元，比2019年减少"),
      -1,
    );
    expect(expected.value).toBe("42.46");
    expect({ value: found?.value.toString(), decimals: found?.decimals }).toEqual(expected);
    expect(priors.get(cellKey("other", "operatingCost", "current"))).toEqual(expected);
  });

  test("the 附件's stated prior (上年度为12016927.27元) and its change are not used", () => {
    expect(SEED).toContain("12016927.27元");
    expect([...priors.values()].map((p) => p.value)).not.toContain("1201.692727");
    const text =
      "一、收入支出决算总体情况说明\n2020年度收、支总计各3190.21万元。\n第四部分 附件\n附件1\n" +
      "2020年一般公共预算财政拨款支出1518.12万元，比上年增加518.08万元。";
    const inMain = text.replace("第四部分 附件\n附件1\n", "");
    const key = cellKey("05", "total", "total");
    expect(fillFromNarrative(inMain).data.prior.get(key)?.value.toString()).toBe("1000.04");
    expect(fillFromNarrative(text).data.prior.has(key)).toBe(false);
  });

  test("“与上年持平” gives prior = current, at the current figure's precision", () => {
    const { data: d } = fillFromNarrative(
      "五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n2020年一般公共预算财政拨款支出1518.1万元，与上年持平。",
    );
    const g = d.prior.get(cellKey("05", "total", "total"));
    expect(g?.value.toString()).toBe("1518.1");
    expect(g?.decimals).toBe(1);
  });

  test("a prior stated with the change (“上年度…为X”) is taken as stated, in 万元", () => {
    const { data: d } = fillFromNarrative(
      "五、一般公共预算财政拨款支出决算情况说明\n2020年一般公共预算财政拨款支出1518.12万元，" +
        "上年度一般公共预算财政拨款支出为9000000.0元，比上年度增加618.00万元。",
    );
    const g = d.prior.get(cellKey("05", "total", "total"));
    expect(g?.value.toString()).toBe("900");
    expect(g?.decimals).toBe(5);
  });

  test("changes in another unit are converted exactly; the coarser precision is kept", () => {
    const { data: d } = fillFromNarrative(
      "五、一般公共预算财政拨款支出决算情况说明\n2020年一般公共预算财政拨款支出1518.12万元，比上年增加5180800元。",
    );
    const g = d.prior.get(cellKey("05", "total", "total"));
    expect(g?.value.toString()).toBe("1000.04");
    expect(g?.decimals).toBe(2);
  });

  test("a --prior file's value wins over the narrative's, cell by cell", () => {
    const file = readDataFile("表,公开05表\n科目编码,科目名称,合计\n,合计,999.99\n", {
      format: "csv",
      file: "prior.csv",
      set: templateSetFor(),
      catalogue: catalogueFor(),
    });
    expect(file.problems).toEqual([]);
    // As fa build merges them: the narrative first, the prior file over it.
    const merged = mergeFillData(data, asPrior(file.data));
    expect(merged.prior.get(cellKey("05", "total", "total"))?.value.toString()).toBe("999.99");
    expect(merged.prior.get(cellKey("05", "total", "total"))?.decimals).toBeUndefined();
    expect(merged.prior.get(cellKey("01", "income.grandTotal", "amount"))?.value.toString()).toBe(
      "1496.44",
    );
  });

  test("the workbook shows the implied 上年数 and records their precision", () => {
    const book = buildTemplateBook(data);
    const layout = layoutWorkbook(book);
    const t01 = layout.sheets.find((s) => s.name === "公开01表")!;
    const cell = t01.cells.find(
      (c) => c.key === priorKey(cellKey("01", "income.grandTotal", "amount")),
    )!;
    expect(cell).toMatchObject({ kind: "input", value: 1496.44 });
    const record = precisionRecords(book, layout).find(
      (r) => r.sheet === "公开01表" && r.cell === cell.address,
    );
    expect(record?.decimals).toBe(2);
  });
});
