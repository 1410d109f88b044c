import { existsSync, readdirSync, readFileSync } from "fs";
import { basename, resolve } from "path";
import { SEVERITIES } from "../../../src/core/findings";
import { ruleById, rules } from "../../../src/core/rules";

/**
 * One name ties a rule, its module, its test and its doc page (as ESLint's build checks):
 * src/core/rules/<id>.ts, test/core/rules/<id>.test.ts, docs/rules/<id>.md, and a line in
 * the registry. Helpers live in src/core/rules/utils/, not beside the rules.
 */
const root = resolve(__dirname, "../../..");
const at = (...p: string[]) => resolve(root, ...p);
const NOT_RULES = new Set(["index.ts", "types.ts"]);

describe("rule registry", () => {
  const ids = rules.map((r) => r.meta.id);

  it("has unique kebab-case ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(ids)("%s has metadata, a module exporting it, a test and a doc page", async (id) => {
    const rule = ruleById(id)!;
    expect(rule.meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.meta.description.en.trim()).not.toBe("");
    expect(SEVERITIES).toContain(rule.meta.defaultSeverity);
    expect(typeof rule.check).toBe("function");

    const module: Record<string, unknown> = await import(at("src/core/rules", `${id}.ts`));
    expect(Object.values(module)).toContain(rule);
    expect(existsSync(at("test/core/rules", `${id}.test.ts`))).toBe(true);

    const doc = at("docs/rules", `${id}.md`);
    expect(existsSync(doc)).toBe(true);
    const page = readFileSync(doc, "utf8");
    expect(page.split("\n")[0]).toContain(id);
    expect(page).toContain(rule.meta.defaultSeverity);
  });

  it("registers every rule module in src/core/rules", () => {
    const files = readdirSync(at("src/core/rules"), { withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith(".ts") && !NOT_RULES.has(f.name))
      .map((f) => basename(f.name, ".ts"));
    expect(files.filter((f) => !ids.includes(f))).toEqual([]);
  });

  it("has a registered rule for every rule test and doc page", () => {
    const tests = readdirSync(at("test/core/rules"))
      .filter((f) => f.endsWith(".test.ts") && f !== "registry.test.ts")
      // “<id>.<aspect>.test.ts” is a further test file of rule <id>.
      .map((f) => basename(f, ".test.ts").split(".")[0]);
    const docs = existsSync(at("docs/rules"))
      ? readdirSync(at("docs/rules"))
          .filter((f) => f.endsWith(".md"))
          .map((f) => basename(f, ".md"))
      : [];
    expect(tests.filter((t) => !ids.includes(t))).toEqual([]);
    expect(docs.filter((d) => !ids.includes(d))).toEqual([]);
  });

  it("finds rules by id, and nothing for unknown ids", () => {
    for (const rule of rules) expect(ruleById(rule.meta.id)).toBe(rule);
    expect(ruleById("no-such-rule")).toBeUndefined();
  });
});
