import { segment } from "../../../src/core/text";
import { gridsOf } from "../../../src/core/text/table-grid";

const rowsOf = (text: string) => {
  const [grid] = gridsOf(segment(text));
  if (!grid) return null;
  return {
    columns: grid.columns.map((c) => (c.group ? `${c.group}/${c.header}` : c.header)),
    rows: grid.rows.map((r) => [r.label.text, ...(r.cells?.map((c) => c?.text ?? "") ?? ["?"])]),
    unit: grid.unit,
  };
};

describe("text tables read as grids", () => {
  it("rebuilds rows lost in a one-cell-per-line table, a lone bar being an empty cell", () => {
    const text = [
      "一、2021年度“三公”经费支出决算表",
      "单位:万元",
      ...["项 目 |", "预 算 数 |", "决 算 数 |"],
      ...["合 计 |", "30 |", "12.5 |"],
      ...["因公出国(境)费 |", "10 |", "|"],
      ...["公务接待费 |", "20 |", "12.5 |"],
      "二、情况说明",
    ].join("\n");
    expect(rowsOf(text)).toEqual({
      columns: ["预算数", "决算数"],
      rows: [
        ["合计", "30", "12.5"],
        ["因公出国(境)费", "10", ""],
        ["公务接待费", "20", "12.5"],
      ],
      unit: "万元",
    });
  });

  it("reads a two-row header run into one line of cells, each cell's bar on the next line", () => {
    const cells = [
      ...["年度", "合计", "公务接待费", "公务用车购置及运行维护费", "合计", "车辆购置", "车辆运行"],
      ...["2019年", "100", "40", "60", "10", "50"],
      ...["2020年", "90", "30", "60", "5", "55"],
    ];
    const text = `对比情况如下。\n2020年与2019年对比\n${cells.join("\n|\n")}\n|`;
    expect(rowsOf(text)).toEqual({
      columns: [
        "合计",
        "公务接待费",
        "公务用车购置及运行维护费/合计",
        "公务用车购置及运行维护费/车辆购置",
        "公务用车购置及运行维护费/车辆运行",
      ],
      rows: [
        ["2019年", "100", "40", "60", "10", "50"],
        ["2020年", "90", "30", "60", "5", "55"],
      ],
      unit: undefined,
    });
  });

  it("reads rows kept one to a line under a two-row header, marking a row it cannot split", () => {
    const text = [
      "情况如下。",
      "项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 |",
      "增、减金额 | 增、减幅度 |",
      "合计 | 100.00 | 90.00 | -10.00 | -10.00% |",
      "1.公务接待费 | 60.00 | 50.00 | -10.00 | -16.67% |",
      "2.因公出国(境)费 | 40.00 | 40.00 |",
      "3.公务用车购置及运行费 | 0 | 0 | 0 | 0 |",
    ].join("\n");
    const grid = rowsOf(text)!;
    expect(grid.columns).toEqual([
      "上年决算数",
      "本年决算数",
      "比上年增、减情况/增、减金额",
      "比上年增、减情况/增、减幅度",
    ]);
    expect(grid.rows[2]).toEqual(["2.因公出国(境)费", "?"]);
  });

  it("gives no grid when the rows do not fit the header", () => {
    const text = [
      "情况如下。",
      ...["项目", "金额", "办公费", "10", "11", "印刷费", "9", "8", "7"].map((c) => `${c} |`),
    ].join("\n");
    expect(rowsOf(text)).toBeNull();
  });
});
