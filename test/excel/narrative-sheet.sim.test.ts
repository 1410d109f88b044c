import {
  NARRATIVE_HEADER,
  narrativeFormulas,
  queueNarrativeRead,
  readNarrative,
  readParagraphCells,
  readParagraphs,
  writeNarrative,
} from "../../src/excel/narrative-sheet";
import { createSimExcel, simRun } from "../support/sim-excel/pane";

describe("the 说明 sheet on the simulated host", () => {
  it("creates the sheet with a header and one paragraph per row, as text, in at most three syncs", async () => {
    const sim = createSimExcel();
    const run = simRun(sim);
    const paragraphs = ["第一部分 部门概况", "=SUM(A1)", "2020", "\t表格行"];
    const result = await run((ctx) => writeNarrative(ctx, paragraphs));
    expect(result).toEqual({ written: true, rows: 4 });
    expect(sim.state.syncCount).toBeLessThanOrEqual(3);
    expect(sim.state.content("说明", "A2")).toBe("第一部分 部门概况");
    expect(sim.state.content("说明", "A5")).toBe("\t表格行");
    // Text format is set before the values, so “=SUM(A1)” and “2020” stay text.
    const writes = sim.state.writes.filter((w) => w.address === "'说明'!A3");
    expect(writes.map((w) => w.what)).toEqual(["numberFormat", "values"]);
    expect(writes[0].value).toBe("@");
    const back = await run((ctx) => readNarrative(ctx));
    expect(back).toEqual(paragraphs);
  });

  it("says there is no narrative when the sheet is missing", async () => {
    const sim = createSimExcel();
    expect(await simRun(sim)((ctx) => readNarrative(ctx))).toBeNull();
  });

  it("never overwrites a non-empty 说明 sheet without consent", async () => {
    const sim = createSimExcel();
    sim.state.type("说明", "A1", "说明");
    sim.state.type("说明", "A2", "用户写的第一段");
    sim.state.type("说明", "A4", "用户写的第三段");
    const before = sim.state.writes.length;
    const refused = await simRun(sim)((ctx) => writeNarrative(ctx, ["新的一段"]));
    expect(refused).toEqual({ written: false, existing: 2 });
    expect(sim.state.writes.length).toBe(before);
    expect(sim.state.content("说明", "A2")).toBe("用户写的第一段");

    const replaced = await simRun(sim)((ctx) =>
      writeNarrative(ctx, ["新的一段"], { overwrite: true }),
    );
    expect(replaced).toEqual({ written: true, rows: 1 });
    expect(sim.state.content("说明", "A2")).toBe("新的一段");
    // The rows below the new text are emptied, not left behind as a stale tail.
    expect(sim.state.content("说明", "A4")).toBe("");
    expect(await simRun(sim)((ctx) => readNarrative(ctx))).toEqual(["新的一段"]);
  });

  it("keeps the user's own title in A1 of an existing 说明 sheet", async () => {
    const sim = createSimExcel();
    sim.state.type("说明", "A1", "2020年度部门决算说明（初稿）");
    const result = await simRun(sim)((ctx) => writeNarrative(ctx, ["一段"]));
    expect(result).toEqual({ written: true, rows: 1 });
    expect(sim.state.content("说明", "A1")).toBe("2020年度部门决算说明（初稿）");
    expect(sim.state.writes.some((w) => w.address === "'说明'!A1")).toBe(false);
    expect(sim.state.content("说明", "A2")).toBe("一段");

    // A blank A1 gets the header.
    const blank = createSimExcel();
    blank.state.type("说明", "B1", "备注");
    await simRun(blank)((ctx) => writeNarrative(ctx, ["一段"]));
    expect(blank.state.content("说明", "A1")).toBe(NARRATIVE_HEADER);
  });

  it("writes into an existing but empty 说明 sheet without asking", async () => {
    const sim = createSimExcel();
    sim.state.addSheet("说明");
    expect(await simRun(sim)((ctx) => writeNarrative(ctx, ["一段"]))).toEqual({
      written: true,
      rows: 1,
    });
  });

  it("re-reads a few paragraphs in one sync", async () => {
    const sim = createSimExcel();
    await simRun(sim)((ctx) => writeNarrative(ctx, ["甲", "乙", "丙"]));
    sim.state.type("说明", "A3", "乙（改）");
    const syncs = sim.state.syncCount;
    const rows = await simRun(sim)((ctx) => readParagraphs(ctx, [1, 2]));
    expect([...rows]).toEqual([
      [1, "乙（改）"],
      [2, "丙"],
    ]);
    expect(sim.state.syncCount - syncs).toBe(1);
  });

  it("writes drafted paragraphs as formulas Excel computes, text rows as text, in at most three syncs", async () => {
    const sim = createSimExcel();
    sim.state.type("公开01表", "C6", 1414.49);
    const run = simRun(sim);
    const formula = `="一般公共预算财政拨款收入"&TEXT('公开01表'!C6,"0.00")&"万元。"`;
    const result = await run((ctx) =>
      writeNarrative(ctx, [
        "二、收入决算情况说明",
        { text: "一般公共预算财政拨款收入1414.49万元。", formula },
        "=不是公式",
      ]),
    );
    expect(result).toEqual({ written: true, rows: 3 });
    expect(sim.state.syncCount).toBeLessThanOrEqual(3);
    expect(sim.state.content("说明", "A3")).toBe(formula);
    // General, not text: a text-formatted cell would show the formula instead of computing it.
    expect(sim.state.cell("说明", "A3")?.numberFormat).toBe("General");
    expect(sim.state.cell("说明", "A4")?.numberFormat).toBe("@");
    // The checker reads what the cells show.
    expect(await run((ctx) => readNarrative(ctx))).toEqual([
      "二、收入决算情况说明",
      "一般公共预算财政拨款收入1414.49万元。",
      "=不是公式",
    ]);
    sim.state.type("公开01表", "C6", 1000);
    expect((await run((ctx) => readParagraphs(ctx, [1]))).get(1)).toBe(
      "一般公共预算财政拨款收入1000.00万元。",
    );
  });

  it("tells drafted (formula) rows from text rows, also text that looks like a formula", async () => {
    const sim = createSimExcel();
    const run = simRun(sim);
    const formula = `="合计"&TEXT(1+1,"0.00")`;
    await run((ctx) => writeNarrative(ctx, ["=SUM(A1)", { text: "合计2.00", formula }, "甲"]));
    const formulas = await run(async (ctx) => {
      const used = queueNarrativeRead(ctx.workbook.worksheets.getItem("说明"));
      await ctx.sync();
      return narrativeFormulas(used);
    });
    expect([...formulas]).toEqual([[1, formula]]);
    const cells = await run((ctx) => readParagraphCells(ctx, [0, 1, 2]));
    expect([...cells.values()]).toEqual([
      { text: "=SUM(A1)", formula: null },
      { text: "合计2.00", formula },
      { text: "甲", formula: null },
    ]);
  });
});
