import { tryParseFigure } from "../../numbers";
import type { NarrativeDocument, TextTable } from "../../text/types";
import type { FillData } from "../fill-data";
import { fieldKey, indicatorKey } from "../kinds";
import { cellKey } from "../keys";

const cellText = (doc: NarrativeDocument, t: TextTable, r: number, c: number): string => {
  const span = t.rows[r]?.cells[c];
  return span ? doc.text.slice(span.start, span.end).trim() : "";
};

const LABEL = (s: string) => s.replace(/[:：\s]/g, "");

/**
 * Reads a pasted 项目绩效目标完成情况表 (the seed's table, one cell per line) into the
 * performance template: 项目名称, 预算单位, 预算数/执行数 with 其中-财政拨款 and 其它资金,
 * the annual goals and the indicator rows. Finds the table by its “项目名称” cell.
 */
export function fillPerformanceFromTable(doc: NarrativeDocument, data: FillData): boolean {
  const table = doc.tables.find((t) => cellText(doc, t, 0, 0).startsWith("项目名称"));
  if (!table) return false;
  const rows = table.rows.map((_, r) =>
    table.rows[r].cells.map((__, c) => cellText(doc, table, r, c)),
  );
  const find = (label: string) =>
    rows.findIndex((cells) => LABEL(cells[0] ?? "").startsWith(label));

  const put = (key: string, text: string) => {
    if (text) data.texts.set(key, text);
  };
  const project = find("项目名称");
  if (project >= 0) put(fieldKey("project"), rows[project][1] ?? "");
  const unit = find("预算单位");
  if (unit >= 0) put(fieldKey("unit"), rows[unit][1] ?? "");

  const amount = (r: number, c: number, target: string) => {
    const span = table.rows[r]?.cells[c];
    const f = tryParseFigure(rows[r]?.[c] ?? "");
    if (!f || !span || data.values.has(target)) return;
    data.values.set(target, {
      value: f.value,
      decimals: f.decimals,
      source: { kind: "narrative", span, text: f.text },
    });
  };
  const money = find("预算执行情况");
  if (money >= 0) {
    // Three rows: 预算数 | x | 执行数 | y, then 其中-财政拨款, then 其它资金 (each budget | executed).
    const parts = ["total", "fiscal", "other"];
    for (let i = 0; i < 3; i++) {
      const r = money + i;
      const cells = rows[r] ?? [];
      const labelAt = cells.findIndex((c, j) => j > 0 && c !== "");
      if (labelAt < 0) continue;
      amount(r, labelAt + 1, cellKey("perf", "budget", parts[i]));
      amount(r, labelAt + 3, cellKey("perf", "executed", parts[i]));
    }
  }
  const goals = find("年度目标完成情况");
  if (goals >= 0 && rows[goals + 1]) {
    put(fieldKey("goalPlanned"), rows[goals + 1][1] ?? "");
    put(fieldKey("goalActual"), rows[goals + 1][2] ?? "");
  }
  const indicators = find("绩效指标完成情况");
  if (indicators >= 0) {
    const columns = ["level1", "level2", "level3", "planned", "actual"];
    for (let r = indicators + 1, i = 0; r < rows.length; r++, i++) {
      columns.forEach((c, j) => put(indicatorKey(i, c), rows[r][j + 1] ?? ""));
    }
  }
  return true;
}
