import { renderWorkbook, workbookBuffer } from "../../src/cli/xlsx/write-workbook";
import { classRowsLayout } from "../core/templates/fixtures/class-rows";
import { openPackage, partText, sheetParts } from "../support/xlsx-package";

/** `<row r="N" …>` attributes of a worksheet part, by 1-based row number. */
function rowAttributes(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
    const r = /\br="(\d+)"/.exec(m[1]);
    if (r) out.set(Number(r[1]), m[1]);
  }
  return out;
}

describe("the .xlsx writer prints by the layout's conventions", () => {
  test("empty 类 rows are hidden and wrapped rows have their heights, in the package", async () => {
    const layout = classRowsLayout();
    const zip = await openPackage(
      await workbookBuffer(renderWorkbook(layout.sheets, layout.names)),
    );
    const parts = await sheetParts(zip);
    let heights = 0;
    for (const s of layout.sheets) {
      const rows = rowAttributes(await partText(zip, parts.get(s.name)!));
      for (const row of s.hiddenRows ?? []) expect(rows.get(row + 1)).toMatch(/\bhidden="1"/);
      for (const h of s.rowHeights ?? []) {
        expect(rows.get(h.row + 1)).toMatch(new RegExp(`\\bht="${h.height}"`));
        expect(rows.get(h.row + 1)).toMatch(/\bcustomHeight="1"/);
        heights++;
      }
      // No other row is hidden.
      const hidden = [...rows].filter(([, a]) => /\bhidden="1"/.test(a)).map(([r]) => r - 1);
      expect(hidden).toEqual(s.hiddenRows ?? []);
    }
    expect(layout.sheets.find((s) => s.name === "公开05表")!.hiddenRows).toHaveLength(2);
    expect(heights).toBeGreaterThan(0);
  });
});
