import type { Fact } from "../facts";
import type { Span } from "../span";
import { FactTable } from "./fact-table";
import { resolveDraftOptions, type DraftOptions, type ResolvedDraftOptions } from "./options";
import type { DraftGap } from "./patterns";
import { reasonSubject, type ReasonKey } from "./reasons";
import { renderText } from "./render-text";
import { standardSections, type DraftParagraph } from "./sections";
import { noFigureMessage, type Ref } from "./segments";

export interface Draft {
  options: ResolvedDraftOptions;
  paragraphs: DraftParagraph[];
  /** What the tables did not say and the draft therefore left out or left blank. */
  gaps: DraftGap[];
}

/**
 * Drafts 第二部分 of the 说明 (sections 一 to 十) from the tables' facts. The structure —
 * which components and lines are listed, whether a table is empty — is decided here from
 * the facts; the figures and the words that depend on them (增加/减少, 持平, 大于/小于/等于)
 * are segments decided when rendering, as text or as live Excel formulas.
 * @throws DraftOptionsError when the options cannot be printed (year, decimals)
 * @example renderDraft(draftNarrative(facts, { reportYear: 2020 }), facts).text
 */
export function draftNarrative(facts: readonly Fact[] | FactTable, options: DraftOptions): Draft {
  const table = facts instanceof FactTable ? facts : new FactTable(facts);
  const resolved = resolveDraftOptions(options);
  const gaps: DraftGap[] = table.conflicts.map(({ first, other }) => ({
    paragraph: "",
    ref: { metric: first.metric, period: first.period },
    zh: `${first.metric}（${first.period}）有两个不同的数字：${first.value} 和 ${other.value}，采用前者`,
    en: `${first.metric} (${first.period}) is given twice, ${first.value} and ${other.value}; the first is used`,
  }));
  const paragraphs = standardSections({ facts: table, options: resolved, gaps });
  return { options: resolved, paragraphs, gaps };
}

export interface RenderedParagraph {
  id: string;
  role: DraftParagraph["role"];
  text: string;
  /** Where the paragraph sits in the rendered text. */
  span: Span;
  /** Cells it needed that the facts lacked (printed as blanks). */
  missing: Ref[];
  /** Reasons it asks for that the writer has not given (printed as the placeholder). */
  missingReasons: string[];
}

export interface RenderedDraft {
  text: string;
  paragraphs: RenderedParagraph[];
  /** The draft's gaps, and every figure printed as a blank for want of a table value. */
  gaps: DraftGap[];
}

/** The draft as plain text, one paragraph per line, figures from `facts`. */
export function renderDraft(draft: Draft, facts: readonly Fact[] | FactTable): RenderedDraft {
  const table = facts instanceof FactTable ? facts : new FactTable(facts);
  const paragraphs: RenderedParagraph[] = [];
  let offset = 0;
  for (const p of draft.paragraphs) {
    const { text, missing, missingReasons } = renderText(p.segments, table, draft.options);
    paragraphs.push({
      id: p.id,
      role: p.role,
      text,
      span: { start: offset, end: offset + text.length },
      missing,
      missingReasons,
    });
    offset += text.length + 1;
  }
  const blanks = paragraphs.flatMap((p) => p.missing.map((ref) => blankGap(p.id, ref)));
  const reasons = paragraphs.flatMap((p) =>
    p.missingReasons.map((key) => reasonGap(p.id, key, draft.options.reasonPlaceholder)),
  );
  return {
    text: paragraphs.map((p) => p.text).join("\n") + "\n",
    paragraphs,
    gaps: [...draft.gaps, ...blanks, ...reasons],
  };
}

function reasonGap(paragraph: string, key: string, placeholder: string): DraftGap {
  const { zh, en } = reasonSubject(key as ReasonKey);
  return {
    paragraph,
    reason: key,
    zh: `请填写${zh}（原因只能由编写人说明，暂留“${placeholder}”）`,
    en: `Give ${en} (only the writer can say why; “${placeholder}” is left for now)`,
  };
}

function blankGap(paragraph: string, ref: Ref): DraftGap {
  const { zh, en } = noFigureMessage(ref);
  return { paragraph, ref, zh: `${zh}，留作空白`, en: `${en}; left blank` };
}

/**
 * The paragraphs whose structure would change if drafted again from `facts` (a component
 * that became non-zero, a new 项 line, a table that is no longer empty): formulas keep
 * figures and words live, but not the choice of what is listed.
 */
export function staleParagraphs(draft: Draft, facts: readonly Fact[] | FactTable): string[] {
  const again = draftNarrative(facts, draft.options);
  const shape = (p: DraftParagraph) => JSON.stringify(p.segments);
  const now = new Map(again.paragraphs.map((p) => [p.id, shape(p)]));
  const before = new Map(draft.paragraphs.map((p) => [p.id, shape(p)]));
  const ids = new Set([...before.keys(), ...now.keys()]);
  return [...ids].filter((id) => before.get(id) !== now.get(id));
}
