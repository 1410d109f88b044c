import {
  Catalogue,
  catalogueFor,
  lineage,
  mergeCatalogueFiles,
  parentOf,
  validateCatalogueFile,
} from "../../../src/core/templates/catalogue";
import { NATIONAL_2020 } from "../../../src/core/templates/sets";

/** The 项 codes the seed narrative names (docs/domain.md), with their names. */
const SEED_ITEMS: Array<[string, string]> = [
  ["2011301", "行政运行"],
  ["2011302", "一般行政管理事务"],
  ["2011350", "事业运行"],
  ["2011406", "专利试点和产业化推进"],
  ["2010607", "信息化建设"],
  ["2010608", "财政委托业务支出"],
  ["2060499", "其他技术研究与开发支出"],
  ["2060503", "科技条件专项"],
  ["2061002", "重点研发计划"],
  ["2080199", "其他人力资源和社会保障管理事务支出"],
  ["2080501", "行政单位离退休"],
  ["2080502", "事业单位离退休"],
  ["2080505", "机关事业单位基本养老保险缴费支出"],
  ["2101101", "行政单位医疗"],
  ["2101102", "事业单位医疗"],
  ["2101103", "公务员医疗补助"],
  ["2150599", "其他制造业支出"],
  ["2150805", "中小企业发展专项"],
  ["2160202", "一般行政管理事务"],
  ["2210201", "住房公积金"],
  ["2299901", "其他支出"],
];

describe("the 2020 classification catalogue", () => {
  const cat = catalogueFor(2020);

  test("lists every 项 of the seed, with its 款 and 类", () => {
    for (const [code, name] of SEED_ITEMS) {
      expect(cat.name("functional", code)).toBe(name);
      for (const ancestor of lineage(code)) expect(cat.get("functional", ancestor)).toBeDefined();
    }
  });

  test("has the 26 classes of a 2020 公开01 and names each", () => {
    const classes = cat.entries("functional").filter((e) => e.code.length === 3);
    expect(classes.length).toBeGreaterThanOrEqual(26);
    expect(NATIONAL_2020.classRows).toHaveLength(26);
    for (const code of NATIONAL_2020.classRows)
      expect(cat.name("functional", code)).toMatch(/支出$/);
    expect(cat.name("functional", "215")).toBe("资源勘探工业信息等支出");
  });

  test("has the 经济分类 codes of 公开06 and marks unverified entries", () => {
    for (const [code, name] of [
      ["301", "工资福利支出"],
      ["30212", "因公出国（境）费用"],
      ["30217", "公务接待费"],
      ["30231", "公务用车运行维护费"],
      ["31013", "公务用车购置"],
    ]) {
      expect(cat.name("economic", code)).toBe(name);
    }
    expect(cat.get("functional", "2011406")?.note).toMatch(/^\[\?\]/);
    expect(cat.get("functional", "2011301")?.note).toMatch(/^\[S\]/);
  });

  test("a user's file is merged over the shipped one: names corrected, codes added, none removed", () => {
    const merged = cat.extend({
      functional: [
        { code: "2011301", name: "行政运行（更正）" },
        { code: "2130101", name: "行政运行" },
      ],
    });
    expect(merged.name("functional", "2011301")).toBe("行政运行（更正）");
    expect(merged.name("functional", "2130101")).toBe("行政运行");
    expect(merged.entries("functional").length).toBe(cat.entries("functional").length + 1);
    expect(cat.name("functional", "2011301")).toBe("行政运行");
    const file = mergeCatalogueFiles(
      { functional: [{ code: "202", name: "外交支出" }] },
      { economic: [{ code: "399", name: "其他支出" }] },
    );
    expect(new Catalogue(file).name("economic", "399")).toBe("其他支出");
  });

  test("validates an extension file before it is used", () => {
    expect(validateCatalogueFile({ functional: [{ code: "2011301", name: "行政运行" }] })).toEqual(
      [],
    );
    expect(validateCatalogueFile([])).toHaveLength(1);
    const problems = validateCatalogueFile({
      functional: [
        { code: "20113011", name: "x" },
        { code: "201", name: " " },
      ],
    });
    expect(problems.map((p) => p.en)).toEqual([
      "functional entry 1: the code must have 3, 5 or 7 digits",
      "functional entry 2 (201): the name is missing",
    ]);
  });

  test("codes have parents by prefix", () => {
    expect(parentOf("2011301")).toBe("20113");
    expect(parentOf("20113")).toBe("201");
    expect(parentOf("201")).toBeNull();
    expect(lineage("2011301")).toEqual(["201", "20113", "2011301"]);
  });
});
