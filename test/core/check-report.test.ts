import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { check } from "../../src/core/check";

/**
 * A whole report as text: test/fixtures/renhe-2020-report-pdftotext.txt is made by our own
 * tools from our own seed — a 目录 (the seed's headings with the pages they fall on), the
 * seed exported to PDF by LibreOffice then `pdftotext`, and the nine tables of
 * `fa build seeds/renhe-2020-final-accounts.txt` exported to PDF by LibreOffice then
 * `pdftotext` (one cell per line) and `pdftotext -layout` (columns of spaces); the 说明
 * and 检查结果 sheets left out. Its 目录 and its column tables give no heading finding.
 */
const text = readFileSync(
  resolve(__dirname, "../fixtures/renhe-2020-report-pdftotext.txt"),
  "utf8",
);
const lines = text.split("\n");
const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
const first = (re: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && re.test(l)) + 1;

describe("a whole report as text (目录, 说明, tables)", () => {
  const { findings } = check(text, { reportYear: 2020 });
  const headings = findings.filter((f) => f.rule === "heading-numbering" && f.span);
  const bodyStart = first(/^第一部分 部门概况$/, 5);
  const layoutTables = first(/^\s+收入支出决算总表/, bodyStart + 400);

  it("gives no heading finding from the 目录", () => {
    expect(bodyStart).toBeGreaterThan(5);
    expect(headings.filter((f) => lineOf(f.span!.start) < bodyStart)).toEqual([]);
  });

  it("gives no heading finding from tables flattened one cell to a line", () => {
    const plainTables = first(/^收入支出决算总表$/, bodyStart);
    expect(plainTables).toBeGreaterThan(bodyStart);
    expect(plainTables).toBeLessThan(layoutTables);
    expect(
      headings.filter(
        (f) => lineOf(f.span!.start) >= plainTables && lineOf(f.span!.start) < layoutTables,
      ),
    ).toEqual([]);
  });

  it("gives no heading finding from tables flattened with column spacing", () => {
    expect(layoutTables).toBeGreaterThan(bodyStart);
    expect(headings.filter((f) => lineOf(f.span!.start) >= layoutTables)).toEqual([]);
  });
});
