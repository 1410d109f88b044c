/**
 * The README and the guides quote what `fa check` says of the seed. Those figures go stale
 * whenever a rule changes, and a user comparing them with `npm run demo` loses trust in the
 * rest, so every quoted count is compared here with what the command prints now.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve } from "path";
import { main } from "../../src/cli/main";
import { SEED_PATH } from "../support/seed";

const REPO = resolve(__dirname, "../..");

/** The markdown a user reads: README.md and everything under docs/. */
function markdownFiles(): string[] {
  const found = [join(REPO, "README.md")];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".md")) found.push(path);
    }
  };
  walk(join(REPO, "docs"));
  return found;
}

/** The counting line the CLI prints, in Chinese and in English. */
const ZH = /共 \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示），检查了 1 个文件/g;
const EN = /\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 file/g;
/** Prose that quotes the seed's counts without the CLI's line ("reports 42 problems (12 errors, …"). */
const PROSE = /reports (\d+) problems \((\d+) errors,\s+(\d+) warnings, (\d+) info\)/g;

async function seedSummary(lang: "zh" | "en"): Promise<string> {
  let out = "";
  await main(["check", SEED_PATH, "--lang", lang], {
    stdout: (s) => void (out += s),
    stderr: () => undefined,
    cwd: REPO,
  });
  const last = out.trimEnd().split("\n").pop() ?? "";
  return last;
}

describe("the seed's counts quoted in the documentation", () => {
  let zh: string;
  let en: string;
  beforeAll(async () => {
    zh = await seedSummary("zh");
    en = await seedSummary("en");
  }, 60_000);

  it("reads a summary line from the command", () => {
    expect(zh).toMatch(ZH);
    expect(en).toMatch(EN);
  });

  it("the documentation quotes the seed's counts at all", () => {
    const quoted = markdownFiles().flatMap((f) => readFileSync(f, "utf8").match(ZH) ?? []);
    expect(quoted.length).toBeGreaterThanOrEqual(3);
  });

  it.each(markdownFiles().map((f) => [relative(REPO, f), f]))(
    "%s matches `fa check` of the seed",
    (_, file) => {
      const text = readFileSync(file, "utf8");
      for (const line of text.match(ZH) ?? []) expect(line).toBe(zh.match(ZH)?.[0]);
      for (const line of text.match(EN) ?? []) expect(line).toBe(en.match(EN)?.[0]);
      const [, total, errors, warnings, info] =
        /(\d+) problems \((\d+) errors, (\d+) warnings, (\d+) info\)/.exec(en) ?? [];
      for (const m of text.matchAll(PROSE)) {
        expect([m[1], m[2], m[3], m[4]]).toEqual([total, errors, warnings, info]);
      }
    },
  );
});
