import { lineage, type Catalogue } from "../templates/catalogue";

/** A name as the narrative writes it, and whether the catalogue knew it. */
export interface LineName {
  text: string;
  known: boolean;
}

/** “一般公共服务支出” → “一般公共服务”: a class is written “一般公共服务（类）支出”. */
function classBase(name: string): string {
  return name.endsWith("支出") && name.length > 2 ? name.slice(0, -2) : name;
}

function functionalName(catalogue: Catalogue, code: string): LineName {
  const name = catalogue.name("functional", code);
  return name ? { text: name, known: true } : { text: `科目${code}`, known: false };
}

/** 五（二）: “一般公共服务（类）支出”, “资源勘探工业信息等（类）支出”. */
export function classLabel(catalogue: Catalogue, code: string): LineName {
  const n = functionalName(catalogue, code);
  const base = classBase(n.text);
  return { text: base === n.text ? `${base}（类）` : `${base}（类）支出`, known: n.known };
}

/** 五（三）: “一般公共服务（类）商贸事务（款）行政运行（项）”. */
export function itemLabel(catalogue: Catalogue, code: string): LineName {
  const levels = ["类", "款", "项"];
  const names = lineage(code).map((c) => functionalName(catalogue, c));
  const text = names
    .map((n, i) => `${i === 0 ? classBase(n.text) : n.text}（${levels[i]}）`)
    .join("");
  return { text, known: names.every((n) => n.known) };
}

/** 经济分类 款 names (“基本工资”), for 六's “主要包括：……”. */
export function economicName(catalogue: Catalogue, code: string): LineName {
  const name = catalogue.name("economic", code);
  return name ? { text: name, known: true } : { text: `科目${code}`, known: false };
}
