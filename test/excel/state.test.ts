import {
  STATE_SHEET,
  parseState,
  readState,
  removeWaiver,
  reviewerNames,
  saveReviewer,
  saveSettings,
  saveWaiver,
  waiverKey,
  type Waiver,
} from "../../src/excel/workbook-state";
import { REVIEWERS_TABLE, WAIVER_LOG } from "../../src/core/templates/state-sheet";
import { createSimExcel, paneState, simRun } from "../support/sim-excel/pane";
import { rectAddress } from "../support/sim-excel/state";
import { tableNamed } from "../support/sim-excel/tables";

const WAIVER: Waiver = {
  rule: "share",
  text: "占45%",
  message: "占比应为44%（1414.49 ÷ 3190.21 = 44.34%），文中为45%",
  who: "李审核",
  when: "2024-05-01T08:30:00.000Z",
  why: "已与财政局确认按原文公开",
};

describe("the workbook state (hidden sheet _决算助手)", () => {
  it("is empty, in one sync, for a workbook that has none", async () => {
    const sim = createSimExcel();
    const state = await simRun(sim)((ctx) => readState(ctx));
    expect(state.exists).toBe(false);
    expect(state.waivers).toEqual([]);
    expect(sim.state.syncCount).toBe(1);
  });

  it("creates the sheet hidden, keeps settings as text, and updates a key in place", async () => {
    const sim = createSimExcel();
    const run = simRun(sim);
    await run((ctx) => saveSettings(ctx, { year: "2020", unit: "攀枝花市仁和区经济和信息化局" }));
    const sheet = sim.state.sheet(STATE_SHEET);
    expect(sheet).toBeDefined();
    expect(paneState(sim.state).visibility.get(sheet!)).toBe("Hidden");
    expect(sim.state.cell(STATE_SHEET, "B2")?.numberFormat).toBe("@");
    expect((await run((ctx) => readState(ctx))).settings).toEqual({
      year: "2020",
      unit: "攀枝花市仁和区经济和信息化局",
    });

    await run((ctx) => saveSettings(ctx, { year: "2021", liveCheck: "1" }));
    const state = await run((ctx) => readState(ctx));
    expect(state.settings).toEqual({
      year: "2021",
      unit: "攀枝花市仁和区经济和信息化局",
      liveCheck: "1",
    });
    // The year kept its row; the new key took the next one.
    expect(sim.state.content(STATE_SHEET, "A2")).toBe("year");
    expect(sim.state.content(STATE_SHEET, "A4")).toBe("liveCheck");
  });

  it("appends waivers to the log table, reads the old block's, and withdraws by appending", async () => {
    const sim = createSimExcel();
    const run = simRun(sim);
    await run((ctx) => saveWaiver(ctx, WAIVER));
    const log = tableNamed(sim.state, WAIVER_LOG.name)!;
    expect(log.sheet.name).toBe(STATE_SHEET);
    expect(rectAddress(STATE_SHEET, log)).toBe(`'${STATE_SHEET}'!U1:AA2`);
    expect(sim.state.content(STATE_SHEET, "U1")).toBe("操作 action");
    // A waiver an older version wrote in the old block (D:I) is still read.
    ["growth", "下降3%", "增长率应为4%", "王会计", "2024-05-02T01:00:00.000Z", "尾差"].forEach(
      (v, i) => sim.state.type(STATE_SHEET, `${"DEFGHI"[i]}2`, v),
    );
    const third = { ...WAIVER, rule: "count-vs-list", text: "16批次" };
    await run((ctx) => saveWaiver(ctx, third));
    let state = await run((ctx) => readState(ctx));
    expect(state.waivers.map((w) => [w.rule, w.who])).toEqual([
      ["growth", "王会计"],
      ["share", "李审核"],
      ["count-vs-list", "李审核"],
    ]);
    expect(state.waivers[1]).toEqual(WAIVER);

    const writes = sim.state.writes.length;
    const syncs = sim.state.syncCount;
    state = await run((ctx) => removeWaiver(ctx, waiverKey(state.waivers[0])));
    expect(sim.state.syncCount - syncs).toBe(2);
    expect(state.waivers.map((w) => w.rule)).toEqual(["share", "count-vs-list"]);
    // Nothing is rewritten: the old row stays, a withdraw record is appended.
    expect(sim.state.content(STATE_SHEET, "D2")).toBe("growth");
    expect(sim.state.writes.slice(writes).map((w) => w.what)).toEqual(["tables.rows.add"]);
    expect(sim.state.content(STATE_SHEET, "U4")).toBe("withdraw");
    expect(tableNamed(sim.state, WAIVER_LOG.name)!.bottom).toBe(3);
  });

  it("adds reviewer names as rows of their table, after those of the old setting", async () => {
    const sim = createSimExcel();
    const run = simRun(sim);
    await run((ctx) => saveSettings(ctx, { reviewers: "李审核\n王会计" }));
    await run((ctx) => saveReviewer(ctx, "赵科长", "2024-05-03T00:00:00.000Z"));
    const state = await run((ctx) => saveReviewer(ctx, "李审核"));
    expect(reviewerNames(state)).toEqual(["李审核", "王会计", "赵科长"]);
    expect(tableNamed(sim.state, REVIEWERS_TABLE.name)!.bottom).toBe(2);
    expect(sim.state.content(STATE_SHEET, "AC2")).toBe("赵科长");
  });

  it("replaces the waiver of the same finding instead of adding a second one", async () => {
    const sim = createSimExcel();
    const run = simRun(sim);
    await run((ctx) => saveWaiver(ctx, WAIVER));
    await run((ctx) => saveWaiver(ctx, { ...WAIVER, why: "改为：原文已公开，不再修改" }));
    const state = await run((ctx) => readState(ctx));
    expect(state.waivers).toHaveLength(1);
    expect(state.waivers[0].why).toBe("改为：原文已公开，不再修改");
  });

  it("keys a waiver by rule, text and message, so it lapses when the figures change", () => {
    const other: Waiver = { ...WAIVER, who: "别人", why: "另一个原因" };
    expect(waiverKey(WAIVER)).toBe(waiverKey(other));
    expect(waiverKey(WAIVER)).not.toBe(
      waiverKey({ ...WAIVER, message: WAIVER.message.replace("3190.21", "3190.22") }),
    );
  });

  it("lists the reviewer names typed before", () => {
    const state = parseState(
      [
        ["设置", "值"],
        ["reviewers", "李审核\n 王会计 \n"],
      ],
      0,
      0,
    );
    expect(reviewerNames(state)).toEqual(["李审核", "王会计"]);
  });

  it("reads mark records and ignores malformed rows", () => {
    const grid: string[][] = [
      Array(14).fill("h"),
      ["", "", "", "", "", "", "", "", "", "", "说明", "A73", "", "error"],
      ["", "", "", "", "", "", "", "", "", "", "公开01表", "C6", "#00FF00", "warning"],
      ["", "", "", "", "", "", "", "", "", "", "公开01表", "C7", "", "bogus"],
    ];
    const state = parseState(grid, 0, 0);
    expect(state.marks).toEqual([
      { sheet: "说明", cell: "A73", fill: null, severity: "error" },
      { sheet: "公开01表", cell: "C6", fill: "#00FF00", severity: "warning" },
    ]);
  });
});
