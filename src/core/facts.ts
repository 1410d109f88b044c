import type { Dec, Interval } from "./numbers";
import type { CellRef } from "./span";

/** Which figure of a quantity: this year's actual, last year's, or the budget (预算数). */
export type Period = "current" | "prior" | "budget";

/**
 * A value read from the template tables, in 万元 (amounts) or as a plain count.
 * `metric` is an id of the vocabulary in src/core/metrics (e.g. `income.generalBudget`,
 * `expense.class.201`, `gbExpense.item.2011301`, `threePublic.reception`).
 */
export interface Fact {
  metric: string;
  period: Period;
  value: Dec;
  /** Decimals the value is known to; undefined = exact (typed into a cell). */
  decimals?: number;
  /**
   * Every value the cell may hold given the printed precision of the figures it holds or
   * is computed from (a total of items printed to 0.01 is known only to their Σ ± n·0.005).
   * When present it overrides `decimals`; absent = as `decimals` says.
   */
  interval?: Interval;
  cell?: CellRef;
}
