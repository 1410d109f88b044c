import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { checkInput } from "../src/cli/check-input";
import { readDocument } from "../src/cli/read-document";
import { makeSeedReport, run } from "../scripts/seed-report-pdf";
import { fmt, median } from "./stats";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** `fa check FILE` in its own process under /usr/bin/time -v: wall time, peak RSS, progress lines. */
function timeCli(file: string): { wallS: number; maxRssMb: number; progress: number } {
  const root = resolve(__dirname, "..");
  const r = spawnSync(
    "/usr/bin/time",
    ["-v", process.execPath, "--import", "tsx", join(root, "src/cli/main.ts"), "check", file],
    { cwd: root, encoding: "utf8", maxBuffer: 256 << 20 },
  );
  const field = (name: string) => {
    const line = r.stderr.split("\n").find((l) => l.trim().startsWith(name)) ?? "";
    return line.slice(line.lastIndexOf(": ") + 2).trim();
  };
  const clock = field("Elapsed (wall clock) time").split(":").map(Number);
  return {
    wallS: clock.reduce((acc, x) => acc * 60 + x, 0),
    maxRssMb: Number(field("Maximum resident set size (kbytes)")) / 1024,
    progress: (r.stderr.match(/第 \d+\/\d+ 页/g) ?? []).length,
  };
}

/**
 * A 30-page report read and checked as `fa check report.pdf` does: the seed's text with
 * two thirds of it again as an appendix, then the nine tables (written by LibreOffice).
 * Prints the median of the whole path (pdf.js in its child process, lines, paragraphs,
 * tables, reconciliation, narrative rules) and, for comparison, of the read alone.
 * Target on this machine: ≤ 2 s. Then a 300-page report against the 30-page one, as
 * separate `fa check` processes: wall time, peak memory, progress lines. Nothing is asserted.
 */
export async function benchPdf(runs = 5): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "fa-bench-pdf-"));
  try {
    // The seed's text with its first two thirds again as an appendix, exported in one
    // go so that its fonts are embedded once, as in a real report (pages cut out with
    // pdfseparate would each carry the whole font and cost more than a page does).
    const text = await readFile(
      join(__dirname, "..", "seeds", "renhe-2020-final-accounts.txt"),
      "utf8",
    );
    const lines = text.split("\n");
    const longer = join(dir, "report-text.txt");
    await writeFile(
      longer,
      `${text}\n附件\n${lines.slice(0, Math.round(lines.length * 0.66)).join("\n")}\n`,
    );
    const seed = await makeSeedReport(dir, [longer]);
    const report = join(dir, "report-30.pdf");
    await run("pdfunite", [join(dir, "report-text.pdf"), seed.tablesPdf, report]);

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

    // A long report: the seed's 22 pages fourteen times over, checked as a user runs
    // `fa check`, for its peak memory against the 30-page one (pages are read one at a time,
    // so memory should grow far slower than the page count).
    const long = join(dir, "report-300.pdf");
    await run("pdfunite", [...Array.from({ length: 14 }, () => seed.pdf), long]);
    for (const [label, file] of [
      ["30 pages ", report],
      ["300 pages", long],
    ] as const) {
      const m = timeCli(file);
      console.log(
        `  fa check, ${label}       wall ${m.wallS.toFixed(1)} s, peak memory ${m.maxRssMb.toFixed(0)} MB, ` +
          `progress lines ${m.progress}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
