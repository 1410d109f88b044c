import { segment } from "../../../src/core/text";
import type { NarrativeDocument, Paragraph } from "../../../src/core/text/types";
import { readSeed } from "../../support/seed";

/** The text as given under a span of the document (spans are canonical: mapped back). */
const slice = (doc: NarrativeDocument, s: { start: number; end: number }) => {
  const at = doc.toSource(s);
  return doc.source.slice(at.start, at.end);
};
const paragraphTexts = (doc: NarrativeDocument) => doc.paragraphs.map((p) => slice(doc, p.span));
const sentenceTexts = (doc: NarrativeDocument, p: Paragraph) =>
  p.sentences.map((s) => slice(doc, s.span));

describe("paragraphs", () => {
  it("is one per non-blank line, trimmed, with its 1-based line", () => {
    const doc = segment("  甲。\n\n\t \u3000\n乙；丙。  \n");
    expect(paragraphTexts(doc)).toEqual(["甲。", "乙；丙。"]);
    expect(doc.paragraphs.map((p) => p.line)).toEqual([1, 4]);
    expect(doc.paragraphs.map((p) => p.index)).toEqual([0, 1]);
  });

  it("keeps offsets exact with CRLF, CR, tabs, full-width forms and surrogate pairs", () => {
    const text = "\uFEFF第一行，３１９０．２１万元。\r\n\r\n\t𠀀第二行！\r第三行？\n";
    const doc = segment(text);
    expect(paragraphTexts(doc)).toEqual(["第一行，３１９０．２１万元。", "𠀀第二行！", "第三行？"]);
    expect(doc.paragraphs[1].span.start).toBe(text.indexOf("𠀀"));
    expect(doc.paragraphs.map((p) => p.line)).toEqual([1, 3, 4]);
  });

  it("gives an empty document for empty or blank text", () => {
    for (const text of ["", "\n\n", " \t\r\n\u3000"]) {
      const doc = segment(text);
      expect(doc.paragraphs).toEqual([]);
      expect(doc.sections).toHaveLength(1);
      expect(doc.sections[0].span).toEqual({ start: 0, end: text.length });
    }
  });
});

describe("sentences", () => {
  it("end at 。！？；? and keep the closing quote after the stop", () => {
    const doc = segment("他说：“好。”然后走了！为何？收入；支出? 尾巴");
    expect(sentenceTexts(doc, doc.paragraphs[0])).toEqual([
      "他说：“好。”",
      "然后走了！",
      "为何？",
      "收入；",
      "支出?",
      "尾巴",
    ]);
  });

  it("do not end at a decimal point", () => {
    const doc = segment("收入3190.21万元，占45.5%。");
    expect(sentenceTexts(doc, doc.paragraphs[0])).toEqual(["收入3190.21万元，占45.5%。"]);
  });

  it("are the same spans on every request, whether a paragraph has one, several or none", () => {
    // Paragraphs keep their sentences as numbers and make the objects on request (a long
    // text keeps fewer objects): each request must give the same values.
    const doc = segment("一、概况\n收入3190.21万元。\n收入增加；支出减少。\n（一）说明。无。");
    const [heading, one, two, runIn] = doc.paragraphs;
    expect(heading.sentences).toEqual([]);
    expect(one.sentences).toEqual([{ span: one.span }]);
    expect(one.sentences).toEqual(one.sentences);
    expect(one.span).toEqual(one.span);
    expect(sentenceTexts(doc, two)).toEqual(["收入增加；", "支出减少。"]);
    expect(two.sentences).toEqual(two.sentences);
    expect(sentenceTexts(doc, runIn)).toEqual(["无。"]);
    expect(JSON.parse(JSON.stringify(one.sentences))).toEqual([{ span: one.span }]);
  });

  it("exclude a heading and its marker, keeping a run-in body", () => {
    const doc = segment("三、评价\n（一）评价结论。按照规定执行。较好。\n（二）存在问题。无。");
    const [, runIn] = doc.paragraphs;
    expect(runIn.heading?.title).toBe("评价结论");
    expect(slice(doc, runIn.heading!.span)).toBe("（一）评价结论。");
    expect(sentenceTexts(doc, runIn)).toEqual(["按照规定执行。", "较好。"]);
    expect(doc.paragraphs[0].sentences).toEqual([]);
  });
});

describe("lineCol", () => {
  it("finds 1-based line and column by offset, for LF, CRLF and CR", () => {
    for (const nl of ["\n", "\r\n", "\r"]) {
      const text = ["ab", "", "cde"].join(nl);
      const doc = segment(text);
      expect(doc.lineCol(0)).toEqual({ line: 1, column: 1 });
      expect(doc.lineCol(1)).toEqual({ line: 1, column: 2 });
      const c = text.indexOf("c");
      expect(doc.lineCol(c)).toEqual({ line: 3, column: 1 });
      expect(doc.lineCol(c + 2)).toEqual({ line: 3, column: 3 });
      expect(doc.lineCol(text.length)).toEqual({ line: 3, column: 4 });
    }
  });

  it("clamps offsets outside the text", () => {
    const doc = segment("ab\ncd");
    expect(doc.lineCol(-5)).toEqual({ line: 1, column: 1 });
    expect(doc.lineCol(99)).toEqual({ line: 2, column: 3 });
    expect(doc.lineCol(Number.NaN)).toEqual({ line: 1, column: 1 });
  });
});

describe("headings", () => {
  const headingOf = (line: string) => segment(line).paragraphs[0].heading;

  it.each([
    ["第一部分 部门概况", "part", 1, "第一部分", "部门概况"],
    ["一、基本职能及主要工作", "chinese", 1, "一、", "基本职能及主要工作"],
    ["十、其他重要事项的情况说明", "chinese", 10, "十、", "其他重要事项的情况说明"],
    ["（二）结构情况", "paren-chinese", 2, "（二）", "结构情况"],
    ["(三)具体情况", "paren-chinese", 3, "(三)", "具体情况"],
    ["2.部门绩效评价结果。", "arabic", 2, "2.", "部门绩效评价结果"],
    ["３．支出情况", "arabic", 3, "３．", "支出情况"],
    ["（1）办公费", "paren-arabic", 1, "（1）", "办公费"],
  ])("reads %s", (line, style, ordinal, marker, title) => {
    const h = headingOf(line);
    expect(h).toMatchObject({ style, ordinal, marker, title });
    expect(line.slice(h!.markerSpan.start, h!.markerSpan.end)).toBe(marker);
  });

  it.each([
    "2020年度收、支总计3190.21万元。",
    "3.26万元为公务接待费。",
    "2020.12月完成。",
    "一是扎实开展竞赛。",
    "20、",
  ])("does not take a sentence that starts with a number for a heading: %s", (line) => {
    const p = segment(line).paragraphs[0];
    if (line === "20、") {
      expect(p.heading?.ordinal ?? p.item?.ordinal).toBe(20);
      return;
    }
    expect(p.heading).toBeUndefined();
    expect(p.item).toBeUndefined();
  });

  it("tells a list of duties (items) from a run of short titles (headings)", () => {
    const text = [
      "（一）主要职能。",
      "1、贯彻执行国家有关法律、法规和方针政策；组织实施有关政策措施。",
      "2、负责全区经济运行调节，协调解决经济运行中的问题，并及时提出意见和建议。",
      "3、承办区政府交办的其他事项。",
      "（二）重点工作完成情况。",
      "1、坚持党建引领，切实聚焦主责主业",
      "一是扎实开展竞赛。",
      "2、坚持依法防控，有序指导复工复产",
    ].join("\n");
    const doc = segment(text);
    const kinds = doc.paragraphs.map((p) => (p.heading ? "H" : p.item ? "I" : "-"));
    expect(kinds).toEqual(["H", "I", "I", "I", "H", "H", "-", "H"]);
    // The short “3、” item stays an item: it belongs to a list of duties.
    expect(doc.paragraphs[3].item?.ordinal).toBe(3);
    expect(sentenceTexts(doc, doc.paragraphs[1])[0]).toBe("贯彻执行国家有关法律、法规和方针政策；");
  });

  it("reads a numbered line that states an amount or a rate as prose, not a title", () => {
    const text = [
      "（二）“三公”经费财政拨款支出决算具体情况说明",
      "1.因公出国（境）经费支出0万元。",
      "2.公务用车购置及运行维护费支出0万元",
      "3.公务接待费支出3.26万元。公务接待费支出决算比2019年增加2.38万元，增长270%。",
      "4.完成预算59%",
    ].join("\n");
    const doc = segment(text);
    const lines = doc.paragraphs.slice(1);
    expect(lines.map((p) => [p.heading, p.item?.ordinal])).toEqual([
      [undefined, 1],
      [undefined, 2],
      [undefined, 3],
      [undefined, 4],
    ]);
    // The figure is in the body, where claims are read.
    expect(sentenceTexts(doc, lines[2])[0]).toBe("公务接待费支出3.26万元。");
    expect(sentenceTexts(doc, lines[1])).toEqual(["公务用车购置及运行维护费支出0万元"]);
  });

  it("keeps short titles with a year or a count as headings, and a figure among titles as an item", () => {
    const doc = segment(
      [
        "（一）2020年重点工作完成情况",
        "1.机构3个",
        "2.三公经费",
        "3.接待费3.26万元。",
        "4.其他事项",
      ].join("\n"),
    );
    expect(doc.paragraphs.map((p) => (p.heading ? "H" : p.item ? "I" : "-"))).toEqual([
      "H",
      "H",
      "H",
      "I",
      "H",
    ]);
    expect(doc.paragraphs[0].heading?.title).toBe("2020年重点工作完成情况");
  });

  it("reads a numbered line with a colon as an item (definition or lead-in)", () => {
    const doc = segment(
      "名词解释\n1.财政拨款收入：指单位从同级财政部门取得的资金。\n2.事业收入：指收入。",
    );
    expect(doc.paragraphs[0].heading).toMatchObject({ style: "part", ordinal: null });
    expect(doc.paragraphs.slice(1).map((p) => p.item?.ordinal)).toEqual([1, 2]);
  });

  it("recognises standard titles written without a number, and nothing else", () => {
    const doc = segment(
      "机构设置\n收入决算情况说明。\n“三公”经费财政拨款支出决算情况说明\n评价结论及建议\n机构设置和人员",
    );
    const hs = doc.paragraphs.map((p) => p.heading);
    expect(hs[0]).toMatchObject({
      style: "chinese",
      ordinal: null,
      marker: "",
      title: "机构设置",
      standardOrdinal: 2,
    });
    expect(hs[1]).toMatchObject({
      style: "chinese",
      title: "收入决算情况说明",
      standardOrdinal: 2,
    });
    expect(hs[2]).toMatchObject({ style: "chinese", standardOrdinal: 7 });
    expect(hs[3]).toBeUndefined();
    expect(hs[4]).toBeUndefined();
  });
});

describe("sections", () => {
  it("nest by style depth, with the root first", () => {
    const doc = segment(
      "前言。\n第一部分 概况\n一、职能\n（一）主要职能。\n正文。\n二、机构\n第二部分 说明\n一、总体",
    );
    const paths = doc.sections.map((s) => s.path.join(" > "));
    expect(paths).toEqual([
      "",
      "第一部分 概况",
      "第一部分 概况 > 一、职能",
      "第一部分 概况 > 一、职能 > （一）主要职能。",
      "第一部分 概况 > 二、机构",
      "第二部分 说明",
      "第二部分 说明 > 一、总体",
    ]);
    expect(doc.sections.map((s) => s.parent)).toEqual([null, 0, 1, 2, 1, 0, 5]);
    expect(doc.paragraphs.map((p) => p.section)).toEqual([0, 1, 2, 3, 3, 4, 5, 6]);
    const first = doc.sections[1];
    expect(slice(doc, first.span)).toBe(
      "第一部分 概况\n一、职能\n（一）主要职能。\n正文。\n二、机构",
    );
  });
});

describe("the seed", () => {
  const text = readSeed();
  const doc = segment(text);
  const headingAt = (line: number) => doc.paragraphs.find((p) => p.line === line)?.heading;

  it("finds the 说明's headings with their styles and ordinals", () => {
    const expected: Array<[number, string, number | null, string]> = [
      [1, "part", 1, "部门概况"],
      [2, "chinese", 1, "基本职能及主要工作"],
      [3, "paren-chinese", 1, "主要职能"],
      [38, "paren-chinese", 2, "2020年重点工作完成情况"],
      [40, "arabic", 1, "坚持党建引领，切实聚焦主责主业"],
      [60, "arabic", 7, "坚持创新驱动，助力产业转型升级"],
      [64, "chinese", null, "机构设置"],
      [68, "part", 2, "2020年度部门决算情况说明"],
      [69, "chinese", null, "收入支出决算总体情况说明"],
      [71, "chinese", null, "收入决算情况说明"],
      [73, "chinese", null, "支出决算情况说明"],
      [75, "chinese", 5, "一般公共预算财政拨款支出决算情况说明"],
      [76, "paren-chinese", 1, "一般公共预算财政拨款支出决算总体情况"],
      [78, "chinese", 4, "财政拨款收入支出决算总体情况说明"],
      [84, "paren-chinese", 3, "一般公共预算财政拨款支出决算具体情况"],
      [131, "chinese", 7, "“三公”经费财政拨款支出决算情况说明"],
      [147, "chinese", null, "国有资本经营预算支出决算情况说明"],
      [149, "chinese", 10, "其他重要事项的情况说明"],
      [157, "paren-chinese", 4, "预算绩效管理情况"],
      [312, "arabic", 2, "部门绩效评价结果"],
      [315, "part", null, "名词解释"],
      [361, "part", 4, "附件"],
    ];
    for (const [line, style, ordinal, title] of expected) {
      expect({ line, ...headingAt(line) }).toMatchObject({ line, style, ordinal, title });
    }
  });

  it("reads numbered duties, 五（三）'s lines and the definitions as list items", () => {
    const items = (from: number, to: number) =>
      doc.paragraphs
        .filter((p) => p.line >= from && p.line <= to && p.item)
        .map((p) => p.item!.ordinal);
    expect(items(5, 36)).toEqual([...Array(17)].map((_, i) => i + 1));
    expect(items(84, 122)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(items(316, 360)).toEqual([...Array(19)].map((_, i) => i + 1));
    expect(doc.paragraphs.find((p) => p.line === 86)?.item).toBeUndefined();
  });

  it("puts 五（二） under the misplaced 四、, as the text is written", () => {
    const p = doc.paragraphs.find((x) => x.line === 80)!;
    const section = doc.sections[p.section];
    expect(section.heading?.ordinal).toBe(2);
    expect(doc.sections[section.parent!].heading?.marker).toBe("四、");
  });

  it("recognises the performance table, and reads none of it as prose", () => {
    expect(doc.tables).toHaveLength(1);
    const table = doc.tables[0];
    expect(doc.lineCol(table.span.start).line).toBe(167);
    expect(doc.lineCol(table.span.end).line).toBe(309);
    const cells = table.rows.map((r) => r.cells.map((c) => slice(doc, c)));
    expect(cells[0]).toEqual([
      "项目名称",
      "2020年区级应用技术研究与开发经费、区级创新创业引导资金项目",
    ]);
    expect(cells[2]).toEqual(["预算执行情况(万元)", "预算数:", "60", "执行数:", "31"]);
    expect(cells[3]).toEqual(["", "其中-财政拨款:", "60", "其中-财政拨款:", "31"]);
    expect(cells[cells.length - 1]).toEqual(["", "", "", "社会满意度", "满意度≥98%", "满意度≥98%"]);
    const inTable = doc.paragraphs.filter((p) => p.table === 0);
    // One paragraph per filled cell: the table's lines are its cells.
    expect(inTable.map((p) => slice(doc, p.span))).toEqual(cells.flat().filter((c) => c !== ""));
    for (const p of inTable) {
      expect(p.sentences).toEqual([]);
      expect(p.heading).toBeUndefined();
      expect(p.item).toBeUndefined();
    }
    // The prose right before and after the table is prose.
    for (const line of [162, 313]) {
      const p = doc.paragraphs.find((x) => x.line === line)!;
      expect(p.table).toBeUndefined();
      expect(p.sentences.length).toBeGreaterThan(0);
    }
  });

  it("has the same structure with CRLF line ends", () => {
    const crlf = segment(text.replace(/\n/g, "\r\n"));
    expect(paragraphTexts(crlf)).toEqual(paragraphTexts(doc));
    expect(
      crlf.paragraphs.map((p) => [p.line, p.section, p.table, p.heading?.title, p.item?.ordinal]),
    ).toEqual(
      doc.paragraphs.map((p) => [p.line, p.section, p.table, p.heading?.title, p.item?.ordinal]),
    );
    expect(crlf.sections.map((s) => s.path)).toEqual(doc.sections.map((s) => s.path));
    expect(crlf.tables[0].rows.map((r) => r.cells.map((c) => slice(crlf, c)))).toEqual(
      doc.tables[0].rows.map((r) => r.cells.map((c) => slice(doc, c))),
    );
  });
});
