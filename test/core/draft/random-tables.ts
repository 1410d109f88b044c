import fc from "fast-check";
import type { Fact, Period } from "../../../src/core/facts";
import { Dec } from "../../../src/core/numbers";
import { catalogueFor } from "../../../src/core/templates/catalogue";

/**
 * Random filled tables that satisfy the identities the narrative repeats: every breakdown
 * adds up to its total (收入, 支出, 公开05 类 and 项, 公开06, 三公), amounts in 万元 to two
 * decimals, some of them zero, with prior-year and budget figures.
 */

const cents = (max: bigint) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(new Dec(0)) },
    {
      weight: 5,
      arbitrary: fc.bigInt({ min: 1n, max }).map((n) => new Dec(n.toString()).dividedBy(100)),
    },
  );
const positive = (max: bigint) =>
  fc.bigInt({ min: 1n, max }).map((n) => new Dec(n.toString()).dividedBy(100));
const sum = (xs: readonly Dec[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));

/** 项 codes of the shipped catalogue by class. */
const ITEMS_BY_CLASS = (() => {
  const byClass = new Map<string, string[]>();
  for (const { code } of catalogueFor(2020).entries("functional")) {
    if (code.length !== 7) continue;
    const list = byClass.get(code.slice(0, 3)) ?? [];
    list.push(code);
    byClass.set(code.slice(0, 3), list);
  }
  return byClass;
})();
const CLASSES = [...ITEMS_BY_CLASS.keys()];

/** A prior or budget figure near the current one: equal, a little off, or far off. */
const near = (value: Dec) =>
  fc.oneof(
    fc.constant(value),
    fc.integer({ min: -5000, max: 5000 }).map((bp) =>
      value
        .times(10000 + bp)
        .dividedBy(10000)
        .toDecimalPlaces(2),
    ),
    positive(10n ** 8n),
  );

export interface RandomTables {
  facts: Fact[];
  year: number;
}

export const randomTables: fc.Arbitrary<RandomTables> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2030 }),
    income: fc.array(cents(10n ** 8n), { minLength: 8, maxLength: 8 }),
    extra: fc.array(cents(10n ** 7n), { minLength: 3, maxLength: 3 }),
    classes: fc.subarray(CLASSES, { minLength: 1 }),
    itemSeeds: fc.array(fc.array(positive(10n ** 7n), { minLength: 1, maxLength: 3 }), {
      minLength: CLASSES.length,
      maxLength: CLASSES.length,
    }),
    basic: fc.array(cents(10n ** 7n), { minLength: 2, maxLength: 2 }),
    three: fc.array(cents(10n ** 5n), { minLength: 4, maxLength: 4 }),
    otherProject: cents(10n ** 8n),
    govFund: cents(10n ** 7n),
    stateCapital: cents(10n ** 7n),
    fiscal: positive(10n ** 8n),
    operatingCost: positive(10n ** 6n),
  })
  .chain((r) => {
    const facts: Fact[] = [];
    const put = (metric: string, value: Dec, period: Period = "current") =>
      facts.push({ metric, period, value });
    const incomeIds = [
      "income.generalBudget",
      "income.govFund",
      "income.stateCapital",
      "income.superiorSubsidy",
      "income.business",
      "income.operating",
      "income.affiliated",
      "income.other",
    ];
    r.income.forEach((v, i) => put(incomeIds[i], v));
    const incomeTotal = sum(r.income);
    put("income.total", incomeTotal);
    const grand = incomeTotal.plus(r.extra[0]);
    put("income.grandTotal", grand);

    // 公开05: items add to classes, classes to the total.
    let gbTotal = new Dec(0);
    r.classes.forEach((cls) => {
      const codes = ITEMS_BY_CLASS.get(cls)!;
      const values = r.itemSeeds[CLASSES.indexOf(cls)].slice(0, codes.length);
      values.forEach((v, i) => put(`gbExpense.item.${codes[i]}`, v));
      const classValue = sum(values);
      put(`gbExpense.class.${cls}`, classValue);
      gbTotal = gbTotal.plus(classValue);
    });
    put("gbExpense.total", gbTotal);

    // 支出: the general budget's spending is part of the year's; the rest is random.
    const expense = [gbTotal.plus(r.basic[0]), r.otherProject, r.extra[1], new Dec(0), r.extra[2]];
    [
      "expense.basic",
      "expense.project",
      "expense.toSuperior",
      "expense.operating",
      "expense.toAffiliated",
    ].forEach((m, i) => put(m, expense[i]));
    put("expense.total", sum(expense));

    put("gbBasic.personnel", r.basic[0]);
    put("gbBasic.public", r.basic[1]);
    put("gbBasic.total", sum(r.basic));

    const [abroad, purchase, operation, reception] = r.three;
    put("threePublic.abroad", abroad);
    put("threePublic.vehiclePurchase", purchase);
    put("threePublic.vehicleOperation", operation);
    put("threePublic.vehicle", purchase.plus(operation));
    put("threePublic.reception", reception);
    put("threePublic.total", sum(r.three));

    put("govFund.expense.total", r.govFund);
    put("stateCapital.expense.total", r.stateCapital);
    put("fiscal.grandTotal", r.fiscal);
    put("operatingCost", r.operatingCost);

    // 其他事项: 政府采购 parts add to the total, 中小企业 ⊇ 小微企业, counts whole numbers.
    const [goods, works, services] = [r.basic[1], r.extra[2], r.three[3]];
    put("procurement.goods", goods);
    put("procurement.works", works);
    put("procurement.services", services);
    put("procurement.total", sum([goods, works, services]));
    put("procurement.sme", goods.plus(works));
    put("procurement.smallMicro", goods);
    const counts: Array<[string, number]> = [
      ["assets.vehicles", r.year % 5],
      ["assets.generalEquipment", r.year % 3],
      ["assets.specialEquipment", r.year % 2],
      ["threePublic.abroad.groups", r.year % 4],
      ["threePublic.abroad.people", (r.year % 4) * 3],
      ["threePublic.vehiclePurchase.count", r.year % 2],
      ["threePublic.vehicles.held", r.year % 5],
      ["threePublic.reception.batches", r.year % 17],
      ["threePublic.reception.people", (r.year % 17) * 6],
      ["performance.targets", r.year % 6],
      ["performance.monitored", r.year % 6],
      ["performance.selfEvaluated", r.year % 6],
    ];
    for (const [m, n] of counts) put(m, new Dec(n));

    const withPrior = [
      "income.grandTotal",
      "fiscal.grandTotal",
      "gbExpense.total",
      "operatingCost",
      "threePublic.abroad",
      "threePublic.vehicle",
      "threePublic.reception",
    ];
    const withBudget = [
      "threePublic.abroad",
      "threePublic.vehicle",
      "threePublic.reception",
      ...facts.filter((f) => f.metric.startsWith("gbExpense.item.")).map((f) => f.metric),
    ];
    const valueOf = (m: string) => facts.find((f) => f.metric === m)!.value;
    return fc
      .record({
        priors: fc.tuple(...withPrior.map((m) => near(valueOf(m)))),
        budgets: fc.tuple(...withBudget.map((m) => near(valueOf(m)))),
      })
      .map(({ priors, budgets }) => {
        withPrior.forEach((m, i) => put(m, priors[i], "prior"));
        withBudget.forEach((m, i) => put(m, budgets[i], "budget"));
        // Totals of 预算数 and 上年数 obey the same identities as this year's.
        const three = ["threePublic.abroad", "threePublic.vehicle", "threePublic.reception"];
        put("threePublic.total", sum(priors.slice(4)), "prior");
        put("threePublic.total", sum(budgets.slice(0, 3)), "budget");
        put("gbExpense.total", sum(budgets.slice(three.length)), "budget");
        return { facts, year: r.year };
      });
  });
