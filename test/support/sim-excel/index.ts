import { SimContext } from "./context";
import { SimWorkbookState } from "./state";
import { SimWorkbook } from "./workbook";

/**
 * A simulated Excel host for tests: `Excel.run(ctx => …)` with a RequestContext whose
 * workbook, worksheets, ranges, names and settings obey the rules that make real add-in
 * code correct or not — writes are only queued until `context.sync()`, a property read
 * without a synced `load` throws PropertyNotLoaded, 2-D writes must match their range
 * (null leaves a cell unchanged), parts of merged cells cannot be written. Every sync is
 * counted and every write recorded (sheet, address, what), so tests can bound the number
 * of round trips and see exactly what a run changed. Pure TypeScript, no Node APIs.
 *
 * Not simulated here: calculation (a formula cell's `values` is its `cached` value or "";
 * ./pane.ts installs ./calc.ts, which computes it), reading formats back, events. Charts
 * (./charts.ts) record their type, name and source ranges; tables live in ./tables.ts.
 */
export interface SimExcel {
  state: SimWorkbookState;
  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
}

export class SimRequestContext extends SimContext {
  readonly workbook: SimWorkbook;
  constructor(state: SimWorkbookState) {
    super(state);
    this.workbook = new SimWorkbook(this);
  }
}

export function createSimExcel(state = new SimWorkbookState()): SimExcel {
  return {
    state,
    async run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
      const context = new SimRequestContext(state);
      const result = await batch(context);
      // Excel.run flushes what the batch left queued, in one more round trip.
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
}

export { SimWorkbookState } from "./state";
export type { WriteRecord, SimCell, SimSheet } from "./state";
