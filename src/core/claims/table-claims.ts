import { isAmountUnit, normalizeDigits, tryParseFigure, type AmountUnit } from "../numbers";
import type { Span } from "../span";
import type { NarrativeDocument } from "../text/types";
import type { ExtractionContext } from "./model";
import { lowerBound } from "./search";
import { periodOfLabel } from "./wording";
import type { AmountClaim } from "./types";

/**
 * Figures of text tables that are labelled in the cell before them (“预算数: | 60 |
 * 执行数: | 31”) and whose unit the table states (“预算执行情况(万元)”). Other cells are
 * not read: a grid of figures without labels says nothing a rule could check safely.
 */

const UNIT_IN_HEADER = /[（(](亿元|万元|元)[）)]/;
const LABEL_CELL = /^(.{1,20}?)[:：]$/;

/** The paragraph (a table line) that holds an offset of table `t`, by binary search. */
export function tableParagraphs(
  doc: NarrativeDocument,
): (t: number, offset: number) => number | undefined {
  const paragraphsOf = new Map<number, number[]>();
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.table === undefined) continue;
    let list = paragraphsOf.get(p.table);
    if (!list) paragraphsOf.set(p.table, (list = []));
    list.push(p.index);
  }
  return (t, offset) => {
    const paragraphs = paragraphsOf.get(t) ?? [];
    const i = paragraphs[lowerBound(paragraphs, (p) => doc.paragraphs[p].span.end > offset)];
    return i !== undefined && doc.paragraphs[i].span.start <= offset ? i : undefined;
  };
}

export function readTables(ctx: ExtractionContext): void {
  const { doc } = ctx;
  const locate = tableParagraphs(doc);
  doc.tables.forEach((table, t) => {
    const paragraphAt = (offset: number) => locate(t, offset);
    let unit: AmountUnit | undefined;
    for (const row of table.rows) {
      const cells = row.cells.map((c) => doc.text.slice(c.start, c.end).trim());
      for (const cell of cells) {
        const header = UNIT_IN_HEADER.exec(normalizeDigits(cell));
        if (header && isAmountUnit(header[1])) unit = header[1];
      }
      for (let i = 0; i + 1 < cells.length; i++) {
        const label = LABEL_CELL.exec(cells[i]);
        if (!label) continue;
        const figure = tryParseFigure(cells[i + 1]);
        if (!figure || figure.unit === "%" || (figure.unit === null && !unit)) continue;
        const span = trimmed(doc.text, row.cells[i + 1]);
        const paragraph = paragraphAt(span.start);
        if (paragraph === undefined) continue;
        const claim: Omit<AmountClaim, "id"> = {
          kind: "amount",
          span,
          paragraph,
          label: label[1].trim(),
          period: periodOfLabel(label[1], ctx.reportYear),
          figureSpan: span,
          figure,
          ...(figure.unit === null && unit ? { impliedUnit: unit } : {}),
        };
        ctx.list.add(claim, {
          depth: 0,
          sentence: -1,
          clause: -1,
          section: doc.paragraphs[paragraph].section,
        });
      }
    }
  });
}

export function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
