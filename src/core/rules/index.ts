import { budgetExecution } from "./budget-execution";
import { changeVsGrowth } from "./change-vs-growth";
import { completion } from "./completion";
import { countConflict } from "./count-conflict";
import { countVsList } from "./count-vs-list";
import { enumerationSum } from "./enumeration-sum";
import { growth } from "./growth";
import { headingNumbering } from "./heading-numbering";
import { metricConflict } from "./metric-conflict";
import { missingUnit } from "./missing-unit";
import { narrativeVsTable } from "./narrative-vs-table";
import { partExceedsWhole } from "./part-exceeds-whole";
import { reportYear } from "./report-year";
import { share } from "./share";
import { tableSum } from "./table-sum";
import { templateResidue } from "./template-residue";
import type { Rule } from "./types";

/**
 * Every rule, in the order they run and are listed. One import and one entry per rule;
 * the registry test fails when a rule file, its test or its doc page is missing.
 */
export const rules: readonly Rule[] = [
  templateResidue,
  headingNumbering,
  countVsList,
  countConflict,
  reportYear,
  share,
  growth,
  changeVsGrowth,
  enumerationSum,
  tableSum,
  partExceedsWhole,
  completion,
  budgetExecution,
  metricConflict,
  narrativeVsTable,
  missingUnit,
];

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export type { CheckOptions, Rule, RuleContext, RuleMeta } from "./types";
