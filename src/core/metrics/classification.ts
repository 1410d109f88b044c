import { catalogueFor, type Catalogue } from "../templates/catalogue";
import { trimEndOf } from "../text/trim-end";
import { normalizeClassName } from "./labels";

/** One level of a line as narratives write it: “商贸事务（款）”. */
export interface ClassPathStep {
  name: string;
  level: "类" | "款" | "项";
}

/** A name runs from the start or the last bracket (never from inside a run: linear). */
const STEP_RE = /(?<![^（()）])([^（()）]+)[（(](类|款|项)[）)]/g;
/** What STEP_RE cannot match without. */
const LEVEL_MARK = /[（(][类款项][）)]/;

/**
 * The 类/款/项 steps of “一般公共服务（类）商贸事务（款）行政运行（项）”; “教育支出（类）” gives
 * one step. Empty when the label carries no level markers.
 */
export function parseClassPath(label: string): ClassPathStep[] {
  const steps: ClassPathStep[] = [];
  // Most labels have no level marker: no iterator and no copy of STEP_RE for them.
  if (!LEVEL_MARK.test(label)) return steps;
  for (const m of label.matchAll(STEP_RE)) {
    steps.push({ name: stepName(m[1]), level: m[2] as ClassPathStep["level"] });
  }
  return steps;
}

/** “ 商贸事务 ” of “，商贸事务 （款）”: without the punctuation before and the spaces after. */
function stepName(run: string): string {
  return trimEndOf(run, (ch) => /\s/.test(ch)).replace(/^[\s:：，,、]+/, "");
}

const LEVEL_LENGTH: Record<ClassPathStep["level"], number> = { 类: 3, 款: 5, 项: 7 };

/**
 * 功能分类 codes by name, read from the templates' catalogue. Names are looked up under
 * their parent (“一般行政管理事务” is 2011302 under 20113 and 2160202 under 21602), and
 * compared without the words narratives drop (支出, 等): “资源勘探工业信息（类）” is 215
 * “资源勘探工业信息等支出”. A name that is not in the catalogue resolves to nothing.
 */
export class ClassificationIndex {
  private readonly children = new Map<string, Map<string, string>>();

  constructor(catalogue: Catalogue) {
    for (const { code } of catalogue.entries("functional")) {
      const parent = code.length === 3 ? "" : code.slice(0, code.length - 2);
      const name = normalizeClassName(catalogue.name("functional", code) ?? "");
      let byName = this.children.get(parent);
      if (!byName) this.children.set(parent, (byName = new Map()));
      // The first code of a name wins: a duplicate name under one parent is ambiguous.
      if (!byName.has(name)) byName.set(name, code);
    }
  }

  /** The class (类) code of a name: “卫生健康支出” → 210. */
  classCode(name: string): string | undefined {
    return this.children.get("")?.get(normalizeClassName(name));
  }

  /**
   * The code of the deepest step, each step looked up under the previous one. Steps must
   * start at 类 and not skip a level; anything else (or an unknown name) is no code.
   */
  codeOfPath(steps: readonly ClassPathStep[]): string | undefined {
    let parent = "";
    for (const step of steps) {
      const code = this.children.get(parent)?.get(normalizeClassName(step.name));
      if (!code || code.length !== LEVEL_LENGTH[step.level]) return undefined;
      parent = code;
    }
    return parent || undefined;
  }
}

let shipped: ClassificationIndex | undefined;

/** The index of the shipped 2020 catalogue, built on first use. */
export function defaultClassification(): ClassificationIndex {
  return (shipped ??= new ClassificationIndex(catalogueFor(2020)));
}
