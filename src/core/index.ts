/** The engine's public API: pure TypeScript, no Office, DOM or Node. */
export * from "./numbers";
export { check, type CheckResult } from "./check";
export {
  causeNote,
  FIGURE_RELATION_RULES,
  type CauseFigure,
  type CauseGroup,
  type FindingCause,
} from "./causes";
export { rules, ruleById } from "./rules";
export type { CheckOptions, Rule, RuleContext, RuleMeta } from "./rules/types";
export { segment, detectReportYear, resolveReportYear, type ReportYear } from "./text";
export type * from "./text/types";
export type * from "./claims/types";
export type * from "./facts";
export type * from "./span";
export {
  compareFindings,
  isCellRef,
  SEVERITIES,
  type Finding,
  type Fix,
  type Severity,
} from "./findings";
export { METRIC_IDS, CODED_FAMILIES, codedMetric, type MetricId } from "./metrics/ids";
