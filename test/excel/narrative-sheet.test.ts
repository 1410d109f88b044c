import {
  joinRows,
  locate,
  narrativeRows,
  paragraphCell,
  paragraphOfCell,
  splitParagraphs,
} from "../../src/excel/narrative-sheet";
import { readSeed } from "../support/seed";

describe("the 说明 sheet's rows as one text", () => {
  it("joins rows with \\n and maps every offset back to its row and column", () => {
    const rows = ["第一部分 部门概况", "", "一、收入占45%；", "末行"];
    const joined = joinRows(rows);
    expect(joined.text).toBe("第一部分 部门概况\n\n一、收入占45%；\n末行");
    const at = joined.text.indexOf("占45%");
    expect(locate(joined, at)).toEqual({ row: 2, offset: rows[2].indexOf("占45%") });
    // Every offset of every row lands on that row, at that column.
    rows.forEach((row, r) => {
      for (let c = 0; c <= row.length; c++) {
        expect(locate(joined, joined.starts[r] + c)).toEqual({ row: r, offset: c });
      }
    });
  });

  it("keeps the seed's offsets: the text of a span is the same in the row", () => {
    const rows = splitParagraphs(readSeed());
    const joined = joinRows(rows);
    const needle = "一般公共预算财政拨款收入1414.49万元，占45%";
    const start = joined.text.indexOf(needle);
    expect(start).toBeGreaterThan(0);
    const { row, offset } = locate(joined, start);
    expect(rows[row].slice(offset, offset + needle.length)).toBe(needle);
  });

  it("numbers paragraphs from A2, under the header row", () => {
    expect(paragraphCell(0)).toBe("A2");
    expect(paragraphCell(71)).toBe("A73");
    expect(paragraphOfCell("A2")).toBe(0);
    expect(paragraphOfCell("$A$73")).toBe(71);
    expect(paragraphOfCell("A1")).toBeNull();
    expect(paragraphOfCell("B5")).toBeNull();
  });
});

describe("splitParagraphs", () => {
  it("makes one row per non-blank line, whatever the line endings, keeping leading tabs", () => {
    expect(splitParagraphs("甲\r\n\r\n乙\r丙\n\t表格\t单元格\n   \n")).toEqual([
      "甲",
      "乙",
      "丙",
      "\t表格\t单元格",
    ]);
  });
});

describe("narrativeRows", () => {
  it("reads column A from row 2, keeping blank rows in place", () => {
    const used = {
      isNullObject: false,
      rowIndex: 0,
      columnIndex: 0,
      values: [
        ["header", ""],
        ["甲", ""],
        ["", ""],
        [2020, ""],
        [null, "用户的批注"],
      ],
    };
    expect(narrativeRows(used)).toEqual(["甲", "", "2020"]);
  });

  it("keeps a blank A2 when the used range starts lower", () => {
    const used = { isNullObject: false, rowIndex: 2, columnIndex: 0, values: [["乙"], ["丙"]] };
    expect(narrativeRows(used)).toEqual(["", "乙", "丙"]);
  });

  it("is empty for an empty sheet", () => {
    expect(narrativeRows({ isNullObject: true, rowIndex: 0, columnIndex: 0, values: [] })).toEqual(
      [],
    );
    expect(
      narrativeRows({ isNullObject: false, rowIndex: 0, columnIndex: 0, values: [["header"]] }),
    ).toEqual([]);
    // Only other columns are used: no paragraph.
    expect(
      narrativeRows({ isNullObject: false, rowIndex: 1, columnIndex: 2, values: [["x"]] }),
    ).toEqual([]);
  });
});
