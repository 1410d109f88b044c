import { readDocumentXml } from "../../../src/core/docx/document-xml";
import { readDocxReport } from "../../../src/core/docx/report";
import { checkReport } from "../../../src/core/pdf/check-report";
import { readPrintedTables } from "../../../src/core/pdf/tables";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { TEMPLATE_SETS, templateSetFor } from "../../../src/core/templates/sets";

/** A Word body as Word writes it: w:p paragraphs and w:tbl tables (w:tc cells). */
const p = (text: string, jc?: string) =>
  `<w:p>${jc ? `<w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:jc w:val="${jc}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
interface Cell {
  t: string;
  span?: number;
  merge?: "restart" | "continue";
  jc?: string;
}
const tc = (c: Cell) =>
  `<w:tc><w:tcPr>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ""}${
    c.merge === "restart" ? '<w:vMerge w:val="restart"/>' : c.merge ? "<w:vMerge/>" : ""
  }</w:tcPr>${p(c.t, c.jc ?? (/^[\d,.]+$/.test(c.t) ? "right" : "left"))}</w:tc>`;
const tbl = (cols: number, rows: Cell[][]) =>
  `<w:tbl><w:tblPr><w:jc w:val="center"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="900"/>'.repeat(cols)}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map(tc).join("")}</w:tr>`)
    .join("")}</w:tbl>`;
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`;

const c = (t: string, extra: Partial<Cell> = {}): Cell => ({ t, ...extra });
/** 公开05表 as bureaus print it: 科目编码 over 类/款/项, names merged down, 合计 across. */
const header05: Cell[][] = [
  [
    c("科目编码", { span: 3, jc: "center" }),
    c("科目名称", { merge: "restart", jc: "center" }),
    c("本年支出", { span: 3, jc: "center" }),
  ],
  [
    c("类", { jc: "center" }),
    c("款", { jc: "center" }),
    c("项", { jc: "center" }),
    c("", { merge: "continue" }),
    c("合计", { jc: "center" }),
    c("基本支出", { jc: "center" }),
    c("项目支出", { jc: "center" }),
  ],
];
const row = (code: [string, string, string], name: string, ...v: string[]): Cell[] => [
  c(code[0]),
  c(code[1]),
  c(code[2]),
  c(name),
  ...v.map((x) => c(x)),
];

const body = [
  p("第一部分 部门概况"),
  p("本部门2020年度一般公共预算财政拨款支出合计1,518.10万元。"),
  p("一般公共预算财政拨款支出决算表", "center"),
  p("部门：测试单位&amp;二所\t金额单位：万元"),
  tbl(7, [
    ...header05,
    [c("合计", { span: 4, jc: "center" }), c("1,518.10"), c("518.52"), c("999.58")],
    row(["201", "", ""], "一般公共服务支出", "346.59", "346.59", ""),
    row(["201", "13", ""], "商贸事务", "326.43", "326.43", ""),
  ]),
  // The table goes on over a page break as a second Word table, its header repeated.
  tbl(7, [...header05, row(["201", "13", "01"], "行政运行", "199.93", "199.93", "")]),
  p("注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"),
  p("第二部分 名词解释"),
].join("");

describe("a Word report's tables", () => {
  const blocks = readDocumentXml(doc(body));

  it("walks paragraphs and tables: text, entities, spans and merges", () => {
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(2);
    expect(blocks[3]).toEqual({ kind: "p", text: "部门：测试单位&二所\t金额单位：万元" });
    const t = blocks[4];
    if (t.kind !== "table") throw new Error("not a table");
    expect(t.columns).toBe(7);
    expect(t.rows[0].map((x) => [x.text, x.col, x.span])).toEqual([
      ["科目编码", 0, 3],
      ["科目名称", 3, 1],
      ["本年支出", 4, 3],
    ]);
    expect(t.rows[1][3]).toMatchObject({ text: "", merged: true });
    expect(t.rows[2][0]).toMatchObject({ text: "合计", span: 4 });
    expect(t.rows[2][1]).toMatchObject({ text: "1,518.10", col: 4 });
  });

  it("reads them into the template model as a PDF's, 类/款/项 joined into the code", () => {
    const reading = readDocxReport(blocks, TEMPLATE_SETS);
    expect(reading.tables.map((t) => [t.id, t.title])).toEqual([
      ["05", "一般公共预算财政拨款支出决算表"],
    ]);
    const read = readPrintedTables(reading.tables, templateSetFor(2020), catalogueFor(2020));
    expect(read.problems).toEqual([]);
    expect(read.unit).toBe("测试单位&二所");
    const v = (k: string) => read.data.values.get(k)?.value.toFixed(2);
    expect(v("05|total|total")).toBe("1518.10");
    expect(v("05|total|project")).toBe("999.58");
    expect(v("05|201|basic")).toBe("346.59");
    expect(v("05|20113|total")).toBe("326.43");
    expect(v("05|2011301|basic")).toBe("199.93");
    // A figure's place is its Word table's row: the continued table's row 3.
    const source = read.data.values.get("05|2011301|basic")!.source;
    if (source.kind !== "data") throw new Error("not read as data");
    const at = read.rows[source.line - 1];
    expect(at).toMatchObject({ table: "公开05表", page: 0, line: 3 });
  });

  it("keeps the prose around the tables as the narrative, each paragraph placed", () => {
    const reading = readDocxReport(blocks, TEMPLATE_SETS);
    expect(reading.text.split("\n")).toEqual([
      "第一部分部门概况",
      "本部门2020年度一般公共预算财政拨款支出合计1,518.10万元。",
      "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
      "第二部分名词解释",
    ]);
    expect(reading.origins.map((o) => o.line)).toEqual([1, 2, 5, 6]);
  });

  it("a heading that names a table, followed by prose, stays in the narrative", () => {
    const reading = readDocxReport(
      readDocumentXml(
        doc([p("收入支出决算总表"), p("一"), p("二"), p("三"), p("四"), p("五")].join("")),
      ),
      TEMPLATE_SETS,
    );
    expect(reading.tables).toEqual([]);
    expect(reading.text.split("\n")[0]).toBe("收入支出决算总表");
    expect(reading.text.split("\n")).toHaveLength(6);
  });

  it("ignores text boxes, deleted text and tab stops; a nested table's text is its cell's", () => {
    const xml = doc(
      `<w:p><w:r><w:t>甲</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:p><w:r><w:t>框</w:t></w:r></w:p></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>框</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:tab/><w:t>乙</w:t></w:r></w:p>` +
        `<w:tbl><w:tr><w:tc>${p("外")}<w:tbl><w:tr><w:tc>${p("内")}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
    );
    const blocks2 = readDocumentXml(xml);
    expect(blocks2[0]).toEqual({ kind: "p", text: "甲\t乙" });
    expect(blocks2).toHaveLength(2);
    const t = blocks2[1];
    expect(t.kind === "table" && t.rows[0][0].text).toBe("外内");
  });

  it("checks the narrative against the tables, and names the tables not found", () => {
    const result = checkReport(readDocxReport(blocks, TEMPLATE_SETS), { reportYear: 2020 });
    expect(result.tables.found).toEqual(["05"]);
    expect(result.findings.filter((f) => f.rule === "missing-table")).toHaveLength(8);
  });
});
