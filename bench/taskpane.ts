/**
 * `benchTaskpane()`: what the task pane costs — its bundles (gzipped, from dist/, built
 * for production first if stale) and the Office.js round trips (context.sync() calls) of
 * its work on the seed, counted on the simulated host that enforces load/sync. Also the
 * median time of a check + marks on that host. Prints; asserts nothing.
 * Standalone: `npx tsx bench/taskpane.ts`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { splitParagraphs, writeNarrative } from "../src/excel/narrative-sheet";
import { excelTemplates } from "../src/excel/pane-templates";
import { excelWorkbook } from "../src/excel/pane-workbook";
import { Checker } from "../src/taskpane/checking";
import { DIST, ensureProductionBuild } from "../test/support/production-build";
import { readSeed } from "../test/support/seed";
import { ALL_SUPPORT, createSimExcel, simRun } from "../test/support/sim-excel/pane";
import { fmt, median } from "./stats";

const KB = 1024;

function bundleSizes(): void {
  ensureProductionBuild();
  const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  const targets: Record<string, number> = { "taskpane.js": 350, "functions.js": 60 };
  console.log("bundles (gzip -9)            size      target");
  for (const file of readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const size = (gz(file) / KB).toFixed(1).padStart(7);
    const target = targets[file] ? `≤ ${targets[file]} KB` : "loaded on demand";
    console.log(`  ${file.padEnd(26)}${size} KB  ${target}`);
  }
}

async function syncCounts(): Promise<void> {
  const sim = createSimExcel();
  const run = simRun(sim);
  const rows = splitParagraphs(readSeed());
  await run((ctx) => writeNarrative(ctx, rows));
  const templates = excelTemplates(run);
  const options = {
    setId: templates.api.setFor(2020),
    unit: "仁和区经济信息化和科学技术局",
    year: 2020,
  };
  await templates.api.saveOptions(options);
  const workbook = excelWorkbook(run, ALL_SUPPORT);
  const checker = new Checker(workbook, { lang: "zh-CN", tables: templates.readTables });

  const counted = async (label: string, work: () => Promise<unknown>) => {
    const before = sim.state.syncCount;
    const writes = sim.state.writes.length;
    const t0 = performance.now();
    await work();
    const ms = performance.now() - t0;
    console.log(
      `  ${label.padEnd(40)}${String(sim.state.syncCount - before).padStart(3)} syncs ${String(sim.state.writes.length - writes).padStart(6)} writes  ${fmt(ms)}`,
    );
  };

  console.log("context.sync() calls on the seed (simulated host)");
  await counted("insert templates (empty workbook)", () =>
    templates.api.insert(options, () => undefined),
  );
  await counted("fill from the seed's 说明 sheet", () =>
    templates.api.fill({ kind: "narrative" }, options, () => undefined),
  );
  await counted("check + mark (first)", () => checker.full());
  await counted("check + mark (again, marks unchanged)", () => checker.full());
  const row = rows.findIndex((r) => r.includes("占45%"));
  sim.state.type("说明", `A${row + 2}`, rows[row].replace("占45%", "占44%"));
  await counted("live: one paragraph edited", () =>
    checker.update([{ sheet: "说明", address: `A${row + 2}` }]),
  );
  sim.state.type("公开01表", "C6", 1000);
  await counted("live: one table cell edited", () =>
    checker.update([{ sheet: "公开01表", address: "C6" }]),
  );

  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await checker.full();
    times.push(performance.now() - t0);
  }
  console.log(
    `check + mark of the seed, median of 5: ${fmt(median(times))} (engine and simulated host, no Excel)`,
  );
}

export async function benchTaskpane(): Promise<void> {
  bundleSizes();
  await syncCounts();
}

if (require.main === module) void benchTaskpane();
