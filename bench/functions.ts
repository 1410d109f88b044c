import { faShare } from "../src/functions/functions";
import { fmt, lcg, median, timeRuns } from "./stats";

/**
 * FA.SHARE over 1,000,000 random inputs against plain float division in the same run:
 * the ratio says what exactness costs, independently of how fast this machine is today.
 */
export function benchShare(n = 1_000_000, runs = 5): void {
  const rnd = lcg(42);
  const parts = new Float64Array(n);
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    totals[i] = Math.round(rnd() * 1e8) / 100 + 1;
    parts[i] = Math.round(rnd() * totals[i] * 100) / 100;
  }
  let sink = 0;
  const exact = timeRuns(runs, () => {
    for (let i = 0; i < n; i++) sink += faShare(parts[i], totals[i]);
  });
  const float = timeRuns(runs, () => {
    for (let i = 0; i < n; i++) sink += Math.round((parts[i] / totals[i]) * 10000) / 10000;
  });
  const mExact = median(exact);
  const mFloat = median(float);
  console.log(`FA.SHARE × ${n.toLocaleString("en-US")} (median of ${runs} runs)`);
  console.log(
    `  decimal.js FA.SHARE : ${fmt(mExact)}  → ${Math.round(n / (mExact / 1000)).toLocaleString("en-US")} calls/s`,
  );
  console.log(
    `  float division      : ${fmt(mFloat)}  → ${Math.round(n / (mFloat / 1000)).toLocaleString("en-US")} calls/s`,
  );
  console.log(
    `  ratio exact/float   : ${(mExact / mFloat).toFixed(1)}×   (checksum ${sink.toFixed(2)})`,
  );
}
