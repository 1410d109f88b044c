import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedFacts } from "../core/draft/seed-facts";
import { runFa } from "../support/cli-io";

/** Runs `fa …` in-process, collecting what it prints. */
const fa = (argv: string[], cwd: string) => runFa(cwd, argv);

describe("fa draft", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "fa-draft-"));
    const facts = seedFacts().map((f) => ({
      metric: f.metric,
      period: f.period,
      value: f.value.toString(),
    }));
    await writeFile(join(dir, "facts.json"), JSON.stringify(facts));
    await writeFile(join(dir, "not-a-zip.xlsx"), "not a workbook");
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints the draft drafted from a facts file; what it lacks (the reasons) goes to stderr", async () => {
    const { code, stdout, stderr } = await fa(
      ["draft", "--facts", "facts.json", "--year", "2020"],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%；",
    );
    expect(stdout).toContain("2020年，本单位机关运行经费支出40.94万元。");
    expect(stdout).toContain("主要变动原因是……。");
    expect(stdout).not.toContain("gap(s)");
    expect(stderr).toContain("请填写“机关运行经费”增减变动的主要原因");
  }, 30_000);

  it("keeps the reasons of --previous, by what they explain", async () => {
    await writeFile(
      join(dir, "原说明.txt"),
      "十、其他重要事项的情况说明\n2020年，本单位机关运行经费支出40.00万元，比2019年减少2.46万元，下降5.79%。主要原因是人员减少。\n",
    );
    const { stdout } = await fa(
      ["draft", "--facts", "facts.json", "--year", "2020", "--previous", "原说明.txt"],
      dir,
    );
    expect(stdout).toContain(
      "机关运行经费支出比2019年减少1.52万元，下降3.58%。主要变动原因是人员减少。",
    );
    expect(stdout).toContain(
      "一般公共预算财政拨款支出增加518.08万元，增长51.81%。主要变动原因是……。",
    );
  }, 30_000);

  it("passes the options through: decimals, unit name, zeros, share rounding", async () => {
    const { stdout } = await fa(
      [
        "draft",
        "--facts",
        "facts.json",
        "--year",
        "2020",
        "--decimals",
        "0",
        "--name",
        "仁和区经信局",
        "--omit-zeros",
        "--share-rounding",
        "largest-remainder",
      ],
      dir,
    );
    expect(stdout).toContain(
      "其中：一般公共预算财政拨款收入1414.49万元，占44%；政府性基金预算财政拨款收入1641.00万元，占52%；其他收入134.72万元，占4%。",
    );
    expect(stdout).toContain("2020年，仁和区经信局机关运行经费支出");
  });

  it("writes -o, and refuses to overwrite it without --force", async () => {
    const first = await fa(
      ["draft", "--facts", "facts.json", "--year", "2020", "-o", "说明.txt"],
      dir,
    );
    expect(first.code).toBe(0);
    // The text went to the file: stdout lists what it lacks, as the text shows it.
    expect(first.stdout).toContain("gap(s) in the draft, left visible");
    expect(first.stdout).not.toContain("一、收入支出决算总体情况说明");
    const written = await readFile(join(dir, "说明.txt"), "utf8");
    expect(written).toMatch(/^一、收入支出决算总体情况说明\n/);

    await writeFile(join(dir, "说明.txt"), "mine");
    const again = await fa(
      ["draft", "--facts", "facts.json", "--year", "2020", "-o", "说明.txt"],
      dir,
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("文件已存在");
    expect(again.stderr).toContain("File exists");
    expect(await readFile(join(dir, "说明.txt"), "utf8")).toBe("mine");

    const forced = await fa(
      ["draft", "--facts", "facts.json", "--year", "2020", "-o", "说明.txt", "--force"],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, "说明.txt"), "utf8")).toBe(written);
  });

  it("fills a template and lists what it could not fill, in both languages", async () => {
    await writeFile(
      join(dir, "模板.txt"),
      "2020年本年收入合计__万元，其中：一般公共预算财政拨款收入__万元，占__%。国内公务接待__批次，外宾__人。\n",
    );
    const { code, stdout, stderr } = await fa(
      ["draft", "--facts", "facts.json", "--template", "模板.txt"],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%。国内公务接待16批次，外宾__人。\n",
    );
    expect(stderr).toContain("未能填写 1 处");
    expect(stderr).toContain("1 blank(s) left unfilled");
    expect(stderr).toContain("第1行 “__”");
  });

  it("drafts from a workbook built by fa build, in its year, naming the figures it lacks", async () => {
    const seed = join(__dirname, "../../seeds/renhe-2020-final-accounts.txt");
    const built = await fa(["build", seed, "-o", "book.xlsx"], dir);
    expect(built.code).toBeLessThan(2);
    // No --year: the workbook's 说明 sheet names 2020.
    const { code, stdout, stderr } = await fa(["draft", "book.xlsx"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%；",
    );
    expect(stdout).toContain("本单位2020年度无国有资本经营预算财政拨款收入、支出");
    // The prior-year totals the narrative implies (current − change) are in the workbook.
    expect(stdout).toContain("与2019年相比，收、支总计各增加1693.77万元，增长113.19%。");
    // The 其他事项 form holds 十 and 七's counts, filled from what the narrative states.
    expect(stdout).toContain("机关运行经费支出比2019年减少1.52万元，下降3.58%。");
    expect(stdout).toContain("国内公务接待16批次，192人次。");
    expect(stdout).toContain("2020年，本单位未发生政府采购支出。");
    // The writer's reasons in the workbook's 说明 sheet are kept.
    expect(stdout).toContain("主要变动原因是政府性基金预算增加。");
    expect(stdout).toContain("主要变动原因是人员减少。");
    // What the tables lack is a visible blank, and listed by name.
    expect(stdout).toContain("完成预算__%");
    expect(stderr).toContain("表中没有“一般公共预算财政拨款支出”的预算数");
  }, 60_000);

  it("reports what the tables did not give", async () => {
    await writeFile(
      join(dir, "few.json"),
      JSON.stringify([{ metric: "income.total", value: "10" }]),
    );
    const { code, stdout, stderr } = await fa(
      ["draft", "--facts", "few.json", "--year", "2021"],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("2021年本年收入合计10.00万元。");
    expect(stderr).toContain("gap(s) in the draft");
    expect(stderr).toContain("表中没有“其他收入”的数字");
  });

  it.each([
    [["draft"], "用法"],
    [["draft", "--facts", "facts.json"], "--year"],
    [["draft", "book.xlsx", "--facts", "facts.json", "--year", "2020"], "用法"],
    [["draft", "--facts", "facts.json", "--year", "1066"], "不是有效年份"],
    [["draft", "--facts", "facts.json", "--year", "20x0"], "--year"],
    [["draft", "--facts", "facts.json", "--year", "2020", "--decimals", "9"], "--decimals"],
    [["draft", "--facts", "facts.json", "--year", "2020", "--unit", "亿元"], "--unit"],
    [["draft", "--facts", "missing.json", "--year", "2020"], "找不到文件"],
    [["draft", "book.txt", "--year", "2020"], ".xlsx"],
    [["draft", "--facts", "facts.json", "--year", "2020", "--bogus"], "未知选项"],
    [["draft", "not-a-zip.xlsx", "--year", "2020"], "无法读取工作簿"],
  ])("rejects bad usage or input with exit code 2: %j", async (argv, message) => {
    const { code, stderr } = await fa(argv, dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it.each([
    ["not json", "不是有效的 JSON"],
    ['{"metric": "income.total"}', "数组"],
    ['[{"period": "current", "value": "1"}]', "metric"],
    ['[{"metric": "income.total", "period": "last", "value": "1"}]', "period"],
    ['[{"metric": "income.total", "value": "12%"}]', "value"],
    ['[{"metric": "income.total", "value": "lots"}]', "value"],
  ])("rejects a bad facts file, naming the entry: %s", async (content, message) => {
    await writeFile(join(dir, "bad.json"), content);
    const { code, stderr } = await fa(["draft", "--facts", "bad.json", "--year", "2020"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

/** A minimal .docx (one Word paragraph per line), as a bureau hands its template out. */
async function docx(lines: readonly string[]): Promise<Buffer> {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join("") +
      "</w:body></w:document>",
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("fa draft --template with a bureau's template", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fa-draft-bureau-"));
    const seed = join(__dirname, "../../seeds/renhe-2020-final-accounts.txt");
    expect((await fa(["build", seed, "-o", "book.xlsx"], dir)).code).toBeLessThan(2);
    const template = await readFile(
      join(__dirname, "../../examples/templates/bureau-xxx.txt"),
      "utf8",
    );
    await writeFile(join(dir, "模板.docx"), await docx(template.trimEnd().split("\n")));
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("fills a .docx template from the seed's workbook, keeping its reasons, and lists what is left", async () => {
    const { code, stdout } = await fa(
      ["draft", "book.xlsx", "--template", "模板.docx", "-o", "说明.txt"],
      dir,
    );
    expect(code).toBe(0);
    const text = await readFile(join(dir, "说明.txt"), "utf8");
    expect(text).toContain(
      "收入、支出总计增加1693.77万元，增长113.19%。主要原因：政府性基金预算增加。",
    );
    expect(text).toContain(
      "机关运行经费支出40.94万元，比2019年度减少1.52万元，下降3.58%。主要原因：人员减少。",
    );
    expect(text).toContain("国内公务接待16批次，192人次。");
    expect(text).not.toMatch(/（如持平|（不涉及|按上述格式|【/);
    // The list is on stdout (the text went to the file): three 项 without 年初预算.
    expect(stdout).toContain("blank(s) left unfilled, as marked");
    expect(stdout.match(/第\d+行 “XX”/g)).toHaveLength(3);
  }, 60_000);
});
