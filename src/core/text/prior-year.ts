/**
 * The prior year as a comparison names it: 上年, 上年度, 上一年度, 去年, 2019年, 2019年度.
 * One source for every pattern that reads or rewrites a comparison with the prior year
 * (the claim scanner, 持平, labels, the drafter's filler), so that they all accept the
 * same wordings. No capturing group: callers compose it into their own expressions.
 */
export const PRIOR_YEAR = String.raw`(?:上一?年度?|去年|\d{4}年度?)`;
