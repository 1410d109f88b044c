import type { HeadingStyle } from "./types";

/**
 * The standard section titles of the 说明 (Sichuan 2020 skeleton, see docs/domain.md), as
 * data that can be corrected or extended without touching the segmenter. A line equal to
 * one of these titles but written without its number is still a heading, so that the
 * numbering rule can say which number is missing. `{year}` stands for any four-digit year.
 * Titles compare after dropping spaces, quotes, final punctuation and a final “说明”.
 */
export interface StandardTitle {
  title: string;
  style: HeadingStyle;
  /** The number the template gives the title under its parent. */
  ordinal: number;
}

export const STANDARD_TITLES: readonly StandardTitle[] = [
  { title: "部门概况", style: "part", ordinal: 1 },
  { title: "{year}年度部门决算情况说明", style: "part", ordinal: 2 },
  { title: "部门决算情况说明", style: "part", ordinal: 2 },
  { title: "名词解释", style: "part", ordinal: 3 },
  { title: "附件", style: "part", ordinal: 4 },
  { title: "附表", style: "part", ordinal: 5 },

  { title: "基本职能及主要工作", style: "chinese", ordinal: 1 },
  { title: "机构设置", style: "chinese", ordinal: 2 },

  { title: "收入支出决算总体情况说明", style: "chinese", ordinal: 1 },
  { title: "收入决算情况说明", style: "chinese", ordinal: 2 },
  { title: "支出决算情况说明", style: "chinese", ordinal: 3 },
  { title: "财政拨款收入支出决算总体情况说明", style: "chinese", ordinal: 4 },
  { title: "一般公共预算财政拨款支出决算情况说明", style: "chinese", ordinal: 5 },
  { title: "一般公共预算财政拨款基本支出决算情况说明", style: "chinese", ordinal: 6 },
  { title: "“三公”经费财政拨款支出决算情况说明", style: "chinese", ordinal: 7 },
  { title: "政府性基金预算支出决算情况说明", style: "chinese", ordinal: 8 },
  { title: "政府性基金预算财政拨款收入支出决算情况说明", style: "chinese", ordinal: 8 },
  { title: "国有资本经营预算支出决算情况说明", style: "chinese", ordinal: 9 },
  { title: "国有资本经营预算财政拨款支出决算情况说明", style: "chinese", ordinal: 9 },
  { title: "其他重要事项的情况说明", style: "chinese", ordinal: 10 },

  { title: "一般公共预算财政拨款支出决算总体情况", style: "paren-chinese", ordinal: 1 },
  { title: "一般公共预算财政拨款支出决算结构情况", style: "paren-chinese", ordinal: 2 },
  { title: "一般公共预算财政拨款支出决算具体情况", style: "paren-chinese", ordinal: 3 },
  { title: "“三公”经费财政拨款支出决算总体情况说明", style: "paren-chinese", ordinal: 1 },
  { title: "“三公”经费财政拨款支出决算具体情况说明", style: "paren-chinese", ordinal: 2 },
  { title: "机关运行经费支出情况", style: "paren-chinese", ordinal: 1 },
  { title: "政府采购支出情况", style: "paren-chinese", ordinal: 2 },
  { title: "国有资产占有使用情况", style: "paren-chinese", ordinal: 3 },
  { title: "预算绩效管理情况", style: "paren-chinese", ordinal: 4 },
];
