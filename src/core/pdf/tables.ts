import type { Catalogue } from "../templates/catalogue";
import { normalizeName, readDataSections, type DataProblem } from "../templates/data";
import type { FillData } from "../templates/fill-data";
import type { TableId, TemplateSet } from "../templates/types";
import { tableSections, type PrintedRow } from "./table-grid";
import { definitionOf, type PrintedTable } from "./table-regions";

export interface TablesRead {
  /** The figures read, as template values (each keeps the decimals printed). */
  data: FillData;
  /** Tables of the set found in the document, in the set's order. */
  found: TableId[];
  /** Tables of the set not found (the performance table is not one of the nine). */
  missing: TableId[];
  /** Rows or figures the template could not place, with where they were printed. */
  problems: Array<DataProblem & { page?: number; line?: number; table?: string }>;
  /** Where every row read was printed: `source.line` of a value indexes this (1-based). */
  rows: PrintedRow[];
  /** 单位名称 from a “部门：” line above a table. */
  unit?: string;
}

/**
 * The tables of a PDF read into the template model: each found table's rows and columns
 * rebuilt from positions, then matched to cells by the same reader as a data file.
 */
export function readPrintedTables(
  tables: readonly PrintedTable[],
  set: TemplateSet,
  catalogue: Catalogue,
): TablesRead {
  const rows: PrintedRow[] = [];
  const sections = tables.flatMap((t) => {
    const def = definitionOf(set, t.id);
    return def ? tableSections(t, def, rows) : [];
  });
  // 公开01/04 print their class rows by name only (“一、一般公共服务支出”): the data
  // reader places class rows by code, so the name is looked up in the year's classes.
  const classByName = new Map(
    set.classRows.map((c) => [normalizeName(catalogue.name("functional", c) ?? c), c]),
  );
  for (const s of sections) {
    const seen = new Set<string>();
    let carriedIn = false;
    for (const r of s.rows) {
      if (r.cells[0] !== "") continue;
      const name = normalizeName(r.cells[1]);
      const code = classByName.get(name);
      if (code) r.cells = [code, "", ...r.cells.slice(2)];
      // 公开04 lists the funds twice: as income rows, then indented under 年初结转和结余
      // (a data file writes those “年初结转和结余-<fund>”).
      else if (seen.has(name) && carriedIn) r.cells[1] = `年初结转和结余-${r.cells[1]}`;
      if (/年初.*结转和结余/.test(name)) carriedIn = true;
      seen.add(name);
    }
  }
  const { data, problems } = readDataSections(sections, {
    set,
    catalogue,
    file: "",
    printed: true,
  });
  // The nine 公开 tables: the performance table and the 其他事项 form are not required.
  const published = set.tables.filter((t) => t.kind !== "performance" && t.kind !== "matters");
  const found = published.filter((t) => tables.some((p) => p.id === t.id)).map((t) => t.id);
  const missing = published.filter((t) => !found.includes(t.id)).map((t) => t.id);
  const unit = tables
    .flatMap((t) => t.lines.slice(0, 4))
    .map((l) => /部门[:：]\s*(\S+?)(?:\s|金额单位|单位[:：]|$)/u.exec(l.text)?.[1])
    .find((u) => u);
  data.unit = unit;
  return {
    data,
    found,
    missing,
    rows,
    unit,
    problems: problems.map((p) => {
      const n = /(\d+)/.exec(p.where)?.[1];
      const r = n ? rows[Number(n) - 1] : undefined;
      return r ? { ...p, page: r.page, line: r.line, table: r.table } : p;
    }),
  };
}
