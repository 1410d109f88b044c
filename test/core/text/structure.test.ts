import { check } from "../../../src/core/check";
import { segment } from "../../../src/core/text";

/**
 * Document structure: the 目录 is left out of the heading checks, text tables are tables
 * (their rows neither headings nor prose), and each 第N部分 numbers its headings afresh.
 */

const headingFindings = (text: string) =>
  check(text, { reportYear: 2020 }).findings.filter((f) => f.rule === "heading-numbering");

const BODY = [
  "第一部分 部门概况",
  "一、基本职能及主要工作",
  "本局负责全区工业经济工作。",
  "二、机构设置",
  "本局下设机构2个。",
  "第二部分 2020年度部门决算情况说明",
  "一、收入支出决算总体情况说明",
  "2020年度收、支总计3190.21万元。",
  "二、收入决算情况说明",
  "2020年本年收入合计3190.21万元。",
  "第三部分 名词解释",
  "1.财政拨款收入：指本级财政当年拨付的资金。",
  "2.其他收入：指除上述收入以外的收入。",
];

describe("document structure", () => {
  it("numbers the headings of each 第N部分 on their own", () => {
    expect(headingFindings(BODY.join("\n"))).toEqual([]);
    // and still sees a number out of order inside one part
    const swapped = BODY.join("\n").replace("二、收入决算情况说明", "三、收入决算情况说明");
    expect(headingFindings(swapped).map((f) => f.text)).toEqual(["三、"]);
  });

  it("leaves a 目录 with page numbers out of the heading checks", () => {
    const contents = [
      "目  录",
      "第一部分 部门概况 .................................... 3",
      "一、基本职能及主要工作 ................................ 3",
      "二、机构设置 .......................................... 4",
      "第二部分 2020年度部门决算情况说明 ...................... 5",
      "一、收入支出决算总体情况说明 .......................... 5",
      "二、收入决算情况说明 .................................. 6",
      "第三部分 名词解释 .................................... 9",
    ];
    const text = ["某局2020年度部门决算", ...contents, ...BODY].join("\n");
    const doc = segment(text);
    const marked = doc.paragraphs.filter((p) => p.contents).length;
    expect(marked).toBe(contents.length);
    expect(doc.paragraphs.filter((p) => p.heading?.style === "part")).toHaveLength(3);
    expect(headingFindings(text)).toEqual([]);
  });

  it("leaves a 目录 without page numbers out, up to the first heading it repeats", () => {
    const text = [
      "目录",
      "第一部分 部门概况",
      "一、基本职能及主要工作",
      "二、机构设置",
      "第二部分 2020年度部门决算情况说明",
      ...BODY,
    ].join("\n");
    const doc = segment(text);
    expect(doc.paragraphs.filter((p) => p.contents)).toHaveLength(5);
    expect(headingFindings(text)).toEqual([]);
  });

  it("reads flattened tables as tables: no heading, no prose claim from their rows", () => {
    const table = [
      "施甸县2016年“三公”经费决算情况统计表 | ||||",
      "单位:万元 | ||||",
      "项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | |",
      "增、减金额 | 增、减幅度 | |||",
      "合计 | 2911.47 | 2706.86 | -204.61 | -7.03% |",
      "1.因公出国(境)费 | 13.06 | 10.20 | -2.86 | -21.9% |",
      "2.公务接待费 | 1679.69 | 1590.94 | -88.75 | -5.28% |",
      "3.公务用车购置及运行费 | 1218.72 | 1105.72 | -113 | -9.27% |",
    ].join("\n");
    const spaced = [
      "项目及编号 2016年度 2017年度 2017比2016增减",
      "一、收入支出情况对比 (一) 收入总计 58596771.09 117154424.7 58557653.59 99.93%",
      "1. 财政补助收入 6909800 55508400 48598600 703.33%",
      "3. 医疗收入 51420916.22 61360289.59 9939373.37 19.33%",
    ].join("\n");
    for (const text of [table, spaced, `${BODY.join("\n")}\n${table}\n${spaced}`]) {
      const { doc, claims, findings } = check(text, { reportYear: 2020 });
      // Every row with figures (a decimal or a percentage) and no sentence is a table row.
      const figureRows = doc.paragraphs.filter((p) => {
        const t = doc.text.slice(p.span.start, p.span.end);
        return /\d\.\d|%/.test(t) && !t.includes("。");
      });
      expect(figureRows.length).toBeGreaterThan(1);
      expect(figureRows.every((p) => p.table !== undefined)).toBe(true);
      expect(findings.filter((f) => f.rule === "heading-numbering")).toEqual([]);
      const inTables = claims.filter(
        (c) => "paragraph" in c && doc.paragraphs[c.paragraph as number]?.table !== undefined,
      );
      // Figures of a table are read as the table's (claims/grid-claims.ts): amounts marked
      // as table cells, rates tied to their row's amounts; never a prose share or rate.
      const fromTable = (id: number | undefined) => {
        const c = id === undefined ? undefined : claims[id];
        return c?.kind === "amount" && c.tableCell === true;
      };
      const prose = inTables.filter((c) =>
        c.kind === "amount"
          ? !c.tableCell
          : c.kind === "growth" || c.kind === "change"
            ? !fromTable(c.subject)
            : c.kind === "share",
      );
      expect(prose).toEqual([]);
    }
    // The 三公 table's rows are read: 13.06 → 10.20 is −21.9% (a rate to check, here right).
    const { claims } = check(table, { reportYear: 2016 });
    const rates = claims.filter((c) => c.kind === "growth");
    expect(rates.map((g) => g.kind === "growth" && g.figure.text)).toEqual([
      "-7.03%",
      "-21.9%",
      "-5.28%",
      "-9.27%",
    ]);
  });
});
