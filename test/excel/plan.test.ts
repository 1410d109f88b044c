/*
 * planSheet on hand-made layouts: what moves with its row when rows move, and what is
 * never written without the user's consent.
 */
import type { LayoutCell, SheetLayout } from "../../src/core/templates/layout";
import { planSheet, type ExistingSheet } from "../../src/excel/plan";
import { a1 } from "../../src/core/templates/a1";

function layout(rowKeys: string[], signature: string): SheetLayout {
  const cells: LayoutCell[] = rowKeys.map((k, row) => ({
    row,
    col: 0,
    address: a1(row, 0),
    kind: "label",
    value: k,
    style: "label",
  }));
  return { name: "表", cells, merges: [], widths: [], rowKeys, signature };
}

/** The sheet after the plan's contents are written over `grid`. */
function apply(grid: string[][], plan: ReturnType<typeof planSheet>): string[][] {
  const out = grid.map((r) => [...r]);
  const c = plan.contents;
  if (!c) return out;
  c.grid.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null) return;
      const r = c.rect.top + i;
      while (out.length <= r) out.push([]);
      out[r][c.rect.left + j] = String(v);
    }),
  );
  const width = Math.max(...out.map((r) => r.length));
  return out.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
}

describe("planSheet when rows move", () => {
  const old = { signature: "s1", rowKeys: ["a", "b", "c"] };

  it("carries every other cell of a row to its new row, and the rows below the table too", () => {
    const grid = [
      ["a", "", "甲"],
      ["b", "", "乙"],
      ["c", "", "丙"],
      ["", "制表人", ""],
    ];
    const existing: ExistingSheet = { formulas: grid, top: 0, left: 0, stored: old };
    const plan = planSheet(layout(["a", "new", "b", "c"], "s2"), existing);
    expect(plan.conflicts).toEqual([]);
    expect(apply(grid, plan)).toEqual([
      ["a", "", "甲"],
      ["new", "", ""],
      ["b", "", "乙"],
      ["c", "", "丙"],
      ["", "制表人", ""],
    ]);
  });

  it("a user's cell on a row that is gone is a conflict, kept with what would move onto it", () => {
    const grid = [
      ["a", "", "甲"],
      ["b", "", "乙"],
      ["c", "", "丙"],
    ];
    const existing: ExistingSheet = { formulas: grid, top: 0, left: 0, stored: old };
    const next = layout(["a", "c"], "s2");
    const plan = planSheet(next, existing);
    expect(plan.conflicts).toEqual([{ sheet: "表", cell: "C2", existing: "乙", proposed: "" }]);
    // 丙 cannot move up onto 乙: it stays where it is too; row b's label is the template's.
    expect(apply(grid, plan)).toEqual([
      ["a", "", "甲"],
      ["c", "", "乙"],
      ["", "", "丙"],
    ]);
    const approved = planSheet(next, existing, { approved: [{ cell: "表!C2", seen: "乙" }] });
    expect(approved.conflicts).toEqual([]);
    expect(apply(grid, approved)).toEqual([
      ["a", "", "甲"],
      ["c", "", "丙"],
      ["", "", ""],
    ]);
  });
});
