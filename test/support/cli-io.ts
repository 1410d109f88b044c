/** A CliIO that keeps what a command prints, for in-process command tests. */
export function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), out, err };
}
