import { ALTERNATIVE_WORDS } from "../claims/placeholders";
import type { Catalogue } from "../templates/catalogue";
import type { FactTable } from "./fact-table";
import { itemLabel } from "./names";

/**
 * The forms finance bureaus write their 说明 templates in, turned into the forms the filler
 * reads (fill.ts), and the instructions they carry carried out:
 *
 * - “增加（减少）”, “增长（下降）”, “大于（小于/等于）” are alternatives: “增加/减少” …;
 * - “【】” is a blank (“XXX”, “XX%”, “×××”, “＿＿” already are);
 * - “（如持平作持平表述）” goes: a change that prints as zero becomes 持平 anyway;
 * - “（不涉及的不列）” goes, and marks its line: zero items of its list are dropped after filling;
 * - “按上述格式依次说明到各项级科目” repeats the model sentence above it (the one naming a
 *   （类）（款）（项）) for every 项 the tables have, and goes;
 * - any other bracketed instruction (“（请……）”, “【如无此项请删除】”) goes;
 * - a reason left as a marker (“主要原因：XXXXXXXX”) becomes the standard “……”, for the
 *   writer's own reason or a listed gap — never a figure the filler would guess at.
 */
export interface PreparedTemplate {
  text: string;
  /** 0-based lines of `text` whose list drops zero items (不涉及的不列). */
  dropZeroLines: Set<number>;
  /** What could not be carried out, with the line (0-based) in `text`. */
  problems: Array<{ line: number; zh: string; en: string }>;
}

const WORD = ALTERNATIVE_WORDS.join("|");
/** “增加（减少）”, “大于（小于/等于）”, “大于（小于、等于）”, ASCII brackets too. */
const BRACKETED_ALTERNATIVE = new RegExp(
  `(${WORD})[（(]((?:${WORD})(?:[/／、](?:${WORD}))*)[）)]`,
  "g",
);
const EMPTY_LENTICULAR = /【[ \u3000]*】/g;
const NOT_LISTED = /[（(]不涉及的?不列[）)]/g;
const FLAT_NOTE = /[（(]如持平作?持平表述[）)]/g;
const REPEAT = /[（(]?按上述格式依次说明到各?项级科目[。.]?[）)]?[。.]?/;
/** Any bracketed text: an instruction when INSTRUCTION_WORDS says so, else a name (（类）, （境）). */
const BRACKETED = /[（(【][^（）()【】\n]*[）)】]/g;
const INSTRUCTION_WORDS = /如|请|不涉及|按上述|填写|表述|删除|注[：:]|若/;
const MARK = "(?:[XxＸｘ]{2,}|×{2,}|[_＿]{2,}|【[ \\u3000]*】|…+|\\.{3,})";
const REASON_MARK = new RegExp(`(主要(?:变动)?原因(?:是|为|：|:)?[ \\u3000]*)${MARK}`, "g");
/** “1.”, “（1）” and the indentation before a model sentence; then its （类）（款）（项） names. */
const ITEM_NUMBER = /^[ \u3000]*(?:\d+[.．、]|[（(]\d+[）)])?/;
const ITEM_NAMES = /^[^（）()\n：:。]*（类）[^（）()\n：:。]*（款）[^（）()\n：:。]*（项）/;
const itemModel = (line: string) => {
  const number = ITEM_NUMBER.exec(line)![0];
  const names = ITEM_NAMES.exec(line.slice(number.length));
  if (!names) return null;
  const indent = number.slice(0, number.length - number.trimStart().length);
  return { indent, end: number.length + names[0].length };
};

export const REASON_PLACEHOLDER = "……";

export function prepareTemplate(
  template: string,
  facts: FactTable,
  catalogue: Catalogue,
): PreparedTemplate {
  const problems: PreparedTemplate["problems"] = [];
  const dropZero: number[] = [];
  const out: string[] = [];
  for (const raw of template.split(/\r?\n/)) {
    let line = raw;
    if (REPEAT.test(line)) {
      const rest = line.replace(REPEAT, "").trim();
      const at = lastIndexWhere(out, (l) => itemModel(l) !== null);
      if (at < 0) {
        problems.push({
          line: out.length,
          zh: "“按上述格式依次说明到各项级科目”之前没有写明（类）（款）（项）的示例句，无法展开",
          en: "No model sentence naming a （类）（款）（项） precedes “按上述格式依次说明到各项级科目”",
        });
      } else {
        out.splice(at, 1, ...repeatForItems(out[at], facts, catalogue));
      }
      if (rest === "") continue;
      line = rest;
    }
    if (NOT_LISTED.test(line)) dropZero.push(out.length);
    line = line
      .replace(NOT_LISTED, "")
      .replace(FLAT_NOTE, "")
      .replace(BRACKETED_ALTERNATIVE, (_, first: string, others: string) =>
        [first, ...others.split(/[/／、]/)].join("/"),
      )
      .replace(REASON_MARK, (_, lead: string) => `${lead}${REASON_PLACEHOLDER}`)
      .replace(EMPTY_LENTICULAR, "__")
      .replace(BRACKETED, (b) => (INSTRUCTION_WORDS.test(b) ? "" : b));
    out.push(line);
  }
  return { text: out.join("\n"), dropZeroLines: new Set(dropZero), problems };
}

function lastIndexWhere<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** The model sentence once per 项 of 公开05, numbered, with the 项's own （类）（款）（项） names. */
function repeatForItems(model: string, facts: FactTable, catalogue: Catalogue): string[] {
  const items = facts.codes("gbExpense.item").filter((c) => c.length === 7);
  const m = itemModel(model)!;
  return items.map(
    (code, i) => `${m.indent}${i + 1}.${itemLabel(catalogue, code).text}${model.slice(m.end)}`,
  );
}

const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)(?=[ \u3000]*(?:亿元|万元|元|%))/g;

/**
 * 不涉及的不列: in the list after the line's first “：” (“其中：”, “主要用于以下方面：”), or
 * else its first “，” (items
 * split by “；”), each item whose figures are all zero, or that the tables have no figure for
 * (its blank left), goes; an item with no figure at all stays. Returns the line.
 */
export function dropZeroItems(line: string): string {
  // The list opens after “其中：” or “主要用于以下方面：”, else after the lead clause (“…决算中，”).
  const colon = line.indexOf("：");
  const at = colon >= 0 ? colon : line.indexOf("，");
  if (at < 0) return line;
  const head = line.slice(0, at + 1);
  const body = line.slice(at + 1);
  const trimmed = body.trimEnd();
  const stop = trimmed.endsWith("。") ? trimmed.length - 1 : trimmed.length;
  const end = body.slice(stop);
  const items = body.slice(0, stop).split("；");
  // An item the tables have no figure for (its blank left) is not involved either.
  const kept = items.filter((item) => {
    const figures = [...item.matchAll(FIGURE)].map((f) => Number(f[1]));
    const blank = /[_＿]{2,}|[XxＸｘ]{2,}|×{2,}/.test(item);
    return !blank && (figures.length === 0 || figures.some((f) => f !== 0));
  });
  if (kept.length === items.length) return line;
  if (kept.length === 0) {
    // Nothing is left to list: the lead (“，其中：”) goes with it.
    const cut = Math.max(
      head.lastIndexOf("，", head.length - 2),
      head.lastIndexOf(",", head.length - 2),
    );
    return `${cut >= 0 ? head.slice(0, cut) : head.slice(0, -1)}${end}`;
  }
  return `${head}${kept.join("；")}${end}`;
}
