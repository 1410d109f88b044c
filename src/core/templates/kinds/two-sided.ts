import { toChineseNumeral } from "../../text/numerals";
import type { Rect } from "../a1";
import { rowKeysIn } from "../fill-data";
import { cellKey } from "../keys";
import type {
  AnalysisLane,
  BuildContext,
  Expr,
  ModelCell,
  SheetModel,
  StaticCell,
} from "../sheet-model";
import type { EconomicItems, FixedRowDef, SideDef, SumDef, TwoSidedTableDef } from "../types";
import { TITLE_ROWS, exprFrom, headerCell, sortCodes, titleBlock } from "./common";

/** A row of one side after "classes" and 经济分类 items are expanded. */
interface SideRow {
  key: string;
  label: string;
  labelEn: string;
  code?: string;
  indent: number;
  lineNo: boolean;
  sum?: SumDef;
  /** Rows whose sum this row is (a 经济分类 类 over its 款). */
  children?: string[];
  treeSumId?: string;
  metric?: string;
  metricByColumn?: Record<string, string>;
  signed?: boolean;
  shareOf?: string;
  total: boolean;
}

const fixedRow = (r: FixedRowDef): SideRow => ({
  key: r.key,
  label: r.label,
  labelEn: r.labelEn,
  indent: r.indent ?? 0,
  lineNo: r.lineNo ?? false,
  sum: r.sum,
  metric: r.metric,
  metricByColumn: r.metricByColumn,
  signed: r.signed,
  shareOf: r.shareOf,
  total: r.sum !== undefined,
});

function expandItems(side: SideDef, def: TwoSidedTableDef, ctx: BuildContext): SideRow[] {
  const rows: SideRow[] = [];
  for (const item of side.items) {
    if (item === "classes") {
      ctx.set.classRows.forEach((code, i) => {
        const name = ctx.catalogue.name("functional", code) ?? code;
        rows.push({
          key: `class.${code}`,
          code,
          label: `${toChineseNumeral(i + 1)}、${name}`,
          labelEn: `Class ${code}`,
          indent: 0,
          lineNo: true,
          metric: side.classMetric ? `${side.classMetric}.${code}` : undefined,
          shareOf: side.classShareOf,
          total: false,
        });
      });
    } else if (typeof item === "object" && "economic" in item) {
      rows.push(...economicRows(item, side, def, ctx));
    } else {
      rows.push(fixedRow(item));
    }
  }
  return rows;
}

/** 经济分类 类 rows of a lane, each followed by its 款 present in the data. */
function economicRows(
  item: EconomicItems,
  side: SideDef,
  def: TwoSidedTableDef,
  ctx: BuildContext,
): SideRow[] {
  const present = rowKeysIn(ctx.data, def.id);
  const classes = [
    ...item.economic,
    ...(item.optional ?? []).filter((c) => [...present].some((p) => p.startsWith(c))),
  ];
  const rows: SideRow[] = [];
  for (const cls of classes) {
    const children = sortCodes([...present].filter((p) => p.length === 5 && p.startsWith(cls)));
    rows.push({
      key: cls,
      code: cls,
      label: ctx.catalogue.name("economic", cls) ?? cls,
      labelEn: `Economic class ${cls}`,
      indent: 0,
      lineNo: false,
      children: children.length ? children : undefined,
      treeSumId: item.treeSumId,
      metric: `${item.metric}.${cls}`,
      shareOf: side.classShareOf,
      total: children.length > 0,
    });
    for (const code of children) {
      rows.push({
        key: code,
        code,
        label: ctx.catalogue.name("economic", code) ?? code,
        labelEn: `Economic item ${code}`,
        indent: 1,
        lineNo: false,
        metric: `${item.metric}.${code}`,
        shareOf: side.classShareOf,
        total: false,
      });
    }
  }
  return rows;
}

export function buildTwoSided(def: TwoSidedTableDef, ctx: BuildContext): SheetModel {
  const sides = [def.left, def.right];
  const widthOf = (s: SideDef) => 2 + s.columns.length;
  const starts = [0, widthOf(def.left)];
  const lastCol = starts[1] + widthOf(def.right) - 1;
  const headerFirst = TITLE_ROWS;
  const bodyFirst = headerFirst + 2;

  const items = sides.map((s) => expandItems(s, def, ctx));
  const footers = sides.map((s) => s.footer.map((r) => (r ? fixedRow(r) : null)));
  const bodyLen = Math.max(items[0].length, items[1].length);
  const footLen = Math.max(footers[0].length, footers[1].length);
  const lastRow = bodyFirst + bodyLen + footLen - 1;

  const statics: StaticCell[] = [];
  const merges: Rect[] = [];
  titleBlock(def, lastCol, ctx, statics, merges);

  const placed: Array<Array<{ row: SideRow; sheetRow: number }>> = [[], []];
  const rowKeys: string[] = ["title", "number", "meta", "header.0", "header.1"];
  for (let i = 0; i < bodyLen + footLen; i++) {
    const slot = (s: number) =>
      i < bodyLen ? (items[s][i] ?? null) : (footers[s][i - bodyLen] ?? null);
    const pair = [slot(0), slot(1)];
    pair.forEach((r, s) => r && placed[s].push({ row: r, sheetRow: bodyFirst + i }));
    rowKeys.push(`row:${pair[0]?.key ?? ""}/${pair[1]?.key ?? ""}`);
  }

  const cellsByKey = new Map<string, ModelCell>();
  const cells: ModelCell[] = [];
  let lineNo = 0;
  sides.forEach((side, s) => {
    const c0 = starts[s];
    headerCell(statics, merges, headerFirst, c0, side.heading, 1, widthOf(side));
    const labels = side.codeColumn ? ["科目编码", "科目名称"] : ["项目", "行次"];
    headerCell(statics, merges, headerFirst + 1, c0, labels[0]);
    headerCell(statics, merges, headerFirst + 1, c0 + 1, labels[1]);
    side.columns.forEach((col, ci) =>
      headerCell(statics, merges, headerFirst + 1, c0 + 2 + ci, col.label),
    );

    const placedRows = new Set(placed[s].map((p) => p.sheetRow));
    for (let r = bodyFirst; r <= lastRow; r++) {
      if (placedRows.has(r)) continue;
      for (let c = c0; c < c0 + widthOf(side); c++)
        statics.push({ row: r, col: c, text: "", style: "blank" });
    }
    for (const { row, sheetRow } of placed[s]) {
      const labelCol = side.codeColumn ? c0 + 1 : c0;
      const style = row.total && !row.code ? "labelTotal" : row.indent ? "labelIndent" : "label";
      statics.push({ row: sheetRow, col: labelCol, text: row.label, style });
      if (side.codeColumn)
        statics.push({ row: sheetRow, col: c0, text: row.code ?? "", style: "code" });
      else
        statics.push({
          row: sheetRow,
          col: c0 + 1,
          text: row.lineNo ? ++lineNo : "",
          style: "lineNo",
        });
      side.columns.forEach((col, ci) => {
        const cell: ModelCell = {
          key: cellKey(def.id, row.key, col.key),
          table: def.id,
          row: sheetRow,
          col: c0 + 2 + ci,
          label: side.columns.length > 1 ? `${row.label} · ${col.label}` : row.label,
          labelEn: side.columns.length > 1 ? `${row.labelEn} · ${col.labelEn}` : row.labelEn,
          input: true,
          exprs: [],
          metric: row.metricByColumn?.[col.key] ?? (ci === 0 ? row.metric : undefined),
          signed: row.signed,
          total: row.total,
        };
        cells.push(cell);
        cellsByKey.set(cell.key, cell);
      });
    }
  });

  // Sums are attached once every cell exists, so a term may name a row of the other side.
  const exists = (k: string) => cellsByKey.has(k);
  sides.forEach((side, s) => {
    const classKeys = placed[s].filter((p) => p.row.key.startsWith("class.")).map((p) => p.row.key);
    for (const { row } of placed[s]) {
      for (const col of side.columns) {
        const cell = cellsByKey.get(cellKey(def.id, row.key, col.key))!;
        const exprs: Expr[] = [];
        if (col.sum) {
          exprs.push(exprFrom(col.sum, (t) => [cellKey(def.id, row.key, t)], exists));
        }
        if (row.sum) {
          const termKeys = (t: string) =>
            t === "$classes"
              ? classKeys.map((k) => cellKey(def.id, k, col.key))
              : [cellKey(def.id, t, col.key)];
          exprs.push(exprFrom(row.sum, termKeys, exists));
        }
        if (row.children && row.treeSumId) {
          exprs.push({
            id: row.treeSumId,
            tag: "T",
            terms: row.children.map((k) => ({
              key: cellKey(def.id, k, col.key),
              sign: 1 as const,
            })),
          });
        }
        cell.exprs = exprs.filter((e) => e.terms.length > 0);
        cell.input = cell.exprs.length === 0;
      }
    }
  });

  const lanes: AnalysisLane[] = sides.map((side, s) => {
    const first = side.columns[0].key;
    return {
      title: `${side.heading}：占比与增减`,
      titleEn: `${side.headingEn}: shares and changes`,
      aligned: true,
      lines: placed[s].map(({ row, sheetRow }) => ({
        row: sheetRow,
        value: cellKey(def.id, row.key, first),
        shareOf: row.shareOf ? cellKey(def.id, row.shareOf, first) : undefined,
      })),
    };
  });

  const widths: number[] = [];
  sides.forEach((side, s) => {
    widths[starts[s]] = side.codeColumn ? 10 : 34;
    widths[starts[s] + 1] = side.codeColumn ? 28 : 6;
    side.columns.forEach((c, ci) => (widths[starts[s] + 2 + ci] = c.width ?? 14));
  });

  return {
    table: def,
    sheet: def.sheet,
    cells,
    statics,
    merges,
    widths,
    headerRows: { first: headerFirst, last: headerFirst + 1 },
    lastRow,
    lastCol,
    rowKeys,
    lanes,
  };
}
