import type { PhraseTable } from "../claims/phrases";
import type { Fact } from "../facts";
import type { Finding, Severity } from "../findings";
import type { NarrativeDocument } from "../text/types";

export interface RuleMeta {
  /** Stable id, kebab-case; never renamed (workbooks store waivers by it). */
  id: string;
  description: { zh: string; en: string };
  defaultSeverity: Severity;
}

export interface CheckOptions {
  /** The report year (2020 for the seed); taken from the text when absent. */
  reportYear?: number;
  /** Figures read from the filled template tables, when they exist. */
  facts?: readonly Fact[];
  /**
   * How the shares of one breakdown were rounded when drafted: plain half-up rounding
   * (default) or largest-remainder adjustment so they add to 100% (尾差调整).
   */
  shareRounding?: "plain" | "largest-remainder";
  /**
   * Wording to read besides the built-in phrase table (claims/phrases.ts): more verbs,
   * comparisons, periods, named wholes (`fa check --phrases FILE.json`).
   */
  phrases?: Partial<PhraseTable>;
}

export interface RuleContext {
  doc: NarrativeDocument;
  /** Claims extracted once for all rules (src/core/claims). */
  claims: readonly import("../claims/types").Claim[];
  options: CheckOptions;
}

/** One rule, as ESLint rules are: metadata plus a pure function from the document to findings. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
}
