import { roleOfHeader } from "../claims/grid-claims";
import type { Finding } from "../findings";
import { Dec, formatNumber, Interval, sumIntervals, tryParseFigure } from "../numbers";
import { detectReportYear } from "../text/report-year";
import { gridsOf, type Grid, type GridCell, type GridRow } from "../text/table-grid";
import { readMarker, HEADING_LEVEL } from "../text/markers";
import type { Rule, RuleMeta } from "./types";
import { reporter } from "./utils/report";

/**
 * The rows of a text table that break another down add up to it, column by column: the
 * rows under “一、预算拨款” to its figures, the numbered rows (or the unnumbered ones of a
 * flat table) to the 合计 row. Which row is under which is read from the layout —
 * numbering (一、 > （一） > 1. > （1）), a “其中” that opens a list under the row before it,
 * unnumbered rows under the last numbered one — so the rule speaks only when the same
 * reading makes another breakdown of the table add up exactly (the layout is read right),
 * and as a warning. A “其中” list may name only some parts: it must add up only when it
 * closes with 其他…; else only parts above the row are wrong. When the 合计 is off by just
 * what one row is off from its own parts, that row is the cause and the 合计 is not
 * reported again.
 */
const meta: RuleMeta = {
  id: "table-sum",
  description: {
    zh: "表格中各分项行之和应等于其上级行或合计行（按各数的印刷精度判断）。",
    en: "In a text table, the rows that break a row down add up to it, and the top rows to the total.",
  },
  defaultSeverity: "warning",
};

interface Node {
  row: GridRow;
  level: number;
  parent?: Node;
  children: Node[];
  partial: boolean;
}

interface Check {
  whole: GridRow;
  parts: GridRow[];
  /** A “其中” list without 其他: only parts above the whole are wrong. */
  partial: boolean;
  /** Per checked column: the gap whole − Σ parts when it is beyond the printed precisions. */
  gaps: Map<number, Dec>;
}

const TOTAL = /(?:合计|总计)$/;
const OF_WHICH = /^其中[：:]?/;
const OTHER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?)?其他/;
/** Unnumbered rows outside a “其中” list: under the last numbered row, or top rows of a flat table. */
const LEAF = 10;

export const tableSum: Rule = {
  meta,
  check({ doc }) {
    const grids = gridsOf(doc);
    if (grids.length === 0) return [];
    const report = reporter(meta, doc);
    const year = detectReportYear(doc)?.year;
    const findings: Finding[] = [];
    for (const grid of grids) {
      const columns = grid.columns.flatMap((c, k) => {
        const role = roleOfHeader(c.header, year);
        return role && role !== "skip" && role !== "growth" ? [k] : [];
      });
      if (columns.length === 0) continue;
      const checks = checksOf(grid, columns);
      const failed = checks.filter((c) => c.gaps.size > 0);
      if (failed.length === 0 || failed.length === checks.length) continue;
      for (const check of failed) {
        if (explainedByAnother(check, failed)) continue;
        findings.push(report(describe(grid, check)));
      }
    }
    return findings;
  },
};

function checksOf(grid: Grid, columns: readonly number[]): Check[] {
  const roots = treeOf(grid.rows);
  const checks: Check[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.children.length > 0) {
        const check = checkOf(
          n.row,
          n.children.map((c) => c.row),
          n.children[0].partial,
          columns,
        );
        if (check) checks.push(check);
      }
      visit(n.children);
    }
  };
  visit(roots.nodes);
  if (roots.total && roots.nodes.length >= 2) {
    const check = checkOf(
      roots.total,
      roots.nodes.map((n) => n.row),
      false,
      columns,
    );
    if (check) checks.push(check);
  }
  return checks;
}

/** Rows into a tree by their numbering; the 合计 row (first or last) apart. */
function treeOf(rows: readonly GridRow[]): { nodes: Node[]; total?: GridRow } {
  let total: GridRow | undefined;
  const roots: Node[] = [];
  const stack: Node[] = [];
  let list: { parent: Node; level: number } | undefined;
  rows.forEach((row, i) => {
    const label = row.label.text;
    if (TOTAL.test(label) && !readMarker(label, 0, label.length)) {
      if (i === 0 || i === rows.length - 1) total = row;
      list = undefined;
      return;
    }
    const ofWhich = OF_WHICH.exec(label);
    const rest = label.slice(ofWhich ? ofWhich[0].length : 0).trim();
    const marker = readMarker(rest, 0, rest.length);
    let level: number;
    let parent: Node | undefined;
    if (ofWhich && stack.length > 0) {
      parent = stack[stack.length - 1];
      level = marker ? HEADING_LEVEL[marker.style] : parent.level + 0.5;
      list = { parent, level };
    } else if (list && (!marker || HEADING_LEVEL[marker.style] >= list.level)) {
      parent = list.parent;
      level = list.level;
    } else {
      list = undefined;
      level = marker ? HEADING_LEVEL[marker.style] : LEAF;
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      parent = stack[stack.length - 1];
    }
    while (stack.length > 0 && stack[stack.length - 1] !== parent) stack.pop();
    const node: Node = { row, level, parent, children: [], partial: !!list };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  });
  // A “其中” list that names 其他 names every part.
  const complete = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.children.some((c) => OTHER.test(c.row.label.text.replace(OF_WHICH, "").trim())))
        for (const c of n.children) c.partial = false;
      complete(n.children);
    }
  };
  complete(roots);
  return { nodes: roots, total };
}

function checkOf(
  whole: GridRow,
  parts: GridRow[],
  partial: boolean,
  columns: readonly number[],
): Check | undefined {
  if (!whole.cells || parts.some((p) => !p.cells)) return undefined;
  const gaps = new Map<number, Dec>();
  let checked = 0;
  for (const k of columns) {
    const total = valueOf(whole.cells[k]);
    if (!total) continue;
    const values = parts.map((p) => valueOf(p.cells![k]));
    if (values.some((v) => v === undefined)) continue;
    checked++;
    const sum = sumIntervals(values.map((v) => v!.interval));
    const fits = partial ? !sum.lo.greaterThan(total.interval.hi) : sum.meets(total.interval);
    if (!fits)
      gaps.set(k, total.value.minus(values.reduce((s, v) => s.plus(v!.value), new Dec(0))));
  }
  return checked > 0 ? { whole, parts, partial, gaps } : undefined;
}

/** A cell's figure and the values it stands for; an empty cell is nothing, 0 exactly. */
function valueOf(cell: GridCell | null): { value: Dec; interval: Interval } | undefined {
  if (cell === null) return { value: new Dec(0), interval: Interval.exact(0) };
  const figure = tryParseFigure(cell.text);
  if (!figure || figure.unit === "%") return undefined;
  return { value: figure.value, interval: Interval.printed(figure.value, figure.decimals) };
}

/**
 * A check of the 合计 failing by exactly what a row under it fails by, in every column:
 * once that row is put right the total adds up, so the row is the finding.
 */
function explainedByAnother(check: Check, failed: readonly Check[]): boolean {
  return failed.some(
    (other) =>
      other !== check &&
      check.parts.includes(other.whole) &&
      // A row too high by g makes the rows under the 合计 add up to g more than it.
      [...check.gaps].every(([k, gap]) => other.gaps.get(k)?.equals(gap.negated())),
  );
}

function describe(grid: Grid, check: Check) {
  const [k, gap] = [...check.gaps][0];
  const column = grid.columns[k];
  const header = column.group ? `${column.group}${column.header}` : column.header;
  const cell = check.whole.cells![k]!;
  const terms = check.parts.map((p) => p.cells![k]?.text ?? "0");
  const figures = terms.map((t) => tryParseFigure(t));
  const sum = figures.reduce((s, f) => s.plus(f?.value ?? 0), new Dec(0));
  const decimals = Math.max(0, ...figures.map((f) => f?.decimals ?? 0));
  const sumText = formatNumber(sum, decimals);
  const gapText = formatNumber(gap.abs(), decimals);
  const label = check.whole.label.text;
  const more = check.gaps.size > 1 ? `；另有${check.gaps.size - 1}列同样不符` : "";
  const moreEn = check.gaps.size > 1 ? `; ${check.gaps.size - 1} more column(s) disagree too` : "";
  const names = check.parts.map((p) => `“${p.label.text}”`).join("、");
  return check.partial
    ? {
        span: cell.span,
        zh: `表中“${label}”的${header}为${cell.text}，其中所列${names}之和${sumText}（${terms.join(" + ")}）已超过它${gapText}${more}`,
        en: `In the table, ${label} (${header}) is ${cell.text}, but the parts listed under it add up to ${sumText} (${terms.join(" + ")}), ${gapText} more${moreEn}`,
        expected: sumText,
        actual: cell.text,
        related: check.parts.flatMap((p) => (p.cells![k] ? [p.cells![k]!.span] : [])),
      }
    : {
        span: cell.span,
        zh:
          check.parts.length === 1
            ? `表中“${label}”的${header}为${cell.text}，其下唯一的分项${names}为${terms[0]}，相差${gapText}${more}`
            : `表中“${label}”的${header}为${cell.text}，其下${names}之和为${sumText}（${terms.join(" + ")}），相差${gapText}${more}`,
        en: `In the table, ${label} (${header}) is ${cell.text}, but the rows under it (${names}) add up to ${sumText} (${terms.join(" + ")}), ${gapText} apart${moreEn}`,
        expected: sumText,
        actual: cell.text,
        related: check.parts.flatMap((p) => (p.cells![k] ? [p.cells![k]!.span] : [])),
      };
}
