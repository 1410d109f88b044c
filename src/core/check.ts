import { groupByCause, type CauseFigure, type CauseGroup } from "./causes";
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
 * its claims once, runs every registered rule, groups the findings by cause where one
 * figure explains several of them, and returns them in text order, their spans in offsets
 * of the text as given (`doc` and `claims` keep the canonical offsets of `doc.text`;
 * `doc.toSource` maps them). Rules are pure and must not throw (their
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
  // Grouping reads the canonical reading the rules saw; the offset map is monotonic, so
  // mapping afterwards keeps the text order and the groups' indices into the findings.
  const found = rules.flatMap((rule) => rule.check(context)).sort(compareFindings);
  const grouped = groupByCause(found, context);
  const findings = grouped.findings.map((f) => findingToSource(doc, f));
  const groups = grouped.groups.map((g) => groupToSource(doc, g));
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
  if (f.cause) {
    out.cause = { ...f.cause, figure: figureToSource(doc, f.cause.figure) };
    if (f.cause.others) out.cause.others = f.cause.others.map((o) => figureToSource(doc, o));
  }
  return out;
}

function groupToSource(doc: NarrativeDocument, g: CauseGroup): CauseGroup {
  if (doc.text === doc.source) return g;
  const out: CauseGroup = { ...g, figure: figureToSource(doc, g.figure) };
  if (g.others) out.others = g.others.map((o) => figureToSource(doc, o));
  return out;
}

/** A cause's figure on the text as given: its span mapped, its text read from there. */
function figureToSource(doc: NarrativeDocument, figure: CauseFigure): CauseFigure {
  const span = doc.toSource(figure);
  return { start: span.start, end: span.end, text: doc.source.slice(span.start, span.end) };
}
