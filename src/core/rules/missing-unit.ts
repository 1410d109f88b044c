import type { Finding } from "../findings";
import type { Rule, RuleMeta } from "./types";
import { unitGuesser } from "./utils/figures";
import { reporter } from "./utils/report";

/**
 * An amount printed without its unit where one is expected (“一般公共预算支出决算数为
 * 1518.12，完成…”): a warning, with a safe fix that inserts the unit the surrounding text
 * uses (its paragraph's figures first, then its section's). “236万” for 236万元 is only a
 * hint, fixed by writing 万元. Figures whose unit a table header gives, and approximate
 * ones (“980万余元”), are left alone.
 */
const meta: RuleMeta = {
  id: "missing-unit",
  description: {
    zh: "金额应写明单位（万元、元）。",
    en: "An amount states its unit (万元, 元).",
  },
  defaultSeverity: "warning",
};

export const missingUnit: Rule = {
  meta,
  check({ doc, claims }) {
    const report = reporter(meta, doc);
    const unitNear = unitGuesser(doc, claims);
    const findings: Finding[] = [];
    for (const c of claims) {
      if (c.kind !== "amount" || c.impliedUnit || c.approximate || c.tableCell) continue;
      const end = c.figureSpan.end;
      if (c.figure.unit === null) {
        const unit = unitNear(c.paragraph);
        if (!unit) continue;
        findings.push(
          report({
            span: c.figureSpan,
            zh: `金额${c.figure.text}缺少单位，上下文使用${unit}`,
            en: `The amount ${c.figure.text} has no unit; the text around it uses ${unit}`,
            expected: `${c.figure.text}${unit}`,
            actual: c.figure.text,
            fix: { start: end, end, replacement: unit },
          }),
        );
        continue;
      }
      const short = /(?:^|[^元])([万亿])$/.exec(c.figure.text);
      if (short) {
        const full = `${short[1]}元`;
        findings.push(
          report({
            span: c.figureSpan,
            severity: "info",
            zh: `“${c.figure.text}”宜写作“${c.figure.text}元”（单位${full}）`,
            en: `“${c.figure.text}” is better written “${c.figure.text}元” (unit ${full})`,
            expected: `${c.figure.text}元`,
            actual: c.figure.text,
            fix: { start: end, end, replacement: "元" },
          }),
        );
      }
    }
    return findings;
  },
};
