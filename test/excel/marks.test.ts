import { isWriteDenied } from "../../src/excel/host-support";
import {
  MARK_TAG,
  SEVERITY_FILL,
  applyMarks,
  groupMarks,
  noteText,
  type CellMark,
} from "../../src/excel/marks";
import { readState } from "../../src/excel/workbook-state";
import {
  ALL_SUPPORT,
  addUserAnnotation,
  createSimExcel,
  fillOf,
  paneState,
  simRun,
} from "../support/sim-excel/pane";
import type { SimExcel } from "../support/sim-excel";

function workbook(): SimExcel {
  const sim = createSimExcel();
  for (const [cell, text] of [
    ["A2", "一、收入"],
    ["A3", "占45%"],
    ["A4", "增长52%"],
  ])
    sim.state.type("说明", cell, text);
  sim.state.type("公开01表", "C6", 1414.49);
  return sim;
}

const ERROR_A3: CellMark = {
  sheet: "说明",
  cell: "A3",
  severity: "error",
  lines: ["[错误] 占比应为44%"],
};
const WARN_C6: CellMark = {
  sheet: "公开01表",
  cell: "C6",
  severity: "warning",
  lines: ["[警告] 合计不符"],
};

async function mark(sim: SimExcel, marks: CellMark[], support = ALL_SUPPORT) {
  const run = simRun(sim);
  const state = await run((ctx) => readState(ctx));
  return run((ctx) => applyMarks(ctx, marks, state, support));
}

describe("groupMarks", () => {
  it("puts one mark per cell with the worst severity and every line", () => {
    expect(
      groupMarks([
        { sheet: "说明", cell: "A3", severity: "info", line: "a" },
        { sheet: "说明", cell: "A3", severity: "error", line: "b" },
        { sheet: "说明", cell: "A3", severity: "warning", line: "c" },
        { sheet: "说明", cell: "A4", severity: "info", line: "d" },
      ]),
    ).toEqual([
      { sheet: "说明", cell: "A3", severity: "error", lines: ["a", "b", "c"] },
      { sheet: "说明", cell: "A4", severity: "info", lines: ["d"] },
    ]);
  });
});

describe("applyMarks", () => {
  it("fills by severity, notes the findings, remembers the previous fill, in three syncs", async () => {
    const sim = workbook();
    sim.state.cell("公开01表", "C6")!.format.fill = "#E2EFDA"; // the user's own green
    const syncs = sim.state.syncCount;
    const outcome = await mark(sim, [ERROR_A3, WARN_C6]);
    expect(sim.state.syncCount - syncs).toBe(1 + 3); // readState, then applyMarks
    expect(outcome).toMatchObject({ marked: 2, annotations: "notes", userAnnotated: [] });
    expect(fillOf(sim.state, "说明", "A3")).toBe(SEVERITY_FILL.error);
    expect(fillOf(sim.state, "公开01表", "C6")).toBe(SEVERITY_FILL.warning);
    const notes = paneState(sim.state).notes.map((n) => [n.sheet.name, n.row, n.col, n.content]);
    expect(notes).toEqual([
      ["说明", 2, 0, noteText(ERROR_A3)],
      ["公开01表", 5, 2, noteText(WARN_C6)],
    ]);
    expect(noteText(ERROR_A3).startsWith(MARK_TAG)).toBe(true);
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.marks).toEqual([
      { sheet: "说明", cell: "A3", fill: null, severity: "error" },
      { sheet: "公开01表", cell: "C6", fill: "#E2EFDA", severity: "warning" },
    ]);
  });

  it("writes nothing, not even its state sheet, when there is nothing to mark", async () => {
    const sim = workbook();
    const before = sim.state.writes.length;
    const outcome = await mark(sim, []);
    expect(outcome.marked).toBe(0);
    expect(sim.state.writes.length).toBe(before);
    expect(sim.state.sheet("_决算助手")).toBeUndefined();
  });

  it("restores exactly the fills it replaced when the findings are gone", async () => {
    const sim = workbook();
    sim.state.cell("公开01表", "C6")!.format.fill = "#E2EFDA";
    await mark(sim, [ERROR_A3, WARN_C6]);
    await mark(sim, []);
    expect(fillOf(sim.state, "说明", "A3")).toBeUndefined();
    expect(fillOf(sim.state, "公开01表", "C6")).toBe("#E2EFDA");
    expect(paneState(sim.state).notes).toEqual([]);
    expect((await simRun(sim)((ctx) => readState(ctx))).marks).toEqual([]);
  });

  it("leaves a cell alone that the user recoloured after it was marked", async () => {
    const sim = workbook();
    await mark(sim, [ERROR_A3]);
    sim.state.cell("说明", "A3")!.format.fill = "#FFFF00";
    await mark(sim, []);
    expect(fillOf(sim.state, "说明", "A3")).toBe("#FFFF00");
  });

  it("keeps the original fill across re-checks that keep the cell marked", async () => {
    const sim = workbook();
    sim.state.cell("公开01表", "C6")!.format.fill = "#E2EFDA";
    await mark(sim, [WARN_C6]);
    await mark(sim, [{ ...WARN_C6, severity: "error" }]);
    expect(fillOf(sim.state, "公开01表", "C6")).toBe(SEVERITY_FILL.error);
    await mark(sim, []);
    expect(fillOf(sim.state, "公开01表", "C6")).toBe("#E2EFDA");
  });

  it("writes nothing to cells whose mark did not change", async () => {
    const sim = workbook();
    await mark(sim, [ERROR_A3, WARN_C6]);
    const outcome = await mark(sim, [ERROR_A3, { ...WARN_C6, lines: ["[警告] 另一条"] }]);
    // Only C6's note changed: delete and add; no fill was rewritten.
    expect(outcome.writes).toBe(2);
    expect(paneState(sim.state).notes.map((n) => n.content)).toEqual([
      noteText(ERROR_A3),
      `${MARK_TAG}\n[警告] 另一条`,
    ]);
  });

  it("never touches the user's own note; such a cell gets the fill only", async () => {
    const sim = workbook();
    addUserAnnotation(sim.state, "notes", "说明", "A3", "张会计：此段待改");
    const outcome = await mark(sim, [ERROR_A3]);
    expect(outcome.userAnnotated).toEqual(["说明!A3"]);
    expect(fillOf(sim.state, "说明", "A3")).toBe(SEVERITY_FILL.error);
    await mark(sim, []);
    expect(paneState(sim.state).notes.map((n) => n.content)).toEqual(["张会计：此段待改"]);
  });

  it("uses comments where notes are missing, and the fill alone where both are", async () => {
    const sim = workbook();
    const outcome = await mark(sim, [ERROR_A3], { ...ALL_SUPPORT, notes: false });
    expect(outcome.annotations).toBe("comments");
    expect(paneState(sim.state).comments.map((c) => c.content)).toEqual([noteText(ERROR_A3)]);
    expect(paneState(sim.state).notes).toEqual([]);

    const bare = workbook();
    const fillOnly = await mark(bare, [ERROR_A3], {
      ...ALL_SUPPORT,
      notes: false,
      comments: false,
    });
    expect(fillOnly.annotations).toBe("none");
    expect(fillOf(bare.state, "说明", "A3")).toBe(SEVERITY_FILL.error);
    expect(
      bare.state.writes.some((w) => w.what.includes("comments") || w.what.includes("notes")),
    ).toBe(false);
  });

  it("without the fill pattern (before ExcelApi 1.9), takes white for no fill", async () => {
    const sim = workbook();
    await mark(sim, [ERROR_A3], { ...ALL_SUPPORT, fillPattern: false });
    expect((await simRun(sim)((ctx) => readState(ctx))).marks[0].fill).toBeNull();
  });

  it("skips marks on sheets that were deleted since", async () => {
    const sim = workbook();
    await mark(sim, [ERROR_A3, WARN_C6]);
    sim.state.sheets.splice(sim.state.sheets.indexOf(sim.state.sheet("公开01表")!), 1);
    paneState(sim.state).notes = paneState(sim.state).notes.filter(
      (n) => n.sheet.name !== "公开01表",
    );
    const outcome = await mark(sim, [ERROR_A3, WARN_C6]);
    expect(outcome.marked).toBe(1);
  });

  it("fails with AccessDenied on a read-only workbook, which the pane treats as read-only", async () => {
    const sim = workbook();
    paneState(sim.state).readOnly = true;
    const error = await mark(sim, [ERROR_A3]).catch((e: unknown) => e);
    expect(isWriteDenied(error)).toBe(true);
    expect(fillOf(sim.state, "说明", "A3")).toBeUndefined();
  });
});
