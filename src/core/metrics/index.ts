export { CODED_FAMILIES, METRIC_IDS, codedMetric, type FixedMetricId, type MetricId } from "./ids";
export { VOCABULARY, CODED_VOCABULARY, JOINT_WORDINGS, type MetricEntry } from "./vocabulary";
export { SCOPE_TITLES, scopeOfTotalLabel, scopesOfTitles, type MetricScope } from "./scopes";
export { isGenericLabel, normalizeClassName, normalizeLabel } from "./labels";
export {
  ClassificationIndex,
  defaultClassification,
  parseClassPath,
  type ClassPathStep,
} from "./classification";
export {
  canonicalMetric,
  metricEntry,
  metricKind,
  metricName,
  metricParts,
  resolveMetric,
  resolveMetrics,
  shareDenominator,
  type MetricContext,
} from "./resolve";
