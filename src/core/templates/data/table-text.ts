/**
 * Rows of a data file, before they are matched to a template: the form the 决算 software
 * exports (科目编码, 科目名称, one column per amount), grouped by table. Line numbers are
 * kept so that every problem can say where it is.
 */
export interface DataSection {
  /** The table as written: “公开05表”, “05”, or its title. */
  table: string;
  line: number;
  header: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

export interface DataProblem {
  /** 1-based line of a CSV file, or the JSON path (“tables.公开05表[3]”). */
  where: string;
  zh: string;
  en: string;
}

/** Splits CSV text (RFC 4180 quotes, comma or tab separated, BOM dropped) into rows of cells. */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) }));
}

const TABLE_MARK = /^(?:表|表号|table)$/i;

/**
 * A CSV data file: sections introduced by a line `表,公开05表`, each followed by its
 * header row and its rows. Blank lines and lines starting with # are skipped.
 */
export function sectionsFromCsv(text: string): {
  sections: DataSection[];
  problems: DataProblem[];
} {
  const sections: DataSection[] = [];
  const problems: DataProblem[] = [];
  let current: DataSection | null = null;
  for (const row of parseCsv(text)) {
    const cells = row.cells;
    if (cells.every((c) => c === "") || cells[0].startsWith("#")) continue;
    if (TABLE_MARK.test(cells[0])) {
      current = { table: cells[1] ?? "", line: row.line, header: [], rows: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      problems.push({
        where: `第${row.line}行`,
        zh: `第${row.line}行：数据前缺少表名行（如“表,公开05表”）`,
        en: `line ${row.line}: data before any table line (such as "表,公开05表")`,
      });
      return { sections, problems };
    }
    if (current.header.length === 0) current.header = cells;
    else current.rows.push(row);
  }
  return { sections, problems };
}

/**
 * A JSON data file: `{ "unit": "…", "tables": { "公开05表": [ {"科目编码": "201", "合计": 346.59}, … ] } }`
 * or with each table as `{ "columns": [...], "rows": [[...], ...] }`.
 */
export function sectionsFromJson(text: string): {
  sections: DataSection[];
  problems: DataProblem[];
  unit?: string;
} {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      sections: [],
      problems: [{ where: "JSON", zh: `不是有效的 JSON：${msg}`, en: `Not valid JSON: ${msg}` }],
    };
  }
  const root = doc as { unit?: unknown; tables?: unknown };
  if (
    typeof root !== "object" ||
    root === null ||
    typeof root.tables !== "object" ||
    root.tables === null
  ) {
    return {
      sections: [],
      problems: [
        { where: "JSON", zh: "JSON 中缺少“tables”对象", en: 'The JSON has no "tables" object' },
      ],
    };
  }
  const sections: DataSection[] = [];
  const problems: DataProblem[] = [];
  for (const [table, body] of Object.entries(root.tables as Record<string, unknown>)) {
    const section: DataSection = { table, line: 0, header: [], rows: [] };
    const where = (i: number) => `tables.${table}[${i}]`;
    if (Array.isArray(body)) {
      const header: string[] = [];
      body.forEach((r) => {
        if (r && typeof r === "object" && !Array.isArray(r))
          for (const k of Object.keys(r)) if (!header.includes(k)) header.push(k);
      });
      section.header = header;
      body.forEach((r, i) => {
        if (!r || typeof r !== "object" || Array.isArray(r)) {
          problems.push({
            where: where(i),
            zh: `${where(i)}：应为对象`,
            en: `${where(i)}: must be an object`,
          });
          return;
        }
        const rec = r as Record<string, unknown>;
        section.rows.push({ line: i + 1, cells: header.map((h) => cellText(rec[h])) });
      });
    } else if (
      body &&
      typeof body === "object" &&
      Array.isArray((body as { columns?: unknown }).columns)
    ) {
      const b = body as { columns: unknown[]; rows?: unknown };
      section.header = b.columns.map(cellText);
      const rows = Array.isArray(b.rows) ? b.rows : [];
      rows.forEach((r, i) => {
        if (!Array.isArray(r)) {
          problems.push({
            where: where(i),
            zh: `${where(i)}：应为数组`,
            en: `${where(i)}: must be an array`,
          });
          return;
        }
        section.rows.push({ line: i + 1, cells: r.map(cellText) });
      });
    } else {
      problems.push({
        where: `tables.${table}`,
        zh: `tables.${table}：应为行的数组，或 {columns, rows}`,
        en: `tables.${table}: must be an array of rows or {columns, rows}`,
      });
      continue;
    }
    sections.push(section);
  }
  return { sections, problems, unit: typeof root.unit === "string" ? root.unit : undefined };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}
