import { findingToSource } from "../../src/core/check";
import { phrasesWith } from "../../src/core/claims/phrases";
import { extractClaims } from "../../src/core/claims/extract";
import { compareFindings, SEVERITIES, type Finding, type Severity } from "../../src/core/findings";
import type { CheckOptions, Rule } from "../../src/core/rules/types";
import { segment } from "../../src/core/text";

/**
 * An ESLint-RuleTester-like table for one rule: every valid text gives no finding; every
 * invalid text gives exactly the listed findings, in text order, each at the exact span
 * whose text is `text` (the `occurrence`-th one, 0-based, when the text repeats), with
 * the severity, expected value and message parts given. Every finding is also checked
 * for the contract: the rule's id, a zh-CN and an en-US message, `text` equal to the
 * span's text.
 */

export interface ValidCase {
  text: string;
  options?: CheckOptions;
  name?: string;
}

export interface ExpectedFinding {
  /** The exact text under the finding's span. */
  text: string;
  /** Which occurrence of `text` in the input (0-based); any occurrence when omitted. */
  occurrence?: number;
  severity?: Severity;
  expected?: string;
  /** Substrings of the zh or en message. */
  messageIncludes?: string | string[];
}

export interface InvalidCase {
  text: string;
  options?: CheckOptions;
  name?: string;
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

/** Runs one rule the way check() does: segment once, extract once, the rule, spans mapped back. */
export function runRule(rule: Rule, text: string, options: CheckOptions = {}): Finding[] {
  const doc = segment(text);
  const claims = extractClaims(doc, phrasesWith(options.phrases));
  return rule
    .check({ doc, claims, options })
    .map((f) => findingToSource(doc, f))
    .sort(compareFindings);
}

function label(text: string, name?: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return name ? `${name}: ${shown}` : shown;
}

function occurrences(text: string, part: string): number[] {
  const at: number[] = [];
  if (part === "") return at;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) at.push(i);
  return at;
}

function assertContract(rule: Rule, text: string, f: Finding): void {
  expect(f.rule).toBe(rule.meta.id);
  expect(SEVERITIES).toContain(f.severity);
  expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  expect(f.messageEn.trim()).not.toBe("");
  expect(f.span).toBeDefined();
  const span = f.span as { start: number; end: number };
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(span.start).toBeLessThanOrEqual(span.end);
  expect(f.text).toBe(text.slice(span.start, span.end));
}

function describeFinding(f: Finding): string {
  return `${f.severity} “${f.text}” @${f.span?.start}: ${f.message}`;
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        const { text, options, name } = typeof c === "string" ? { text: c } : c;
        it(label(text, name), () => {
          const findings = runRule(rule, text, options);
          expect(findings.map(describeFinding)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(label(c.text, c.name), () => {
          const findings = runRule(rule, c.text, c.options);
          for (const f of findings) assertContract(rule, c.text, f);
          expect(findings.map((f) => f.text)).toEqual(c.errors.map((e) => e.text));
          c.errors.forEach((e, i) => {
            const f = findings[i];
            const starts = occurrences(c.text, e.text);
            if (e.occurrence !== undefined) {
              expect(f.span?.start).toBe(starts[e.occurrence]);
            } else {
              expect(starts).toContain(f.span?.start);
            }
            if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
            if (e.expected !== undefined) expect(f.expected).toBe(e.expected);
            const parts = e.messageIncludes === undefined ? [] : [e.messageIncludes].flat();
            for (const part of parts) {
              expect(`${f.message}\n${f.messageEn}`).toContain(part);
            }
          });
        });
      }
    });
  });
}
