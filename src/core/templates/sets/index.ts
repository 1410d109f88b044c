import type { TableDef, TableId, TemplateSet, TemplateSetOverlay } from "../types";
import { NATIONAL_2020 } from "./national-2020";
import national2021 from "./national-2021.json";

/**
 * Applies an overlay to its base set. Only data changes are possible (titles, numbers,
 * sheet names, order, identities), which is the point: a new year's renaming must not
 * need code.
 */
export function applyOverlay(base: TemplateSet, overlay: TemplateSetOverlay): TemplateSet {
  if (overlay.base !== base.id) {
    throw new Error(`overlay ${overlay.id} is based on ${overlay.base}, not ${base.id}`);
  }
  const changed: TableDef[] = base.tables.map(
    (t) => ({ ...t, ...(overlay.tables?.[t.id] ?? {}) }) as TableDef,
  );
  const order = overlay.order ?? [];
  const rank = (id: TableId) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const tables = changed
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t.id) - rank(b.t.id) || a.i - b.i)
    .map(({ t }) => t);
  const dropped = new Set(overlay.dropIdentities ?? []);
  return {
    id: overlay.id,
    year: overlay.year,
    name: overlay.name,
    classRows: overlay.classRows ?? base.classRows,
    tables,
    identities: [
      ...base.identities.filter((x) => !dropped.has(x.id)),
      ...(overlay.addIdentities ?? []),
    ],
    links: base.links,
    charts: base.charts,
  };
}

const NATIONAL_2021 = applyOverlay(NATIONAL_2020, national2021 as TemplateSetOverlay);

/** Shipped sets, newest last. */
export const TEMPLATE_SETS: readonly TemplateSet[] = [NATIONAL_2020, NATIONAL_2021];

/** The report year assumed when neither the user nor the text names one. */
export const DEFAULT_YEAR = 2020;

/** The set for a report year: the newest shipped set not newer than the year (2020 default). */
export function templateSetFor(year = DEFAULT_YEAR): TemplateSet {
  const eligible = TEMPLATE_SETS.filter((s) => s.year <= year);
  return eligible.length ? eligible[eligible.length - 1] : TEMPLATE_SETS[0];
}

export function tableById(set: TemplateSet, id: TableId): TableDef {
  const t = set.tables.find((x) => x.id === id);
  if (!t) throw new Error(`table ${id} not in set ${set.id}`);
  return t;
}

export { NATIONAL_2020, NATIONAL_2021 };
