import { changeSentence, type DraftContext } from "../patterns";
import { amount, cur, prior, text, type Ref } from "../segments";
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

/** 十、其他重要事项 (一) 机关运行经费 — the only part of 十 the tables give figures for. */
export function otherMatters(ctx: DraftContext): DraftParagraph[] {
  if (!ctx.facts.has(cur("operatingCost"))) {
    ctx.gaps.push({
      paragraph: "s10",
      ref: cur("operatingCost"),
      zh: "表中没有机关运行经费，未起草“十、其他重要事项的情况说明”",
      en: "No 机关运行经费 in the tables; section 十 (other matters) not drafted",
    });
    return [];
  }
  const hasPrior = ctx.facts.has(prior("operatingCost"));
  return [
    heading("s10.heading", "十、其他重要事项的情况说明"),
    heading("s10.1.heading", "（一）机关运行经费支出情况"),
    body("s10.1", [
      text(`${year(ctx)}年，${ctx.options.unitName}机关运行经费支出`),
      amount(cur("operatingCost")),
      text(`${u(ctx)}。`),
      ...(hasPrior
        ? changeSentence(
            {
              metric: "operatingCost",
              lead: `机关运行经费支出比${lastYear(ctx)}年`,
              flat: "机关运行经费支出与上年持平",
              reason: true,
            },
            ctx,
          )
        : []),
    ]),
  ];
}
