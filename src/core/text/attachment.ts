import type { NarrativeDocument } from "./types";

/**
 * Is the paragraph in an attachment (附件, 附表, 绩效评价报告)? An attachment's scope may
 * differ from the 说明's (one project, figures in 元), so its figures are not the unit's.
 */
export function inAttachment(doc: NarrativeDocument, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph];
  if (!p) return false;
  for (
    let s: number | null = p.section;
    s !== null && doc.sections[s];
    s = doc.sections[s].parent
  ) {
    const title = doc.sections[s].heading?.title ?? "";
    if (/附件|附表|绩效评价报告/.test(title)) return true;
  }
  return false;
}
