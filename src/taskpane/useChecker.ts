/*
 * The check as the pane holds it, above the tabs so that live checking goes on while the
 * user is on another tab. Every operation that reads the workbook and writes marks goes
 * through one queue: two checks never race to write the marks.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CellRef } from "../core/span";
import { LiveQueue, type SheetChange, type Unwatch } from "../excel/live";
import type { PaneWorkbook } from "../excel/pane-workbook";
import { reviewerNames, type WorkbookState } from "../excel/workbook-state";
import { Checker, type CheckOutcome, type TablesReader } from "./checking";
import { applyFixTo, type FindingView } from "./findings-view";
import type { Lang, Strings } from "./i18n";

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export interface CheckerState {
  outcome: CheckOutcome | null;
  running: boolean;
  error: unknown;
  live: boolean;
  notice: Notice | null;
  /** Known reviewer names (typed in this workbook before). */
  reviewers: string[];
  /** This session's reviewer: Office's user, or the name typed at the first waiver. */
  reviewer: string | null;
}

export interface CheckerApi extends CheckerState {
  run(): Promise<void>;
  setLive(on: boolean): Promise<void>;
  select(view: FindingView): void;
  selectCell(ref: CellRef): void;
  applyFix(view: FindingView): void;
  waive(view: FindingView, reason: string, who: string): void;
  unwaive(view: FindingView): void;
  /** Another tab wrote the 说明 sheet or the tables: check again if a check was shown. */
  refresh(): void;
}

export function useChecker(opts: {
  workbook: PaneWorkbook | undefined;
  lang: Lang;
  t: Strings;
  tables?: TablesReader;
  readOnly: boolean;
  userName: string | null;
  initialState: WorkbookState | null;
}): CheckerApi {
  const { workbook, lang, t, tables, readOnly } = opts;
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [live, setLiveState] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sessionName, setSessionName] = useState<string | null>(null);
  const checker = useRef<Checker | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const unwatch = useRef<Unwatch | null>(null);
  const queue = useRef<LiveQueue | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    checker.current = workbook ? new Checker(workbook, { lang, tables, readOnly }) : null;
  }, [workbook, lang, tables, readOnly]);

  /** Runs `job` after the previous one, showing progress and errors. */
  const serial = useCallback((job: (c: Checker) => Promise<CheckOutcome | null | void>) => {
    const next = chain.current.then(async () => {
      const c = checker.current;
      if (!c) return;
      setRunning(true);
      try {
        const result = await job(c);
        if (result) {
          setOutcome(result);
          setError(undefined);
        }
      } catch (e) {
        setError(e);
      } finally {
        setRunning(false);
      }
    });
    chain.current = next;
    return next;
  }, []);

  const run = useCallback(async () => {
    setNotice(null);
    await serial((c) => c.full());
  }, [serial]);

  const stopLive = useCallback(async () => {
    queue.current?.stop();
    queue.current = null;
    const stop = unwatch.current;
    unwatch.current = null;
    if (stop) await stop().catch(() => undefined);
  }, []);

  const setLive = useCallback(
    async (on: boolean) => {
      if (!workbook) return;
      await stopLive();
      setLiveState(on);
      if (on) {
        const q = new LiveQueue((changes: SheetChange[]) => serial((c) => c.update(changes)));
        queue.current = q;
        try {
          unwatch.current = await workbook.watch(
            (change) => q.push(change),
            (e) => setError(e),
          );
        } catch (e) {
          setLiveState(false);
          setError(e);
          return;
        }
        await serial((c) => c.full());
      }
      if (!readOnly) {
        // Shared with co-authors; a reviewer who cannot write still checks live for themselves.
        await workbook.saveSettings({ liveCheck: on ? "1" : "0" }).catch(() => undefined);
      }
    },
    [workbook, serial, stopLive, readOnly],
  );

  useEffect(() => () => void stopLive(), [stopLive]);

  const startedLive = useRef(false);
  useEffect(() => {
    if (startedLive.current || !opts.initialState || !workbook?.support.events) return;
    startedLive.current = true;
    if (opts.initialState.settings.liveCheck === "1") void setLive(true);
  }, [opts.initialState, workbook, setLive]);

  const selectCell = useCallback(
    (ref: CellRef) => {
      workbook?.select(ref).catch((e: unknown) => setError(e));
    },
    [workbook],
  );

  const select = useCallback(
    (view: FindingView) => {
      if (view.target) selectCell(view.target);
    },
    [selectCell],
  );

  const applyFix = useCallback(
    (view: FindingView) => {
      void serial(async (c) => {
        const fix = view.fix;
        if (!workbook || !fix || !view.target || !outcome) return null;
        const before = outcome.rows[fix.row] ?? "";
        const result = await workbook.replaceText(view.target, before, applyFixTo(before, fix));
        setNotice(
          result === "replaced"
            ? { intent: "success", text: tRef.current.fixApplied }
            : { intent: "warning", text: tRef.current.fixRefused },
        );
        return c.update([{ sheet: view.target.sheet, address: view.target.cell }]);
      });
    },
    [workbook, outcome, serial],
  );

  const reviewer = opts.userName ?? sessionName;
  const state = outcome?.state ?? opts.initialState;
  const reviewers = state ? reviewerNames(state) : [];

  const waive = useCallback(
    (view: FindingView, reason: string, who: string) => {
      void serial(async (c) => {
        if (!workbook) return null;
        const f = view.finding;
        let saved = await workbook.saveWaiver({
          rule: f.rule,
          text: f.text,
          message: f.message,
          who,
          when: new Date().toISOString(),
          why: reason,
        });
        if (!opts.userName) {
          setSessionName(who);
          const names = reviewerNames(saved);
          if (!names.includes(who)) saved = await workbook.saveReviewer(who);
        }
        return c.withState(saved);
      });
    },
    [workbook, serial, opts.userName],
  );

  const unwaive = useCallback(
    (view: FindingView) => {
      void serial(async (c) =>
        workbook ? c.withState(await workbook.removeWaiver(view.key)) : null,
      );
    },
    [workbook, serial],
  );

  const refresh = useCallback(() => {
    if (outcome) void serial((c) => c.full());
  }, [outcome, serial]);

  return {
    outcome,
    running,
    error,
    live,
    notice,
    reviewers,
    reviewer,
    run,
    setLive,
    select,
    selectCell,
    applyFix,
    waive,
    unwaive,
    refresh,
  };
}
