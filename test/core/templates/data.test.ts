import { catalogueFor } from "../../../src/core/templates/catalogue";
import { asPrior, normalizeName, parseCsv, readDataFile } from "../../../src/core/templates/data";
import { cellKey } from "../../../src/core/templates/keys";
import { templateSetFor } from "../../../src/core/templates/sets";

const opts = { set: templateSetFor(2020), catalogue: catalogueFor(2020), file: "rows.csv" };
const csv = (text: string) => readDataFile(text, { ...opts, format: "csv" });
const json = (text: string) => readDataFile(text, { ...opts, file: "rows.json", format: "json" });

describe("data files (the 决算 software's export)", () => {
  test("CSV: quotes, commas in quotes, tabs, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,"b,c","d""e"\r\n1,2,3\n')).toEqual([
      { line: 1, cells: ["a", "b,c", 'd"e'] },
      { line: 2, cells: ["1", "2", "3"] },
    ]);
    expect(parseCsv("科目编码\t科目名称\n201\t一般公共服务支出").map((r) => r.cells)).toEqual([
      ["科目编码", "科目名称"],
      ["201", "一般公共服务支出"],
    ]);
  });

  test("rows become exact values (not rounded figures), with their line as source", () => {
    const { data, problems } = csv(
      [
        "# 注释行",
        "表,公开05表",
        "科目编码,科目名称,合计,基本支出,项目支出",
        ',合计,"1,518.10",518.51,999.59',
        "2011301,行政运行,199.93,199.93,",
        "2080501,行政单位离退休（项）,,,",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    const g = data.values.get(cellKey("05", "total", "total"))!;
    expect(g.value.toString()).toBe("1518.1");
    expect(g.decimals).toBeUndefined();
    expect(g.source).toEqual({ kind: "data", file: "rows.csv", line: 4 });
    expect(data.values.has(cellKey("05", "2011301", "project"))).toBe(false);
    // A listed row without amounts still gets its row.
    expect([...data.rows.get("05")!]).toEqual(["2011301", "2080501"]);
  });

  test("fixed rows by name (numbering and spacing ignored), class rows by code, 07 by period", () => {
    const { data, problems } = csv(
      [
        "表,01",
        "科目编码,科目名称,金额",
        ",一、一般公共预算财政拨款收入,1414.49",
        ",收入总计,3190.21",
        "215,资源勘探工业信息等（类）,734.93",
        "表,一般公共预算财政拨款“三公”经费支出决算表",
        "项目,合计,公务用车购置及运行维护费,公务接待费",
        "决算数,3.26,0,3.26",
        "表,公开06表",
        "科目编码,科目名称,决算数",
        "30101,基本工资,100",
        "30217,公务接待费,3.26",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect([...data.values.keys()]).toEqual([
      cellKey("01", "income.generalBudget", "amount"),
      cellKey("01", "income.grandTotal", "amount"),
      cellKey("01", "class.215", "amount"),
      cellKey("07", "current", "total"),
      cellKey("07", "current", "vehicle"),
      cellKey("07", "current", "reception"),
      cellKey("06", "30101", "amount"),
      cellKey("06", "30217", "amount"),
    ]);
  });

  test("every problem is listed with its line, in Chinese and English", () => {
    const { problems } = csv(
      [
        "表,公开05表",
        "科目编码,科目名称,合计,基本支出,备注",
        "2019999,不存在,1,1,",
        "2011302,行政运行,3.22,0,",
        "2080501,行政单位离退休,99.56万,,",
        "2080502,事业单位离退休,-,,",
        "2011301,行政运行,1,1,说明",
        "2011301,行政运行,1,1,",
        "20113011,x,1,,",
        ",商贸事务,1,,",
        "表,公开01表",
        "科目编码,科目名称,金额",
        ",本年收入,1",
        "227,预备费,1",
        "表,公开07表",
        "项目,合计",
        "上年数,1",
        "表,公开99表",
      ].join("\n"),
    );
    expect(problems.map((p) => p.zh)).toEqual([
      "rows.csv 第3行：未知科目编码 2019999：不在功能分类科目表中（可在科目表扩展文件中添加）",
      "rows.csv 第4行：科目名称与科目表不符：2011302 应为“一般行政管理事务”，文件中为“行政运行”",
      "rows.csv 第6行：“合计”不是金额（万元）：“-”",
      "rows.csv 第7行：列“备注”不是这一行的金额列",
      "rows.csv 第8行：公开05表的行“2011301”重复",
      "rows.csv 第9行：科目编码“20113011”应为3、5或7位数字",
      "rows.csv 第10行：缺少科目编码（“商贸事务”）",
      "rows.csv 第13行：公开01表没有名为“本年收入”的行",
      "rows.csv 第14行：科目编码 227 不是公开01表的行",
      "rows.csv 第17行：公开07表的行应为“预算数”或“决算数”，文件中为“上年数”",
      "rows.csv 第18行：未知的表“公开99表”",
    ]);
    expect(problems[0].en).toBe(
      "rows.csv line 3: unknown code 2019999: not in the functional classification (add it in a catalogue extension)",
    );
  });

  test("“99.56万” is an amount in 万元; other units are refused", () => {
    const ok = csv("表,公开05表\n科目编码,科目名称,合计\n2080501,行政单位离退休,99.56万");
    expect(ok.problems).toEqual([]);
    const bad = csv("表,公开05表\n科目编码,科目名称,合计\n2080501,行政单位离退休,995600元");
    expect(bad.problems).toHaveLength(1);
  });

  test("a catalogue extension makes a new code known", () => {
    const text = "表,公开05表\n科目编码,科目名称,合计\n2130101,行政运行,5";
    expect(csv(text).problems).toHaveLength(1);
    const extended = readDataFile(text, {
      ...opts,
      format: "csv",
      catalogue: catalogueFor(2020, {
        functional: [
          { code: "213", name: "农林水支出" },
          { code: "21301", name: "农业农村" },
          { code: "2130101", name: "行政运行" },
        ],
      }),
    });
    expect(extended.problems).toEqual([]);
  });

  test("JSON: rows as objects or as columns + rows, with paths in the problems", () => {
    const a = json(
      JSON.stringify({
        unit: "某局",
        tables: { 公开05表: [{ 科目编码: "2011301", 科目名称: "行政运行", 合计: 199.93 }] },
      }),
    );
    expect(a.problems).toEqual([]);
    expect(a.data.unit).toBe("某局");
    expect(a.data.values.get(cellKey("05", "2011301", "total"))!.value.toString()).toBe("199.93");
    const b = json(
      JSON.stringify({
        tables: { "05": { columns: ["科目编码", "合计"], rows: [["2011301", "x"]] } },
      }),
    );
    expect(b.problems.map((p) => p.en)).toEqual([
      'rows.json tables.05[0]: "合计" is not an amount in 万元: "x"',
    ]);
    expect(json("{").problems[0].zh).toMatch(/^不是有效的 JSON/);
    expect(json("{}").problems[0].en).toBe('The JSON has no "tables" object');
  });

  test("a prior-year file fills 上年数, keyed by the current cells", () => {
    const { data } = csv("表,公开01表\n科目编码,科目名称,金额\n,本年收入合计,1496.44");
    const prior = asPrior(data);
    expect(prior.values.size).toBe(0);
    expect(prior.prior.get(cellKey("01", "income.total", "amount"))!.value.toString()).toBe(
      "1496.44",
    );
  });

  test("names are compared loosely but not blindly", () => {
    expect(normalizeName("一、一般公共服务（类） ")).toBe("一般公共服务");
    expect(normalizeName("因公出国(境)费")).toBe("因公出国（境）费");
    expect(normalizeName("行政运行")).not.toBe(normalizeName("一般行政管理事务"));
  });
});
