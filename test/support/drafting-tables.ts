/*
 * Tables complete enough to draft every figure of 第二部分 from: the example data
 * (examples/tables-2020.csv, examples/prior-2019.csv) and the few inputs it leaves empty
 * — 公开04表's 年初结转和结余 by fund (for 财政拨款收、支总计), a 310 line of 公开06表 (so
 * that 公用经费 and 基本支出 are complete sums), and the prior 公开04表 总计. Data-file
 * format: docs/templates.md. Used by the pane's tests, the e2e test and the CLI's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { excelTemplates } from "../../src/excel/pane-templates";
import { excelWorkbook } from "../../src/excel/pane-workbook";
import { ALL_SUPPORT, createSimExcel, simRun } from "./sim-excel/pane";

const EXAMPLES = join(__dirname, "../../examples");

/** The example data as shipped: the 说明 drafted from it has two paragraphs with blanks. */
export const EXAMPLE_TABLES_CSV = readFileSync(join(EXAMPLES, "tables-2020.csv"), "utf8");
export const EXAMPLE_PRIOR_CSV = readFileSync(join(EXAMPLES, "prior-2019.csv"), "utf8");

/** 年初预算 of every 项 of 公开05 (spent as budgeted), for 五（三）'s 完成预算. */
const ITEM_BUDGETS = [
  ...EXAMPLE_TABLES_CSV.split("表,公开05表")[1]
    .split("表,")[0]
    .matchAll(/^(\d{7}),([^,]+),([\d.]+),/gm),
]
  .map((m) => `${m[1]},${m[2]},${m[3]}`)
  .join("\n");

/** This year's tables, as one data file. */
export const DRAFT_TABLES_CSV = `${EXAMPLE_TABLES_CSV}
表,公开04表
科目编码,科目名称,金额
,年初结转和结余-一般公共预算财政拨款,0.00
,年初结转和结余-政府性基金预算财政拨款,0.00
,年初结转和结余-国有资本经营预算财政拨款,0.00
表,公开06表
科目编码,科目名称,决算数
31002,办公设备购置,0.00
表,其他事项
科目编码,科目名称,本年数
,机关运行经费支出,40.94
,政府采购支出总额,0
,车辆,0
,单价50万元以上通用设备,0
,单价100万元以上专用设备,0
,因公出国（境）团组,0
,因公出国（境）人次,0
,购置公务用车,0
,公务用车保有量,0
,国内公务接待批次,16
,国内公务接待人次,192
,编制绩效目标的项目,1
,开展绩效监控的项目,1
,开展绩效自评的项目,1
表,其他事项
科目编码,科目名称,年初预算数
,合计,1518.10
${ITEM_BUDGETS}
`;

/** Last year's figures (上年数), as one data file. */
export const DRAFT_PRIOR_CSV = `${EXAMPLE_PRIOR_CSV}
表,公开04表
科目编码,科目名称,金额
,收入总计,1000.04
表,其他事项
科目编码,科目名称,本年数
,机关运行经费支出,42.46
`;

export const DRAFT_OPTIONS = { setId: "national-2020", unit: "测试单位", year: 2020 };

/** A simulated workbook with the tables inserted and filled (this year and last), as the 模板 tab leaves it. */
export async function filledWorkbook(tables = DRAFT_TABLES_CSV, prior = DRAFT_PRIOR_CSV) {
  const sim = createSimExcel();
  const run = simRun(sim);
  const templates = excelTemplates(run);
  await templates.api.saveOptions(DRAFT_OPTIONS);
  const quiet = () => undefined;
  await templates.api.fill({ kind: "file", name: "t.csv", text: tables }, DRAFT_OPTIONS, quiet);
  await templates.api.fill({ kind: "prior", name: "p.csv", text: prior }, DRAFT_OPTIONS, quiet);
  const workbook = excelWorkbook(run, ALL_SUPPORT);
  return { sim, workbook, readTables: templates.readTables };
}
