import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Finding } from "../../src/core/findings";
import { runFa } from "../support/cli-io";

/** `fa check --phrases FILE.json`: the user's wording read besides the built-in table. */

/** “缩减” is no verb of the built-in table: the rate after it is read only with the user's table. */
const TEXT = "2020年公务接待费支出3万元，比上年缩减1万元，缩减幅度为50%。\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fa-phrases-"));
  writeFileSync(join(dir, "text.txt"), TEXT);
  writeFileSync(
    join(dir, "phrases.json"),
    JSON.stringify({
      changeVerbs: [{ word: "缩减", direction: -1 }],
      growthVerbs: [{ word: "缩减幅度为", direction: -1 }],
    }),
  );
  writeFileSync(join(dir, "bad.json"), JSON.stringify({ verbs: [] }));
  writeFileSync(
    join(dir, "bad-direction.json"),
    JSON.stringify({ changeVerbs: [{ word: "缩减", direction: 2 }] }),
  );
  writeFileSync(join(dir, "not-json.json"), "{ changeVerbs: ");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fa = (...argv: string[]) => runFa(dir, argv);

describe("fa check --phrases", () => {
  it("reads a change and a rate in the user's wording, and checks them", async () => {
    const without = await fa("check", "text.txt", "--json");
    expect((JSON.parse(without.stdout) as { findings: Finding[] }).findings).toEqual([]);
    const run = await fa("check", "text.txt", "--phrases", "phrases.json", "--json");
    expect(run.stderr).toBe("");
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    // prior = 3 + 1 = 4: 1 ÷ 4 = 25%, not 50%.
    expect(findings.map((f) => [f.rule, f.text, f.expected])).toEqual([
      ["growth", "缩减幅度为50%", "25%"],
    ]);
    expect(run.code).toBe(1);
  });

  it.each([
    ["bad.json", "未知的键", "Unknown key"],
    ["bad-direction.json", "changeVerbs[0].direction", "1 or -1"],
    ["not-json.json", "不是有效的 JSON", "not valid JSON"],
    ["missing.json", "missing.json", "missing.json"],
  ])("refuses %s with a message in both languages, exit 2", async (file, zh, en) => {
    const run = await fa("check", "text.txt", "--phrases", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(zh);
    expect(run.stderr).toContain(en);
  });
});
