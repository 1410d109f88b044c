import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { checkInput } from "../src/cli/check-input";
import { readDocument } from "../src/cli/read-document";
import { makeSeedReport, run } from "../scripts/seed-report-pdf";
import { fmt, median } from "./stats";

/**
 * A 30-page report read and checked as `fa check report.pdf` does: the seed's text and
 * tables (22 pages, written by LibreOffice) followed by the text's first 8 pages again.
 * Prints the median of the whole path (pdf.js in its child process, lines, paragraphs,
 * tables, reconciliation, narrative rules) and, for comparison, of the read alone.
 * Target on this machine: ≤ 2 s. Nothing is asserted.
 */
export async function benchPdf(runs = 5): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "fa-bench-pdf-"));
  try {
    const seed = await makeSeedReport(dir);
    await run("pdfseparate", ["-f", "1", "-l", "8", seed.textPdf, join(dir, "again-%d.pdf")]);
    const again = Array.from({ length: 8 }, (_, i) => join(dir, `again-${i + 1}.pdf`));
    const report = join(dir, "report-30.pdf");
    await run("pdfunite", [seed.pdf, ...again, report]);

    const read: number[] = [];
    const whole: number[] = [];
    let pages = 0;
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const doc = await readDocument(report, "report-30.pdf");
      const t1 = performance.now();
      const checked = checkInput("report-30.pdf", doc, {});
      const t2 = performance.now();
      read.push(t1 - t0);
      whole.push(t2 - t0);
      pages = checked.summary.pages ?? 0;
      findings = checked.findings.length;
    }
    console.log(`pdf: ${pages} pages, ${findings} findings, ${runs} runs`);
    console.log(`  read (pdf.js + layout)   median ${fmt(median(read))}`);
    console.log(`  read + check             median ${fmt(median(whole))}  (target ≤ 2000 ms)`);
    // The machine is shared: a wall time means little without the load it was taken under.
    console.log(`  load average (1 min)     ${loadavg()[0].toFixed(1)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
