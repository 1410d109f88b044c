/**
 * `npx tsx bench/cli-short-lines.ts`: `fa check` of 1 MB of short lines (524,288 lines of
 * one character), run under /usr/bin/time -v as a user runs it (`npm run fa`: the bundled
 * CLI, built first if the sources changed). Prints the wall time, the
 * CPU time and the peak memory (maximum resident set size), and the same for a 256 KB file
 * in the same run, so that the ratio shows growth whatever the machine's load.
 * Issue 13's target: ≤ 2 s and ≤ 300 MB for the 1 MB file. Nothing is asserted here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { median } from "./stats";

const ROOT = resolve(__dirname, "..");

interface Measure {
  wallS: number;
  cpuS: number;
  maxRssMb: number;
  exit: number;
}

function timeCheck(file: string): Measure {
  const r = spawnSync("/usr/bin/time", ["-v", ...FA, "check", file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const field = (name: string) => {
    const line = r.stderr.split("\n").find((l) => l.trim().startsWith(name));
    return line ? line.slice(line.lastIndexOf(": ") + 2).trim() : "";
  };
  const clock = field("Elapsed (wall clock) time").split(":").map(Number);
  const wallS = clock.reduce((acc, x) => acc * 60 + x, 0);
  return {
    wallS,
    cpuS: Number(field("User time (seconds)")) + Number(field("System time (seconds)")),
    maxRssMb: Number(field("Maximum resident set size (kbytes)")) / 1024,
    exit: Number(field("Exit status")),
  };
}

const RUNS = 3;
/**
 * `npm run fa` as package.json defines it (node, its flags, the launcher), run without npm
 * itself, whose own start-up is not the CLI's.
 */
const FA = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts.fa
  .split(/\s+/)
  .map((word) =>
    word === "node" ? process.execPath : word.endsWith(".cjs") ? join(ROOT, word) : word,
  );

/** Each field's median over `runs` measures: the machine's load comes and goes. */
function medianOf(runs: number, measure: () => Measure): Measure {
  const all = Array.from({ length: runs }, measure);
  const mid = (f: (m: Measure) => number) => median(all.map(f));
  return {
    wallS: mid((m) => m.wallS),
    cpuS: mid((m) => m.cpuS),
    maxRssMb: mid((m) => m.maxRssMb),
    exit: all[0].exit,
  };
}

export function benchShortLines(): void {
  // The CLI is bundled on first use after a change: built here, not inside a measure.
  spawnSync(FA[0], [...FA.slice(1), "--help"], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), "fa-bench-"));
  try {
    const rows: Array<[string, Measure]> = [];
    for (const [label, lines] of [
      ["256 KB, 131,072 lines", 131_072],
      ["1 MB, 524,288 lines", 524_288],
    ] as const) {
      for (const [kind, line] of [
        ["a", "a\n"],
        ["1", "1\n"],
      ] as const) {
        const file = join(dir, `${kind}-${lines}.txt`);
        writeFileSync(file, line.repeat(lines));
        rows.push([`${label} of “${kind}”`, medianOf(RUNS, () => timeCheck(file))]);
      }
    }
    console.log(`fa check under /usr/bin/time -v (median of ${RUNS} runs each)`);
    for (const [label, m] of rows) {
      console.log(
        `  ${label.padEnd(30)} wall ${m.wallS.toFixed(2)} s  cpu ${m.cpuS.toFixed(2)} s  ` +
          `max RSS ${m.maxRssMb.toFixed(0)} MB  exit ${m.exit}`,
      );
    }
    const [a256, one256, a1m, one1m] = rows.map(([, m]) => m);
    console.log(
      `  cpu ratio 1 MB / 256 KB: “a” ×${(a1m.cpuS / a256.cpuS).toFixed(1)}, ` +
        `“1” ×${(one1m.cpuS / one256.cpuS).toFixed(1)}   (×4 = linear, start-up included)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchShortLines();
