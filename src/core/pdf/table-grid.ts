import type { DataSection } from "../templates/data";
import { normalizeName } from "../templates/data";
import type { TableDef } from "../templates/types";
import type { PdfLine } from "./lines";
import type { PdfItem } from "./types";
import type { PrintedTable } from "./table-regions";

/** Where a row handed to the data reader was printed (its `line` indexes this list). */
export interface PrintedRow {
  table: string;
  page: number;
  line: number;
  label: string;
}

/** A header cell: its text as matched, and the x where its column sits. */
interface Anchor {
  label: string;
  /** A template column label, or null for a printed column the template has no cell for. */
  known: boolean;
  x: number;
  x0: number;
  x1: number;
}

const FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
const NUMBERISH = /\d/;
const HEAD_LINE = /部门[:：]|单位[:：]|金额单位|公开\d+表|^\(?单位/u;
const CODE_HEADS = ["科目编码", "编码", "功能分类科目编码", "经济分类科目编码"];
const CODE_PARTS = ["类", "款", "项"];

/**
 * Rebuilds a printed table's rows and columns from glyph positions, as the sections a
 * data file gives (header + rows), so that one reader (templates/data) matches them to
 * the template's cells. Columns are anchored at the header cells: a label of the
 * template's table, found alone or joined with the fragments printed under it (a header
 * wrapped in its cell, “一般公共预算财政拨” + “款”); group headers (预算数, 本年支出) say which
 * period or group a column is under; header cells the template does not know (an analysis
 * block) are anchors too, so that their figures are not taken for a neighbour's. In a row
 * a figure belongs to the column whose band holds its right edge (figures are right-
 * aligned), a label to the one that holds its centre.
 */
export function tableSections(
  table: PrintedTable,
  def: TableDef,
  rows: PrintedRow[],
): DataSection[] {
  const lines = table.lines.filter((l) => !HEAD_LINE.test(l.text.replace(/\s/g, "")));
  const firstData = lines.findIndex(isDataLine);
  if (firstData < 0) return [];
  const header = lines.slice(0, firstData);
  const body = lines.slice(firstData);
  const vocabulary = labelsOf(def);
  const anchors = headerAnchors(header, vocabulary.columns, vocabulary.groups);
  const groups = groupAnchors(header, vocabulary.groups);
  const record = (l: PdfLine, label: string) => {
    rows.push({ table: def.number, page: l.page, line: l.line, label });
    return rows.length;
  };
  switch (def.kind) {
    case "coded":
      return [codedSection(def.number, anchors, columnEdges(anchors, body), body, record)];
    case "twoSided": {
      const names = anchors.filter((a) => isNameHead(a.label) || CODE_HEADS.includes(a.label));
      const split = names.length >= 2 ? splitPoint(names) : Infinity;
      const edges = columnEdges(anchors, body);
      return [
        codedSection(def.number, anchors, edges, body, record, (a) => a.x < split),
        codedSection(def.number, anchors, edges, body, record, (a) => a.x >= split),
      ];
    }
    case "periodGrid":
      return [periodSection(def, anchors, groups, body, record)];
    case "performance":
    case "matters": // 其他事项 is our input form, not a table a report prints
      return [];
  }
}

function isDataLine(l: PdfLine): boolean {
  return l.items.some((i) => NUMBERISH.test(i.s) && FIGURE.test(i.s.trim()));
}

function isNameHead(label: string): boolean {
  return ["项目", "科目名称", "科目", "名称", "收入", "支出"].includes(label);
}

/** The x where the right side of a two-sided table starts: at its first header cell. */
function splitPoint(names: readonly Anchor[]): number {
  const sorted = [...names].sort((a, b) => a.x - b.x);
  const first = sorted[0].label;
  return (sorted.find((a, i) => i > 0 && a.label === first) ?? sorted[1]).x;
}

/** The header words a table's printed header may hold, by what they anchor. */
function labelsOf(def: TableDef): { columns: Set<string>; groups: Set<string> } {
  const columns = new Set<string>(["行次", ...CODE_HEADS, ...CODE_PARTS, "科目名称", "项目"]);
  const groups = new Set<string>();
  const add = (s: string) => columns.add(normalizeName(s));
  switch (def.kind) {
    case "coded":
      def.columns.forEach((c) => add(c.label));
      def.groups?.forEach((g) => groups.add(normalizeName(g.label)));
      break;
    case "twoSided":
      for (const side of [def.left, def.right]) {
        add(side.heading);
        side.columns.forEach((c) => add(c.label));
        if (side.columns.length === 1) ["金额", "决算数"].forEach(add);
      }
      groups.add(normalizeName(def.left.heading));
      groups.add(normalizeName(def.right.heading));
      break;
    case "periodGrid":
      def.items.forEach((c) => add(c.label));
      def.periods.forEach((p) => groups.add(normalizeName(p.label)));
      def.items.forEach((c) => c.group && groups.add(normalizeName(c.group)));
      break;
    case "performance":
      break;
  }
  return { columns, groups };
}

interface Fragment {
  row: number;
  item: PdfItem;
  text: string;
  used: boolean;
}

/**
 * Header cells: each fragment that is a known label, or becomes one joined with the
 * fragments printed under (or over) it in the same cell; the rest, unless they are group
 * headers, are anchors of columns the template does not know.
 */
function headerAnchors(
  header: readonly PdfLine[],
  known: ReadonlySet<string>,
  groups: ReadonlySet<string>,
): Anchor[] {
  const frags: Fragment[] = header.flatMap((l, row) =>
    l.items.map((item) => ({ row, item, text: normalizeName(item.s), used: false })),
  );
  const anchors: Anchor[] = [];
  const overlaps = (a: PdfItem, b: PdfItem) =>
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.3 * Math.min(a.w, b.w);
  for (const f of frags) {
    if (f.used || f.text === "") continue;
    // The fragment with the ones under it in its cell, longest first, then alone.
    const stack = [f];
    // A wrapped header's lines may straddle a neighbour's single line (cells are
    // vertically centred), so a line with nothing under the fragment is skipped.
    for (let r = f.row + 1; r < header.length && r <= f.row + 3; r++) {
      const next = frags.find((g) => !g.used && g.row === r && overlaps(g.item, f.item));
      if (next) stack.push(next);
    }
    // A side's heading (收入, 支出) drawn across the header cells under it groups them;
    // as a column of its own it would take the figures of the cell under its centre.
    if (groups.has(f.text) && spans(f, frags, overlaps)) continue;
    let matched = false;
    for (let n = stack.length; n >= 1 && !matched; n--) {
      const text = stack
        .slice(0, n)
        .map((g) => g.text)
        .join("");
      if (known.has(text)) {
        const parts = stack.slice(0, n);
        parts.forEach((g) => (g.used = true));
        const x0 = Math.min(...parts.map((g) => g.item.x));
        const x1 = Math.max(...parts.map((g) => g.item.x + g.item.w));
        anchors.push({ label: text, known: true, x: (x0 + x1) / 2, x0, x1 });
        matched = true;
      }
    }
  }
  for (const f of frags) {
    if (f.used || f.text === "" || groups.has(f.text)) continue;
    if (frags.some((g) => g.used && g.row < f.row && overlaps(g.item, f.item))) continue;
    // Likewise a group header the template does not name (本年支出 over its columns).
    if (spans(f, frags, overlaps)) continue;
    const x0 = f.item.x;
    const x1 = f.item.x + f.item.w;
    anchors.push({ label: f.text, known: false, x: (x0 + x1) / 2, x0, x1 });
  }
  return anchors.sort((a, b) => a.x - b.x);
}

/** Whether a fragment is printed over two or more fragments of the rows below it. */
function spans(
  f: Fragment,
  frags: readonly Fragment[],
  overlaps: (a: PdfItem, b: PdfItem) => boolean,
): boolean {
  const under = frags.filter(
    (g) => g.row > f.row && g.text !== "" && g.item.w < f.item.w && overlaps(g.item, f.item),
  );
  return new Set(under.map((g) => Math.round(g.item.x))).size >= 2;
}

function groupAnchors(header: readonly PdfLine[], groups: ReadonlySet<string>): Anchor[] {
  return header
    .flatMap((l) => l.items)
    .filter((i) => groups.has(normalizeName(i.s)))
    .map((i) => ({
      label: normalizeName(i.s),
      known: true,
      x: i.x + i.w / 2,
      x0: i.x,
      x1: i.x + i.w,
    }))
    .sort((a, b) => a.x - b.x);
}

/** The anchor whose band holds x; `edges[i]` is the border between anchors i and i + 1. */
function columnAt(
  anchors: readonly Anchor[],
  x: number,
  edges?: readonly number[],
): Anchor | undefined {
  for (let i = 0; i < anchors.length; i++) {
    const hi =
      i === anchors.length - 1 ? Infinity : (edges?.[i] ?? (anchors[i].x + anchors[i + 1].x) / 2);
    if (x <= hi) return anchors[i];
  }
  return undefined;
}

const isFigure = (item: PdfItem) => FIGURE.test(item.s.trim());

/**
 * Column borders. Figures are right-aligned, so a column's right border is where its
 * figures end (found first with borders halfway between header centres); labels are
 * left-aligned and start just past the border before them. Where a column holds no
 * figure the border stays halfway.
 */
function columnEdges(anchors: readonly Anchor[], body: readonly PdfLine[]): number[] {
  const edges = anchors.slice(0, -1).map((a, i) => (a.x + anchors[i + 1].x) / 2);
  const ends = new Map<Anchor, number>();
  for (const l of body)
    for (const item of l.items) {
      if (!isFigure(item)) continue;
      const right = item.x + item.w;
      const a = columnAt(anchors, right - 0.5);
      if (a) ends.set(a, Math.max(ends.get(a) ?? -Infinity, right));
    }
  anchors.slice(0, -1).forEach((a, i) => {
    const end = ends.get(a);
    if (end !== undefined && end < anchors[i + 1].x) edges[i] = end + 0.1;
  });
  return edges;
}

/** Where an item sits for its column: a figure by its right edge, a label by its start. */
function placeOf(item: PdfItem): number {
  return isFigure(item) ? item.x + item.w - 0.5 : item.x + Math.min(1, item.w / 2);
}

/** Rows of a coded table or of one side of a two-sided one, as a data section. */
function codedSection(
  table: string,
  all: readonly Anchor[],
  edges: readonly number[],
  body: readonly PdfLine[],
  record: (l: PdfLine, label: string) => number,
  within: (a: Anchor) => boolean = () => true,
): DataSection {
  const anchors = all.filter(within);
  const codeCols = anchors.filter(
    (a) => CODE_HEADS.includes(a.label) || CODE_PARTS.includes(a.label),
  );
  const nameCol = anchors.find((a) => isNameHead(a.label));
  const valueCols = anchors.filter(
    (a) => a.known && !codeCols.includes(a) && !isNameHead(a.label) && a.label !== "行次",
  );
  const header = ["科目编码", "科目名称", ...valueCols.map((a) => a.label)];
  const rows: DataSection["rows"] = [];
  for (const l of body) {
    const cells = new Map<Anchor, string[]>();
    for (const item of l.items) {
      const a = columnAt(all, placeOf(item), edges);
      if (!a || !within(a)) continue;
      cells.set(a, [...(cells.get(a) ?? []), item.s.trim()]);
    }
    const code = codeCols
      .map((a) => (cells.get(a) ?? []).join(""))
      .join("")
      .replace(/\s/g, "");
    const name = nameCol ? (cells.get(nameCol) ?? []).join("") : "";
    const values = valueCols.map((a) => (cells.get(a) ?? []).join(""));
    if (code === "" && name === "") continue;
    if (!/^\d*$/.test(code)) continue;
    rows.push({
      line: record(l, code ? `${code} ${name}`.trim() : name),
      cells: [code, name, ...values],
    });
  }
  return { table, line: 0, header, rows };
}

/** 公开07: the one row of figures, split into periods by the group headers above. */
function periodSection(
  def: Extract<TableDef, { kind: "periodGrid" }>,
  anchors: readonly Anchor[],
  groups: readonly Anchor[],
  body: readonly PdfLine[],
  record: (l: PdfLine, label: string) => number,
): DataSection {
  const periodNames = new Set(def.periods.map((p) => normalizeName(p.label)));
  const periods = groups.filter((g) => periodNames.has(g.label));
  const itemLabels = def.items.map((i) => normalizeName(i.label));
  const header = ["项目", ...def.items.map((i) => i.label)];
  const rows: DataSection["rows"] = [];
  const line = body[0];
  if (!line || periods.length === 0) return { table: def.number, line: 0, header, rows };
  const periodOf = (x: number) => columnAt(periods, x);
  const edges = columnEdges(anchors, body);
  for (const p of periods) {
    const cells = new Map<string, string>();
    for (const item of line.items) {
      const a = columnAt(anchors, placeOf(item), edges);
      if (!a || !itemLabels.includes(a.label) || periodOf(a.x) !== p) continue;
      cells.set(a.label, item.s.trim());
    }
    if (cells.size === 0) continue;
    rows.push({
      line: record(line, p.label),
      cells: [p.label, ...itemLabels.map((l) => cells.get(l) ?? "")],
    });
  }
  return { table: def.number, line: 0, header, rows };
}
