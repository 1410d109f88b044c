import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateBook } from "../../../src/core/templates/book";
import { catalogueFor } from "../../../src/core/templates/catalogue";
import { readDataFile } from "../../../src/core/templates/data";
import { cellKey } from "../../../src/core/templates/keys";
import { layoutWorkbook, type WorkbookLayout } from "../../../src/core/templates/layout";
import {
  factsFromBook,
  readFacts,
  readWorkbook,
  type WorkbookGrid,
} from "../../../src/core/templates/read-back";
import { templateSetFor } from "../../../src/core/templates/sets";
import { seedFill } from "./fixtures/seed-values";

/** A workbook as a spreadsheet holds it: labels and inputs; formulas without results. */
function gridOf(
  layout: WorkbookLayout,
  cached?: (key: string) => number | undefined,
): WorkbookGrid {
  return {
    sheets: layout.sheets.map((s) => {
      const values: unknown[][] = [];
      for (const c of s.cells) {
        (values[c.row] ??= [])[c.col] =
          c.kind === "formula" ? (c.key && cached ? (cached(c.key) ?? null) : null) : c.value;
      }
      return { name: s.name, values };
    }),
  };
}

function exampleBook() {
  const text = readFileSync(join(__dirname, "../../../examples/tables-2020.csv"), "utf8");
  const { data } = readDataFile(text, {
    format: "csv",
    file: "x.csv",
    set: templateSetFor(),
    catalogue: catalogueFor(),
  });
  return buildTemplateBook(data);
}

describe("reading filled tables back", () => {
  test("a workbook's sheets give back its codes and values", () => {
    const book = exampleBook();
    const back = readWorkbook(gridOf(layoutWorkbook(book)));
    expect(back.models.map((m) => m.cells.length)).toEqual(book.models.map((m) => m.cells.length));
    for (const [key, g] of book.data.values) {
      const r = book.resolved.get(key)!;
      if (r.mode === "formula") continue; // given for a computed cell: the sheet holds the formula
      expect(back.data.values.get(key)?.value.toString()).toBe(g.value.toString());
    }
    expect(back.values.get(cellKey("05", "total", "total"))?.toString()).toBe("1518.1");
  });

  test("facts: every cell with a metric, computed ones included, addressed to their cells", () => {
    const facts = readFacts(gridOf(layoutWorkbook(exampleBook())));
    const find = (metric: string, sheet?: string) =>
      facts.find(
        (f) => f.metric === metric && f.period === "current" && (!sheet || f.cell?.sheet === sheet),
      );
    expect(find("income.total", "公开01表")).toMatchObject({
      period: "current",
      cell: { sheet: "公开01表", cell: "C32" },
    });
    expect(find("income.total", "公开01表")!.value.toString()).toBe("3190.21");
    expect(find("gbExpense.item.2011301")!.value.toString()).toBe("199.93");
    expect(find("gbExpense.class.201")!.value.toString()).toBe("346.59");
    expect(find("threePublic.total")!.value.toString()).toBe("3.26");
    expect(
      facts
        .find((f) => f.metric === "threePublic.total" && f.period === "budget")!
        .value.toString(),
    ).toBe("5.53");
    expect(find("gbBasic.personnel")!.value.toString()).toBe("477.39");
  });

  test("a formula's cached result (what Excel shows) is read as it is", () => {
    const book = exampleBook();
    const grid = gridOf(layoutWorkbook(book), (key) =>
      key === cellKey("05", "total", "total") ? 1518.1 : undefined,
    );
    const facts = readFacts(grid);
    expect(facts.find((f) => f.metric === "gbExpense.total")!.value.toString()).toBe("1518.1");
  });

  test("a cached result with binary-float noise reads as the figure Excel shows", () => {
    const book = exampleBook();
    // 1414.49 + 1641 + 134.72 as a double: what a saved SUM can hold.
    const noisy = 1414.49 + 1641 + 134.72;
    expect(String(noisy)).not.toBe("3190.21");
    const grid = gridOf(layoutWorkbook(book), (key) =>
      key === cellKey("01", "income.total", "amount") ? noisy : undefined,
    );
    const fact = readFacts(grid).find(
      (f) => f.metric === "income.total" && f.cell?.sheet === "公开01表",
    )!;
    expect(fact.value.toString()).toBe("3190.21");
  });

  test("facts from the seed's narrative fill carry their printed precision, and 上年数 comes as prior", () => {
    const data = seedFill();
    data.prior.set(cellKey("01", "income.total", "amount"), {
      value: data.values.get(cellKey("01", "income.total", "amount"))!.value.minus(1693.77),
      decimals: 2,
      source: { kind: "workbook" },
    });
    const facts = factsFromBook(buildTemplateBook(data));
    const fact = facts.find((f) => f.metric === "income.generalBudget")!;
    expect(fact.decimals).toBe(2);
    const prior = facts.find((f) => f.metric === "income.total" && f.period === "prior")!;
    expect(prior.value.toString()).toBe("1496.44");
    expect(prior.cell?.sheet).toBe("公开01表");
    // A cell the narrative leaves blank is no fact (blank is not zero).
    expect(facts.some((f) => f.metric === "income.carryForwardBegin")).toBe(false);
  });
});
