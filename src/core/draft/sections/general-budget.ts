import { codedMetric } from "../../metrics/ids";
import { classLabel, economicName, itemLabel } from "../names";
import {
  changeSentence,
  completionClause,
  listedParts,
  partsList,
  shareOf,
  type DraftContext,
} from "../patterns";
import { amount, budget, cur, text, type Segment } from "../segments";
import { body, heading, lastYear, u, unknownCode, year, type DraftParagraph } from "./paragraph";

/** 五、一般公共预算财政拨款支出决算情况说明 （一）（二）（三） */
export function generalBudget(ctx: DraftContext): DraftParagraph[] {
  const total = cur("gbExpense.total");
  const classes = ctx.facts.codes("gbExpense.class").filter((c) => c.length === 3);
  const classParts = listedParts(
    classes.map((code) => {
      const name = classLabel(ctx.options.catalogue, code);
      if (!name.known) unknownCode(ctx, "s5.2", code);
      return { label: name.text, ref: cur(codedMetric("gbExpense.class", code)) };
    }),
    ctx,
    "s5.2",
  );
  return [
    heading("s5.heading", "五、一般公共预算财政拨款支出决算情况说明"),
    heading("s5.1.heading", "（一）一般公共预算财政拨款支出决算总体情况"),
    body("s5.1", [
      text(`${year(ctx)}年一般公共预算财政拨款支出`),
      amount(total),
      text(u(ctx)),
      ...shareOf(total, cur("expense.total"), "，占本年支出合计的"),
      text("。"),
      ...changeSentence(
        {
          metric: "gbExpense.total",
          lead: `与${lastYear(ctx)}年相比，一般公共预算财政拨款支出`,
          flat: "一般公共预算财政拨款支出与上年持平",
          reason: true,
        },
        ctx,
      ),
    ]),
    heading("s5.2.heading", "（二）一般公共预算财政拨款支出决算结构情况"),
    body("s5.2", [
      text(`${year(ctx)}年一般公共预算财政拨款支出`),
      amount(total),
      text(u(ctx)),
      ...partsList("，主要用于以下方面：", classParts, total, ctx),
      text("。"),
    ]),
    ...generalBudgetItems(ctx),
  ];
}

/** 五（三）: the 项 lines of 公开05, with 完成预算 when the budget figures are given. */
function generalBudgetItems(ctx: DraftContext): DraftParagraph[] {
  const total = cur("gbExpense.total");
  const items = ctx.facts.codes("gbExpense.item").filter((c) => c.length === 7);
  const intro: Segment[] = [
    text(`${year(ctx)}年一般公共预算财政拨款支出决算数为`),
    amount(total),
    text(u(ctx)),
    ...completionClause(total, budget("gbExpense.total"), ctx, false),
    text(items.length > 0 ? "。其中：" : "。"),
  ];
  return [
    heading("s5.3.heading", "（三）一般公共预算财政拨款支出决算具体情况"),
    body("s5.3", intro),
    ...items.map((code, i) => {
      const id = `s5.3.${code}`;
      const name = itemLabel(ctx.options.catalogue, code);
      if (!name.known) unknownCode(ctx, id, code);
      const metric = codedMetric("gbExpense.item", code);
      return body(id, [
        text(`${i + 1}.${name.text}：支出决算为`),
        amount(cur(metric)),
        text(u(ctx)),
        ...completionClause(cur(metric), budget(metric), ctx, true),
        text("。"),
      ]);
    }),
  ];
}

/** 经济分类 款 codes grouped by lane: 人员经费 (301, 303), 公用经费 (302, 307, 310, 399). */
const LANES = { personnel: ["301", "303"], public: ["302", "307", "310", "399"] } as const;

/** 六、一般公共预算财政拨款基本支出决算情况说明 */
export function basic(ctx: DraftContext): DraftParagraph[] {
  const econ = ctx.facts.codes("gbBasic.econ").filter((c) => c.length === 5);
  if (econ.length === 0) {
    ctx.gaps.push({
      paragraph: "s6",
      zh: "公开06表没有经济分类款级科目的数字，人员经费、日常公用经费未写“主要包括：……”",
      en: "公开06 has no economic-classification lines; the “主要包括” lists of 人员经费 and 公用经费 are not written",
    });
  }
  const includes = (lane: readonly string[]): Segment[] => {
    const names = econ
      .filter((c) => lane.includes(c.slice(0, 3)))
      .filter((c) => !ctx.facts.value(cur(codedMetric("gbBasic.econ", c)))?.isZero())
      .map((c) => economicName(ctx.options.catalogue, c).text);
    return names.length > 0 ? [text(`，主要包括：${names.join("、")}`)] : [];
  };
  return [
    heading("s6.heading", "六、一般公共预算财政拨款基本支出决算情况说明"),
    body("s6", [
      text(`${year(ctx)}年一般公共预算财政拨款基本支出`),
      amount(cur("gbBasic.total")),
      text(`${u(ctx)}，其中：人员经费`),
      amount(cur("gbBasic.personnel")),
      text(u(ctx)),
      ...includes(LANES.personnel),
      text("；日常公用经费"),
      amount(cur("gbBasic.public")),
      text(u(ctx)),
      ...includes(LANES.public),
      text("。"),
    ]),
  ];
}
