/*
 * The 说明 drafted as live formulas, as the pane does it, on the simulated host (which
 * calculates): drafted from the tables, written as formulas, checked through the values
 * the formulas show, and followed by the live check when a table value changes — Excel
 * recalculates the paragraphs without telling anyone, so the checker must read them again.
 */
import { check } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { viewFindings, type FindingView } from "../../src/taskpane/findings-view";
import { Checker } from "../../src/taskpane/checking";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tableDrafter, templateDrafter, type DraftedSheet } from "../../src/taskpane/drafting";
import { EXAMPLE_PRIOR_CSV, EXAMPLE_TABLES_CSV, filledWorkbook } from "../support/drafting-tables";

/** A gap the draft left visible (“……” for a reason the tables cannot give). */
const isGap = (v: FindingView) => v.finding.rule === "template-residue" && v.finding.text === "……";

const liveRows = (d: DraftedSheet) =>
  d.rows.map((r) => (r.formula ? { text: r.text, formula: r.formula } : r.text));

describe("a drafted 说明 stays live", () => {
  it("is written as formulas whose values are the draft, and checks clean", async () => {
    const { sim, workbook, readTables } = await filledWorkbook();
    const drafted = (await tableDrafter(workbook, readTables)())!;
    const formulas = drafted.rows.filter((r) => r.formula);
    expect(formulas.length).toBeGreaterThan(30);
    // Every figure of these tables has a cell: nothing falls back to text.
    expect(drafted.rows.filter((r) => r.fallback)).toEqual([]);
    const syncs = sim.state.syncCount;
    await workbook.writeNarrative(liveRows(drafted));
    expect(sim.state.syncCount - syncs).toBeLessThanOrEqual(3);
    const row = drafted.rows.findIndex((r) => r.id === "s2");
    expect(sim.state.content("说明", `A${row + 2}`)).toBe(drafted.rows[row].formula);

    const outcome = await new Checker(workbook, { lang: "zh-CN", tables: readTables }).full();
    expect(outcome.rows).toEqual(drafted.rows.map((r) => r.text));
    expect(outcome.formulas.size).toBe(formulas.length);
    // What the tables cannot give (the reasons for a change) is left as “……” and reported,
    // one warning a gap; nothing else.
    const gaps = drafted.rows.reduce((n, r) => n + (r.text.match(/……/g)?.length ?? 0), 0);
    expect(gaps).toBeGreaterThan(0);
    const warned = outcome.views.filter((v) => v.finding.severity !== "info");
    expect(warned.filter((v) => !isGap(v))).toEqual([]);
    expect(warned).toHaveLength(gaps);
  });

  it("follows a table edit into the paragraph's figures and words, and the check with it", async () => {
    const { sim, workbook, readTables } = await filledWorkbook();
    const drafted = (await tableDrafter(workbook, readTables)())!;
    await workbook.writeNarrative(liveRows(drafted));
    const checker = new Checker(workbook, { lang: "zh-CN", tables: readTables });
    await checker.full();
    const row = drafted.rows.findIndex((r) => r.id === "s7.2.reception");
    expect(drafted.rows[row].text).toContain("增加2.38万元，增长270.45%");

    // 公务接待费 falls below last year's: typed into 公开07表, no event from the 说明 sheet.
    const cell = (await readTables({ year: "2020" })).facts.find(
      (f) => f.metric === "threePublic.reception" && f.period === "current",
    )!.cell!;
    sim.state.type(cell.sheet, cell.cell, 0.5);
    const syncs = sim.state.syncCount;
    const outcome = (await checker.update([{ sheet: cell.sheet, address: cell.cell }]))!;
    // Drafted paragraphs and tables read again, the marks updated: a handful of syncs.
    expect(sim.state.syncCount - syncs).toBeLessThanOrEqual(6);
    expect(outcome.rows[row]).toBe(
      "3.公务接待费支出决算为0.50万元，完成预算9.04%。公务接待费支出决算比2019年减少0.38万元，下降43.18%。主要变动原因是……。国内公务接待16批次，192人次。",
    );
    const rules = outcome.views.map((v) => v.finding.rule);
    // The tables now disagree (公开06 公务接待费 3.26 > 公开07 0.50): that is reported …
    expect(rules).toContain("x06-07-reception");
    // … but nothing about the narrative, which followed the tables.
    expect(outcome.views.filter((v) => v.target?.sheet === "说明" && !isGap(v))).toEqual([]);

    // Had the paragraphs not been read again, the old text would contradict the new tables.
    const stale = check(drafted.rows.map((r) => r.text).join("\n"), {
      reportYear: 2020,
      facts: outcome.tables!.facts,
    });
    expect(stale.findings.some((f) => f.severity === "error" && /3\.26/.test(f.message))).toBe(
      true,
    );
  });

  it("stops treating a paragraph as drafted once the user types over it", async () => {
    const { sim, workbook, readTables } = await filledWorkbook();
    const drafted = (await tableDrafter(workbook, readTables)())!;
    await workbook.writeNarrative(liveRows(drafted));
    const checker = new Checker(workbook, { lang: "zh-CN", tables: readTables });
    const before = await checker.full();
    const row = drafted.rows.findIndex((r) => r.id === "s7.2.reception");
    expect(before.formulas.has(row)).toBe(true);
    sim.state.type("说明", `A${row + 2}`, "3.公务接待费支出决算为3.26万元。");
    const after = (await checker.update([{ sheet: "说明", address: `A${row + 2}` }]))!;
    expect(after.formulas.has(row)).toBe(false);
    expect(after.formulas.size).toBe(before.formulas.size - 1);
    expect(after.rows[row]).toBe("3.公务接待费支出决算为3.26万元。");
  });

  it("never offers to rewrite a drafted paragraph's text, and never replaces its formula", async () => {
    const { sim, workbook, readTables } = await filledWorkbook();
    const drafted = (await tableDrafter(workbook, readTables)())!;
    await workbook.writeNarrative(liveRows(drafted));
    const outcome = await new Checker(workbook, { lang: "zh-CN", tables: readTables }).full();
    const row = drafted.rows.findIndex((r) => r.id === "s7.2.reception");
    const text = outcome.rows[row];
    const at = text.indexOf("270.45%");
    expect(at).toBeGreaterThan(0);
    // A finding with a fix on that paragraph, as a rule would give it.
    const start = outcome.joined.starts[row] + at;
    const finding: Finding = {
      rule: "growth",
      severity: "error",
      message: "增长率应为270.44%",
      messageEn: "The growth rate should be 270.44%",
      span: { start, end: start + 7 },
      text: "270.45%",
      fix: { start, end: start + 7, replacement: "270.44%" },
    };
    const sources = { rows: outcome.rows, joined: outcome.joined, doc: null };
    const [view] = viewFindings([finding], [], { ...sources, formulas: outcome.formulas });
    expect(view.fix).toBeUndefined();
    expect(view.draftedFix).toEqual({ original: "270.45%", replacement: "270.44%" });
    // The same paragraph typed as text gets the fix.
    const [typed] = viewFindings([finding], [], sources);
    expect(typed.fix).toMatchObject({ row, original: "270.45%", replacement: "270.44%" });

    // Even asked to, the workbook does not write text over the formula.
    const cell = { sheet: "说明", cell: `A${row + 2}` };
    const formula = sim.state.content("说明", cell.cell);
    expect(String(formula).startsWith("=")).toBe(true);
    expect(await workbook.replaceText(cell, text, text.replace("270.45%", "270.44%"))).toBe(
      "changed",
    );
    expect(sim.state.content("说明", cell.cell)).toBe(formula);
  });

  it("keeps a paragraph live when a figure has no cell: the gap is a visible blank in its formula", async () => {
    // The example data alone leaves 公开04表's 年初结转, a 310 line of 公开06表 and the 其他事项 form empty.
    const { workbook, readTables } = await filledWorkbook(EXAMPLE_TABLES_CSV, EXAMPLE_PRIOR_CSV);
    const drafted = (await tableDrafter(workbook, readTables)())!;
    const s53 = drafted.rows.find((r) => r.id === "s5.3")!;
    expect(s53.text).toContain("完成预算__%");
    expect(s53.formula).toContain('"万元，完成预算__%。其中："');
    // A paragraph none of whose figures the tables hold is text, with the reason.
    const s4 = drafted.rows.find((r) => r.id === "s4")!;
    expect([s4.formula, s4.text.includes("__万元")]).toEqual([undefined, true]);
    expect(s4.fallback!.zh).toMatch(/都没有/);
    expect(drafted.gaps.map((g) => g.zh)).toContain(
      "表中没有“财政拨款收、支总计”的本年数，留作空白",
    );
  });
});

describe("按模板起草", () => {
  it("fills a bureau's template from the tables, keeps the 说明 sheet's reasons, and lists what it left", async () => {
    const { workbook, readTables } = await filledWorkbook();
    await workbook.writeNarrative([
      "十、其他重要事项的情况说明",
      "2020年，测试单位机关运行经费支出40.94万元，比2019年减少1.52万元，下降3.58%。主要原因是人员减少。",
    ]);
    const template = readFileSync(
      join(__dirname, "../../examples/templates/bureau-xxx.txt"),
      "utf8",
    );
    const drafted = (await templateDrafter(workbook, readTables)(template))!;
    expect(drafted.fromTemplate).toBe(true);
    const text = drafted.rows.map((r) => r.text).join("\n");
    expect(text).toContain(
      "机关运行经费支出40.94万元，比2019年度减少1.52万元，下降3.58%。主要原因：人员减少。",
    );
    expect(text).toContain("国内公务接待16批次，192人次。");
    expect(text).not.toMatch(/XX|（不涉及|按上述格式|【/);
    // Every 项 has its 年初预算 here: what is left are the reasons the sheet did not give.
    expect(drafted.gaps.length).toBeGreaterThan(0);
    expect(drafted.gaps.every((g) => g.zh.includes("原因"))).toBe(true);
  });
});
