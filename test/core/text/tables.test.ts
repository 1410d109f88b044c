import { segment } from "../../../src/core/text";
import type { NarrativeDocument } from "../../../src/core/text/types";

const cells = (doc: NarrativeDocument, t = 0) =>
  doc.tables[t].rows.map((r) => r.cells.map((c) => doc.text.slice(c.start, c.end)));

describe("text tables", () => {
  it("reads one-cell-per-line tables, an empty line ending a row and a lone tab an empty cell", () => {
    const text = "说明如下。\n\t项目\n\t金额\n\n\t\n\t60\n\n\t合计\n\t60\n结束。";
    const doc = segment(text);
    expect(doc.tables).toHaveLength(1);
    expect(cells(doc)).toEqual([
      ["项目", "金额"],
      ["", "60"],
      ["合计", "60"],
    ]);
    expect(doc.paragraphs.map((p) => p.table)).toEqual([undefined, 0, 0, 0, 0, 0, undefined]);
  });

  it("keeps a numbered row label followed by its figures in the table", () => {
    const doc = segment(
      "对比如下。\n\t项目\n\t金额\n\t一、预算拨款\n\t28,635.96\n\t二、其他资金\n\t6,360.00\n正文。",
    );
    expect(doc.tables).toHaveLength(1);
    expect(cells(doc).flat()).toContain("二、其他资金");
    expect(doc.paragraphs.some((p) => p.heading)).toBe(false);
  });

  it("takes cells one to a line for a table though they outnumber the prose lines", () => {
    const cellLines = [
      ...["项目", "金额", "办公费", "10", "印刷费", "9.5", "邮电费", "1"],
      ...["差旅费", "2", "维修费", "3", "合计", "25.5"],
    ];
    const doc = segment(
      ["第一段。", "第二段。", ...cellLines.map((c) => `\t${c}`), "结束。"].join("\n"),
    );
    expect(doc.tables).toHaveLength(1);
    expect(cells(doc).flat()).toEqual(cellLines);
  });

  it("takes a long header row of short cells (items across the top) for a row", () => {
    const items = [
      "一、财政拨款收入",
      "一般公共预算拨款",
      "政府性基金拨款",
      "二、事业收入",
      "教育收费",
    ];
    const text = [
      "情况如下。",
      `年度 | ${[...items, ...items, ...items, "本年收入合计"].join(" | ")} |`,
      `2019年 | ${Array(16).fill("1.00").join(" | ")} |`,
      `2020年 | ${Array(16).fill("2.00").join(" | ")} |`,
    ].join("\n");
    const doc = segment(text);
    expect(doc.tables).toHaveLength(1);
    // The header alone is longer than a cell line may be: its cells are what is short.
    expect(doc.text.split("\n")[1].length).toBeGreaterThan(100);
    expect(cells(doc)[0]).toHaveLength(17);
    expect(cells(doc)[0][0]).toBe("年度");
  });

  it("reads tab-separated rows", () => {
    const doc = segment("项目\t预算数\t决算数\n办公费\t10\t9.5\n正文。");
    expect(cells(doc)).toEqual([
      ["项目", "预算数", "决算数"],
      ["办公费", "10", "9.5"],
    ]);
    expect(doc.paragraphs[2].table).toBeUndefined();
  });

  it("does not take tab-indented prose or a short tab-led run for a table", () => {
    const indented = [
      "\t第一部分 概况",
      "\t一、职能",
      "\t负责全区工作。",
      "\t二、机构",
      "\t下设机构。",
      "\t附件",
    ].join("\n");
    expect(segment(indented).tables).toEqual([]);
    expect(segment("\t标题一\n\t标题二\n正文。").tables).toEqual([]);
  });

  it("ends a table at a line of prose or a numbered line", () => {
    const doc = segment(
      "正文。\n正文。\n\t甲\n\t乙\n\t丙\n\t丁。\n\t1、事项\n\t戊\n\t己\n\t庚\n正文。",
    );
    expect(doc.tables).toHaveLength(2);
    expect(cells(doc, 0).flat()).toEqual(["甲", "乙", "丙"]);
    expect(cells(doc, 1).flat()).toEqual(["戊", "己", "庚"]);
    expect(doc.paragraphs[5].table).toBeUndefined();
    expect(doc.paragraphs[6].heading?.ordinal).toBe(1);
  });
  describe("flattened one cell to a line after a title (plain pdftotext)", () => {
    const table = [
      "财政拨款收入支出决算总表",
      "公开04表",
      "金额单位：万元",
      "项目",
      "一、一般公共预算财政拨款",
      "二、政府性基金预算财政拨款",
      "1,414.49",
      "1,641.00",
      "一、一般公共服务支出",
      "二、外交支出",
      "346.59",
      "0.00",
    ];

    it("takes the run of short lines as a table: its numbered row labels are no headings", () => {
      const text = [
        "第四部分 附件",
        ...table,
        "第五部分 名词解释",
        "一、财政拨款收入：指本级财政当年拨付的资金。",
      ].join("\n");
      const doc = segment(text);
      expect(doc.tables).toHaveLength(1);
      const inTable = doc.paragraphs.filter((p) => p.table !== undefined);
      expect(inTable).toHaveLength(table.length);
      expect(inTable.some((p) => p.heading)).toBe(false);
      // The part heading after it and the numbered prose under it are the narrative's.
      expect(doc.paragraphs.at(-1)!.table).toBeUndefined();
      const last = doc.paragraphs.at(-1)!;
      expect(last.heading ?? last.item).toBeDefined();
      expect(doc.paragraphs.at(-2)!.heading).toBeDefined();
    });

    it("leaves the heading of the prose that follows it to the narrative", () => {
      const text = [
        ...table,
        "三、支出决算情况说明",
        "2020年本年支出合计3149.21万元，其中基本支出518.51万元。",
      ].join("\n");
      const doc = segment(text);
      const heading = doc.paragraphs.find(
        (p) => doc.text.slice(p.span.start, p.span.end) === "三、支出决算情况说明",
      )!;
      expect(heading.table).toBeUndefined();
      expect(heading.heading).toBeDefined();
    });

    it("is no table: a title line followed by prose, or by short lines without figures", () => {
      const prose = segment("收入支出决算总表\n本单位2020年度收入支出总计3190.21万元，详见附表。");
      expect(prose.tables).toEqual([]);
      const words = segment("收入决算表\n收入\n支出\n项目\n说明");
      expect(words.tables).toEqual([]);
      // A title inside a sentence is no title line.
      expect(segment("详见《收入决算表》\n1\n2\n3").tables).toEqual([]);
    });
  });
});
