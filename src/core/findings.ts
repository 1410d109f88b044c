import type { FindingCause } from "./causes/types";
import type { CellRef, Span } from "./span";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

/**
 * One inconsistency, where it sits and why. Narrative findings carry `span` (the exact
 * text of the wrong claim, e.g. “占45%”, not the sentence); workbook findings
 * (reconciliation) carry `cell`. `message` is zh-CN and shows the arithmetic
 * (“占比应为44.34%（1414.49 ÷ 3190.21），文中为45%”); `messageEn` is its en-US twin.
 * A figure correction is offered as `fix` for the user to apply, never applied silently.
 */
export interface Finding {
  /** Stable rule id (workbooks store waivers by it: never rename). */
  rule: string;
  severity: Severity;
  message: string;
  messageEn: string;
  span?: Span;
  cell?: CellRef;
  /** The text under `span`, or the cell's displayed value. */
  text: string;
  expected?: string;
  actual?: string;
  related?: Array<Span | CellRef>;
  fix?: Fix;
  /**
   * Set when one figure explains this finding and others (src/core/causes): whether this
   * is the group's primary finding or follows from the figure, and which figure it is.
   */
  cause?: FindingCause;
}

export function isCellRef(x: Span | CellRef): x is CellRef {
  return (x as CellRef).sheet !== undefined;
}

/** Orders findings by position (text first, then cells), for stable output. */
export function compareFindings(a: Finding, b: Finding): number {
  const as = a.span?.start ?? Number.MAX_SAFE_INTEGER;
  const bs = b.span?.start ?? Number.MAX_SAFE_INTEGER;
  if (as !== bs) return as - bs;
  const ac = a.cell ? `${a.cell.sheet}!${a.cell.cell}` : "";
  const bc = b.cell ? `${b.cell.sheet}!${b.cell.cell}` : "";
  if (ac !== bc) return ac < bc ? -1 : 1;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
