import { changeSentence, shareOf, type DraftContext } from "../patterns";
import { amount, count, cur, text, type Ref, type Segment } from "../segments";
import { body, heading, lastYear, u, year, type DraftParagraph } from "./paragraph";

/**
 * 十、其他重要事项的情况说明, from the 其他事项 form: （一）机关运行经费 （二）政府采购
 * （三）国有资产占有使用情况 （四）预算绩效管理情况. A subsection whose figures the form
 * lacks entirely is still drafted, with its blanks visible (“__万元”) and listed, so that
 * the accountant sees what to fill rather than a section that silently went missing.
 */
export function otherMatters(ctx: DraftContext): DraftParagraph[] {
  return [
    heading("s10.heading", "十、其他重要事项的情况说明"),
    heading("s10.1.heading", "（一）机关运行经费支出情况"),
    body("s10.1", operatingCost(ctx)),
    heading("s10.2.heading", "（二）政府采购支出情况"),
    body("s10.2", procurement(ctx)),
    heading("s10.3.heading", "（三）国有资产占有使用情况"),
    body("s10.3", assets(ctx)),
    heading("s10.4.heading", "（四）预算绩效管理情况"),
    body("s10.4", performance(ctx)),
  ];
}

function operatingCost(ctx: DraftContext): Segment[] {
  return [
    text(`${year(ctx)}年，${ctx.options.unitName}机关运行经费支出`),
    amount(cur("operatingCost")),
    text(`${u(ctx)}。`),
    ...changeSentence(
      {
        metric: "operatingCost",
        lead: `机关运行经费支出比${lastYear(ctx)}年`,
        flat: "机关运行经费支出与上年持平",
        reason: true,
      },
      ctx,
    ),
  ];
}

/** “未发生政府采购支出” when the total is zero; else the total, its parts and the 中小企业 shares. */
function procurement(ctx: DraftContext): Segment[] {
  const total = cur("procurement.total");
  if (ctx.facts.value(total)?.isZero()) {
    return [text(`${year(ctx)}年，${ctx.options.unitName}未发生政府采购支出。`)];
  }
  const parts: Array<[string, Ref]> = [
    ["政府采购货物支出", cur("procurement.goods")],
    ["政府采购工程支出", cur("procurement.works")],
    ["政府采购服务支出", cur("procurement.services")],
  ];
  return [
    text(`${year(ctx)}年度${ctx.options.unitName}政府采购支出总额`),
    amount(total),
    text(`${u(ctx)}，其中：`),
    ...parts.flatMap(([label, ref], i): Segment[] => [
      text(`${i > 0 ? "、" : ""}${label}`),
      amount(ref),
      text(u(ctx)),
    ]),
    text("。授予中小企业合同金额"),
    amount(cur("procurement.sme")),
    text(u(ctx)),
    ...shareOf(cur("procurement.sme"), total, "，占政府采购支出总额的"),
    text("，其中：授予小微企业合同金额"),
    amount(cur("procurement.smallMicro")),
    text(u(ctx)),
    ...shareOf(cur("procurement.smallMicro"), total, "，占政府采购支出总额的"),
    text("。"),
  ];
}

function assets(ctx: DraftContext): Segment[] {
  return [
    text(`截至${year(ctx)}年12月31日，${ctx.options.unitName}共有车辆`),
    count(cur("assets.vehicles")),
    text("辆；单价50万元以上通用设备"),
    count(cur("assets.generalEquipment")),
    text("台（套），单价100万元以上专用设备"),
    count(cur("assets.specialEquipment")),
    text("台（套）。"),
  ];
}

function performance(ctx: DraftContext): Segment[] {
  const funds = cur("performance.selfEvaluatedFunds");
  return [
    text("根据预算绩效管理要求，本单位对"),
    count(cur("performance.targets")),
    text("个项目编制了绩效目标，预算执行过程中，选取"),
    count(cur("performance.monitored")),
    text("个项目开展绩效监控，年终执行完毕后，对"),
    count(cur("performance.selfEvaluated")),
    text("个项目开展了绩效目标完成情况自评"),
    ...(ctx.facts.has(funds) ? [text("，涉及资金"), amount(funds), text(u(ctx))] : []),
    text("。"),
  ];
}
