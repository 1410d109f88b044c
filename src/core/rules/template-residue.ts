import type { CompletionClaim, PlaceholderClaim } from "../claims/types";
import type { Finding } from "../findings";
import { Dec, figureFrom, Interval, NUMBER_SOURCE } from "../numbers";
import type { NarrativeDocument } from "../text/types";
import type { Rule, RuleContext, RuleMeta } from "./types";
import { quote, reporter } from "./utils/report";
import { normalizedText } from "../text/normalized";

/**
 * Template residue left in the text: alternatives not chosen (“增加/减少”, “增加（减少）”,
 * “大小于”), blanks where a figure belongs (“占%”, “【】”), filler markers (“XX”, “×××”), the
 * template's notes to the writer (“（如持平作持平表述）”, “（不涉及的不列）”). An error: the
 * sentence cannot be published as it stands. A gap where words belong (“主要变动原因是……”)
 * is a warning: the drafter leaves one on purpose where only the writer knows the reason. No automatic fix (the writer must choose), but when the figure
 * next to an alternative decides it — “增加/减少0万元” is 持平; “完成预算59%” means 小于 — the
 * message says which word it should be.
 */
const meta: RuleMeta = {
  id: "template-residue",
  description: {
    zh: "模板中的备选词（增加/减少、增加（减少））、空白（占%、为万元、【】）、占位符（XX）、填写说明（（不涉及的不列））和省略号（原因是……）应替换为实际内容。",
    en: "Template alternatives (增加/减少, 增加（减少）), blanks (占%, 【】), markers (XX), notes to the writer and gaps (原因是……) must be replaced by the actual wording.",
  },
  defaultSeverity: "error",
};

const DIRECTIONS: Readonly<Record<string, 1 | -1 | 0>> = {
  增加: 1,
  增长: 1,
  上升: 1,
  超过: 1,
  高于: 1,
  减少: -1,
  下降: -1,
  降低: -1,
  低于: -1,
  持平: 0,
};
const COMPARISONS = new Set(["大于", "小于", "等于"]);
const FIGURE_AFTER = new RegExp(`^[ \\u3000]*(${NUMBER_SOURCE})[ \\u3000]*(亿元|万元|元|%)?`);

export const templateResidue: Rule = {
  meta,
  check(context) {
    const { doc, claims } = context;
    const report = reporter(meta, doc);
    const findings: Finding[] = [];
    for (const claim of claims) {
      if (claim.kind !== "placeholder") continue;
      const text = quote(doc, claim.span);
      if (claim.form === "blank") {
        findings.push(
          report({
            span: claim.span,
            zh: `模板空白未填写：${text}处缺少数字。`,
            en: `Template blank left unfilled: ${text} is missing its figure.`,
          }),
        );
      } else if (claim.form === "instruction") {
        findings.push(
          report({
            span: claim.span,
            zh: `模板的填写说明${text}未删除。`,
            en: `The template's note to the writer ${text} was left in the text.`,
          }),
        );
      } else if (claim.form === "gap") {
        // A gap the writer (or the drafter, for reasons it cannot know) left to fill: it
        // must be written before publishing, but it is no wrong figure.
        findings.push(
          report({
            span: claim.span,
            severity: "warning",
            zh: `${text}处内容未填写（如变动原因），发布前应补写。`,
            en: `${text} stands for words not yet written (such as the reason for a change); fill it in before publishing.`,
          }),
        );
      } else if (claim.form === "marker") {
        findings.push(
          report({
            span: claim.span,
            zh: `模板占位符${text}未替换为实际内容。`,
            en: `Template marker ${text} was never replaced.`,
          }),
        );
      } else {
        findings.push(alternativeFinding(context, claim, report));
      }
    }
    return findings;
  },
};

interface Decision {
  expected?: string;
  zh: string;
  en: string;
}

function alternativeFinding(
  { doc, claims }: RuleContext,
  claim: PlaceholderClaim,
  report: ReturnType<typeof reporter>,
): Finding {
  const options = claim.options ?? [];
  const text = quote(doc, claim.span);
  const choices = options.map((o) => `“${o}”`).join("、");
  const decision = options.every((o) => COMPARISONS.has(o))
    ? decideComparison(doc, claims, claim)
    : decideDirection(doc, claim, options);
  return report({
    span: claim.span,
    zh: `模板备选词${text}未选定：应在${choices}中保留一个。${decision?.zh ?? ""}`,
    en: `Template alternatives ${text} left in place: keep one of ${options.join(", ")}.${decision ? ` ${decision.en}` : ""}`,
    expected: decision?.expected,
  });
}

/** “增加/减少0万元”: the figure after the alternative says which word, or that it is 持平. */
function decideDirection(
  doc: NarrativeDocument,
  claim: PlaceholderClaim,
  options: readonly string[],
): Decision | undefined {
  const rest = normalizedText(doc).slice(claim.span.end, claim.span.end + 40);
  const m = FIGURE_AFTER.exec(rest);
  if (!m) return undefined;
  const figure = figureFrom(m[1], m[2], m[0].trim());
  if (figure.value.isZero()) {
    return {
      expected: "持平",
      zh: `其后数值为${figure.text}，应改写为“持平”（如“与上年持平”），不写增减。`,
      en: `The figure after it is ${figure.text}: write 持平 (unchanged) instead.`,
    };
  }
  if (figure.value.isNegative()) {
    const word = options.find((o) => DIRECTIONS[o] === -1);
    if (!word) return undefined;
    const abs = figure.value.abs().toFixed(figure.decimals) + (figure.unit ?? "");
    return {
      expected: `${word}${abs}`,
      zh: `其后数值为负（${figure.text}），应写为“${word}${abs}”。`,
      en: `The figure after it is negative (${figure.text}): write “${word}${abs}”.`,
    };
  }
  return {
    zh: "其后数值为正，增减方向须按上年数确定。",
    en: "The figure after it is positive; the direction depends on the prior-year figure.",
  };
}

/**
 * “决算数大于/小于/等于预算数”: the completion rate stated before it decides, using the
 * interval of the printed rate — 59% is certainly below 100%, while 100% (any value in
 * [99.5%, 100.5%)) only suggests 等于.
 */
function decideComparison(
  doc: NarrativeDocument,
  claims: RuleContext["claims"],
  claim: PlaceholderClaim,
): Decision | undefined {
  let completion: CompletionClaim | undefined;
  for (const c of claims) {
    if (c.kind !== "completion" || c.paragraph !== claim.paragraph) continue;
    if (c.span.end <= claim.span.start) completion = c;
  }
  if (!completion) return undefined;
  const rate = Interval.printed(completion.figure.value, completion.figure.decimals);
  const hundred = new Dec(100);
  const stated = quote(doc, completion.span);
  if (!rate.contains(hundred)) {
    const word = rate.hi.lessThanOrEqualTo(hundred) ? "小于" : "大于";
    return {
      expected: word,
      zh: `前文${stated}，应为“${word}”。`,
      en: `${stated} was stated before it, so it should be ${word}.`,
    };
  }
  return {
    zh: `前文${stated}，若决算数与预算数相同应为“等于”。`,
    en: `${stated} was stated before it: 等于 if the actual equals the budget.`,
  };
}
