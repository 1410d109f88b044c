import { extractClaims } from "./claims/extract";
import { phrasesWith } from "./claims/phrases";
import type { Claim } from "./claims/types";
import { compareFindings, isCellRef, type Finding } from "./findings";
import { rules } from "./rules";
import type { CheckOptions, RuleContext } from "./rules/types";
import { segment } from "./text";
import type { NarrativeDocument } from "./text/types";

export interface CheckResult {
  doc: NarrativeDocument;
  claims: Claim[];
  findings: Finding[];
}

/**
 * Checks a 说明 text: reads it canonically and segments it once (segment()), extracts
 * its claims once, runs every registered rule and returns the findings in text order,
 * their spans in offsets of the text as given (`doc` and `claims` keep the canonical
 * offsets of `doc.text`; `doc.toSource` maps them). Rules are pure and must not throw (their
 * tests and the property tests see to it), so nothing is caught here: an exception is a
 * bug to fix, not a finding to show.
 *
 * @example
 * const { findings } = check("2020年本年收入合计3190.21万元，其中：…");
 */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const doc = segment(text);
  const claims = extractClaims(doc, phrasesWith(options.phrases));
  const context: RuleContext = { doc, claims, options };
  const findings = rules
    .flatMap((rule) => rule.check(context))
    .map((f) => findingToSource(doc, f))
    .sort(compareFindings);
  return { doc, claims, findings };
}

/**
 * A finding of the canonical reading as the user sees it: spans (its own, its related
 * ones, its fix's) mapped onto the text as given, and its quoted text taken from there.
 */
export function findingToSource(doc: NarrativeDocument, f: Finding): Finding {
  if (doc.text === doc.source) return f;
  const out: Finding = { ...f };
  if (f.span) {
    const span = doc.toSource(f.span);
    out.span = span;
    if (f.text === doc.text.slice(f.span.start, f.span.end)) {
      out.text = doc.source.slice(span.start, span.end);
    }
  }
  if (f.related) out.related = f.related.map((r) => (isCellRef(r) ? r : doc.toSource(r)));
  if (f.fix) {
    const span = doc.toSource(f.fix);
    out.fix = { start: span.start, end: span.end, replacement: f.fix.replacement };
  }
  return out;
}
