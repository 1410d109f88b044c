import { changeSentence, listedParts, partsList, type DraftContext, type Part } from "../patterns";
import { amount, cur, text } from "../segments";
import { body, heading, lastYear, u, year, type DraftParagraph } from "./paragraph";

const INCOME_PARTS: readonly Part[] = [
  { label: "一般公共预算财政拨款收入", ref: cur("income.generalBudget") },
  { label: "政府性基金预算财政拨款收入", ref: cur("income.govFund") },
  { label: "国有资本经营预算财政拨款收入", ref: cur("income.stateCapital") },
  { label: "上级补助收入", ref: cur("income.superiorSubsidy") },
  { label: "事业收入", ref: cur("income.business") },
  { label: "经营收入", ref: cur("income.operating") },
  { label: "附属单位上缴收入", ref: cur("income.affiliated") },
  { label: "其他收入", ref: cur("income.other") },
];

const EXPENSE_PARTS: readonly Part[] = [
  { label: "基本支出", ref: cur("expense.basic") },
  { label: "项目支出", ref: cur("expense.project") },
  { label: "上缴上级支出", ref: cur("expense.toSuperior") },
  { label: "经营支出", ref: cur("expense.operating") },
  { label: "对附属单位补助支出", ref: cur("expense.toAffiliated") },
];

/** 一、收入支出决算总体情况说明 */
export function overall(ctx: DraftContext): DraftParagraph[] {
  return [
    heading("s1.heading", "一、收入支出决算总体情况说明"),
    body("s1", [
      text(`${year(ctx)}年度收、支总计各`),
      amount(cur("income.grandTotal")),
      text(`${u(ctx)}。`),
      ...changeSentence(
        {
          metric: "income.grandTotal",
          lead: `与${lastYear(ctx)}年相比，收、支总计各`,
          flat: "收、支总计与上年持平",
          reason: true,
        },
        ctx,
      ),
    ]),
  ];
}

/** 二、收入决算情况说明 */
export function income(ctx: DraftContext): DraftParagraph[] {
  return breakdown(ctx, "s2", "二、收入决算情况说明", "本年收入合计", "income.total", INCOME_PARTS);
}

/** 三、支出决算情况说明 */
export function expense(ctx: DraftContext): DraftParagraph[] {
  return breakdown(
    ctx,
    "s3",
    "三、支出决算情况说明",
    "本年支出合计",
    "expense.total",
    EXPENSE_PARTS,
  );
}

/** “2020年<label>X万元，其中：A X1万元，占P1%；…。” — the total and its parts with shares. */
function breakdown(
  ctx: DraftContext,
  id: string,
  title: string,
  label: string,
  totalMetric: string,
  parts: readonly Part[],
): DraftParagraph[] {
  const total = cur(totalMetric);
  return [
    heading(`${id}.heading`, title),
    body(id, [
      text(`${year(ctx)}年${label}`),
      amount(total),
      text(u(ctx)),
      ...partsList("，其中：", listedParts(parts, ctx, id), total, ctx),
      text("。"),
    ]),
  ];
}

/** 四、财政拨款收入支出决算总体情况说明 */
export function fiscal(ctx: DraftContext): DraftParagraph[] {
  return [
    heading("s4.heading", "四、财政拨款收入支出决算总体情况说明"),
    body("s4", [
      text(`${year(ctx)}年财政拨款收、支总计`),
      amount(cur("fiscal.grandTotal")),
      text(`${u(ctx)}。`),
      ...changeSentence(
        {
          metric: "fiscal.grandTotal",
          lead: `与${lastYear(ctx)}年相比，财政拨款收、支总计各`,
          flat: "财政拨款收、支总计与上年持平",
          reason: true,
        },
        ctx,
      ),
    ]),
  ];
}
