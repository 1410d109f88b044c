export { segment, shownSpan } from "./segment";
export { canonicalReading, type CanonicalText } from "./canonical";
export { HEADING_LEVEL, formatMarker, readMarker, type Marker } from "./markers";
export { parseChineseCount, parseChineseNumeral, toChineseNumeral } from "./numerals";
export { STANDARD_TITLES, type StandardTitle } from "./standard-titles";
export { matchStandardTitle } from "./title-match";
export type * from "./types";
export { detectReportYear, resolveReportYear, type ReportYear } from "./report-year";
export { detectUnitNames } from "./unit-name";
