import type { NarrativeDocument } from "../text/types";
import { countedThing, wordsAfter } from "./counted";
import { COUNTERS, NOT_A_COUNTER, type CountOptions } from "./counts";
import { tableParagraphs, trimmed } from "./table-claims";
import type { CountClaim } from "./types";
import { normalizedText } from "../text/normalized";

/**
 * Counts of a pasted performance table (项目绩效目标完成情况表): the rows under a header that
 * names a target column (预期指标值, 预期目标) and an actual one (实际完成指标值), each such
 * cell read for the count it starts with (“18家”, “9家（2019年度认定的…）”). The row's
 * indicator (the 三级指标 cell, else the cell before the target) says what is counted; a
 * target cell is the budget period, an actual cell this year's. Other tables and cells
 * are not read: a figure in a grid without such a header says nothing comparable.
 */

const TARGET_HEADER = /预期(?:指标)?值|预期目标|目标值|计划值/;
const ACTUAL_HEADER = /实际(?:完成)?(?:指标)?值|实际完成/;
const LABEL_HEADER = /三级指标|指标名称/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEADING_COUNT = new RegExp(
  `^([0-9]+)[ \\u3000]*(?:(余|多)[ \\u3000]*)?(${COUNTERS.map(escape).join("|")})`,
);

interface Columns {
  label: number;
  target: number;
  actual: number;
}

type Count = Omit<CountClaim, "id">;

export function extractTableCounts(doc: NarrativeDocument, options: CountOptions = {}): Count[] {
  const out: Count[] = [];
  const locate = tableParagraphs(doc);
  const norm = normalizedText(doc);
  doc.tables.forEach((table, t) => {
    let columns: Columns | undefined;
    for (const row of table.rows) {
      const cells = row.cells.map((c) => norm.slice(c.start, c.end).trim());
      const header = headerOf(cells);
      if (header) {
        columns = header;
        continue;
      }
      if (!columns) continue;
      const label = cells[columns.label] ?? "";
      if (label === "") continue;
      for (const [column, period] of [
        [columns.target, "budget"],
        [columns.actual, "current"],
      ] as const) {
        const span = row.cells[column] && trimmed(doc.text, row.cells[column]);
        if (!span) continue;
        const text = norm.slice(span.start, span.end);
        const m = LEADING_COUNT.exec(text);
        if (!m || NOT_A_COUNTER[m[3]]?.test(text.slice(m[0].length, m[0].length + 3))) continue;
        const paragraph = locate(t, span.start);
        if (paragraph === undefined) continue;
        const counted = countedThing(label, wordsAfter(text, m[0].length), options.unitNames);
        out.push({
          kind: "count",
          value: Number(m[1]),
          counter: m[3],
          label,
          period,
          ...(counted ? { counted } : {}),
          ...(m[2] ? { approximate: true } : {}),
          span: { start: span.start, end: span.start + m[0].length },
          paragraph,
        });
      }
    }
  });
  return out;
}

function headerOf(cells: readonly string[]): Columns | undefined {
  const target = cells.findIndex((c) => TARGET_HEADER.test(c));
  const actual = cells.findIndex((c) => ACTUAL_HEADER.test(c));
  if (target < 0 || actual < 0 || target === actual) return undefined;
  const named = cells.findIndex((c) => LABEL_HEADER.test(c));
  const label = named >= 0 ? named : Math.min(target, actual) - 1;
  return label >= 0 ? { label, target, actual } : undefined;
}
