/*
 * Consent by content: on a sheet the add-in wrote before, what the user changed is theirs —
 * an edited label (部门：某局), a formula of their own in a computed cell — and is listed
 * as a conflict, not replaced, even when the layout changes; an approval is given for the
 * content the user saw, and lapses when the cell changes before the write.
 */
import { buildTemplateBook } from "../../src/core/templates/book";
import { layoutWorkbook, type WorkbookLayout } from "../../src/core/templates/layout";
import { insertTemplates, type InsertOptions } from "../../src/excel/insert-templates";
import type { SimExcel } from "../support/sim-excel";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
import { seedFill } from "../core/templates/fixtures/seed-values";

const UNIT = "仁和区经济信息化和科学技术局";

function layoutFor(unit: string): WorkbookLayout {
  return layoutWorkbook(buildTemplateBook(seedFill(), { unit }));
}

const insert = (sim: SimExcel, layout: WorkbookLayout, options: InsertOptions = {}) =>
  simRun(sim)((ctx) => insertTemplates(ctx, layout, options));

describe("consent by content on sheets the add-in wrote", () => {
  it("lists a label the user edited instead of resetting it, also when the layout changes", async () => {
    const sim = createSimExcel();
    await insert(sim, layoutFor(UNIT));
    expect(sim.state.content("公开01表", "A3")).toBe(`部门：${UNIT}`);
    sim.state.type("公开01表", "A3", "部门：某局");

    const same = await insert(sim, layoutFor(UNIT));
    expect(same.conflicts).toContainEqual(
      expect.objectContaining({ sheet: "公开01表", cell: "A3", existing: "部门：某局" }),
    );
    expect(sim.state.content("公开01表", "A3")).toBe("部门：某局");

    // Another unit chosen in the pane changes the template's labels: the user's stays theirs.
    const changed = await insert(sim, layoutFor("新单位"));
    expect(changed.conflicts.map((c) => `${c.sheet}!${c.cell}`)).toContain("公开01表!A3");
    expect(sim.state.content("公开01表", "A3")).toBe("部门：某局");
    // The labels the template wrote itself follow the new unit without asking.
    expect(sim.state.content("公开02表", "A3")).toBe("部门：新单位");
    expect(changed.conflicts.filter((c) => c.sheet !== "公开01表")).toEqual([]);
  });

  it("lists a user's formula in a computed cell when the layout changes", async () => {
    const sim = createSimExcel();
    await insert(sim, layoutFor(UNIT));
    const template = sim.state.content("公开01表", "C32");
    sim.state.type("公开01表", "C32", "=SUM(C6:C12)");
    const { conflicts } = await insert(sim, layoutFor("新单位"));
    expect(conflicts).toContainEqual(
      expect.objectContaining({ sheet: "公开01表", cell: "C32", existing: "=SUM(C6:C12)" }),
    );
    expect(sim.state.content("公开01表", "C32")).toBe("=SUM(C6:C12)");
    // Nothing else is asked: the template's own labels and formulas follow without asking.
    expect(conflicts.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["公开01表!C32"]);
    expect(template).toBe('=IF(COUNT(C6:C13)=0,"",SUM(C6:C13))');
  });

  it("writes an approved cell only while it holds what the user saw", async () => {
    const sim = createSimExcel();
    const layout = layoutFor(UNIT);
    await insert(sim, layout);
    sim.state.type("公开01表", "C6", 1400);
    const first = await insert(sim, layout);
    const c6 = first.conflicts.find((c) => c.cell === "C6")!;
    expect(c6.existing).toBe(1400);
    // A co-author types another figure between the question and the answer.
    sim.state.type("公开01表", "C6", 1500);
    const stale = await insert(sim, layout, {
      approved: [{ cell: "公开01表!C6", seen: c6.existing }],
    });
    expect(stale.conflicts).toContainEqual(
      expect.objectContaining({ sheet: "公开01表", cell: "C6", existing: 1500 }),
    );
    expect(sim.state.content("公开01表", "C6")).toBe(1500);
    await insert(sim, layout, { approved: [{ cell: "公开01表!C6", seen: 1500 }] });
    expect(sim.state.content("公开01表", "C6")).toBe(1414.49);
  });

  it("with onConflict “stop”, plans every sheet and writes nothing while a conflict remains", async () => {
    const sim = createSimExcel();
    const layout = layoutFor(UNIT);
    await insert(sim, layout);
    sim.state.type("公开01表", "C6", 1400);
    // A formula of the user's over a figure the template wrote.
    sim.state.type("公开06表", "C8", "=C6");
    // A sheet deleted since: the write would create it again.
    sim.state.sheets.splice(
      sim.state.sheets.findIndex((s) => s.name === "公开09表"),
      1,
    );
    const writes = sim.state.writes.length;
    const syncs = sim.state.syncCount;
    const stopped = await insert(sim, layout, { onConflict: "stop" });
    expect(stopped.stopped).toBe(true);
    // The conflicts of every sheet, found before anything was queued.
    expect(stopped.conflicts.map((c) => `${c.sheet}!${c.cell}`)).toEqual([
      "公开01表!C6",
      "公开06表!C8",
    ]);
    expect(stopped.cellsWritten).toBe(0);
    expect(stopped.createdSheets).toEqual([]);
    expect(sim.state.writes.slice(writes)).toEqual([]);
    expect(sim.state.sheet("公开09表")).toBeUndefined();
    expect(sim.state.syncCount - syncs).toBe(2);

    // Consent to one cell is not consent to the other: still nothing written.
    const one = await insert(sim, layout, {
      onConflict: "stop",
      approved: [{ cell: "公开01表!C6", seen: 1400 }],
    });
    expect(one.stopped).toBe(true);
    expect(one.conflicts.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["公开06表!C8"]);
    expect(sim.state.writes.slice(writes)).toEqual([]);

    // Both approved: everything is written in the same three round trips.
    const before = sim.state.syncCount;
    const all = await insert(sim, layout, {
      onConflict: "stop",
      approved: [
        { cell: "公开01表!C6", seen: 1400 },
        { cell: "公开06表!C8", seen: "=C6" },
      ],
    });
    expect(all.stopped).toBe(false);
    expect(all.conflicts).toEqual([]);
    expect(sim.state.syncCount - before).toBe(3);
    expect(sim.state.content("公开01表", "C6")).toBe(1414.49);
    expect(sim.state.content("公开06表", "C8")).toBe(477.57);
    expect(all.createdSheets).toEqual(["公开09表"]);
  });
});
