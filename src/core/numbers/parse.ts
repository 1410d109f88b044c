import { Dec } from "./decimal";
import type { AmountUnit } from "./units";

export type FigureUnit = AmountUnit | "%";

/** A number as printed: its value, the digits shown after the point, and its unit. */
export interface Figure {
  /** The printed value in its own unit: 45 for “45%”, 1414.49 for “1414.49万元”. */
  value: Dec;
  /** Digits printed after the decimal point: the figure's precision. */
  decimals: number;
  unit: FigureUnit | null;
  /** The text it was parsed from. */
  text: string;
}

export class FigureParseError extends Error {
  readonly messageZh: string;
  constructor(
    readonly input: string,
    messageZh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = "FigureParseError";
    this.messageZh = messageZh;
  }
}

/**
 * Full-width forms to ASCII, one UTF-16 unit for one, so that offsets found in the
 * normalised text are offsets in the original (the claim extractor relies on this).
 */
export function normalizeDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B\uFF05\u2212]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    switch (ch) {
      case "\uFF0E":
        return ".";
      case "\uFF0D":
      case "\u2212":
        return "-";
      case "\uFF0B":
        return "+";
      default:
        return "%";
    }
  });
}

/** A number with optional sign, thousands separators and decimals (ASCII, after normalising). */
export const NUMBER_SOURCE = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const UNIT_SOURCE = String.raw`亿元|万元|元|亿|万|%`;
const FIGURE_RE = new RegExp(String.raw`^(${NUMBER_SOURCE})\s*(${UNIT_SOURCE})?$`);

export function unitOf(printed: string | undefined): FigureUnit | null {
  switch (printed) {
    case undefined:
    case "":
      return null;
    case "万":
    case "万元":
      return "万元";
    case "亿":
    case "亿元":
      return "亿元";
    case "元":
      return "元";
    default:
      return "%";
  }
}

/** Excel keeps 15 significant digits of a number; further digits are lost or overflow. */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

/**
 * Whether Excel can hold the value as written: finite, at most 15 significant digits
 * (trailing zeros of a whole number count: 1234567890123456000 has 19). A 400-digit
 * amount would become Infinity in a workbook.
 */
export function fitsExcel(value: Dec): boolean {
  return value.isFinite() && value.sd(true) <= EXCEL_SIGNIFICANT_DIGITS;
}

/** Parses the number part of an already-normalised figure. */
export function figureFrom(numberText: string, unitText: string | undefined, text: string): Figure {
  const plain = numberText.replace(/,/g, "");
  const point = plain.indexOf(".");
  return {
    value: new Dec(plain),
    decimals: point < 0 ? 0 : plain.length - point - 1,
    unit: unitOf(unitText),
    text,
  };
}

/**
 * Parses a figure as printed in Chinese finance text: `1414.49万元`, `14144926.18元`,
 * `24亿元`, `３１９０.２１`, `1,234.50`, `-5`, `45%`, `0.00%`.
 * @throws FigureParseError when the text is not one figure.
 */
export function parseFigure(text: string): Figure {
  const figure = tryParseFigure(text);
  if (!figure) {
    throw new FigureParseError(
      text,
      `无法识别的数字：“${text}”`,
      `Not a number as printed in a report: "${text}"`,
    );
  }
  return figure;
}

export function tryParseFigure(text: string): Figure | null {
  if (typeof text !== "string") return null;
  const match = FIGURE_RE.exec(normalizeDigits(text.trim()));
  if (!match) return null;
  return figureFrom(match[1], match[2], text);
}

/** The figure written back with its own precision and unit: parse → format → parse is stable. */
export function formatFigure(figure: Pick<Figure, "value" | "decimals" | "unit">): string {
  return figure.value.toFixed(figure.decimals) + (figure.unit ?? "");
}
