/*
 * Findings as the pane lists them: where each one sits in the workbook (the paragraph's
 * cell of the 说明 sheet, or a table cell), the paragraph with the wrong span, the group
 * it is listed under, and whether a reviewer waived it.
 */
import { paragraphSources, type SourceCell } from "../core/draft/references";
import type { Fact } from "../core/facts";
import type { Finding, Severity } from "../core/findings";
import { SEVERITIES } from "../core/findings";
import type { CellRef } from "../core/span";
import type { NarrativeDocument } from "../core/text/types";
import {
  NARRATIVE_SHEET,
  locate,
  paragraphCell,
  type JoinedNarrative,
} from "../excel/narrative-sheet";
import { waiverKey, type Waiver } from "../excel/workbook-state";

/** Characters of context kept on each side of the span in a long paragraph. */
const EXCERPT_CONTEXT = 60;

export interface Excerpt {
  /** The shown part of the paragraph, and the span's place in it. */
  text: string;
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface FindingView {
  /** Unique within one check. */
  id: string;
  finding: Finding;
  /** Waivers refer to the finding by this key. */
  key: string;
  /** The cell that shows the finding in the workbook. */
  target: CellRef | null;
  excerpt?: Excerpt;
  /** Heading path of the paragraph (“第二部分 › 二、收入决算情况说明”), the sheet's name, or "" before any heading. */
  group: string;
  waiver?: Waiver;
  /** The proposed fix as an edit of the paragraph's own text, when it lies inside one paragraph. */
  fix?: { row: number; start: number; end: number; original: string; replacement: string };
  /**
   * The proposed fix of a drafted paragraph (its cell holds a formula over the tables):
   * not applied to the text, which would replace the live formula; the table value is
   * corrected instead, or the paragraph redrafted.
   */
  draftedFix?: { original: string; replacement: string };
  /** A drafted paragraph's source cells: those its formula reads, with the figures they hold. */
  sources?: SourceCell[];
  /**
   * For a finding grouped by cause (finding.cause): the cell of the paragraph that holds
   * the figure it follows from, so that the card can select it.
   */
  causeTarget?: CellRef;
}

export function excerptOf(paragraph: string, start: number, end: number): Excerpt {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(paragraph.length, end + EXCERPT_CONTEXT);
  return {
    text: paragraph.slice(from, to),
    start: start - from,
    end: end - from,
    clippedStart: from > 0,
    clippedEnd: to < paragraph.length,
  };
}

interface Sources {
  rows: readonly string[];
  joined: JoinedNarrative;
  doc: NarrativeDocument | null;
  /** Formulas of the drafted paragraphs, by row. */
  formulas?: ReadonlyMap<number, string>;
  /** The tables' facts, to say what each source cell holds. */
  facts?: readonly Fact[];
}

/** Views of the findings, in the order given, with their waivers attached. */
export function viewFindings(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  src: Sources,
): FindingView[] {
  const waived = new Map(waivers.map((w) => [waiverKey(w), w]));
  const byLine = new Map((src.doc?.paragraphs ?? []).map((p) => [p.line, p]));
  return findings.map((finding, i) => {
    const key = waiverKey(finding);
    const view: FindingView = {
      id: `${i}:${key}`,
      finding,
      key,
      target: finding.cell ?? null,
      group: "",
      waiver: waived.get(key),
    };
    if (finding.cell) {
      view.group = finding.cell.sheet;
      return view;
    }
    if (finding.cause) {
      const row = locate(src.joined, finding.cause.figure.start).row;
      view.causeTarget = { sheet: NARRATIVE_SHEET, cell: paragraphCell(row) };
    }
    if (!finding.span) return view;
    const at = locate(src.joined, finding.span.start);
    const paragraph = src.rows[at.row] ?? "";
    const end = Math.min(paragraph.length, at.offset + (finding.span.end - finding.span.start));
    view.target = { sheet: NARRATIVE_SHEET, cell: paragraphCell(at.row) };
    view.excerpt = excerptOf(paragraph, at.offset, end);
    const formula = src.formulas?.get(at.row);
    if (formula) view.sources = paragraphSources(formula, src.facts ?? [], NARRATIVE_SHEET);
    const p = byLine.get(at.row + 1);
    const section = p && src.doc ? src.doc.sections[p.section] : undefined;
    view.group = section ? section.path.join(" › ") : "";
    const fix = finding.fix;
    if (fix) {
      const from = locate(src.joined, fix.start);
      if (from.row === at.row && from.offset + (fix.end - fix.start) <= paragraph.length) {
        const fixEnd = from.offset + (fix.end - fix.start);
        const original = paragraph.slice(from.offset, fixEnd);
        if (formula) view.draftedFix = { original, replacement: fix.replacement };
        else
          view.fix = {
            row: at.row,
            start: from.offset,
            end: fixEnd,
            original,
            replacement: fix.replacement,
          };
      }
    }
    return view;
  });
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sections: Array<{ title: string; items: FindingView[] }>;
}

/** Errors first, then warnings, then info; within each, sections in the order they first appear. */
export function groupViews(views: readonly FindingView[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const sections = new Map<string, FindingView[]>();
    for (const v of views) {
      if (v.finding.severity !== severity) continue;
      const list = sections.get(v.group) ?? [];
      list.push(v);
      sections.set(v.group, list);
    }
    const list = [...sections].map(([title, items]) => ({ title, items }));
    return { severity, count: list.reduce((n, s) => n + s.items.length, 0), sections: list };
  }).filter((g) => g.count > 0);
}

/** The paragraph after applying a view's fix. */
export function applyFixTo(paragraph: string, fix: NonNullable<FindingView["fix"]>): string {
  return paragraph.slice(0, fix.start) + fix.replacement + paragraph.slice(fix.end);
}
