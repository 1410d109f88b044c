/** A CliIO that keeps what a command prints, for in-process command tests. */
export function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), out, err };
}

/** Runs `fa ARGV` in-process in `cwd`: its exit code and everything it printed. */
export async function runFa(
  cwd: string,
  argv: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import("../../src/cli/main");
  const t = io(cwd);
  const code = await main([...argv], t);
  return { code, stdout: t.out.join(""), stderr: t.err.join("") };
}
