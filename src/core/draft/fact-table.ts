import type { Fact, Period } from "../facts";
import type { Dec } from "../numbers";
import type { CellRef } from "../span";
import { refKey, type Ref } from "./segments";

/**
 * Facts indexed by metric and period. When the same cell is given twice with different
 * values the first one is kept and the clash is recorded, so that a draft never silently
 * picks one of two contradicting figures.
 */
export class FactTable {
  private readonly byKey = new Map<string, Fact>();
  readonly conflicts: Array<{ first: Fact; other: Fact }> = [];

  constructor(facts: readonly Fact[]) {
    for (const f of facts) {
      const key = refKey(f);
      const known = this.byKey.get(key);
      if (!known) this.byKey.set(key, f);
      else if (!known.value.equals(f.value)) this.conflicts.push({ first: known, other: f });
    }
  }

  value(ref: Ref): Dec | undefined {
    return this.byKey.get(refKey(ref))?.value;
  }

  has(ref: Ref): boolean {
    return this.byKey.has(refKey(ref));
  }

  cell(ref: Ref): CellRef | undefined {
    return this.byKey.get(refKey(ref))?.cell;
  }

  /** Codes present in a coded family (`gbExpense.item` → ["2011301", …]), sorted. */
  codes(family: string, period: Period = "current"): string[] {
    const prefix = `${family}.`;
    const codes = new Set<string>();
    for (const f of this.byKey.values()) {
      if (f.period === period && f.metric.startsWith(prefix)) {
        const code = f.metric.slice(prefix.length);
        if (/^\d+$/.test(code)) codes.add(code);
      }
    }
    return [...codes].sort();
  }
}
