import {
  NATIONAL_2020,
  NATIONAL_2021,
  applyOverlay,
  tableById,
  templateSetFor,
} from "../../../src/core/templates/sets";
import type { TemplateSetOverlay } from "../../../src/core/templates/types";

describe("template sets", () => {
  test("2020 is the default set, with 公开01–09, the performance table and the 其他事项 form in order", () => {
    expect(templateSetFor().id).toBe("national-2020");
    expect(templateSetFor(2019).id).toBe("national-2020");
    expect(NATIONAL_2020.tables.map((t) => t.number)).toEqual([
      "公开01表",
      "公开02表",
      "公开03表",
      "公开04表",
      "公开05表",
      "公开06表",
      "公开07表",
      "公开08表",
      "公开09表",
      "绩效表",
      "其他事项",
    ]);
  });

  test("the 2021 set is the 2020 one changed by data: 06 renamed, the 三公 table last and renumbered", () => {
    expect(templateSetFor(2021)).toBe(NATIONAL_2021);
    expect(templateSetFor(2024)).toBe(NATIONAL_2021);
    expect(tableById(NATIONAL_2021, "06").title).toBe("一般公共预算财政拨款基本支出决算明细表");
    const three = tableById(NATIONAL_2021, "07");
    expect(three.title).toBe("财政拨款“三公”经费支出决算表");
    expect(three.number).toBe("公开09表");
    expect(NATIONAL_2021.tables.map((t) => t.id)).toEqual([
      "01",
      "02",
      "03",
      "04",
      "05",
      "06",
      "08",
      "09",
      "07",
      "perf",
      "other",
    ]);
    expect(tableById(NATIONAL_2021, "08").number).toBe("公开07表");
    // Everything not named in the overlay is the 2020 definition itself.
    expect(tableById(NATIONAL_2021, "05")).toEqual(tableById(NATIONAL_2020, "05"));
    expect(NATIONAL_2021.identities).toEqual(NATIONAL_2020.identities);
  });

  test("an overlay can drop and add identities, and must name its base", () => {
    const overlay: TemplateSetOverlay = {
      id: "test",
      year: 2030,
      base: "national-2020",
      name: { zh: "测试", en: "test" },
      dropIdentities: ["x03-govfund-project"],
      addIdentities: [
        {
          id: "x-test",
          tag: "?",
          description: { zh: "测", en: "t" },
          lhs: [{ table: "05", row: "total", col: "total" }],
          rel: "le",
          rhs: [{ table: "03", row: "total", col: "total" }],
        },
      ],
    };
    const set = applyOverlay(NATIONAL_2020, overlay);
    expect(set.identities.some((x) => x.id === "x03-govfund-project")).toBe(false);
    expect(set.identities.at(-1)?.id).toBe("x-test");
    expect(() => applyOverlay(NATIONAL_2021, overlay)).toThrow(/based on national-2020/);
  });

  test("sheet names are valid Excel sheet names and unique", () => {
    for (const set of [NATIONAL_2020, NATIONAL_2021]) {
      const names = set.tables.map((t) => t.sheet);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[^:\\/?*[\]]{1,31}$/);
    }
  });
});
