import { FONT_NAME, FONT_SIZE, type CellStyle } from "../core/templates/styles";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Queues the formatting of one style on a range (no sync: the caller batches). */
export function applyStyle(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  f.font.name = FONT_NAME;
  f.font.size = s.size ?? FONT_SIZE;
  f.font.bold = s.bold === true;
  f.font.italic = s.italic === true;
  if (s.color) f.font.color = s.color;
  if (s.underline) f.font.underline = "Single";
  if (s.horizontal) f.horizontalAlignment = HORIZONTAL[s.horizontal];
  f.verticalAlignment = VERTICAL[s.vertical ?? "middle"];
  if (s.wrap) f.wrapText = true;
  if (s.indent) f.indentLevel = s.indent;
  if (s.fill) f.fill.color = s.fill;
  if (s.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const e of edges) f.borders.getItem(e as Excel.BorderIndex).style = "Continuous";
  }
  if (s.numberFormat) {
    const fmt = s.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => fmt),
    );
  }
}
