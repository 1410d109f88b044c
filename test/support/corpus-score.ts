import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/core/findings";
import { decodeTextBytes } from "../../src/core/text/decode";

/**
 * The corpus scorer (test/corpus/README.md) in TypeScript, with the semantics of the
 * corpus's own score.py / score_lib.py: an error or warning item is found when a finding
 * of severity error or warning has a span overlapping one of the item's anchors; a
 * consistent or rounding item is a false alarm when such a finding overlaps it. Anchors
 * are exact substrings, “|#N” picks the N-th occurrence (occurrences may overlap); a
 * finding span is at least one unit long. Offsets are UTF-16 code units, as JavaScript
 * strings index them (score_lib.py converts code points to UTF-16 for the same result).
 */

export interface KeyItem {
  id: string;
  kind: "error" | "warning" | "consistent" | "rounding";
  anchors: string[];
  spans?: Array<[number, number]>;
  why?: string;
}

export interface CorpusKey {
  document: string;
  /** A document known to be consistent: every error/warning finding is a false alarm. */
  clean?: boolean;
  items: KeyItem[];
}

export interface DocumentScore {
  document: string;
  clean: boolean;
  found: number;
  missed: number;
  falseAlarms: number;
  consistent: number;
  findings: number;
  missedIds: string[];
  falseAlarmIds: string[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  found: number;
  defects: number;
  falseAlarms: number;
  consistent: number;
  findings: number;
  recall: number;
  falseAlarmRate: number;
  cleanDocuments: number;
  cleanAlarmed: number;
}

type Span = [number, number];

/** The spans of one anchor: every occurrence, or the N-th one for “text|#N”. */
export function anchorSpans(text: string, anchor: string): Span[] {
  const bar = anchor.indexOf("|");
  const s = bar < 0 ? anchor : anchor.slice(0, bar);
  const occ = bar < 0 ? "" : anchor.slice(bar + 1);
  const want = occ ? Number.parseInt(occ.slice(1), 10) : undefined;
  const spans: Span[] = [];
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    n++;
    if (want === undefined || n === want) spans.push([i, i + s.length]);
  }
  return spans;
}

export function itemSpans(text: string, item: KeyItem): Span[] {
  if (item.spans) return item.spans.map(([a, b]) => [a, b]);
  return item.anchors.flatMap((a) => anchorSpans(text, a));
}

/** Spans of the findings that count: severity error or warning, with a span. */
function flaggedSpans(findings: readonly Finding[]): Span[] {
  const out: Span[] = [];
  for (const f of findings) {
    if (f.severity !== "error" && f.severity !== "warning") continue;
    if (!f.span || !Number.isInteger(f.span.start) || !Number.isInteger(f.span.end)) continue;
    out.push([f.span.start, Math.max(f.span.end, f.span.start + 1)]);
  }
  return out;
}

export function scoreDocument(
  key: CorpusKey,
  text: string,
  findings: readonly Finding[],
): DocumentScore {
  const flagged = flaggedSpans(findings);
  const score: DocumentScore = {
    document: key.document,
    clean: key.clean === true,
    found: 0,
    missed: 0,
    falseAlarms: 0,
    consistent: 0,
    findings: findings.length,
    missedIds: [],
    falseAlarmIds: [],
  };
  if (key.clean) {
    score.falseAlarms = flagged.length;
    score.consistent = Math.max(flagged.length, 1);
    return score;
  }
  for (const item of key.items) {
    const spans = itemSpans(text, item);
    const hit = flagged.some(([a, b]) => spans.some(([x, y]) => a < y && x < b));
    if (item.kind === "error" || item.kind === "warning") {
      if (hit) score.found++;
      else {
        score.missed++;
        score.missedIds.push(item.id);
      }
    } else {
      score.consistent++;
      if (hit) {
        score.falseAlarms++;
        score.falseAlarmIds.push(item.id);
      }
    }
  }
  return score;
}

/** Reads a text as `fa check` does (UTF-8 with or without BOM, GB18030, UTF-16 with BOM). */
export function readCorpusText(path: string): string {
  return decodeTextBytes(readFileSync(path), path).text;
}

/** Scores `checkText` over every key (NAME.json) of a folder, in name order. */
export function scoreCorpus(
  dir: string,
  checkText: (text: string) => readonly Finding[],
): CorpusScore {
  const documents: DocumentScore[] = [];
  const keys = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  for (const name of keys) {
    const key = JSON.parse(readFileSync(join(dir, name), "utf8")) as CorpusKey;
    const text = readCorpusText(join(dir, key.document));
    documents.push(scoreDocument(key, text, checkText(text)));
  }
  const counted = documents.filter((d) => !d.clean);
  const sum = (f: (d: DocumentScore) => number) => counted.reduce((s, d) => s + f(d), 0);
  const found = sum((d) => d.found);
  const defects = sum((d) => d.found + d.missed);
  const falseAlarms = sum((d) => d.falseAlarms);
  const consistent = sum((d) => d.consistent);
  const clean = documents.filter((d) => d.clean);
  return {
    documents,
    found,
    defects,
    falseAlarms,
    consistent,
    findings: sum((d) => d.findings),
    recall: defects ? found / defects : 0,
    falseAlarmRate: consistent ? falseAlarms / consistent : 0,
    cleanDocuments: clean.length,
    cleanAlarmed: clean.filter((d) => d.falseAlarms > 0).length,
  };
}

/** The report score.py -v prints: one line per document, then the totals. */
export function formatCorpusScore(score: CorpusScore): string {
  const lines = score.documents.map((d) =>
    d.clean
      ? `${d.document.padEnd(45)} clean: ${d.falseAlarms} false alarms`
      : `${d.document.padEnd(45)} found ${d.found}/${d.found + d.missed} fp ${d.falseAlarms}/${d.consistent} findings ${d.findings} missed ${d.missedIds.join(",")}` +
        (d.falseAlarmIds.length ? ` false alarms ${d.falseAlarmIds.join(",")}` : ""),
  );
  const extra = score.cleanDocuments
    ? `; clean documents with a false alarm ${score.cleanAlarmed}/${score.cleanDocuments}`
    : "";
  lines.push(
    `recall ${score.found}/${score.defects} = ${score.recall.toFixed(2)}; false positives ${score.falseAlarms}/${score.consistent} consistent = ${score.falseAlarmRate.toFixed(3)}${extra}; findings ${score.findings}`,
  );
  return lines.join("\n");
}
