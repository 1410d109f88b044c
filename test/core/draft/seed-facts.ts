import type { Fact, Period } from "../../../src/core/facts";
import { Dec } from "../../../src/core/numbers";

/**
 * The tables behind the seed (seeds/renhe-2020-final-accounts.txt), as the seed's own
 * figures give them. Prior-year figures are the seed's “current − change” (收、支总计
 * 3190.21 − 1693.77, 一般公共预算 1518.12 − 518.08 …). 五（三） budgets equal the actuals
 * (the seed says 完成预算100% throughout); the 三公 budget is 5.53 (3.26 ÷ 59%).
 */
const TABLE: Array<[string, Period, string]> = [
  ["income.grandTotal", "current", "3190.21"],
  ["income.grandTotal", "prior", "1496.44"],
  ["income.total", "current", "3190.21"],
  ["income.generalBudget", "current", "1414.49"],
  ["income.govFund", "current", "1641"],
  ["income.stateCapital", "current", "0"],
  ["income.superiorSubsidy", "current", "0"],
  ["income.business", "current", "0"],
  ["income.operating", "current", "0"],
  ["income.affiliated", "current", "0"],
  ["income.other", "current", "134.72"],
  ["expense.total", "current", "3190.21"],
  ["expense.basic", "current", "1590.21"],
  ["expense.project", "current", "1600"],
  ["expense.toSuperior", "current", "0"],
  ["expense.operating", "current", "0"],
  ["expense.toAffiliated", "current", "0"],
  ["fiscal.grandTotal", "current", "3174.37"],
  ["fiscal.grandTotal", "prior", "1457.23"],
  ["gbExpense.total", "current", "1518.12"],
  ["gbExpense.total", "prior", "1000.04"],
  ["gbExpense.total", "budget", "1518.12"],
  ["gbExpense.class.201", "current", "346.6"],
  ["gbExpense.class.205", "current", "0"],
  ["gbExpense.class.206", "current", "149.51"],
  ["gbExpense.class.207", "current", "0"],
  ["gbExpense.class.208", "current", "146.15"],
  ["gbExpense.class.210", "current", "20.04"],
  ["gbExpense.class.215", "current", "734.93"],
  ["gbExpense.class.216", "current", "29.77"],
  ["gbExpense.class.221", "current", "41.12"],
  ["gbExpense.class.229", "current", "50"],
  ["gbBasic.total", "current", "518.52"],
  ["gbBasic.personnel", "current", "477.57"],
  ["gbBasic.public", "current", "40.95"],
  ["threePublic.total", "current", "3.26"],
  ["threePublic.total", "budget", "5.53"],
  ["threePublic.total", "prior", "0.88"],
  ["threePublic.abroad", "current", "0"],
  ["threePublic.abroad", "budget", "0"],
  ["threePublic.abroad", "prior", "0"],
  ["threePublic.vehicle", "current", "0"],
  ["threePublic.vehicle", "budget", "0"],
  ["threePublic.vehicle", "prior", "0"],
  ["threePublic.vehiclePurchase", "current", "0"],
  ["threePublic.vehicleOperation", "current", "0"],
  ["threePublic.reception", "current", "3.26"],
  ["threePublic.reception", "budget", "5.53"],
  ["threePublic.reception", "prior", "0.88"],
  ["govFund.expense.total", "current", "1600"],
  ["stateCapital.expense.total", "current", "0"],
  ["operatingCost", "current", "40.94"],
  ["operatingCost", "prior", "42.46"],
  // The 其他事项 form, as the seed states it (十 and 七's counts).
  ["procurement.total", "current", "0"],
  ["assets.vehicles", "current", "0"],
  ["assets.generalEquipment", "current", "0"],
  ["assets.specialEquipment", "current", "0"],
  ["threePublic.abroad.groups", "current", "0"],
  ["threePublic.abroad.people", "current", "0"],
  ["threePublic.vehiclePurchase.count", "current", "0"],
  ["threePublic.vehicles.held", "current", "0"],
  ["threePublic.reception.batches", "current", "16"],
  ["threePublic.reception.people", "current", "192"],
  ["performance.targets", "current", "1"],
  ["performance.monitored", "current", "1"],
  ["performance.selfEvaluated", "current", "1"],
];

/** 五（三）: the seed's 项 lines with their actuals (budget = actual). */
const ITEMS: Array<[string, string]> = [
  ["2011301", "199.93"],
  ["2011302", "3.22"],
  ["2011350", "123.28"],
  ["2011406", "20"],
  ["2010607", "0.08"],
  ["2010608", "0.08"],
  ["2060499", "34.51"],
  ["2060503", "80"],
  ["2061002", "35"],
  ["2080199", "12"],
  ["2080501", "99.56"],
  ["2080502", "5.93"],
  ["2080505", "28.65"],
  ["2101101", "8.2"],
  ["2101102", "6.42"],
  ["2101103", "5.42"],
  ["2150599", "719.93"],
  ["2150805", "15"],
  ["2160202", "29.77"],
  ["2210201", "41.12"],
  ["2299901", "50"],
];

const fact = (metric: string, period: Period, value: string): Fact => ({
  metric,
  period,
  value: new Dec(value),
});

export function seedFacts(): Fact[] {
  return [
    ...TABLE.map(([m, p, v]) => fact(m, p, v)),
    ...ITEMS.flatMap(([code, v]) => [
      fact(`gbExpense.item.${code}`, "current", v),
      fact(`gbExpense.item.${code}`, "budget", v),
    ]),
  ];
}
