import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { check } from "../src/core/check";
import { segment } from "../src/core/text";
import { fmt, median, timeRuns } from "./stats";

const SEED_PATH = resolve(__dirname, "../seeds/renhe-2020-final-accounts.txt");
const TARGET_BYTES = 1024 * 1024;
/**
 * Warm means the engine's steady state: the optimising compiler keeps tiering the checker
 * up well past the first few dozen runs (measured on this machine: a median of 12–15 ms
 * after 30 runs, 9–11 ms after 200, the same after 1000), and the pane checks again on
 * every edit.
 */
const SEED_WARM_UP = 200;

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
export function benchCheck(runsSmall = 51, runsBig = 5): CheckBench {
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

/**
 * The seed again, with the engine bundled by esbuild as the pane's webpack bundle ships it:
 * run from source (tsx), every closure made costs a name-keeping helper call, which the
 * shipped code does not pay. Measured in a child process, so that it warms up alone.
 */
export function benchCheckBundled(): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), "fa-bench-"));
  const outfile = join(dir, "check.cjs");
  try {
    buildSync({
      entryPoints: [__filename],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      packages: "external",
      logLevel: "warning",
    });
    const out = execFileSync(process.execPath, [outfile, "--seed-only", SEED_PATH], {
      encoding: "utf8",
      cwd: resolve(__dirname, ".."),
      env: { ...process.env, NODE_PATH: resolve(__dirname, "../node_modules") },
    });
    const ms = Number(/seed ([\d.]+) ms/.exec(out)?.[1]);
    console.log(`  ${"".padStart(10)}  ${fmt(ms).padStart(10)}  seed, engine bundled as shipped`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In the bundle, `__dirname` is a temporary folder: the seed's path comes as an argument. */
function seedOnly(path: string, runs = 51): void {
  const seed = readFileSync(path, "utf8");
  console.log(`seed ${median(timeRuns(runs, () => check(seed), SEED_WARM_UP)).toFixed(2)} ms`);
}

if (require.main === module) {
  const at = process.argv.indexOf("--seed-only");
  if (at >= 0) seedOnly(process.argv[at + 1]);
  else benchCheck();
}
