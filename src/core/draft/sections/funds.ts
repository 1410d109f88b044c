import { changeSentence, type DraftContext } from "../patterns";
import { amount, prior, text, type Ref } from "../segments";
import { body, heading, lastYear, u, year, type DraftParagraph } from "./paragraph";

interface FundSection {
  id: string;
  title: string;
  /** Figures whose absence (or zero) makes the table empty. */
  income: Ref;
  expense: Ref;
  /** As the narrative names the fund's appropriations. */
  fund: string;
  /** The table's title, named in the “no data” sentence. */
  table: string;
}

/** 八、九: the fund's expenditure, or the standard sentence for an empty table. */
export function fundSection(spec: FundSection, ctx: DraftContext): DraftParagraph[] {
  const zeroOrAbsent = (r: Ref) => ctx.facts.value(r)?.isZero() ?? true;
  const empty = zeroOrAbsent(spec.income) && zeroOrAbsent(spec.expense);
  if (empty && !ctx.facts.has(spec.income) && !ctx.facts.has(spec.expense)) {
    ctx.gaps.push({
      paragraph: spec.id,
      zh: `表中没有${spec.fund}的收入、支出数字，按“无此项资金”起草`,
      en: `No ${spec.fund} income or expenditure in the tables; drafted as “no such funds”`,
    });
  }
  const paragraph = empty
    ? [text(`本单位${year(ctx)}年度无${spec.fund}收入、支出，故《${spec.table}》无数据。`)]
    : [
        text(`${year(ctx)}年${spec.fund}支出`),
        amount(spec.expense),
        text(`${u(ctx)}。`),
        ...(ctx.facts.has(prior(spec.expense.metric))
          ? changeSentence(
              {
                metric: spec.expense.metric,
                lead: `与${lastYear(ctx)}年相比，${spec.fund}支出`,
                flat: `${spec.fund}支出与上年持平`,
              },
              ctx,
            )
          : []),
      ];
  return [heading(`${spec.id}.heading`, spec.title), body(spec.id, paragraph)];
}
