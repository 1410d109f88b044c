export { Dec, dec, pow10, roundHalfUp, type DecimalInput } from "./decimal";
export { AMOUNT_UNITS, convertAmount, isAmountUnit, type AmountUnit } from "./units";
export {
  FigureParseError,
  NUMBER_SOURCE,
  EXCEL_SIGNIFICANT_DIGITS,
  figureFrom,
  fitsExcel,
  formatFigure,
  normalizeDigits,
  parseFigure,
  tryParseFigure,
  unitOf,
  type Figure,
  type FigureUnit,
} from "./parse";
export { Interval, isConsistent, sumIntervals } from "./interval";
export {
  change,
  completion,
  growth,
  growthFromChangeInterval,
  growthInterval,
  percentInterval,
  share,
  shareInterval,
  toPercent,
} from "./ratios";
export {
  changeText,
  changeWording,
  formatNumber,
  formatPercent,
  type ChangeWording,
} from "./format";
export { amountFigureInterval, figureInterval } from "./figure-interval";
export { largestRemainder } from "./largest-remainder";
