import type { CountClaim } from "../claims/types";
import type { Period } from "../facts";
import type { Finding } from "../findings";
import type { NarrativeDocument } from "../text/types";
import type { Rule, RuleMeta } from "./types";
import { reporter } from "./utils/report";
import { groupBy } from "./utils/group";

/**
 * The same thing counted with different numbers in two places: “已有19家通过科技型中小企业入库
 * 认定” in 部门概况, and “科技型中小企业评价入库 | 18家” in the performance table's 实际完成
 * column; “开展高新技术企业培育3家” and the table's “培育高新技术企业 | 2家”.
 *
 * Conservative, since a false alarm costs as much as a miss: two counts are compared only
 * when they count the same normalised thing (claims/counted.ts), with the same counter word
 * (家 is not 项), in the same period (an actual count is never compared with a target: the
 * table's 预期指标值 is a target, “市下达目标17家” too), and neither is approximate (“50余人次”).
 * Each count is compared with the first statement of its thing; which of the two is right
 * the text cannot say, so it is a warning without a fix, pointing at both.
 */
const meta: RuleMeta = {
  id: "count-conflict",
  description: {
    zh: "同一事项（同一计量单位、同为实际数或同为目标数）在不同位置的数量应一致。",
    en: "The same thing, counted in the same unit and period, has the same count wherever it is stated.",
  },
  defaultSeverity: "warning",
};

export const countConflict: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const groups = groupBy(
      claims.filter((c): c is CountClaim => c.kind === "count" && !c.approximate && !!c.counted),
      (c) => `${c.counted}|${c.counter}|${c.period ?? "current"}`,
    );
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      group.sort((a, b) => a.span.start - b.span.start);
      const [reference] = group;
      for (const c of group.slice(1)) {
        if (c.value === reference.value) continue;
        findings.push(report(conflict(doc, c, reference)));
      }
    }
    return findings;
  },
};

const ROLE_ZH: Record<Period, string> = { current: "", budget: "（目标数）", prior: "（上年数）" };
const ROLE_EN: Record<Period, string> = {
  current: "",
  budget: " (target)",
  prior: " (prior year)",
};

function conflict(doc: NarrativeDocument, c: CountClaim, reference: CountClaim) {
  const period = c.period ?? "current";
  const where = doc.paragraphs[c.paragraph]?.table !== undefined ? "表中" : "此处";
  const whereEn = doc.paragraphs[c.paragraph]?.table !== undefined ? "in the table" : "here";
  const shown = `${c.value}${c.counter}`;
  const refShown = `${reference.value}${reference.counter}`;
  return {
    span: c.span,
    zh: `“${c.counted}”${ROLE_ZH[period]}${where}为${shown}，前文为${refShown}：同一事项的数量不一致，请核对哪一个正确。`,
    en: `“${c.counted}”${ROLE_EN[period]} is ${shown} ${whereEn} but ${refShown} earlier: the same count differs; check which is right.`,
    expected: refShown,
    actual: shown,
    related: [reference.span],
  };
}
