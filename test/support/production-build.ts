/*
 * The production build as Excel (or the e2e browser) fetches it. Built once, or reused when
 * dist/ is a production build newer than every input: the build tests and the e2e test
 * share it instead of building twice.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
const OUTPUTS = ["functions.json", "functions.js", "taskpane.js", "taskpane.html", "manifest.xml"];
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "package.json",
  "tsconfig.json",
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (m, name) => Math.max(m, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export function isFreshProductionBuild(): boolean {
  if (!OUTPUTS.every((f) => existsSync(join(DIST, f)))) return false;
  // webpack leaves an output it would write identically untouched, so the newest output
  // tells when the last build ran.
  const built = Math.max(...OUTPUTS.map((f) => statSync(join(DIST, f)).mtimeMs));
  const changed = Math.max(
    ...INPUTS.filter((p) => existsSync(join(ROOT, p))).map((p) => newestMtime(join(ROOT, p))),
  );
  // A development build keeps one module per line; a minified one has only a few lines.
  const minified = readFileSync(join(DIST, "functions.js"), "utf8").split("\n").length < 20;
  return built > changed && minified;
}

/** Builds dist/ for production (localhost URLs) unless it is fresh. Up to a few minutes on a busy machine. */
export function ensureProductionBuild(): void {
  if (isFreshProductionBuild()) return;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 600_000,
    env: { ...process.env, FA_PUBLIC_URL: "" },
  });
}
