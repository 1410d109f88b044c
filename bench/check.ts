import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { check } from "../src/core/check";
import { segment } from "../src/core/text";
import { fmt, median, timeRuns } from "./stats";

const SEED_PATH = resolve(__dirname, "../seeds/renhe-2020-final-accounts.txt");
const TARGET_BYTES = 1024 * 1024;
const SEED_WARM_UP = 30;

export interface CheckBench {
  seed: Sample;
  /** A quarter of `big`, same content: the ratio against it isolates size from content mix. */
  quarter: Sample;
  big: Sample;
}

interface Sample {
  bytes: number;
  ms: number;
}

/**
 * check() on the seed and on a ~1 MB narrative made of the seed's 第二部分 (the section
 * dense with figures) repeated. Time ratio ÷ size ratio ≈ 1 means the checker is linear;
 * a value that grows with the size means some rule or the extractor rescans the text.
 * The ratio is the finding, not the milliseconds: it does not depend on this machine.
 */
export function benchCheck(runsSmall = 15, runsBig = 5): CheckBench {
  const seed = readFileSync(SEED_PATH, "utf8");
  const part = secondPart(seed);
  const copies = Math.ceil(TARGET_BYTES / utf8Bytes(part));
  const repeat = (n: number) => Array.from({ length: n }, () => part).join("\n");
  const quarterCopies = Math.ceil(copies / 4);

  const sample = (text: string, runs: number, warmUp = 1): Sample => ({
    bytes: utf8Bytes(text),
    ms: median(timeRuns(runs, () => check(text), warmUp)),
  });
  const result: CheckBench = {
    // Warm: as in the pane, where the checker runs again on every edit, once the engine
    // has compiled it (the first runs of a process are the interpreter's).
    seed: sample(seed, runsSmall, SEED_WARM_UP),
    quarter: sample(repeat(quarterCopies), runsBig),
    big: sample(repeat(copies), runsBig),
  };

  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const growth = (base: Sample) => {
    const size = result.big.bytes / base.bytes;
    const time = result.big.ms / base.ms;
    return `size ×${size.toFixed(1)}, time ×${time.toFixed(1)} → growth ratio ${(time / size).toFixed(2)}`;
  };
  const row = (label: string, s: Sample) =>
    console.log(`  ${kb(s.bytes).padStart(10)}  ${fmt(s.ms).padStart(10)}  ${label}`);
  console.log(
    `check() (median of ${runsSmall} runs, the seed's after ${SEED_WARM_UP} warm-up runs; ${runsBig} for the repeated texts)`,
  );
  row("seed", result.seed);
  row(`第二部分 ×${quarterCopies}`, result.quarter);
  row(`第二部分 ×${copies}`, result.big);
  console.log(`  1 MB vs seed    : ${growth(result.seed)}   (≈ 1 = linear)`);
  console.log(`  1 MB vs quarter : ${growth(result.quarter)}   (same content: size only)`);
  return result;
}

/** The text of 第二部分 as the segmenter sees it, heading included. */
function secondPart(text: string): string {
  const section = segment(text).sections.find(
    (s) => s.heading?.style === "part" && s.heading.ordinal === 2,
  );
  if (!section) throw new Error(`no 第二部分 in ${SEED_PATH}`);
  return text.slice(section.span.start, section.span.end);
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

if (require.main === module) benchCheck();
