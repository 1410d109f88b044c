import { UsageError } from "./io";

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * A small, strict argument parser: `--name value`, `--name=value`, boolean flags listed
 * in `booleans`, `-o` as an alias of `--output`. Unknown flags are an error, not ignored.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; booleans: readonly string[] },
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.split(/=(.*)/s, 2);
    const name = rawName === "-o" ? "output" : rawName.replace(/^--?/, "");
    if (spec.booleans.includes(name)) {
      flags.set(name, true);
    } else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) {
        throw new UsageError(`选项 --${name} 需要一个值`, `Option --${name} needs a value`);
      }
      flags.set(name, value);
    } else {
      throw new UsageError(`未知选项：${arg}`, `Unknown option: ${arg}`);
    }
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}
