/*
 * The 说明 drafted as live formulas, as the pane does it, on the simulated host (which
 * calculates): drafted from the tables, written as formulas, checked through the values
 * the formulas show, and followed by the live check when a table value changes — Excel
 * recalculates the paragraphs without telling anyone, so the checker must read them again.
 */
import { check } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { viewFindings } from "../../src/taskpane/findings-view";
import { Checker } from "../../src/taskpane/checking";
import { tableDrafter, type DraftedSheet } from "../../src/taskpane/drafting";
import { EXAMPLE_PRIOR_CSV, EXAMPLE_TABLES_CSV, filledWorkbook } from "../support/drafting-tables";

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
    expect(outcome.views.filter((v) => v.finding.severity !== "info")).toEqual([]);
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
      "3.公务接待费支出决算为0.50万元，完成预算9.04%。公务接待费支出决算比2019年减少0.38万元，下降43.18%。",
    );
    const rules = outcome.views.map((v) => v.finding.rule);
    // The tables now disagree (公开06 公务接待费 3.26 > 公开07 0.50): that is reported …
    expect(rules).toContain("x06-07-reception");
    // … but nothing about the narrative, which followed the tables.
    expect(outcome.views.filter((v) => v.target?.sheet === "说明")).toEqual([]);

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

  it("writes as text, with the reason, what the tables give no cell for", async () => {
    // The example data alone leaves 公开04表's 年初结转 and a 310 line of 公开06表 empty.
    const { workbook, readTables } = await filledWorkbook(EXAMPLE_TABLES_CSV, EXAMPLE_PRIOR_CSV);
    const drafted = (await tableDrafter(workbook, readTables)())!;
    const text = drafted.rows.filter((r) => r.fallback);
    expect(text.map((r) => r.id)).toEqual(["s4", "s6"]);
    expect(text[0].fallback!.zh).toMatch(/既无单元格也无数值/);
    expect(text[0].text).toContain("__万元");
    expect(drafted.gaps.length).toBeGreaterThan(0);
  });
});
