import type { Finding } from "../findings";
import type { Span } from "../span";
import { resolveReportYear, type ReportYear } from "../text/report-year";
import type { NarrativeDocument } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import { reporter } from "./utils/report";
import { normalizedSlice, normalizedText } from "../text/normalized";

/**
 * Years that contradict the report year (options.reportYear, else the 决算 part title, else
 * the most frequent “20XX年度”):
 * - a sentence or heading that opens with another year and states actuals (决算, 收入合计,
 *   支出…): error when it says 决算 of a later year and the report year is known, else a
 *   warning. The prior year (comparisons: “2019年…”) and next year's budget (“2021年预算…”,
 *   prepared during the report year) are legitimate and not flagged;
 * - “截至20XX年12月…” (year-end holdings) with another year (warning);
 * - the same named project (…经费/资金/项目/专项) written with different years in two
 *   places — table cells included, since the table is where the name is most often right
 *   (warning, on the occurrences that differ from the report year).
 */
const meta: RuleMeta = {
  id: "report-year",
  description: {
    zh: "年份应与决算年度一致：决算数据不应写成其他年度，同一项目不应在不同位置写成不同年度。",
    en: "Years agree with the report year: actuals are not stated for another year, and one project is not dated differently in two places.",
  },
  defaultSeverity: "warning",
};

const YEAR_START = /^(?:截至|截止到|截止)?[ \u3000]*(20[0-9]{2})[ \u3000]*年度?/;
/** YEAR_START's beginning at an offset (after the spaces a span may start with). */
const YEAR_OPENING = /\s*(?:(?:截至|截止到|截止)[ \u3000]*)?20[0-9]{2}/y;
/** Words of actual figures; fund names (一般公共预算…) are removed before looking for 预算. */
const ACTUALS =
  /决算|收入合计|支出合计|收、支总计|收支总计|总收入|总支出|财政拨款支出|财政拨款收入|三公”?经费|机关运行经费|基本支出|项目支出/;
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算/g;
const BUDGET = /预算|预计|计划/;
const YEAR_END = /截至|截止/;
const PROJECT_RE =
  /(?<![0-9])(20[0-9]{2})[ \u3000]*年度?([^，,。；;、：:“”"（）()\s《》0-9.]{2,30}?(?:经费|资金|项目|专项))/g;

export const reportYear: Rule = {
  meta,
  check({ doc, options }) {
    const year = resolveReportYear(doc, options.reportYear);
    if (!year) return [];
    const report = reporter(meta, doc);
    return [...statedYearFindings(doc, year, report), ...projectYearFindings(doc, year, report)];
  },
};

/**
 * Sentences and headings that begin with a year. Most begin otherwise, and are left out by
 * a test anchored at their start before anything is kept or sliced of them.
 */
function openings(doc: NarrativeDocument): Span[] {
  const norm = normalizedText(doc);
  const opensWithYear = (at: number) => {
    YEAR_OPENING.lastIndex = at;
    return YEAR_OPENING.test(norm);
  };
  const spans: Span[] = [];
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.table !== undefined) continue;
    const h = p.heading;
    if (h && opensWithYear(h.markerSpan.end))
      spans.push({ start: h.markerSpan.end, end: h.span.end });
    for (const s of p.sentences) if (opensWithYear(s.span.start)) spans.push(s.span);
  }
  return spans;
}

function statedYearFindings(
  doc: NarrativeDocument,
  { year: report, source }: ReportYear,
  emit: ReturnType<typeof reporter>,
): Finding[] {
  const findings: Finding[] = [];
  for (const span of openings(doc)) {
    const head = normalizedText(doc).slice(span.start, Math.min(span.end, span.start + 80));
    const lead = head.length - head.trimStart().length;
    const m = YEAR_START.exec(head.trimStart());
    if (!m) continue;
    const y = Number(m[1]);
    if (y === report) continue;
    const clause = head.slice(lead + m[0].length).split(/[，,。；;]/)[0];
    const yearSpan = {
      start: span.start + lead + m.index + m[0].indexOf(m[1]),
      end: span.start + lead + m.index + m[0].length,
    };
    const stated = doc.text.slice(yearSpan.start, yearSpan.end);
    if (YEAR_END.test(m[0])) {
      findings.push(
        emit({
          span: yearSpan,
          zh: `决算年度为${report}年，此处“截至${stated}”的年度不一致。`,
          en: `The report is for ${report}, but this says "as of ${y}".`,
          expected: stated.replace(String(y), String(report)),
          actual: stated,
        }),
      );
      continue;
    }
    // The prior year is every comparison's other side (“2019年决算数为…”).
    if (y === report - 1) continue;
    const saysActuals = clause.includes("决算");
    const looksActual = ACTUALS.test(clause) && !BUDGET.test(clause.replace(FUND_NAMES, ""));
    if (!saysActuals && !looksActual) continue;
    const certain = saysActuals && y > report && source !== "frequency";
    findings.push(
      emit({
        span: yearSpan,
        severity: certain ? "error" : "warning",
        zh: `决算年度为${report}年，此处以“${stated}”陈述决算数据，年度不一致。`,
        en: `The report is for ${report}, but these actual figures are dated ${y}.`,
        expected: stated.replace(String(y), String(report)),
        actual: stated,
      }),
    );
  }
  return findings;
}

function projectYearFindings(
  doc: NarrativeDocument,
  { year: report }: ReportYear,
  emit: ReturnType<typeof reporter>,
): Finding[] {
  const byName = new Map<string, Array<{ year: number; span: Span }>>();
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const s = normalizedSlice(doc, p.span);
    for (const m of s.matchAll(PROJECT_RE)) {
      const start = p.span.start + (m.index ?? 0);
      const name = m[2];
      const list = byName.get(name) ?? [];
      list.push({ year: Number(m[1]), span: { start, end: start + m[0].length } });
      byName.set(name, list);
    }
  }
  const findings: Finding[] = [];
  for (const [name, uses] of byName) {
    const years = new Set(uses.map((u) => u.year));
    if (years.size < 2) continue;
    const reference = years.has(report) ? report : mostCommon(uses.map((u) => u.year));
    const agreeing = uses.filter((u) => u.year === reference);
    for (const u of uses) {
      if (u.year === reference) continue;
      findings.push(
        emit({
          span: u.span,
          zh: `同一项目“${name}”在其他位置写作${reference}年，此处为${u.year}年，年度不一致。`,
          en: `The project "${name}" is dated ${reference} elsewhere but ${u.year} here.`,
          expected: `${reference}年${name}`,
          actual: doc.text.slice(u.span.start, u.span.end),
          related: agreeing.map((a) => a.span),
        }),
      );
    }
  }
  return findings;
}

function mostCommon(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}
