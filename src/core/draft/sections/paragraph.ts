import type { DraftContext } from "../patterns";
import { text, type Segment } from "../segments";

/** One paragraph of the draft: a row of the 说明 sheet. Ids are stable across drafts. */
export interface DraftParagraph {
  id: string;
  role: "heading" | "body";
  segments: readonly Segment[];
}

export const heading = (id: string, title: string): DraftParagraph => ({
  id,
  role: "heading",
  segments: [text(title)],
});
export const body = (id: string, segments: Segment[]): DraftParagraph => ({
  id,
  role: "body",
  segments,
});

export const year = (ctx: DraftContext) => ctx.options.reportYear;
export const lastYear = (ctx: DraftContext) => ctx.options.reportYear - 1;
export const u = (ctx: DraftContext) => ctx.options.unit;

export function unknownCode(ctx: DraftContext, paragraph: string, code: string): void {
  ctx.gaps.push({
    paragraph,
    zh: `科目表中没有编码${code}的名称，请补充科目表`,
    en: `The catalogue has no name for code ${code}; extend the catalogue`,
  });
}
