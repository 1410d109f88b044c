import type { Period } from "../facts";
import type { AmountUnit, Figure } from "../numbers";
import type { Span } from "../span";

/**
 * Typed statements found in a narrative. Each claim has an `id` (its index in the array
 * returned by extractClaims) and refers to other claims by id: a share names the
 * amount it is the share of and, when stated or implied, the whole.
 */
export type Claim =
  | AmountClaim
  | ShareClaim
  | ChangeClaim
  | GrowthClaim
  | CompletionClaim
  | CountClaim
  | EnumerationClaim
  | PlaceholderClaim;

export interface ClaimBase {
  id: number;
  /** The exact text of the claim: “占45%”, “增加518.08万元”, “1414.49万元”. */
  span: Span;
  /** Paragraph index in the NarrativeDocument. */
  paragraph: number;
}

export interface AmountClaim extends ClaimBase {
  kind: "amount";
  /** The label as written before the figure: “一般公共预算财政拨款收入”. */
  label: string;
  /** Metric id from src/core/metrics when the label is recognised. */
  metric?: string;
  /**
   * Every metric the figure states, `metric` first, when the label names more than one
   * quantity: “收、支总计各X” is both income.grandTotal and expense.grandTotal.
   */
  metrics?: string[];
  period: Period;
  /** Span of the figure alone (with its unit, if any). */
  figureSpan: Span;
  figure: Figure;
  /**
   * The unit a figure without one is in, when the text says so elsewhere (a table's
   * “预算执行情况(万元)” header): such a figure is not missing its unit.
   */
  impliedUnit?: AmountUnit;
  /** “980万余元”, “5000余”: a bound, not a rounded value; never compared exactly. */
  approximate?: boolean;
  /**
   * A figure of a text table (claims/grid-claims.ts): its unit is the table's
   * (`impliedUnit`) or, when the table states none, not known — never a missing unit.
   */
  tableCell?: true;
}

export interface ShareClaim extends ClaimBase {
  kind: "share";
  /** The percentage, e.g. 45 with 0 decimals and unit "%". */
  figure: Figure;
  /** The amount this is the share of. */
  part?: number;
  /** The whole: an amount claim when the text gives it (the enumeration's total). */
  whole?: number;
  /** The whole as written (“本年支出合计”) when named, and its metric. */
  wholeLabel?: string;
  wholeMetric?: string;
}

export interface ChangeClaim extends ClaimBase {
  kind: "change";
  /** +1 for 增加, −1 for 减少 (+1 for 持平). */
  direction: 1 | -1;
  /**
   * “与上年持平”: no change as printed. The figure is then 0 (text “持平”) at the precision
   * and in the unit of the subject's amount, since 持平 says the change rounds to nothing.
   */
  flat?: boolean;
  figure: Figure;
  /** The current-year amount the change is of. */
  subject?: number;
  label?: string;
  metric?: string;
  /**
   * The amount compared with: the prior year's when stated in the same sentence (“上年度为X，
   * 比上年度增加Y”), or for a change against the budget (`base`) the budget's, stated
   * anywhere (a 预算数 column of the table).
   */
  prior?: number;
  /** “与2021年度预算相比，减少X”: compared with the budget, not with last year. */
  base?: "budget";
  /**
   * The subject was found by its name in a paragraph before (links.ts): a likely reading,
   * not a certain one, so rules report what follows from it as a warning without a fix.
   */
  linkedAcross?: true;
}

export interface GrowthClaim extends ClaimBase {
  kind: "growth";
  /** +1 for 增长/增幅, −1 for 下降/降幅 (+1 for 持平). */
  direction: 1 | -1;
  /**
   * The rate of “与上年持平” (0%, text “持平”), stated with its flat change claim: the words
   * print no rate, so rules check the change, not this.
   */
  flat?: boolean;
  figure: Figure;
  subject?: number;
  /** The change claim stated with it (“增加X万元，增长P%”). */
  change?: number;
  /** The amount compared with when stated (“上年度为X”), as for a change. */
  prior?: number;
  base?: "budget";
  linkedAcross?: true;
}

export interface CompletionClaim extends ClaimBase {
  kind: "completion";
  figure: Figure;
  /** The actual amount claim. */
  actual?: number;
  /** The target amount claim when stated (“完成市下达目标28亿元的85.71%”). */
  target?: number;
}

export interface CountClaim extends ClaimBase {
  kind: "count";
  value: number;
  /** “50余人次”, “十多家”: a bound, not a count; never compared as exact. */
  approximate?: boolean;
  /**
   * Whose figure it is: an actual count (current), a target (budget: “市下达目标17家”, a
   * performance table's 预期指标值) or another year's (prior).
   */
  period?: Period;
  /** The counter word: 批次, 人次, 名, 家, 个, 项, 次, 辆, 台（套）… */
  counter: string;
  label: string;
  /**
   * What is counted, in one spelling (claims/counted.ts): “科技型中小企业入库” for “已有19家通过
   * 科技型中小企业入库认定” and for a table's “科技型中小企业评价入库”. Absent when the text does
   * not name it; a part of a “其中” breakdown is keyed under its whole (“单位共有公务用车/轿车”).
   */
  counted?: string;
}

export interface EnumerationClaim extends ClaimBase {
  kind: "enumeration";
  /** “合计X，其中：A X1，占P1；B X2…”: the total's amount claim and the parts'. */
  total: number;
  parts: number[];
  shares: number[];
  /**
   * How the list was introduced: “X，其中：…”, “X：A…；B…”, “X（其中，…）”, “X，主要用于以下方面：…”,
   * or “X，其中：” ending a paragraph whose parts lead the following paragraphs.
   */
  form?: "其中" | "colon" | "bracket" | "uses" | "paragraphs";
  /**
   * True when the parts are the whole breakdown (a colon list, parts with shares, or the
   * vocabulary's complete decomposition): then Σ parts below the total is an error too.
   * A bare “其中” may name only some parts.
   */
  exhaustive?: boolean;
}

export interface PlaceholderClaim extends ClaimBase {
  kind: "placeholder";
  /**
   * alternative: 增加/减少, 增加（减少）; blank: 占%, __万元, 【】; marker: XX, ××; instruction:
   * the template's note to the writer (（不涉及的不列）); gap: “……” where a reason belongs.
   */
  form: "alternative" | "blank" | "marker" | "instruction" | "gap";
  /** For alternatives, the choices as written. */
  options?: string[];
}
