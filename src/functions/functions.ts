/*
 * Excel custom functions, namespace FA (manifest: Functions.Namespace).
 *
 * These are thin wrappers over src/core/numbers: they check what Excel hands them, call
 * the engine, and turn every failure into an Excel error value, never a JS exception.
 *
 * The JSDoc blocks are the metadata: custom-functions-metadata-plugin reads them to write
 * dist/functions.json and appends `CustomFunctions.associate(id, fn)` to this file at build
 * time. Ids (the word after @customfunction) are stored in users' workbooks: never change
 * them. Descriptions are bilingual because functions.json has one description per function.
 */
import {
  Dec,
  FigureParseError,
  changeText,
  convertAmount,
  growth,
  isAmountUnit,
  parseFigure,
  roundHalfUp,
  share,
  type AmountUnit,
} from "../core/numbers";

/** Excel's error values that these functions return. */
export const ERROR = {
  value: "#VALUE!",
  divisionByZero: "#DIV/0!",
  number: "#NUM!",
} as const;
type ErrorValue = (typeof ERROR)[keyof typeof ERROR];

/**
 * Stands in for CustomFunctions.Error where Office's runtime is absent (jest, Node), so that
 * this module can be imported and its results checked without Excel.
 */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorValue,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "FunctionError";
  }
}

/** What a function throws: Office's error object in Excel, FunctionError elsewhere. */
export type ExcelError = CustomFunctions.Error | FunctionError;

/** Office's error class when this runs inside Excel (CustomFunctionsRuntime 1.2+). */
function officeErrorClass(): typeof CustomFunctions.Error | undefined {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function"
    ? CustomFunctions.Error
    : undefined;
}

function excelError(code: ErrorValue, zh?: string, en?: string): ExcelError {
  // Excel shows a message only with #VALUE! and #N/A; it rejects one on other codes.
  const message = code === ERROR.value && zh ? `${zh} ${en ?? ""}`.trim() : undefined;
  const OfficeError = officeErrorClass();
  if (OfficeError) return new OfficeError(code as CustomFunctions.ErrorCode, message);
  return new FunctionError(code, message);
}

function isExcelError(e: unknown): e is ExcelError {
  const OfficeError = officeErrorClass();
  return e instanceof FunctionError || (OfficeError !== undefined && e instanceof OfficeError);
}

const MAX_DECIMALS = 10;

function requireNumber(x: unknown, nameZh: string, nameEn: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw excelError(ERROR.value, `${nameZh}不是数字。`, `${nameEn} is not a number.`);
  }
  return x;
}

/** Excel passes null or undefined for an omitted optional argument. */
function optionalDecimals(x: unknown): number {
  if (x === null || x === undefined) return 2;
  const n = requireNumber(x, "小数位数", "decimals");
  // Like ROUND's num_digits, a fraction is dropped (2.7 → 2).
  const d = Math.trunc(n);
  if (d < 0 || d > MAX_DECIMALS) throw excelError(ERROR.number);
  return d;
}

function optionalUnit(x: unknown): AmountUnit {
  if (x === null || x === undefined || x === "") return "万元";
  if (isAmountUnit(x)) return x;
  throw excelError(
    ERROR.value,
    `单位应为“元”“万元”或“亿元”，而不是“${String(x)}”。`,
    `unit must be 元, 万元 or 亿元, not "${String(x)}".`,
  );
}

/** Runs the engine; anything it throws that is not already an Excel error becomes #VALUE!. */
function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isExcelError(e)) throw e;
    if (e instanceof FigureParseError) throw excelError(ERROR.value, e.messageZh, e.message);
    const detail = e instanceof Error ? e.message : String(e);
    throw excelError(ERROR.value, `无法计算：${detail}`, `Cannot compute: ${detail}`);
  }
}

/** Excel cells hold doubles: a result beyond them is #NUM!, as in Excel's own arithmetic. */
function toCellNumber(x: Dec): number {
  const n = x.toNumber();
  if (!Number.isFinite(n)) throw excelError(ERROR.number);
  return n;
}

/** A fraction rounded so that a 0.00% format (decimals = 2) shows its percent digits. */
function percentFraction(fraction: Dec, decimals: number): number {
  return toCellNumber(roundHalfUp(fraction, decimals + 2));
}

/**
 * 占比：部分 ÷ 总数，按百分数小数位四舍五入，结果为小数，请用百分比格式显示。Share: part ÷ total as a fraction, rounded half-up to the given percent decimals; format the cell as a percentage.
 * @customfunction SHARE
 * @param part 部分（如某项收入）。The part (e.g. one income line).
 * @param total 总数（如本年收入合计），为 0 时返回 #DIV/0!。The total (e.g. total income); 0 gives #DIV/0!.
 * @param [decimals] 百分数保留的小数位，默认 2（44.34%）。Decimals of the percentage, default 2 (44.34%).
 * @returns 占比（小数）。The share as a fraction.
 */
export function faShare(part: number, total: number, decimals?: number): number {
  return guarded(() => {
    const p = requireNumber(part, "部分", "part");
    const t = requireNumber(total, "总数", "total");
    const d = optionalDecimals(decimals);
    const fraction = share(new Dec(p), new Dec(t));
    if (fraction === null) throw excelError(ERROR.divisionByZero);
    return percentFraction(fraction, d);
  });
}

/**
 * 增减率：(本年 − 上年) ÷ 上年，按百分数小数位四舍五入，结果为小数。Growth: (current − prior) ÷ prior as a fraction, rounded half-up to the given percent decimals.
 * @customfunction GROWTH
 * @param current 本年数。The current-year value.
 * @param prior 上年数，为 0 时返回 #DIV/0!。The prior-year value; 0 gives #DIV/0!.
 * @param [decimals] 百分数保留的小数位，默认 2。Decimals of the percentage, default 2.
 * @returns 增减率（小数，下降为负数）。The growth rate as a fraction, negative for a decrease.
 */
export function faGrowth(current: number, prior: number, decimals?: number): number {
  return guarded(() => {
    const c = requireNumber(current, "本年数", "current");
    const p = requireNumber(prior, "上年数", "prior");
    const d = optionalDecimals(decimals);
    const rate = growth(new Dec(c), new Dec(p));
    if (rate === null) throw excelError(ERROR.divisionByZero);
    return percentFraction(rate, d);
  });
}

/**
 * 增减说明：如“增加518.08万元，增长51.81%”“减少1.52万元，下降3.58%”“与上年持平”。Change wording in Chinese, e.g. 增加518.08万元，增长51.81%.
 * @customfunction CHANGETEXT
 * @param current 本年数（以 unit 为单位）。The current-year amount, in unit.
 * @param prior 上年数（以 unit 为单位）；为 0 时只写增减额。The prior-year amount, in unit; when 0 only the amount is written.
 * @param [unit] 金额单位：元、万元（默认）或亿元。Amount unit: 元, 万元 (default) or 亿元.
 * @param [decimals] 增减率保留的小数位，默认 2。Decimals of the rate, default 2.
 * @returns 增减说明文字。The change wording.
 */
export function faChangeText(
  current: number,
  prior: number,
  unit?: string,
  decimals?: number,
): string {
  return guarded(() => {
    const c = requireNumber(current, "本年数", "current");
    const p = requireNumber(prior, "上年数", "prior");
    const u = optionalUnit(unit);
    const d = optionalDecimals(decimals);
    return changeText(new Dec(c), new Dec(p), u, d);
  });
}

/**
 * 金额换算：从“14144926.18元”“1414.49万元”等文字取出金额，换算为指定单位。Amount: the number in a Chinese amount text such as 14144926.18元, converted to the unit asked.
 * @customfunction AMOUNT
 * @param text 带单位的金额文字（元、万元、亿元）。An amount with its unit (元, 万元, 亿元).
 * @param [unit] 换算后的单位：元、万元（默认）或亿元。Unit of the result: 元, 万元 (default) or 亿元.
 * @returns 换算后的金额（不舍入）。The amount in that unit, not rounded.
 */
export function faAmount(text: string, unit?: string): number {
  return guarded(() => {
    if (typeof text !== "string") {
      throw excelError(
        ERROR.value,
        "金额应为带单位的文字。",
        "text must be an amount with its unit.",
      );
    }
    const to = optionalUnit(unit);
    const figure = parseFigure(text);
    if (figure.unit === null || figure.unit === "%") {
      throw excelError(
        ERROR.value,
        `“${text}”没有金额单位（元、万元、亿元）。`,
        `"${text}" has no amount unit (元, 万元, 亿元).`,
      );
    }
    return toCellNumber(convertAmount(figure.value, figure.unit, to));
  });
}
