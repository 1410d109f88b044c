/*
 * The check as the pane runs it, on the simulated host with the seed in its 说明 sheet:
 * findings, where they are shown, the marks, and the live path that re-reads only what
 * changed.
 */
import { splitParagraphs, writeNarrative } from "../../src/excel/narrative-sheet";
import { excelWorkbook } from "../../src/excel/pane-workbook";
import { SEVERITY_FILL } from "../../src/excel/marks";
import { readState } from "../../src/excel/workbook-state";
import { Checker } from "../../src/taskpane/checking";
import { ALL_SUPPORT, createSimExcel, fillOf, paneState, simRun } from "../support/sim-excel/pane";
import { readSeed } from "../support/seed";

async function seededWorkbook() {
  const sim = createSimExcel();
  const rows = splitParagraphs(readSeed());
  await simRun(sim)((ctx) => writeNarrative(ctx, rows));
  return { sim, rows, workbook: excelWorkbook(simRun(sim), ALL_SUPPORT) };
}

describe("Checker on the seed", () => {
  it("finds the 占45% error on its paragraph's cell, with the paragraph and the fix", async () => {
    const { sim, rows, workbook } = await seededWorkbook();
    const outcome = await new Checker(workbook, { lang: "zh-CN" }).full();
    const share = outcome.views.find(
      (v) => v.finding.rule === "share" && v.finding.text === "占45%",
    );
    expect(share).toBeDefined();
    const row = rows.findIndex((r) => r.includes("一般公共预算财政拨款收入1414.49万元，占45%"));
    expect(share!.target).toEqual({ sheet: "说明", cell: `A${row + 2}` });
    const ex = share!.excerpt!;
    expect(ex.text.slice(ex.start, ex.end)).toBe("占45%");
    expect(share!.fix).toMatchObject({ row, original: "45%", replacement: "44%" });
    expect(share!.group).toContain("收入决算情况说明");
    // The paragraph's cell is marked as an error, with the finding in its note.
    expect(fillOf(sim.state, "说明", `A${row + 2}`)).toBe(SEVERITY_FILL.error);
    const note = paneState(sim.state).notes.find((n) => n.row === row + 1);
    expect(note?.content).toContain("占比应为44%");
    expect(outcome.marks.kind).toBe("marked");
  });

  it("writes a grouped finding's cause into its cell's note", async () => {
    const { sim, rows, workbook } = await seededWorkbook();
    const outcome = await new Checker(workbook, { lang: "zh-CN" }).full();
    const grouped = outcome.views.filter((v) => v.finding.cause);
    expect(grouped).toHaveLength(4);
    const row = rows.findIndex((r) => r.includes("16410000.00元"));
    expect(grouped.filter((v) => v.target?.cell === `A${row + 2}`)).toHaveLength(2);
    const note = paneState(sim.state).notes.find((n) => n.row === row + 1)?.content ?? "";
    expect(note).toContain("↳ 第2组的共同原因：“16410000.00元”可能有误");
    expect(note).toContain("↳ 同属第2组：“16410000.00元”可能有误");
  });

  it("reads and marks the seed in a handful of syncs", async () => {
    const { sim, workbook } = await seededWorkbook();
    const before = sim.state.syncCount;
    await new Checker(workbook, { lang: "zh-CN" }).full();
    // snapshot 2 + marks 3
    expect(sim.state.syncCount - before).toBeLessThanOrEqual(5);
  });

  it("re-reads only the edited paragraph when live, and the fixed finding goes", async () => {
    const { sim, rows, workbook } = await seededWorkbook();
    const checker = new Checker(workbook, { lang: "zh-CN" });
    await checker.full();
    const row = rows.findIndex((r) => r.includes("占45%"));
    const cell = `A${row + 2}`;
    sim.state.type("说明", cell, rows[row].replace("占45%", "占44%"));
    const writesBefore = sim.state.writes.length;
    const syncs = sim.state.syncCount;
    const outcome = await checker.update([{ sheet: "说明", address: cell }]);
    expect(outcome!.views.some((v) => v.finding.text === "占45%")).toBe(false);
    expect(fillOf(sim.state, "说明", cell)).not.toBe(SEVERITY_FILL.error);
    // One sync to read the paragraph, three to update the marks.
    expect(sim.state.syncCount - syncs).toBeLessThanOrEqual(4);
    // Only that cell's mark changed: its fill, its note, and the state's mark list.
    const touched = new Set(
      sim.state.writes
        .slice(writesBefore)
        .filter((w) => w.sheet !== "_决算助手")
        .map((w) => w.address),
    );
    expect([...touched]).toEqual([`'说明'!${cell}`]);
  });

  it("ignores the add-in's own writes to its state sheet, and edits elsewhere", async () => {
    const { workbook } = await seededWorkbook();
    const checker = new Checker(workbook, { lang: "zh-CN" });
    await checker.full();
    expect(
      await checker.update([{ sheet: "_决算助手", address: "K2:N30", source: "Local" }]),
    ).toBeNull();
    expect(await checker.update([{ sheet: "草稿", address: "A1" }])).toBeNull();
  });

  it("takes a co-author's waiver from the state sheet and stops marking that finding", async () => {
    const { sim, rows, workbook } = await seededWorkbook();
    const checker = new Checker(workbook, { lang: "zh-CN" });
    const first = await checker.full();
    const share = first.views.find((v) => v.finding.text === "占45%")!;
    await simRun(sim)(async (ctx) => {
      const { saveWaiver } = await import("../../src/excel/workbook-state");
      await saveWaiver(ctx, {
        ...share.finding,
        who: "王审核",
        when: "2024-05-02T00:00:00Z",
        why: "已说明",
      });
    });
    const outcome = await checker.update([
      { sheet: "_决算助手", address: "D2:I2", source: "Remote" },
    ]);
    const again = outcome!.views.find((v) => v.key === share.key)!;
    expect(again.waiver?.who).toBe("王审核");
    const row = rows.findIndex((r) => r.includes("占45%"));
    // Other findings in that paragraph may keep it marked, but not as this error's note line.
    const note = paneState(sim.state).notes.find((n) => n.row === row + 1);
    expect(note?.content ?? "").not.toContain("占比应为44%");
  });

  it("checks a read-only workbook and says it did not mark it", async () => {
    const { sim, workbook } = await seededWorkbook();
    paneState(sim.state).readOnly = true;
    const outcome = await new Checker(workbook, { lang: "en-US" }).full();
    expect(outcome.marks.kind).toBe("readOnly");
    expect(outcome.views.some((v) => v.finding.text === "占45%")).toBe(true);
    paneState(sim.state).readOnly = false;
    expect((await simRun(sim)((ctx) => readState(ctx))).marks).toEqual([]);
  });

  it("reports a missing 说明 sheet instead of failing", async () => {
    const sim = createSimExcel();
    const outcome = await new Checker(excelWorkbook(simRun(sim), ALL_SUPPORT), {
      lang: "zh-CN",
    }).full();
    expect(outcome.hasNarrative).toBe(false);
    expect(outcome.findings).toEqual([]);
  });
});
