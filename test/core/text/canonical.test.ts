import { canonicalReading } from "../../../src/core/text/canonical";
import { readSeed } from "../../support/seed";

/** The canonical text without the padding that keeps offsets (spaces around lines). */
const read = (text: string) =>
  canonicalReading(text)
    .text.split("\n")
    .map((l) => l.replace(/^ +| +$/g, ""))
    .join("\n");

/** The text as given under the canonical span of the first occurrence of `part`. */
function sourceOf(text: string, part: string): string {
  const r = canonicalReading(text);
  const at = r.text.indexOf(part);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = r.spanToSource({ start: at, end: at + part.length });
  return text.slice(span.start, span.end);
}

describe("canonicalReading", () => {
  it("is the identity on a text with nothing to undo", () => {
    const text = "一、收入决算情况\n2020年本年收入合计3190.21万元，占45%。\n\n\t项目\n";
    const r = canonicalReading(text);
    expect(r.text).toBe(text);
    expect(r.spanToSource({ start: 3, end: 9 })).toEqual({ start: 3, end: 9 });
  });

  it("keeps the length and the line starts of the seed", () => {
    const seed = readSeed();
    const r = canonicalReading(seed);
    expect(r.text).toHaveLength(seed.length);
    const starts = (t: string) => [...t.matchAll(/\n/g)].map((m) => m.index);
    expect(starts(r.text)).toEqual(starts(seed));
  });

  it("removes letter spacing and spaces before units, keeping spaces between ASCII words", () => {
    expect(read("本 年 收 入 合 计 1234.56 万 元 ， 比上年增长 12 %。")).toBe(
      "本年收入合计1234.56万元，比上年增长12%。",
    );
    expect(read("2019 2020 年度 Excel 表")).toBe("2019 2020年度Excel表");
    // A line spaced between every character loses its spaces, digits included.
    expect(read("收 入 1 4 1 4 . 4 9 万 元")).toBe("收入1414.49万元");
  });

  it("keeps the space that stands for a missing figure", () => {
    expect(read("支出 万元，占 %，（ ）万元")).toBe("支出 万元，占 %，（ ）万元");
  });

  it("folds clause marks and traditional characters one for one, not thousands separators", () => {
    expect(read("一般公共預算財政撥款“三公”經費,單位:萬元;合計1,234.56")).toBe(
      "一般公共预算财政拨款“三公”经费，单位：万元；合计1,234.56",
    );
  });

  it("drops pinyin glosses of mirror sites", () => {
    expect(read("經(jīng)費支出決算數(shù)為3萬(wàn)元(含)")).toBe("经费支出决算数为3万元(含)");
  });

  it("rejoins a figure broken over two lines, and maps it back over the break", () => {
    const text = "收入合计27\n09.84万元，增长11\n.18 %。\n下一段。";
    expect(read(text)).toBe("收入合计2709.84万元，增长11.18%。\n下一段。");
    expect(sourceOf(text, "2709.84万元")).toBe("27\n09.84万元");
    expect(sourceOf(text, "11.18%")).toBe("11\n.18 %");
  });

  it("rejoins the lines of a text wrapped at a width, not its headings or short lines", () => {
    const para =
      "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占44.34%；政府性基金预算财政拨款收入1641万元，占51.44%；其他收入134.72万元，占4.22%。";
    const wrapped = (p: string, n: number) => p.match(new RegExp(`.{1,${n}}`, "gu"))!.join("\n");
    const text = [
      "二、收入决算情况说明",
      wrapped(para, 24),
      "三、支出决算情况说明",
      wrapped(para, 24),
    ].join("\n");
    expect(read(text)).toBe(
      ["二、收入决算情况说明", para, "三、支出决算情况说明", para].join("\n"),
    );
  });

  it("takes no wrap width from numbered titles of one length: each stays its own line", () => {
    // Web pages give a paragraph a line; their headings are often of one length.
    const text = [
      "（一）基本支出预算收支增减情况",
      "2018年基本支出预算较上年增17.1万元，增幅17.18%。",
      "（二）项目支出预算收支增减情况",
      "2018年项目支出预算较上年减5万元，减幅100%。",
      "（三）三公经费预算收支增减情况",
      "2018年三公经费预算总额为2.7万元。",
      "（四）机关运行经费预算增减情况",
      "2018年机关运行经费预算为3万元。",
    ].join("\n");
    expect(read(text)).toBe(text);
  });

  it("rejoins a letter-spaced line wrapped before a figure that reads like an item number", () => {
    const para =
      "2019年本年收入合计1000.00万元，其中：一般公共预算财政拨款收入90.01万元，占9.00%；其他收入909.99万元，占91.00%。";
    const spaced = [...para].join(" ");
    // Wrapped where the next line starts “ 9 . 0 0 %”: a decimal, not an item “9.”.
    const at = spaced.indexOf(" 9 . 0 0 %");
    const width = 31;
    const lines: string[] = [];
    let k = at % width === 0 ? 0 : at % width;
    lines.push(spaced.slice(0, k));
    for (; k < spaced.length; k += width) lines.push(spaced.slice(k, k + width));
    const text = ["二、收入决算情况说明", ...lines, "三、支出决算情况说明"].join("\n");
    expect(lines.some((l) => l.startsWith(" 9 . 0 0 %"))).toBe(true);
    expect(read(text)).toBe(["二、收入决算情况说明", para, "三、支出决算情况说明"].join("\n"));
  });

  it("starts a paragraph at a letter-spaced item number after a full line", () => {
    const item12 =
      "12.商业服务业等（类）商业流通事务（款）一般行政管理事务（项）：支出决算为4919.12万元。";
    // 72 characters: two full lines of 36, the second ending with the paragraph.
    const item13 =
      "13.住房保障（类）住房改革支出（款）住房公积金（项）：支出决算为7370.98万元，完成预算77.74%，决算数小于预算数的主要原因是人员少。";
    const item14 = "14.其他（类）其他支出（款）其他支出（项）：支出决算为25268.39万元。";
    const wrapped = (text: string) => text.match(/.{1,36}/gu) ?? [];
    expect(item13).toHaveLength(72);
    const lines = [...wrapped(item12), ...wrapped(item13), ...wrapped([...item14].join(" "))];
    // Only the marker, letter-spaced (“1 4 . 其 他”), says the full line before it ends a paragraph.
    expect(read(lines.join("\n")).split("\n")).toEqual([item12, item13, item14]);
  });

  it("keeps one paragraph per line when the text is not wrapped", () => {
    const text = "部门概况\n本单位内设机构3个\n2016年收入构成情况\n总收入27,664.71万元。";
    expect(read(text)).toBe(text);
  });

  it("drops page numbers and running headers, and rejoins a paragraph across the page break", () => {
    const line = (k: number) =>
      `第${k}行本年支出合计三千一百九十万元整其中基本支出一千五百九十万元项目支出一千六`;
    const page = (n: number, body: string) => `某局2020年度部门决算\n${body}\n- ${n} -\n\f`;
    const text =
      page(1, `${line(1)}\n${line(2)}\n${line(3)}`) +
      page(2, `百万元。\n${line(4)}\n${line(5)}`) +
      page(3, `${line(6)}。`) +
      "结束。";
    const out = read(text);
    expect(out).not.toContain("某局");
    expect(out).not.toMatch(/- \d -/);
    expect(out).toContain("项目支出一千六百万元。");
  });

  it("writes “|” tables and columns of figures as tab-separated rows", () => {
    expect(read("合计 | 2911.47 | 2706.86 | -204.61 | -7.03% |")).toBe(
      "合计\t2911.47\t2706.86\t-204.61\t-7.03%",
    );
    expect(read("1. 财政补助收入 6909800 55508400 703.33%")).toBe(
      "1.财政补助收入\t6909800\t55508400\t703.33%",
    );
    // One cell per line with its bar: a tab-led cell; a lone bar after one is an empty cell
    // (the 决算数 a table leaves blank), which keeps the cells after it in their columns.
    expect(read("預 算 數 |\n49.9 |\n|\n合 計 |")).toBe("\t预算数\n\t49.9\n\t\n\t合计");
    // Each cell's bar on the line after it: the bar closes the cell.
    expect(read("说明如下。\n年度\n|\n合计\n|\n2840\n|")).toBe(
      "说明如下。\n\t年度\n\n\t合计\n\n\t2840\n",
    );
    // A sentence before a lone bar stays prose.
    expect(read("支出情况如下。\n|")).toBe("支出情况如下。\n");
  });

  it("keeps the lines of a 目录 with their page numbers", () => {
    const text =
      "目录\n第一部分 部门概况 ........ 3\n一、基本职能 ....... 4\n第一部分 部门概况\n一、基本职能\n正文。";
    expect(read(text)).toBe(
      "目录\n第一部分部门概况 ........ 3\n一、基本职能 ....... 4\n第一部分部门概况\n一、基本职能\n正文。",
    );
  });

  it("maps every offset into the text as given, in order", () => {
    const text = "本 年 收 入\r\n27\r\n09.84萬(wàn)元\n\f- 2 -\n合计 | 1 | 2 |";
    const r = canonicalReading(text);
    let last = -1;
    let lastWritten = -1;
    for (let i = 0; i < r.text.length; i++) {
      const at = r.toSource(i);
      expect(at).toBeGreaterThanOrEqual(last);
      expect(at).toBeLessThanOrEqual(text.length);
      if (r.text[i] !== " ") {
        expect(at).toBeGreaterThan(lastWritten);
        lastWritten = at;
      }
      last = at;
    }
  });
});
