import { UsageError } from "./io";

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * A small, strict argument parser: `--name value`, `--name=value`, boolean flags listed
 * in `booleans`, `-o` as an alias of `--output`, `--` ending the options. Unknown flags,
 * a value given to a boolean flag and a missing value are errors, not guesses: a typo
 * must not silently check the wrong thing.
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
    const name = optionName(rawName);
    if (name !== undefined && spec.booleans.includes(name)) {
      if (inline !== undefined) {
        throw new UsageError(
          `选项 --${name} 不带值：${arg}`,
          `Option --${name} takes no value: ${arg}`,
        );
      }
      flags.set(name, true);
    } else if (name !== undefined && spec.values.includes(name)) {
      // `--tables --json` is a forgotten value, not a file named “--json” (write --tables=--json).
      const value = inline ?? (argv[i + 1]?.startsWith("--") ? undefined : argv[++i]);
      if (value === undefined || value === "") {
        throw new UsageError(`选项 --${name} 需要一个值`, `Option --${name} needs a value`);
      }
      flags.set(name, value);
    } else {
      throw new UsageError(`未知选项：${arg}`, `Unknown option: ${arg}`);
    }
  }
  return { positional, flags };
}

/** `--name` → name; `-o` → output; any other single-dash spelling is not an option name. */
function optionName(raw: string): string | undefined {
  if (raw === "-o") return "output";
  return raw.startsWith("--") && raw.length > 2 ? raw.slice(2) : undefined;
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

/**
 * `--year`: a four-digit report year from 2000 to 2100, or undefined when not given (the
 * year is then read from the text or the workbook, never assumed).
 */
export function yearFlag(args: ParsedArgs): number | undefined {
  const text = flagString(args, "year");
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) {
    throw new UsageError(`--year 不是有效年份：${text}`, `--year is not a valid year: ${text}`);
  }
  return year;
}
