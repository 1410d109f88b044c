import catalogue2020 from "./2020.json";

/** One classification subject (科目): 功能分类 201 / 20113 / 2011301, 经济分类 301 / 30101. */
export interface CatalogueEntry {
  code: string;
  name: string;
  /** Provenance tag as in docs/domain.md: [S] seen, [T] third-party only, [?] unverified. */
  note?: string;
}

/** The shape of a catalogue data file (src/core/templates/catalogue/<year>.json or a user's extension). */
export interface CatalogueFile {
  year?: number;
  note?: string;
  functional?: CatalogueEntry[];
  economic?: CatalogueEntry[];
}

export type Classification = "functional" | "economic";

/** 类 / 款 / 项 by code length (3 / 5 / 7 digits); 经济分类 has 类 (3) and 款 (5) only. */
export type CodeLevel = 1 | 2 | 3;

const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;

export function isCode(code: string): boolean {
  return CODE_RE.test(code);
}

export function levelOf(code: string): CodeLevel {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
}

/** 2011301 → 20113 → 201 → null. */
export function parentOf(code: string): string | null {
  return code.length > 3 ? code.slice(0, code.length - 2) : null;
}

/** The code and all its ancestors, outermost first: 2011301 → [201, 20113, 2011301]. */
export function lineage(code: string): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c !== null; c = parentOf(c)) out.unshift(c);
  return out;
}

/** The classification catalogue of one year, after user extensions were merged over it. */
export class Catalogue {
  private readonly byKind: Record<Classification, Map<string, CatalogueEntry>>;

  constructor(readonly file: CatalogueFile) {
    this.byKind = {
      functional: new Map((file.functional ?? []).map((e) => [e.code, e])),
      economic: new Map((file.economic ?? []).map((e) => [e.code, e])),
    };
  }

  get(kind: Classification, code: string): CatalogueEntry | undefined {
    return this.byKind[kind].get(code);
  }

  name(kind: Classification, code: string): string | undefined {
    return this.get(kind, code)?.name;
  }

  entries(kind: Classification): CatalogueEntry[] {
    return [...this.byKind[kind].values()];
  }

  /** A new catalogue with `extension` merged over this one (see mergeCatalogueFiles). */
  extend(extension: CatalogueFile): Catalogue {
    return new Catalogue(mergeCatalogueFiles(this.file, extension));
  }
}

/**
 * Merges a user's file over a base one: an entry with the same code replaces the base
 * entry (to correct a name), a new code is added. Nothing is ever removed, so a user's
 * file can stay small (“just the codes we use that the shipped list lacks”).
 */
export function mergeCatalogueFiles(base: CatalogueFile, extension: CatalogueFile): CatalogueFile {
  const merge = (a: CatalogueEntry[] = [], b: CatalogueEntry[] = []): CatalogueEntry[] => {
    const map = new Map(a.map((e) => [e.code, e]));
    for (const e of b) map.set(e.code, { ...map.get(e.code), ...e });
    return [...map.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  };
  return {
    year: extension.year ?? base.year,
    note: base.note,
    functional: merge(base.functional, extension.functional),
    economic: merge(base.economic, extension.economic),
  };
}

export interface CatalogueProblem {
  zh: string;
  en: string;
}

/** Checks a catalogue file read from JSON (a user's extension): codes well formed, names given. */
export function validateCatalogueFile(x: unknown): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  if (typeof x !== "object" || x === null || Array.isArray(x)) {
    return [{ zh: "科目表文件应为 JSON 对象", en: "A catalogue file must be a JSON object" }];
  }
  const file = x as Record<string, unknown>;
  for (const kind of ["functional", "economic"] as const) {
    const list = file[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ zh: `“${kind}”应为数组`, en: `"${kind}" must be an array` });
      continue;
    }
    list.forEach((e: unknown, i) => {
      const entry = e as Partial<CatalogueEntry> | null;
      if (!entry || typeof entry.code !== "string" || !isCode(entry.code)) {
        problems.push({
          zh: `${kind} 第${i + 1}项：科目编码应为3、5或7位数字`,
          en: `${kind} entry ${i + 1}: the code must have 3, 5 or 7 digits`,
        });
      } else if (typeof entry.name !== "string" || entry.name.trim() === "") {
        problems.push({
          zh: `${kind} 第${i + 1}项（${entry.code}）：缺少科目名称`,
          en: `${kind} entry ${i + 1} (${entry.code}): the name is missing`,
        });
      }
    });
  }
  return problems;
}

const SHIPPED: Record<number, CatalogueFile> = { 2020: catalogue2020 };

/**
 * The shipped catalogue for a report year: the nearest shipped year at or before it
 * (科目 change little from year to year; a user extension corrects what did change).
 */
export function catalogueFor(year = 2020, extension?: CatalogueFile): Catalogue {
  const years = Object.keys(SHIPPED)
    .map(Number)
    .sort((a, b) => a - b);
  const pick = years.filter((y) => y <= year).pop() ?? years[0];
  const base = new Catalogue(SHIPPED[pick]);
  return extension ? base.extend(extension) : base;
}
