import { groupByCause } from "./causes";
import type { CauseGroup } from "./causes";
import { extractClaims } from "./claims/extract";
import type { Claim } from "./claims/types";
import { compareFindings, type Finding } from "./findings";
import { rules } from "./rules";
import type { CheckOptions, RuleContext } from "./rules/types";
import { segment } from "./text";
import type { NarrativeDocument } from "./text/types";

export interface CheckResult {
  doc: NarrativeDocument;
  claims: Claim[];
  findings: Finding[];
  /** Findings explained by one figure (each also marked by its `cause`); see src/core/causes. */
  groups: CauseGroup[];
}

/**
 * Checks a 说明 text: segments it once, extracts its claims once, runs every registered
 * rule and returns the findings in text order, grouped by cause where one figure explains
 * several of them. Rules are pure and must not throw (their
 * tests and the property tests see to it), so nothing is caught here: an exception is a
 * bug to fix, not a finding to show.
 *
 * @example
 * const { findings } = check("2020年本年收入合计3190.21万元，其中：…");
 */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const doc = segment(text);
  const claims = extractClaims(doc);
  const context: RuleContext = { doc, claims, options };
  const found = rules.flatMap((rule) => rule.check(context)).sort(compareFindings);
  const { findings, groups } = groupByCause(found, context);
  return { doc, claims, findings, groups };
}
