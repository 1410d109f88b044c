import type { DraftContext } from "../patterns";
import { cur } from "../segments";
import { fundSection } from "./funds";
import { basic, generalBudget } from "./general-budget";
import type { DraftParagraph } from "./paragraph";
import { otherMatters } from "./other-matters";
import { threePublic } from "./three-public";
import { expense, fiscal, income, overall } from "./totals";

export type { DraftParagraph } from "./paragraph";

/**
 * Sections 一 to 十 of 第二部分 in the standard order. The part's own heading is left to
 * the document the draft goes into (a lone “第二部分” would open a numbering that has no
 * 第一部分).
 */
export function standardSections(ctx: DraftContext): DraftParagraph[] {
  return [
    ...overall(ctx),
    ...income(ctx),
    ...expense(ctx),
    ...fiscal(ctx),
    ...generalBudget(ctx),
    ...basic(ctx),
    ...threePublic(ctx),
    ...fundSection(
      {
        id: "s8",
        title: "八、政府性基金预算支出决算情况说明",
        income: cur("income.govFund"),
        expense: cur("govFund.expense.total"),
        fund: "政府性基金预算财政拨款",
        table: "政府性基金预算财政拨款收入支出决算表",
      },
      ctx,
    ),
    ...fundSection(
      {
        id: "s9",
        title: "九、国有资本经营预算支出决算情况说明",
        income: cur("income.stateCapital"),
        expense: cur("stateCapital.expense.total"),
        fund: "国有资本经营预算财政拨款",
        table: "国有资本经营预算财政拨款支出决算表",
      },
      ctx,
    ),
    ...otherMatters(ctx),
  ];
}
