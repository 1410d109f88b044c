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
});
