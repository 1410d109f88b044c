#!/usr/bin/env node
"use strict";
/**
 * `npm run fa`: the CLI as one bundled file (dist/cli/fa.cjs, with the PDF reader's worker
 * beside it), built by esbuild from src/ when it is missing or older than a source file.
 * Run from TypeScript through a loader, every start cost 0.4 s and 40 MB before reading a
 * byte (a bureau checks dozens of reports in a row), and the loader's name-keeping helper
 * a call for every closure made: 1 MB of short lines took a third longer.
 *
 * package.json runs it with a 1 MB young generation (--max-semi-space-size=1): a document's
 * model is half a million small objects that all live until the check ends, and copying
 * them between larger semi-spaces cost time and memory (1 MB of short lines: about 160 →
 * 128 MB; `fa build` of the seed: 125 → 94 MB). That gain held only when the source files
 * were not statted on the main thread before the run (measured, not explained: V8 then
 * sized its heap differently), so the staleness check runs in a worker thread.
 */
const fs = require("node:fs");
const path = require("node:path");
const { Worker, isMainThread, workerData } = require("node:worker_threads");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const OUT_DIR = path.join(ROOT, "dist", "cli");
const OUT = path.join(OUT_DIR, "fa.cjs");
const WORKER = path.join(OUT_DIR, "pdf", "worker.mjs");
/** How long to wait for the staleness check before building anyway. */
const CHECK_TIMEOUT_MS = 10_000;

/** The newest modification time under `dir`: a source edited after the build rebuilds it. */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The staleness check, begun in a worker thread: `isStale()` waits for its answer. The
 * bundle is loaded meanwhile, so the worker's start-up costs no time of its own.
 */
function startStalenessCheck() {
  const shared = new SharedArrayBuffer(16);
  const done = new Int32Array(shared, 8, 1);
  new Worker(__filename, { workerData: shared });
  return function isStale() {
    let built;
    try {
      built = Math.min(fs.statSync(OUT).mtimeMs, fs.statSync(WORKER).mtimeMs);
    } catch {
      return true;
    }
    Atomics.wait(done, 0, 0, CHECK_TIMEOUT_MS);
    // Unknown (a timeout, an error in the walk) counts as stale: a build is never wrong.
    const source = Atomics.load(done, 0) === 1 ? new Float64Array(shared, 0, 1)[0] : NaN;
    return !(source <= built);
  };
}

/**
 * Each file is written beside its target and renamed into place, so two runs building at
 * once (tests, a shell loop) never load a half-written bundle.
 */
function build() {
  const { buildSync } = require("esbuild");
  fs.mkdirSync(path.dirname(WORKER), { recursive: true });
  const common = {
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  };
  const entries = [
    [path.join(SRC, "cli", "main.ts"), OUT, "cjs"],
    [path.join(SRC, "cli", "pdf", "worker.mjs"), WORKER, "esm"],
  ];
  for (const [entry, out, format] of entries) {
    const tmp = `${out}.${process.pid}.tmp`;
    buildSync({ ...common, entryPoints: [entry], outfile: tmp, format });
    fs.renameSync(tmp, out);
  }
}

if (isMainThread) {
  const isStale = startStalenessCheck();
  let cli = fs.existsSync(OUT) ? require(OUT) : undefined;
  if (isStale()) {
    build();
    delete require.cache[OUT];
    cli = require(OUT);
  }
  cli.runAsProcess();
} else {
  const time = new Float64Array(workerData, 0, 1);
  const done = new Int32Array(workerData, 8, 1);
  try {
    time[0] = newest(SRC);
    Atomics.store(done, 0, 1);
  } catch {
    Atomics.store(done, 0, 2);
  }
  Atomics.notify(done, 0);
}
