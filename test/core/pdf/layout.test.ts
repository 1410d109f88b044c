import { furnitureLines, isPageNumber } from "../../../src/core/pdf/furniture";
import { collapseSpacing, pageLines } from "../../../src/core/pdf/lines";
import { originAt, rebuildParagraphs } from "../../../src/core/pdf/paragraphs";
import type { PdfItem } from "../../../src/core/pdf/types";
import { page } from "../../support/pdf-page";

/** A run of text at (x, y) in a 10 pt font, 10 pt per CJK character. */
const run = (s: string, x: number, y: number, h = 10): PdfItem => ({ s, x, y, w: s.length * h, h });

describe("lines from positioned runs", () => {
  it("groups runs by baseline and orders them by x", () => {
    const lines = pageLines(
      page(1, [run("乙", 80, 100.5), run("甲", 60, 100), run("丙", 60, 120)]),
    );
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, "甲乙"],
      [2, "丙"],
    ]);
  });
  it("collapses letter spacing next to CJK characters and inside figures", () => {
    expect(collapseSpacing("目  录")).toBe("目录");
    expect(collapseSpacing("支 出 1 4 1 4 . 4 9 万 元")).toBe("支出1414.49万元");
    expect(collapseSpacing("Final  accounts 2020")).toBe("Final accounts 2020");
  });
  it("joins letter-spaced single glyphs into one word", () => {
    const glyphs = Array.from("收入合计").map((c, i) => run(c, 60 + i * 16, 100));
    expect(pageLines(page(1, glyphs))[0].text).toBe("收入合计");
  });
});

describe("page furniture", () => {
  it("recognises page numbers in their usual forms, and not figures in a sentence", () => {
    for (const s of ["3", "- 3 -", "第3页", "第3页 共12页", "3/12"])
      expect(isPageNumber(s)).toBe(true);
    expect(isPageNumber("支出3万元")).toBe(false);
  });
  it("drops running heads repeated at the top of pages and page numbers at the foot", () => {
    const pages = [1, 2, 3].map((n) => {
      const lines = pageLines(
        page(n, [
          run("某单位2020年度部门决算", 60, 40),
          run(`正文第${n}页`, 60, 200),
          run(`- ${n} -`, 290, 820),
        ]),
      );
      return { height: 842, lines };
    });
    const dropped = furnitureLines(pages);
    const kept = pages.flatMap((p) => p.lines.filter((l) => !dropped.has(l)).map((l) => l.text));
    expect(kept).toEqual(["正文第1页", "正文第2页", "正文第3页"]);
  });
});

describe("paragraphs", () => {
  // Four lines of body text, 14.5 pt apart, the right margin at 60 + 40 characters.
  const body = "一".repeat(38);
  const items = [
    run(body + "收入", 60, 100),
    run("1414.", 60 + 0, 114.5, 10),
    run("49万元。", 110, 114.5),
    run("（二）下一段", 60, 143.5),
  ];
  it("rejoins lines wrapped by the layout, a figure split over two lines included", () => {
    const lines = pageLines(page(1, items));
    const { text } = rebuildParagraphs(lines);
    expect(text).toBe(`${body}收入1414.49万元。\n（二）下一段`);
  });
  it("maps an offset of the rebuilt text back to its page and line", () => {
    const { text, origins } = rebuildParagraphs(pageLines(page(1, items)));
    const at = text.indexOf("49万元");
    expect(originAt(origins, at)).toMatchObject({ page: 1, line: 2 });
    expect(originAt(origins, text.indexOf("下一段"))).toMatchObject({ page: 1, line: 3 });
  });
  it("keeps a short line as the end of its paragraph", () => {
    const lines = pageLines(
      page(1, [run("第一部分 部门概况", 60, 100), run(body + "收入", 60, 114.5)]),
    );
    // Spaces next to Chinese characters are layout, not text: the heading reads without one.
    expect(rebuildParagraphs(lines).text).toBe(`第一部分部门概况\n${body}收入`);
  });
});
