import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { readSeed } from "../support/seed";

/**
 * eslint-plugin-regexp checks the patterns it can read in the source; a pattern assembled at
 * run time (`new RegExp(\`…${COUNTERS.join("|")}…\`)`) escapes it. This test builds every
 * such pattern by loading each module of src/core, and lints them as literals with the
 * repository's own eslint.config.mjs (the plugin is ESM-only, so ESLint runs in a child).
 */
const ROOT = path.join(__dirname, "../..");
const SRC_CORE = path.join(ROOT, "src/core");

function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return modules(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/**
 * The patterns src/core builds with the RegExp constructor while its modules load and while
 * it checks the seed (which catches any built lazily, inside a function).
 */
function patternsBuiltBySrcCore(): RegExp[] {
  const built: RegExp[] = [];
  const Original = globalThis.RegExp;
  const record = (r: RegExp) => {
    const stack = new Error().stack ?? "";
    const caller = stack.split("\n").find((l) => l.includes(SRC_CORE));
    if (caller) built.push(r);
    return r;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => record(Reflect.apply(target, self, args)),
  });
  try {
    // Loaded after the RegExp constructor is wrapped, hence require and not import.
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      for (const file of modules(SRC_CORE)) require(file);
      const core = require(path.join(SRC_CORE, "check")) as typeof import("../../src/core/check");
      /* eslint-enable @typescript-eslint/no-require-imports */
      core.check(readSeed());
    });
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

test("only src/core builds patterns at run time (the rest of src is read by the lint)", () => {
  const elsewhere = modules(path.join(ROOT, "src")).filter(
    (f) => !f.startsWith(SRC_CORE) && /\bRegExp\(/.test(fs.readFileSync(f, "utf8")),
  );
  expect(elsewhere.map((f) => path.relative(ROOT, f))).toEqual([]);
});

test("every pattern src/core builds at run time is free of super-linear backtracking", () => {
  const patterns = patternsBuiltBySrcCore();
  // The count pattern, the scan pattern, the unit-name fields … are all built this way.
  expect(patterns.length).toBeGreaterThan(20);
  const code = patterns.map((r, i) => `export const p${i} = /${r.source}/${r.flags};`).join("\n");
  const messages = lint(code, "src/core/built-at-run-time.ts");
  const reported = messages
    .filter((m) => m.ruleId?.startsWith("regexp/"))
    .map((m) => `${m.ruleId}: /${patterns[m.line - 1]?.source}/ — ${m.message}`);
  expect(reported).toEqual([]);
});

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

/** ESLint's messages for `code` as if it were the file `as` of the repository. */
function lint(code: string, as: string): LintMessage[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/eslint/bin/eslint.js"),
        "--stdin",
        "--stdin-filename",
        as,
        "-f",
        "json",
      ],
      { cwd: ROOT, input: code, encoding: "utf8", maxBuffer: 64 << 20 },
    );
  } catch (e) {
    // Exit 1 means problems were found; the JSON report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? "";
    if (!out) throw e;
  }
  return (JSON.parse(out) as Array<{ messages: LintMessage[] }>)[0].messages;
}
