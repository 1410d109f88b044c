import {
  changeSentence,
  completionClause,
  listedParts,
  partsList,
  type DraftContext,
} from "../patterns";
import { amount, budget, count, cur, text, type Segment } from "../segments";
import { body, heading, lastYear, u, year, type DraftParagraph } from "./paragraph";

interface ThreePublicItem {
  key: "abroad" | "vehicle" | "reception";
  /** As listed in 七（二）'s breakdown. */
  label: string;
  /** As the numbered item names it. */
  itemLabel: string;
}

const THREE_PUBLIC: readonly ThreePublicItem[] = [
  { key: "abroad", label: "因公出国（境）费支出决算", itemLabel: "因公出国（境）费" },
  {
    key: "vehicle",
    label: "公务用车购置及运行维护费支出决算",
    itemLabel: "公务用车购置及运行维护费",
  },
  { key: "reception", label: "公务接待费支出决算", itemLabel: "公务接待费" },
];

/**
 * Budget comparison and prior-year comparison of one 三公 quantity. Both are asked for by
 * the standard wording: a figure the tables lack stays a visible, listed blank.
 */
function threePublicFigures(metric: string, label: string, ctx: DraftContext): Segment[] {
  return [
    ...completionClause(cur(metric), budget(metric), ctx, false),
    text("。"),
    ...changeSentence(
      {
        metric,
        lead: `${label}支出决算比${lastYear(ctx)}年`,
        flat: `${label}支出决算与上年持平`,
        reason: true,
      },
      ctx,
    ),
  ];
}

/** 七、“三公”经费财政拨款支出决算情况说明 */
export function threePublic(ctx: DraftContext): DraftParagraph[] {
  const total = cur("threePublic.total");
  const parts = listedParts(
    THREE_PUBLIC.map((i) => ({ label: i.label, ref: cur(`threePublic.${i.key}`) })),
    ctx,
    "s7.2",
  );
  const listed = THREE_PUBLIC.filter((i) =>
    parts.some((p) => p.ref.metric === `threePublic.${i.key}`),
  );
  const items = listed.map((item, i) => {
    const metric = `threePublic.${item.key}`;
    const segments: Segment[] = [
      // “支出决算为”, not the shorter “支出”: “3.公务接待费支出3.26万元。…” is short enough to
      // be read as a run-in heading, and its figure would then go unchecked.
      text(`${i + 1}.${item.itemLabel}支出决算为`),
      amount(cur(metric)),
      text(u(ctx)),
      ...threePublicFigures(metric, item.itemLabel, ctx),
    ];
    if (item.key === "abroad") segments.push(...abroadCounts());
    if (item.key === "vehicle") segments.push(...vehicleParts(ctx));
    if (item.key === "reception") segments.push(...receptionCounts());
    return body(`s7.2.${item.key}`, segments);
  });
  return [
    heading("s7.heading", "七、“三公”经费财政拨款支出决算情况说明"),
    heading("s7.1.heading", "（一）“三公”经费财政拨款支出决算总体情况说明"),
    body("s7.1", [
      text(`${year(ctx)}年“三公”经费财政拨款支出决算为`),
      amount(total),
      text(u(ctx)),
      ...completionClause(total, budget("threePublic.total"), ctx, true),
      text("。"),
      ...changeSentence(
        {
          metric: "threePublic.total",
          lead: `与${lastYear(ctx)}年相比，“三公”经费财政拨款支出`,
          flat: "“三公”经费财政拨款支出与上年持平",
        },
        ctx,
      ),
    ]),
    heading("s7.2.heading", "（二）“三公”经费财政拨款支出决算具体情况说明"),
    body("s7.2", [
      text(`${year(ctx)}年“三公”经费财政拨款支出决算`),
      amount(total),
      text(u(ctx)),
      ...partsList("，其中：", parts, total, ctx),
      text(items.length > 0 ? "。具体情况如下：" : "。"),
    ]),
    ...items,
  ];
}

/** “全年安排因公出国（境）团组N个，出国（境）N人次。” from the 其他事项 form. */
function abroadCounts(): Segment[] {
  return [
    text("全年安排因公出国（境）团组"),
    count(cur("threePublic.abroad.groups")),
    text("个，出国（境）"),
    count(cur("threePublic.abroad.people")),
    text("人次。"),
  ];
}

/**
 * “其中：公务用车购置费支出X万元，全年按规定更新购置公务用车N辆；公务用车运行维护费支出X万元，
 * 截至年底单位共有公务用车N辆。” — the split of 公开07, the counts of the 其他事项 form.
 */
function vehicleParts(ctx: DraftContext): Segment[] {
  return [
    text("其中：公务用车购置费支出"),
    amount(cur("threePublic.vehiclePurchase")),
    text(`${u(ctx)}，全年按规定更新购置公务用车`),
    count(cur("threePublic.vehiclePurchase.count")),
    text("辆；公务用车运行维护费支出"),
    amount(cur("threePublic.vehicleOperation")),
    text(`${u(ctx)}，截至${year(ctx)}年12月底，单位共有公务用车`),
    count(cur("threePublic.vehicles.held")),
    text("辆。"),
  ];
}

/** “国内公务接待N批次，N人次。” */
function receptionCounts(): Segment[] {
  return [
    text("国内公务接待"),
    count(cur("threePublic.reception.batches")),
    text("批次，"),
    count(cur("threePublic.reception.people")),
    text("人次。"),
  ];
}
