import { groupByCause } from "./causes";
import type { CauseGroup } from "./causes";
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
  /** Findings explained by one figure (each also marked by its `cause`); see src/core/causes. */
  groups: CauseGroup[];
}

/**
 * Checks a 说明 text: reads it canonically and segments it once (segment()), extracts
 * its claims once, runs every registered rule and returns the findings in text order,
 * grouped by cause where one figure explains several of them, their spans (and the
 * groups' figures) in offsets of the text as given (`doc` and `claims` keep the canonical
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
  // Causes are found on the canonical reading (where the claims are), then mapped.
  const found = rules.flatMap((rule) => rule.check(context)).sort(compareFindings);
  const grouped = groupByCause(found, context);
  const findings = grouped.findings.map((f) => findingToSource(doc, f));
  const groups =
    doc.text === doc.source
      ? grouped.groups
      : grouped.groups.map((g) => ({
          ...g,
          figure: { ...g.figure, ...doc.toSource(g.figure) },
          ...(g.others ? { others: g.others.map((o) => ({ ...o, ...doc.toSource(o) })) } : {}),
        }));
  return { doc, claims, findings, groups };
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
