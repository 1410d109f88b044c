/**
 * `benchBuild()`: how long `fa build` takes on the seed, stage by stage, as the median of
 * several runs (after one warm-up). Prints; asserts nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { renderWorkbook, workbookBuffer } from "../src/cli/xlsx/write-workbook";
import { check } from "../src/core/check";
import { buildTemplateBook } from "../src/core/templates/book";
import { fillFromNarrative } from "../src/core/templates/fill/from-narrative";
import { layoutWorkbook } from "../src/core/templates/layout";
import { reconcile } from "../src/core/templates/reconcile";
import { fmt, median } from "./stats";

const SEED = join(__dirname, "..", "seeds", "renhe-2020-final-accounts.txt");

async function once(text: string): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    t[name] = now - t0;
    t0 = now;
  };
  const checked = check(text);
  lap("check + claims");
  const { data } = fillFromNarrative({ doc: checked.doc, claims: checked.claims });
  lap("fill");
  const book = buildTemplateBook(data);
  lap("book");
  reconcile(book);
  lap("reconcile");
  const layout = layoutWorkbook(book);
  lap("layout");
  await workbookBuffer(renderWorkbook(layout.sheets, layout.names));
  lap("xlsx");
  return t;
}

export async function benchBuild(runs = 9): Promise<void> {
  const text = readFileSync(SEED, "utf8");
  await once(text);
  const samples: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) samples.push(await once(text));
  const stages = Object.keys(samples[0]);
  for (const s of stages) console.log(`${s.padEnd(16)} ${fmt(median(samples.map((x) => x[s])))}`);
  const totals = samples.map((x) => stages.reduce((a, s) => a + x[s], 0));
  console.log(`${"build (total)".padEnd(16)} ${fmt(median(totals))}  (median of ${runs})`);
}

if (require.main === module) void benchBuild();
