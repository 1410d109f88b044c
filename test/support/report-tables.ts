import { readGrid } from "../../src/cli/xlsx/read-grid";
import type { PrintedTable } from "../../src/core/pdf/table-regions";
import { readPrintedTables } from "../../src/core/pdf/tables";
import { catalogueFor } from "../../src/core/templates/catalogue";
import { hiddenClassRows } from "../../src/core/templates/print-conventions";
import { readWorkbook } from "../../src/core/templates/read-back";
import { templateSetFor } from "../../src/core/templates/sets";

/**
 * The seed's nine tables read back from a published document (PDF or Word), checked
 * against the workbook they were printed from: all nine found, nothing refused, the unit
 * read, and every figure read equal to its cell as printed (to the decimals the document
 * shows). Returns what the caller checks further, with the cells the print hides (a 类
 * row of zeros with nothing under it, as published tables leave it out).
 */
export async function readBackSeedTables(tables: readonly PrintedTable[], bookPath: string) {
  const read = readPrintedTables(tables, templateSetFor(2020), catalogueFor(2020));
  expect(read.found).toHaveLength(9);
  expect(read.missing).toEqual([]);
  expect(read.problems).toEqual([]);
  expect(read.unit).toBe("攀枝花市仁和区经济信息化和科学技术局");
  const book = readWorkbook(await readGrid(bookPath), { year: 2020 });
  let compared = 0;
  for (const [k, given] of read.data.values) {
    const cell = book.values.get(k);
    expect({ k, v: cell?.toDecimalPlaces(given.decimals ?? 2).toFixed(2) }).toEqual({
      k,
      v: given.value.toFixed(2),
    });
    compared++;
  }
  const hidden = new Set(
    book.models.flatMap((m) => {
      const rows = new Set(hiddenClassRows(m, book.values));
      return m.cells.filter((c) => rows.has(c.row)).map((c) => c.key);
    }),
  );
  return { read, book, compared, hidden };
}
