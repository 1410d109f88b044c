import type { TableDef, TableId, TemplateSet } from "../templates/types";
import type { PdfLine } from "./lines";

/** A table found in a PDF: which template table, its title as printed, its lines. */
export interface PrintedTable {
  /** The performance table (项目绩效) is recognised only to end the table before it. */
  id: TableId;
  /** The title as printed. */
  title: string;
  page: number;
  lines: PdfLine[];
}

/** Quotes, spaces and bracket widths vary between writers; the words of a title do not. */
function comparable(s: string): string {
  return s
    .replace(/[\s“”"'‘’「」]/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")");
}

/** Before or after a title: “公开01表”, “附表1”, “表1”, “1.”, a year (“2020年度”), a unit name line is not. */
const AFFIX = /^(?:(?:公开)?0?\d{1,2}表|附表\d{1,2}|表\d{1,2}|\d{1,2}[.、．]|\d{4}年度?)*/u;

/**
 * The table a line is the title of, by the titles of every shipped template set (the 2020
 * names and later years' variants, e.g. 财政拨款“三公”经费支出决算表). A title line may
 * carry the table's number or a year before or after; anything else is prose.
 */
export function tableTitleOf(
  text: string,
  sets: readonly TemplateSet[],
): { id: TableId; title: string } | undefined {
  if (text.length > 60) return undefined;
  let c = comparable(text);
  c = c.replace(AFFIX, "");
  c = c.replace(/(?:\(?公开0?\d{1,2}表\)?|\(?附表\d{1,2}\)?)$/u, "");
  if (c === "") return undefined;
  // 其他事项 is our own input form: a report never prints it as a table, and our workbook
  // exported to PDF prints it after the tables, where it must not pass for one.
  for (const set of sets)
    for (const t of set.tables)
      if (t.kind !== "matters" && comparable(t.title) === c) return { id: t.id, title: text };
  return undefined;
}

/** The definition of a found table in the set being read. */
export function definitionOf(set: TemplateSet, id: TableId): TableDef | undefined {
  return set.tables.find((t) => t.id === id);
}
