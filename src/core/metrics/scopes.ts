/**
 * The part of a narrative a label is read in. The same words name different cells in
 * different sections (“基本支出” under 三、 is 公开03's column, under 六、 公开06's total), so
 * the resolver is told which sections enclose the label, innermost first.
 */
export type MetricScope =
  | "income" // 收入决算情况说明, or an enumeration of 收入
  | "expense" // 支出决算情况说明, or an enumeration of 支出
  | "fiscal" // 财政拨款 / 部门财政资金 sections (四、, attachments)
  | "gbExpense" // 五、一般公共预算财政拨款支出
  | "gbBasic" // 六、一般公共预算财政拨款基本支出
  | "threePublic" // 七、“三公”经费
  | "project"; // a project's 绩效 report (项目绩效目标完成情况)

/** Section titles and the scopes they open; a title may open several (收入 of 财政资金). */
export const SCOPE_TITLES: ReadonlyArray<{ pattern: RegExp; scope: MetricScope }> = [
  { pattern: /一般公共预算财政拨款基本支出/, scope: "gbBasic" },
  { pattern: /三公/, scope: "threePublic" },
  { pattern: /一般公共预算(财政)?拨款支出|一般公共预算支出/, scope: "gbExpense" },
  { pattern: /财政拨款收入支出|财政拨款收支|财政资金/, scope: "fiscal" },
  { pattern: /^(?:部门|本年|部门财政资金)?收入(?:决算)?情况(?:说明)?[。.]?$/, scope: "income" },
  { pattern: /^(?:部门|本年|部门财政资金)?支出(?:决算)?情况(?:说明)?[。.]?$/, scope: "expense" },
  { pattern: /绩效/, scope: "project" },
];

const MARKER =
  /^\s*(?:第[一二三四五六七八九十]+部分\s*|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/;

/** Scopes opened by section titles, innermost first (titles given outermost first, with or without their marker). */
export function scopesOfTitles(titles: readonly string[]): MetricScope[] {
  const scopes: MetricScope[] = [];
  for (let i = titles.length - 1; i >= 0; i--) {
    const title = titles[i].replace(MARKER, "").trim();
    for (const { pattern, scope } of SCOPE_TITLES) {
      if (pattern.test(title) && !scopes.includes(scope)) scopes.push(scope);
    }
  }
  return scopes;
}

/** The side an enumeration's total names: its parts are income or expenditure lines. */
export function scopeOfTotalLabel(label: string): MetricScope | undefined {
  const income = label.includes("收入");
  const expense = label.includes("支出");
  if (income === expense) return undefined;
  return income ? "income" : "expense";
}
