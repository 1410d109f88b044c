/*
 * Two reviewers on one workbook (Excel on the web, AutoSave on), each saving at the same
 * time, on the simulated host's co-authoring model (test/support/sim-excel/coauthoring.ts:
 * cell writes last-wins, table row inserts merged). Nothing either of them saved may be
 * lost, and both copies must end the same.
 */
import {
  readState,
  removeWaiver,
  reviewerNames,
  saveReviewer,
  saveSettings,
  saveWaiver,
  waiverKey,
  type Waiver,
  type WorkbookState,
} from "../../src/excel/workbook-state";
import { STATE_SHEET } from "../../src/core/templates/state-sheet";
import { coauthoring, copyWorkbook } from "../support/sim-excel/coauthoring";
import { createSimExcel, simRun } from "../support/sim-excel/pane";
import type { SimExcel } from "../support/sim-excel";

const waiver = (rule: string, who: string): Waiver => ({
  rule,
  text: `${rule} 的原文`,
  message: `${rule} 的说明`,
  who,
  when: "2024-05-01T08:30:00.000Z",
  why: `${who} 已确认`,
});

const read = (client: SimExcel) => simRun(client)((ctx) => readState(ctx));
const rules = (state: WorkbookState) => state.waivers.map((w) => w.rule).sort();

/** A workbook the add-in has used before: its state sheet and its tables exist. */
async function sharedWorkbook() {
  const sim = createSimExcel();
  await simRun(sim)((ctx) => saveSettings(ctx, { year: "2020" }));
  await simRun(sim)((ctx) => saveWaiver(ctx, waiver("share", "李审核")));
  await simRun(sim)((ctx) => saveReviewer(ctx, "李审核"));
  return sim.state;
}

describe("co-authoring: waivers and reviewers saved at the same time", () => {
  it("keeps both reviewers' waivers, on both copies", async () => {
    const { clients, exchange } = coauthoring(await sharedWorkbook());
    const [a, b] = clients;
    // Both read the same state, then save before either has seen the other's change.
    const savedA = await simRun(a)((ctx) => saveWaiver(ctx, waiver("growth", "李审核")));
    const savedB = await simRun(b)((ctx) => saveWaiver(ctx, waiver("count-vs-list", "王会计")));
    // Each pane shows its own waiver saved.
    expect(rules(savedA)).toEqual(["growth", "share"]);
    expect(rules(savedB)).toEqual(["count-vs-list", "share"]);
    exchange();
    for (const client of clients)
      expect(rules(await read(client))).toEqual(["count-vs-list", "growth", "share"]);
    // The same records on both (rows inserted at once may be ordered differently per copy).
    const sorted = async (c: SimExcel) =>
      (await read(c)).waivers.sort((x, y) => x.rule.localeCompare(y.rule));
    expect(await sorted(a)).toEqual(await sorted(b));
  });

  it("keeps both reviewers' names", async () => {
    const { clients, exchange } = coauthoring(await sharedWorkbook());
    const [a, b] = clients;
    await simRun(a)((ctx) => saveReviewer(ctx, "赵科长"));
    await simRun(b)((ctx) => saveReviewer(ctx, "王会计"));
    exchange();
    for (const client of clients)
      expect(reviewerNames(await read(client)).sort()).toEqual(["李审核", "王会计", "赵科长"]);
  });

  it("a withdrawal and a new waiver at the same time both take effect", async () => {
    const { clients, exchange } = coauthoring(await sharedWorkbook());
    const [a, b] = clients;
    await simRun(a)((ctx) => removeWaiver(ctx, waiverKey(waiver("share", "李审核"))));
    await simRun(b)((ctx) => saveWaiver(ctx, waiver("growth", "王会计")));
    exchange();
    for (const client of clients) expect(rules(await read(client))).toEqual(["growth"]);
  });

  it("still reads a released workbook's waivers and reviewers, and adds to them safely", async () => {
    // The layout before the tables: waivers in D:I, one per row; reviewers in one setting.
    const old = createSimExcel();
    const row = (r: number, w: Waiver) =>
      [w.rule, w.text, w.message, w.who, w.when, w.why].forEach((v, i) =>
        old.state.type(STATE_SHEET, `${"DEFGHI"[i]}${r}`, v),
      );
    old.state.type(STATE_SHEET, "A1", "设置 setting");
    old.state.type(STATE_SHEET, "A2", "reviewers");
    old.state.type(STATE_SHEET, "B2", "李审核\n王会计");
    row(2, waiver("share", "李审核"));
    row(3, waiver("growth", "王会计"));
    const before = await read(old);
    expect(rules(before)).toEqual(["growth", "share"]);
    expect(reviewerNames(before)).toEqual(["李审核", "王会计"]);

    const { clients, exchange } = coauthoring(copyWorkbook(old.state));
    const [a, b] = clients;
    // The first save creates the log table; the other client's arrives in it.
    await simRun(a)((ctx) => saveWaiver(ctx, waiver("enumeration-sum", "李审核")));
    exchange();
    await simRun(a)((ctx) => removeWaiver(ctx, waiverKey(waiver("growth", "王会计"))));
    await simRun(b)((ctx) => saveWaiver(ctx, waiver("part-exceeds-whole", "王会计")));
    await simRun(b)((ctx) => saveReviewer(ctx, "赵科长"));
    exchange();
    for (const client of clients) {
      const state = await read(client);
      expect(rules(state)).toEqual(["enumeration-sum", "part-exceeds-whole", "share"]);
      expect(reviewerNames(state)).toEqual(["李审核", "王会计", "赵科长"]);
      // The old rows are never rewritten.
      expect(client.state.content(STATE_SHEET, "D3")).toBe("growth");
    }
  });
});
