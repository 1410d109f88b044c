import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { check } from "../src/core/check";
import { formatCorpusScore, readCorpusText, scoreCorpus } from "../test/support/corpus-score";
import { fmt, median, timeRuns } from "./stats";

const CORPUS = resolve(__dirname, "../test/corpus/narratives");

/**
 * The measured corpus (test/corpus): recall of its hand-verified defects and the false
 * alarms among its consistent claims, per document and in total, as score.py prints
 * them; then the time of one pass over the corpus. `--findings-dir DIR` also writes each
 * document's findings as `fa check --json` would, so that the corpus's own score.py can
 * score the same run (`score.py KEYDIR --findings-dir DIR`).
 */
export function benchCorpus(findingsDir?: string): void {
  const score = scoreCorpus(CORPUS, (text) => check(text).findings);
  console.log(formatCorpusScore(score));
  if (findingsDir) {
    mkdirSync(findingsDir, { recursive: true });
    for (const d of score.documents) {
      const name = d.document.replace(/\.txt$/, ".json");
      const text = readCorpusText(join(CORPUS, d.document));
      writeFileSync(join(findingsDir, name), JSON.stringify({ findings: check(text).findings }));
    }
    console.log(`findings written to ${findingsDir}`);
  }
  const ms = median(timeRuns(5, () => scoreCorpus(CORPUS, (text) => check(text).findings)));
  console.log(`one pass over ${score.documents.length} documents: ${fmt(ms)} (median of 5)`);
}

if (require.main === module) {
  const i = process.argv.indexOf("--findings-dir");
  benchCorpus(i > 0 ? process.argv[i + 1] : undefined);
}
