import { normalizeDigits } from "../numbers";
import type { NarrativeDocument } from "./types";
import { normalizedText } from "./normalized";

export interface ReportYear {
  year: number;
  /**
   * options: given by the caller; heading: read from a title such as “第二部分 2020年度部门
   * 决算情况说明”; frequency: the most frequent “20XX年度”, a guess.
   */
  source: "options" | "heading" | "frequency";
}

/**
 * The year a report is about: from a heading that names the 决算 year, else the most
 * frequent “20XX年度” (ties to the later year: the prior year is mentioned in every
 * comparison). Null when the text names no year.
 */
export function detectReportYear(doc: NarrativeDocument): ReportYear | null {
  // An index loop, as over every paragraph (see NarrativeDocument.paragraphs).
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const h = doc.paragraphs[i].heading;
    if (!h) continue;
    const m = /(20[0-9]{2})[ \u3000]*年度?[ \u3000]*(?:部门)?决算/.exec(normalizeDigits(h.title));
    if (m) return { year: Number(m[1]), source: "heading" };
  }
  const norm = normalizedText(doc);
  // “20XX年度” names the report's year; a text without it (an excerpt) falls back to “20XX年”.
  const counts =
    countYears(norm, /(?<![0-9])(20[0-9]{2})[ \u3000]*年度/g) ??
    countYears(norm, /(?<![0-9])(20[0-9]{2})[ \u3000]*年/g);
  if (!counts) return null;
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best === null ? null : { year: best, source: "frequency" };
}

function countYears(text: string, re: RegExp): Map<number, number> | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(re)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return counts.size > 0 ? counts : null;
}

/** The caller's year when given, else the text's. */
export function resolveReportYear(
  doc: NarrativeDocument,
  given: number | undefined,
): ReportYear | null {
  if (given !== undefined && Number.isInteger(given)) return { year: given, source: "options" };
  return detectReportYear(doc);
}
