import type { Fact, Period } from "../../../src/core/facts";
import type { CellResolver } from "../../../src/core/draft";

/**
 * A stand-in workbook for formula tests: every fact gets its own cell on a sheet named
 * like the real ones (Chinese characters and digits, so that references must be quoted),
 * and the evaluator reads the facts' values back from those cells as Excel would, as
 * binary doubles.
 */
export interface FakeBook {
  cellOf: CellResolver;
  read: (sheet: string | null, cell: string) => number;
}

export function fakeBook(facts: readonly Fact[], sheet = "公开01表"): FakeBook {
  const address = new Map<string, string>();
  const values = new Map<string, number>();
  facts.forEach((f, i) => {
    const key = `${f.metric}|${f.period}`;
    if (address.has(key)) return;
    const cell = `C${i + 2}`;
    address.set(key, cell);
    values.set(cell, Number(f.value.toString()));
  });
  return {
    cellOf: (metric: string, period: Period) => {
      const cell = address.get(`${metric}|${period}`);
      return cell ? `${sheet}!${cell}` : undefined;
    },
    read: (s, cell) => {
      if (s !== sheet) throw new RangeError(`unknown sheet ${s}`);
      return values.get(cell) ?? 0;
    },
  };
}
