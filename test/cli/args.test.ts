import { flagString, parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/io";

const SPEC = { values: ["tables", "lang", "output"], booleans: ["json", "force"] };

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(argv, SPEC);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`no UsageError for ${JSON.stringify(argv)}`);
}

describe("parseArgs", () => {
  it("separates positional arguments from flags, in any order", () => {
    const args = parseArgs(["a.txt", "--json", "b.txt", "--lang", "en", "c.txt"], SPEC);
    expect(args.positional).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(args.flags.get("json")).toBe(true);
    expect(flagString(args, "lang")).toBe("en");
  });

  it("reads --name=value, keeping any further “=” in the value", () => {
    const args = parseArgs(["--tables=a=b.xlsx", "--lang=zh"], SPEC);
    expect(flagString(args, "tables")).toBe("a=b.xlsx");
    expect(flagString(args, "lang")).toBe("zh");
  });

  it("takes -o as --output", () => {
    expect(flagString(parseArgs(["-o", "out.txt"], SPEC), "output")).toBe("out.txt");
    expect(flagString(parseArgs(["-o=out.txt"], SPEC), "output")).toBe("out.txt");
  });

  it("treats everything after -- as positional, and a lone - as a positional", () => {
    const args = parseArgs(["--json", "--", "--lang", "-x", "-"], SPEC);
    expect(args.positional).toEqual(["--lang", "-x", "-"]);
    expect(args.flags.has("lang")).toBe(false);
    expect(parseArgs(["-"], SPEC).positional).toEqual(["-"]);
  });

  it("lets a later value override an earlier one", () => {
    expect(flagString(parseArgs(["--lang", "zh", "--lang", "en"], SPEC), "lang")).toBe("en");
  });

  it("accepts a value that starts with a single dash", () => {
    expect(flagString(parseArgs(["--tables", "-weird.xlsx"], SPEC), "tables")).toBe("-weird.xlsx");
  });

  it("returns undefined from flagString for a boolean or absent flag", () => {
    const args = parseArgs(["--json"], SPEC);
    expect(flagString(args, "json")).toBeUndefined();
    expect(flagString(args, "tables")).toBeUndefined();
  });

  it.each([
    [["--verbose"], "未知选项：--verbose", "Unknown option: --verbose"],
    [["-j"], "未知选项：-j", "Unknown option: -j"],
    [["-json"], "未知选项：-json", "Unknown option: -json"],
    [["---json"], "未知选项：---json", "Unknown option: ---json"],
    [["--=x"], "未知选项：--=x", "Unknown option: --=x"],
  ])("rejects the unknown option %j in both languages", (argv, zh, en) => {
    const e = usageError(argv);
    expect(e.zh).toBe(zh);
    expect(e.en).toBe(en);
  });

  it.each([[["--lang"]], [["--lang="]], [["--tables", "--json"]], [["a.txt", "-o"]]])(
    "rejects the missing value in %j",
    (argv) => {
      const e = usageError(argv);
      expect(e.zh).toMatch(/^选项 --(lang|tables|output) 需要一个值$/);
      expect(e.en).toMatch(/^Option --(lang|tables|output) needs a value$/);
    },
  );

  it("rejects a value given to a boolean flag", () => {
    const e = usageError(["--json=false"]);
    expect(e.zh).toContain("--json 不带值");
    expect(e.en).toContain("--json takes no value");
  });

  it("lets a value that looks like an option through when written with =", () => {
    expect(flagString(parseArgs(["--tables=--json"], SPEC), "tables")).toBe("--json");
  });
});
