import { LIVE_DELAY_MS, LiveQueue, classifyChanges, type SheetChange } from "../../src/excel/live";

const TABLES = new Set(["公开01表", "公开05表"]);

describe("classifyChanges", () => {
  it("re-reads only the edited paragraphs of the 说明 sheet", () => {
    expect(
      classifyChanges(
        [
          { sheet: "说明", address: "A5" },
          { sheet: "说明", address: "A3:B4" },
          { sheet: "说明", address: "A5" },
        ],
        TABLES,
      ),
    ).toEqual({ narrative: [1, 2, 3], tables: false, formulas: false });
  });

  it("ignores the header row, other columns and sheets that are neither 说明 nor a table", () => {
    expect(
      classifyChanges(
        [
          { sheet: "说明", address: "A1" },
          { sheet: "说明", address: "C7" },
          { sheet: "_决算助手", address: "K2:N40" },
          { sheet: "我的草稿", address: "A1" },
        ],
        TABLES,
      ),
    ).toEqual({ narrative: null, tables: false, formulas: false });
  });

  it("reads the whole narrative again when rows move or whole columns change", () => {
    expect(
      classifyChanges([{ sheet: "说明", address: "7:7", changeType: "RowInserted" }], TABLES)
        .narrative,
    ).toBe("all");
    expect(classifyChanges([{ sheet: "说明", address: "A:A" }], TABLES).narrative).toBe("all");
    expect(
      classifyChanges(
        [
          { sheet: "说明", address: "A4" },
          { sheet: "说明", address: "3:5" },
        ],
        TABLES,
      ).narrative,
    ).toBe("all");
  });

  it("marks the tables for reading when a template sheet changed", () => {
    expect(classifyChanges([{ sheet: "公开05表", address: "C9" }], TABLES)).toEqual({
      narrative: null,
      tables: true,
      formulas: true,
    });
  });

  it("re-reads the drafted paragraphs when a sheet their formulas read changed", () => {
    const read = new Set(["公开01表", "我的数据"]);
    // Recalculation fires no event of its own: the edit of a source is the only signal.
    expect(classifyChanges([{ sheet: "我的数据", address: "B2" }], TABLES, read)).toEqual({
      narrative: null,
      tables: false,
      formulas: true,
    });
    // A table sheet the formulas do not name may still feed one they do.
    expect(classifyChanges([{ sheet: "公开05表", address: "C9" }], TABLES, read).formulas).toBe(
      true,
    );
    expect(
      classifyChanges(
        [
          { sheet: "说明", address: "A3" },
          { sheet: "草稿", address: "A1" },
        ],
        TABLES,
        read,
      ).formulas,
    ).toBe(false);
  });
});

describe("LiveQueue", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const change = (address: string): SheetChange => ({ sheet: "说明", address });

  it("waits for a pause in typing and then runs once with every change", async () => {
    const batches: SheetChange[][] = [];
    const queue = new LiveQueue(async (changes) => {
      batches.push(changes);
    });
    queue.push(change("A2"));
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS - 1);
    queue.push(change("A3"));
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS - 1);
    expect(batches).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([[change("A2"), change("A3")]]);
  });

  it("never runs two jobs at once: changes during a job wait for it", async () => {
    let running = 0;
    let overlap = false;
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    const queue = new LiveQueue(async (changes) => {
      running++;
      overlap ||= running > 1;
      batches.push(changes.map((c) => c.address));
      await new Promise<void>((resolve) => (release = resolve));
      running--;
    });
    queue.push(change("A2"));
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS);
    expect(batches).toEqual([["A2"]]);
    queue.push(change("A3"));
    queue.push(change("A4"));
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS * 3);
    // The first job is still running: the second batch waits.
    expect(batches).toEqual([["A2"]]);
    release();
    await jest.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([["A2"], ["A3", "A4"]]);
    release();
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS);
    expect(overlap).toBe(false);
    expect(batches).toHaveLength(2);
  });

  it("drops what is pending when stopped", async () => {
    const job = jest.fn(async () => undefined);
    const queue = new LiveQueue(job);
    queue.push(change("A2"));
    queue.stop();
    queue.push(change("A3"));
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS * 2);
    expect(job).not.toHaveBeenCalled();
  });
});

describe("watchWorkbook on the simulated host", () => {
  it("reports edits with the sheet's name until it is stopped", async () => {
    const { createSimExcel, simRun, userEdit } = await import("../support/sim-excel/pane");
    const { watchWorkbook } = await import("../../src/excel/live");
    const sim = createSimExcel();
    sim.state.addSheet("说明");
    const seen: SheetChange[] = [];
    const stop = await watchWorkbook(simRun(sim), (c) => seen.push(c));
    await userEdit(sim, "说明", "A5", "新的一段");
    // A sheet added after the registration is reported too.
    await userEdit(sim, "公开05表", "C9", 12.5, "Remote");
    expect(seen).toEqual([
      { sheet: "说明", address: "A5", changeType: "RangeEdited", source: "Local" },
      { sheet: "公开05表", address: "C9", changeType: "RangeEdited", source: "Remote" },
    ]);
    await stop();
    await userEdit(sim, "说明", "A6", "又一段");
    expect(seen).toHaveLength(2);
  });

  it("follows a renamed sheet: from onNameChanged when the host has it, with no lookup per change", async () => {
    const { createSimExcel, paneState, simRun, userEdit, userRename } =
      await import("../support/sim-excel/pane");
    const { watchWorkbook } = await import("../../src/excel/live");
    const sim = createSimExcel();
    sim.state.addSheet("说明");
    sim.state.addSheet("草稿");
    const seen: string[] = [];
    const stop = await watchWorkbook(simRun(sim), (c) => seen.push(c.sheet), {
      renameEvents: true,
    });
    await userEdit(sim, "草稿", "A1", "x");
    await userRename(sim, "草稿", "公开01表");
    const syncs = sim.state.syncCount;
    await userEdit(sim, "公开01表", "C6", 1);
    expect(sim.state.syncCount).toBe(syncs);
    expect(seen).toEqual(["草稿", "公开01表"]);
    await stop();
    expect(paneState(sim.state).handlers.size).toBe(0);
    expect(paneState(sim.state).nameHandlers.size).toBe(0);
  });

  it("follows a renamed sheet without onNameChanged too, by looking each change's sheet up", async () => {
    const { createSimExcel, simRun, userEdit, userRename } =
      await import("../support/sim-excel/pane");
    const { watchWorkbook } = await import("../../src/excel/live");
    const sim = createSimExcel();
    sim.state.addSheet("草稿");
    const seen: string[] = [];
    const stop = await watchWorkbook(simRun(sim), (c) => seen.push(c.sheet));
    await userEdit(sim, "草稿", "A1", "x");
    await userRename(sim, "草稿", "说明");
    await userEdit(sim, "说明", "A2", "一段");
    expect(seen).toEqual(["草稿", "说明"]);
    await stop();
  });

  it("hands a failure inside the change handler to onError instead of rejecting unhandled", async () => {
    const { createSimExcel, simRun, userEdit } = await import("../support/sim-excel/pane");
    const { watchWorkbook } = await import("../../src/excel/live");
    const sim = createSimExcel();
    sim.state.addSheet("说明");
    const base = simRun(sim);
    let failing = false;
    const run = ((...args: Parameters<typeof base>) =>
      failing && typeof args[0] === "function"
        ? Promise.reject(new Error("GeneralException"))
        : (base as (...a: unknown[]) => Promise<unknown>)(...args)) as typeof base;
    const seen: SheetChange[] = [];
    const errors: unknown[] = [];
    const stop = await watchWorkbook(run, (c) => seen.push(c), {
      onError: (e) => errors.push(e),
    });
    failing = true;
    await expect(userEdit(sim, "说明", "A5", "新的一段")).resolves.toBeUndefined();
    expect(seen).toEqual([]);
    expect(errors).toEqual([new Error("GeneralException")]);
    failing = false;
    await stop();
  });
});
