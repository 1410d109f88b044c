/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   This file checks that the simulator rejects exactly what these rules prevent, so it breaks them on purpose. */
import { createSimExcel } from "../support/sim-excel";

/** The simulated host enforces what real Excel enforces, or tests of add-in code would prove nothing. */
describe("the simulated Excel host", () => {
  test("a property is readable only after load and sync", async () => {
    const excel = createSimExcel();
    excel.state.type("S", "A1", 5);
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([[5]]);
      expect(() => range.formulas).toThrow(/not available/);
    });
  });

  test("writes are queued until sync, counted, and recorded", async () => {
    const excel = createSimExcel();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("S");
      expect(excel.state.sheet("S")).toBeUndefined();
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[1, "x"]];
      expect(excel.state.content("S", "A1")).toBe("");
    });
    expect(excel.state.syncCount).toBe(2); // one explicit, one final flush by Excel.run
    expect(excel.state.content("S", "B1")).toBe("x");
    expect(excel.state.writes.map((w) => [w.sync, w.what, w.address])).toEqual([
      [1, "addWorksheet", undefined],
      [2, "values", "S!A1"],
      [2, "values", "S!B1"],
    ]);
  });

  test("2-D writes must match the range; null leaves a cell unchanged", async () => {
    const excel = createSimExcel();
    excel.state.type("S", "A1", "keep");
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/does not match/);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [[null, "=A1"]];
    });
    expect(excel.state.content("S", "A1")).toBe("keep");
    expect(excel.state.content("S", "B1")).toBe("=A1");
  });

  test("*OrNullObject: isNullObject is known after sync; getItem of a missing sheet fails at sync", async () => {
    const excel = createSimExcel();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("nope");
      expect(() => ws.isNullObject).toThrow();
      const used = ctx.workbook.worksheets.add("S").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("nope").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toThrow(/does not exist/);
  });

  test("a merged area's hidden cells cannot be written; overlapping merges fail", async () => {
    const excel = createSimExcel();
    excel.state.addSheet("S");
    await expect(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1:C1").merge(false);
        ws.getRange("B1").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/merged/);
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("B1:D1").merge(false);
      }),
    ).rejects.toThrow(/overlaps/);
  });

  test("names follow Excel's rules (CJK letters allowed, cell-like names not) and are unique", async () => {
    const excel = createSimExcel();
    excel.state.addSheet("公开01表");
    await excel.run(async (ctx) => {
      ctx.workbook.names.add("FA_本年收入合计", "='公开01表'!$C$32", "本年收入合计");
      ctx.workbook.names.add("FA_income_total", "='公开01表'!$C$32");
    });
    expect([...excel.state.names.keys()]).toEqual(["fa_本年收入合计", "fa_income_total"]);
    for (const bad of ["A1", "1abc", "has space", "R1C1"]) {
      await expect(
        excel.run(async (ctx) => void ctx.workbook.names.add(bad, "='公开01表'!$A$1")),
      ).rejects.toThrow(/Invalid name/);
    }
    await expect(
      excel.run(async (ctx) => void ctx.workbook.names.add("fa_INCOME_total", "='公开01表'!$A$1")),
    ).rejects.toThrow(/exists/);
  });
});
