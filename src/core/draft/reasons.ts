import { extractClaims } from "../claims/extract";
import type { AmountClaim, Claim } from "../claims/types";
import { metricName } from "../metrics";
import { segment } from "../text";

/**
 * The writer's own reasons (主要原因是…) of a 说明, so that drafting again after the tables
 * changed keeps them. A reason belongs to the change or the budget comparison it follows
 * in its paragraph, and is keyed by what that is about: `change:<metric>` for “比上年增加
 * X万元…主要变动原因是…”, `budget:<metric>` for “决算数小于预算数的主要原因是…”. The metric
 * names the section's subject (收、支总计, 一般公共预算财政拨款支出, one 项, 公务接待费 …), so a
 * reason moves with its subject wherever the drafter puts the sentence. Only what the
 * writer wrote is kept: a reason left as the template's “……” or “XXX” is no reason.
 */
export type ReasonKey = `${"change" | "budget"}:${string}`;

/** “主要原因是”, “主要变动原因是”, “的主要原因：”, “原因主要是”. */
const REASON = /(?:主要(?:变动)?原因|原因主要)(?:是|为|：|:)?[ \u3000]*([^。！？!?\n]*)/g;
/** What a template leaves where the reason goes: dots, blanks, markers. */
const NO_REASON = /^[ \u3000…．.·_＿XxＸｘ×【】（）()]*$/;

export function reasonKey(kind: "change" | "budget", metric: string): ReasonKey {
  return `${kind}:${metric}`;
}

/**
 * Reasons by key, the first one given for a key winning. `unitName` (the unit as the
 * workbook's settings name it) is read as 本单位, so that “测试单位机关运行经费支出” names
 * 机关运行经费 even where the text does not introduce the unit's name itself.
 */
export function reasonsFromText(text: string, unitName?: string): Map<ReasonKey, string> {
  const name = unitName?.trim();
  const doc = segment(name ? text.split(name).join("本单位") : text);
  text = doc.text;
  const claims = extractClaims(doc);
  const out = new Map<ReasonKey, string>();
  for (const p of doc.paragraphs) {
    const body = text.slice(p.span.start, p.span.end);
    for (const m of body.matchAll(REASON)) {
      const reason = m[1].trim().replace(/[，,；;]$/, "");
      if (NO_REASON.test(reason)) continue;
      const at = p.span.start + (m.index ?? 0);
      const key = reasonKeyBefore(claims, p.index, at);
      if (key && !out.has(key)) out.set(key, reason);
    }
  }
  return out;
}

/** The change or completion the reason explains: the last one before it in its paragraph. */
export function reasonKeyBefore(
  claims: readonly Claim[],
  paragraph: number,
  at: number,
): ReasonKey | null {
  const before = claims.filter(
    (c) =>
      c.paragraph === paragraph &&
      c.span.end <= at &&
      (c.kind === "change" || c.kind === "completion"),
  );
  const c = before[before.length - 1];
  if (!c) return null;
  if (c.kind === "completion") {
    const actual = c.actual === undefined ? undefined : (claims[c.actual] as AmountClaim);
    return actual?.metric ? reasonKey("budget", actual.metric) : null;
  }
  if (c.kind !== "change") return null;
  const subject = c.subject === undefined ? undefined : (claims[c.subject] as AmountClaim);
  const metric = c.metric ?? subject?.metric;
  return metric ? reasonKey("change", metric) : null;
}

/** “收、支总计的主要变动原因”: what a missing reason is about, for the list of gaps. */
export function reasonSubject(key: ReasonKey): { zh: string; en: string } {
  const [kind, metric] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  const name = metricName(metric);
  return kind === "change"
    ? { zh: `“${name.zh}”增减变动的主要原因`, en: `the main reason for the change of “${name.en}”` }
    : {
        zh: `“${name.zh}”决算数与预算数差异的主要原因`,
        en: `the main reason why “${name.en}” differs from its budget`,
      };
}
