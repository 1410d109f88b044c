import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { check } from "../../src/core/check";
import {
  anchorSpans,
  formatCorpusScore,
  scoreCorpus,
  scoreDocument,
  type CorpusKey,
} from "../support/corpus-score";

/**
 * The measured corpus (README.md here): 20 excerpts that units really published, with
 * hand-verified answer keys. The figure is printed on every run; the ratchet fails the
 * test when recall falls below, or false alarms rise above, what ratchet.json records
 * (raise the ratchet when the checker improves; never lower it to make a test pass).
 */
const ratchet = JSON.parse(readFileSync(resolve(__dirname, "ratchet.json"), "utf8")) as {
  found: number;
  defects: number;
  falseAlarms: number;
  consistent: number;
};

describe("the measured corpus", () => {
  const score = scoreCorpus(resolve(__dirname, "narratives"), (text) => check(text).findings);

  it("prints recall and false alarms", () => {
    console.log(`corpus (test/corpus):\n${formatCorpusScore(score)}`);
    expect(score.defects).toBe(ratchet.defects);
    expect(score.consistent).toBe(ratchet.consistent);
  });

  it(`keeps recall at or above ${ratchet.found}/${ratchet.defects}`, () => {
    expect(score.found).toBeGreaterThanOrEqual(ratchet.found);
  });

  it(`keeps false alarms at or below ${ratchet.falseAlarms}/${ratchet.consistent}`, () => {
    expect(score.falseAlarms).toBeLessThanOrEqual(ratchet.falseAlarms);
  });
});

describe("the corpus scorer (score.py's semantics)", () => {
  const text = "占45%，占45%，支出12.5万元";
  const key = (items: CorpusKey["items"], clean?: boolean): CorpusKey => ({
    document: "x.txt",
    items,
    ...(clean ? { clean } : {}),
  });
  const finding = (start: number, end: number, severity: "error" | "warning" | "info") => ({
    rule: "share",
    severity,
    message: "",
    messageEn: "",
    text: "",
    span: { start, end },
  });

  it("finds every occurrence of an anchor, or the N-th with |#N", () => {
    expect(anchorSpans(text, "占45%")).toEqual([
      [0, 4],
      [5, 9],
    ]);
    expect(anchorSpans(text, "占45%|#2")).toEqual([[5, 9]]);
    expect(anchorSpans("aaa", "aa")).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("counts an error item found when an error or warning overlaps an anchor", () => {
    const items: CorpusKey["items"] = [
      { id: "E01", kind: "error", anchors: ["占45%|#2"] },
      { id: "C01", kind: "consistent", anchors: ["占45%|#1"] },
      { id: "C02", kind: "rounding", anchors: ["12.5万元"] },
    ];
    const s = scoreDocument(key(items), text, [finding(6, 7, "error"), finding(0, 4, "info")]);
    expect([s.found, s.missed, s.falseAlarms, s.consistent]).toEqual([1, 0, 0, 2]);
    // An empty span still counts one unit, as score.py's max(end, start + 1).
    const t = scoreDocument(key(items), text, [finding(0, 0, "warning")]);
    expect([t.found, t.missed, t.falseAlarms, t.missedIds]).toEqual([0, 1, 1, ["E01"]]);
  });

  it("counts every error or warning on a clean document as a false alarm", () => {
    const s = scoreDocument(key([], true), text, [finding(0, 1, "error")]);
    expect([s.falseAlarms, s.consistent]).toEqual([1, 1]);
  });
});
