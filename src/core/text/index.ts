export { segment } from "./segment";
export { HEADING_LEVEL, formatMarker, readMarker, type Marker } from "./markers";
export { parseChineseCount, parseChineseNumeral, toChineseNumeral } from "./numerals";
export { STANDARD_TITLES, type StandardTitle } from "./standard-titles";
export { matchStandardTitle } from "./title-match";
export { isTerminator } from "./sentences";
export type * from "./types";
export { detectReportYear, resolveReportYear, type ReportYear } from "./report-year";
export { detectUnitNames } from "./unit-name";
