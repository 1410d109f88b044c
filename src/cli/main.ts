import { EXIT, UsageError, type CliIO } from "./io";

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Commands load lazily: `check` should not pay for exceljs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./commands/check")).run,
  build: async () => (await import("./commands/build")).run,
  draft: async () => (await import("./commands/draft")).run,
};

const HELP = `决算助手 fa — 部门决算公开：模板、说明检查、说明起草
Final Accounts Assistant — templates, narrative checking, narrative drafting

  fa check 文件.txt... [--tables 工作簿.xlsx] [--phrases 措辞表.json] [--json] [--lang zh|en] [--year 2020]
      检查说明中的每个数字 / check every figure of a narrative
  fa build 说明.txt [--data 数据.csv|数据.json] [--prior 上年.csv] -o 工作簿.xlsx
      生成公开01–09表、绩效表、说明和检查结果 / build the standard tables
  fa draft 工作簿.xlsx | --facts 数据.json [--template 模板.txt] [-o 说明.txt]
           [--into-book 副本.xlsx]
      从表格起草说明；--into-book 写入带公式的说明表 / draft the narrative from the tables;
      --into-book writes a copy whose 说明 sheet is live formulas

退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 用法或输入错误 bad usage or input
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  // Own keys only: `fa toString` is an unknown command, not Object.prototype.toString.
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`未知命令：${name}\nUnknown command: ${name}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (rest[0] === "--help" || rest[0] === "-h") {
    io.stdout(HELP);
    return EXIT.ok;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`fa ${name}: ${e.zh}\nfa ${name}: ${e.en}\n`);
      return EXIT.usage;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`fa ${name}: 内部错误 / internal error\n${detail}\n`);
    return EXIT.usage;
  }
}

/** The CLI as a process: its arguments, its streams, its exit code (scripts/fa.cjs runs it). */
export function runAsProcess(): void {
  // `fa check … | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    throw e;
  });
  void main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runAsProcess();
