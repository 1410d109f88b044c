import { EXCEL_SIGNIFICANT_DIGITS, fitsExcel, tryParseFigure } from "../../numbers";
import { isCode, type Catalogue } from "../catalogue";
import { emptyFillData, type FillData } from "../fill-data";
import { TOTAL_ROW } from "../kinds";
import { cellKey } from "../keys";
import type {
  ColumnDef,
  FixedRowDef,
  SideDef,
  TableDef,
  TemplateSet,
  TwoSidedTableDef,
} from "../types";
import type { DataProblem, DataSection } from "./table-text";

export interface ReadDataOptions {
  set: TemplateSet;
  catalogue: Catalogue;
  /** File name for sources and messages. */
  file: string;
  /** JSON paths (“tables.公开05表[3]”) instead of CSV line numbers. */
  json?: boolean;
  /**
   * The amounts are printed figures (a published PDF's tables), each standing for every
   * value that rounds to it: keep the decimals printed. A data file's amounts are exact.
   */
  printed?: boolean;
}

/** Names compared loosely: spaces, （类）（款）（项）, numbering (“一、”), bracket widths ignored. */
export function normalizeName(s: string): string {
  return s
    .replace(/\s+/g, "")
    .replace(/[（(](类|款|项)[)）]/g, "")
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[:：]$/, "");
}

const sameName = (a: string, b: string) => {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x === y || x === `${y}支出` || y === `${x}支出`;
};

const CODE_HEADS = ["科目编码", "编码", "功能分类科目编码", "经济分类科目编码", "code"];
const NAME_HEADS = ["科目名称", "名称", "项目", "科目", "name"];

function findTable(set: TemplateSet, name: string): TableDef | undefined {
  const n = normalizeName(name).replace(/^0/, "");
  return set.tables.find(
    (t) =>
      [t.number, t.sheet, t.title, t.id, t.titleEn].some(
        (x) => normalizeName(x) === normalizeName(name),
      ) || t.id.replace(/^0/, "") === n,
  );
}

/** A row of a data section located in its table: the row key and the columns it may fill. */
interface Located {
  row: string;
  columns: ColumnDef[];
}

const matchColumn = (columns: readonly ColumnDef[], head: string): ColumnDef | undefined =>
  columns.find((c) =>
    [c.label, c.labelEn, c.key].some((x) => normalizeName(x) === normalizeName(head)),
  ) ??
  (columns.length === 1 && ["金额", "决算数", "合计", "amount"].includes(normalizeName(head))
    ? columns[0]
    : undefined);

function fixedRows(side: SideDef): FixedRowDef[] {
  return [...side.items, ...side.footer].filter(
    (r): r is FixedRowDef => r !== null && typeof r === "object" && "key" in r,
  );
}

type Problem = { zh: string; en: string };
/** A value quoted in a message, cut short: a 400-digit amount is not printed whole. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);
const err = (zh: string, en: string): Problem => ({ zh, en });

/** The figures of a 其他事项 line: 本年数 and 年初预算数 (keys as the sheet's cells). */
const MATTERS_COLUMNS: ColumnDef[] = [
  { key: "current", label: "本年数", labelEn: "Figure of the year" },
  { key: "budget", label: "年初预算数", labelEn: "Budget" },
];

function locateTwoSided(
  def: TwoSidedTableDef,
  set: TemplateSet,
  catalogue: Catalogue,
  code: string,
  name: string,
): Located | Problem {
  for (const side of [def.left, def.right]) {
    if (code) {
      if (side.items.includes("classes") && set.classRows.includes(code))
        return { row: `class.${code}`, columns: side.columns };
      const econ = side.items.find((i) => typeof i === "object" && "economic" in i);
      if (econ && typeof econ === "object" && "economic" in econ) {
        const lanes = [...econ.economic, ...(econ.optional ?? [])];
        if (
          lanes.some((c) => code.startsWith(c)) &&
          catalogue.get("economic", code) &&
          code.length <= 5
        ) {
          return { row: code, columns: side.columns };
        }
      }
      continue;
    }
    const hit = fixedRows(side).find((r) =>
      [r.label, ...(r.aliases ?? [])].some((l) => sameName(l, name)),
    );
    if (hit) return { row: hit.key, columns: side.columns };
  }
  return code
    ? err(`科目编码 ${code} 不是${def.number}的行`, `code ${code} is not a row of ${def.number}`)
    : err(`${def.number}没有名为“${name}”的行`, `${def.number} has no row "${name}"`);
}

/**
 * Matches data sections to the template cells, validating everything before anything is
 * used: the table, each header, each code (must be in the catalogue; a name given with it
 * must agree), each amount (a plain number in 万元). With any problem the caller writes
 * nothing; the problems say where (line or JSON path) and what, in Chinese and English.
 */
export function readDataSections(
  sections: readonly DataSection[],
  opts: ReadDataOptions,
): { data: FillData; problems: DataProblem[] } {
  const data = emptyFillData();
  const problems: DataProblem[] = [];
  const where = (s: DataSection, line: number) =>
    opts.json
      ? { zh: `tables.${s.table}[${line - 1}]`, en: `tables.${s.table}[${line - 1}]` }
      : { zh: `第${line}行`, en: `line ${line}` };
  const problem = (w: { zh: string; en: string }, zh: string, en: string) =>
    problems.push({
      where: w.en,
      zh: `${opts.file} ${w.zh}：${zh}`,
      en: `${opts.file} ${w.en}: ${en}`,
    });

  for (const s of sections) {
    const def = findTable(opts.set, s.table);
    const head = opts.json
      ? { zh: `tables.${s.table}`, en: `tables.${s.table}` }
      : where(s, s.line);
    if (!def) {
      problem(head, `未知的表“${s.table}”`, `unknown table "${s.table}"`);
      continue;
    }
    const heads = s.header.map(normalizeName);
    const codeAt = heads.findIndex((h) => CODE_HEADS.includes(h));
    const nameAt = heads.findIndex((h) => NAME_HEADS.includes(h));
    const seen = new Set<string>();
    for (const r of s.rows) {
      const w = where(s, r.line);
      const code = codeAt >= 0 ? (r.cells[codeAt] ?? "").replace(/\s/g, "") : "";
      const name = nameAt >= 0 ? (r.cells[nameAt] ?? "") : "";
      const located = locate(def, code, name);
      if ("zh" in located) {
        problem(w, located.zh, located.en);
        continue;
      }
      if (seen.has(located.row)) {
        problem(
          w,
          `${def.number}的行“${code || name}”重复`,
          `row "${code || name}" of ${def.number} appears twice`,
        );
        continue;
      }
      seen.add(located.row);
      if (/^\d+$/.test(located.row)) {
        const rows = data.rows.get(def.id) ?? new Set<string>();
        rows.add(located.row);
        data.rows.set(def.id, rows);
      }
      s.header.forEach((h, i) => {
        if (i === codeAt || i === nameAt) return;
        const text = (r.cells[i] ?? "").trim();
        const col = matchColumn(located.columns, h);
        if (!col) {
          // A printed table shows what its formulas compute too (a total, a figure another
          // table determines): only a data file's figure in such a cell is a mistake.
          if (text !== "" && !opts.printed)
            problem(
              w,
              `列“${h}”不是这一行的金额列`,
              `column "${h}" is not an amount column of this row`,
            );
          return;
        }
        if (text === "") return;
        const f = tryParseFigure(text);
        if (!f || (f.unit !== null && f.unit !== "万元")) {
          problem(
            w,
            `“${h}”不是金额（万元）：“${text}”`,
            `"${h}" is not an amount in 万元: "${text}"`,
          );
          return;
        }
        if (!fitsExcel(f.value)) {
          problem(
            w,
            `“${h}”超出 Excel 的 ${EXCEL_SIGNIFICANT_DIGITS} 位有效数字，无法如实写入：“${clip(text)}”`,
            `"${h}" has more than the ${EXCEL_SIGNIFICANT_DIGITS} significant digits Excel keeps; it cannot be written as given: "${clip(text)}"`,
          );
          return;
        }
        data.values.set(cellKey(def.id, located.row, col.key), {
          value: f.value,
          ...(opts.printed ? { decimals: f.decimals } : {}),
          source: { kind: "data", file: opts.file, line: r.line },
        });
      });
    }
  }
  return { data, problems };

  function locate(def: TableDef, code: string, name: string): Located | Problem {
    if (code && !isCode(code))
      return err(`科目编码“${code}”应为3、5或7位数字`, `code "${code}" must have 3, 5 or 7 digits`);
    const mismatch = (known: string) =>
      err(
        `科目名称与科目表不符：${code} 应为“${known}”，文件中为“${name}”`,
        `name disagrees with the catalogue: ${code} is "${known}", the file says "${name}"`,
      );
    switch (def.kind) {
      case "coded": {
        if (!code) {
          return sameName(name, "合计") || name === ""
            ? { row: TOTAL_ROW, columns: def.columns }
            : err(`缺少科目编码（“${name}”）`, `the code is missing ("${name}")`);
        }
        const known = opts.catalogue.name("functional", code);
        if (!known) {
          return err(
            `未知科目编码 ${code}：不在功能分类科目表中（可在科目表扩展文件中添加）`,
            `unknown code ${code}: not in the functional classification (add it in a catalogue extension)`,
          );
        }
        if (name && !sameName(name, known)) return mismatch(known);
        return { row: code, columns: def.columns };
      }
      case "twoSided": {
        if (code) {
          const kind = def.left.codeColumn ? "economic" : "functional";
          const known = opts.catalogue.name(kind, code);
          if (!known) {
            return err(
              `未知科目编码 ${code}：不在${kind === "economic" ? "经济" : "功能"}分类科目表中`,
              `unknown code ${code}: not in the ${kind} classification`,
            );
          }
          if (name && !sameName(name, known)) return mismatch(known);
        }
        return locateTwoSided(def, opts.set, opts.catalogue, code, name);
      }
      case "periodGrid": {
        const p = def.periods.find((x) => sameName(x.label, name) || x.key === name);
        if (!p) {
          return err(
            `${def.number}的行应为${def.periods.map((x) => `“${x.label}”`).join("或")}，文件中为“${name}”`,
            `rows of ${def.number} are ${def.periods.map((x) => `"${x.label}"`).join(" or ")}, not "${name}"`,
          );
        }
        const columns = def.items.map((i) =>
          i.group && i.label === "小计" ? { ...i, label: i.group } : i,
        );
        return { row: p.key, columns: [...columns, ...def.items] };
      }
      case "performance": {
        const row = def.money.rows.find((x) => sameName(x.label, name) || x.key === name);
        if (!row) {
          return err(
            `${def.number}的行应为“预算数”或“执行数”，文件中为“${name}”`,
            `rows of ${def.number} are "预算数" or "执行数", not "${name}"`,
          );
        }
        return { row: row.key, columns: def.money.columns };
      }
      case "matters": {
        const columns = MATTERS_COLUMNS;
        if (code) {
          if (def.itemBudgets && /^\d{7}$/.test(code)) return { row: code, columns };
          return err(
            `${def.number}只列项级（7位）科目的年初预算，文件中为“${code}”`,
            `${def.number} lists budgets of 7-digit items only, not "${code}"`,
          );
        }
        if (def.itemBudgets && (sameName(name, "合计") || name === "itemsTotal"))
          return { row: "itemsTotal", columns };
        const row = def.groups
          .flatMap((g) => g.rows)
          .find((x) => sameName(x.label, name) || x.key === name);
        if (!row)
          return err(`${def.number}没有“${name}”这一行`, `${def.number} has no row "${name}"`);
        return { row: row.key, columns };
      }
    }
  }
}
