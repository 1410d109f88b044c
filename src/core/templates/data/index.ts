import type { FillData } from "../fill-data";
import { readDataSections, type ReadDataOptions } from "./read-data";
import { sectionsFromCsv, sectionsFromJson, type DataProblem } from "./table-text";

export type { DataProblem, DataSection } from "./table-text";
export { parseCsv, sectionsFromCsv, sectionsFromJson } from "./table-text";
export { normalizeName, readDataSections } from "./read-data";

/**
 * Reads a data file (CSV or JSON, see docs/templates.md) into template values. Returns
 * the values and every problem found; a caller must not use the values when there are
 * problems (“nothing written”).
 */
export function readDataFile(
  text: string,
  opts: Omit<ReadDataOptions, "json"> & { format: "csv" | "json" },
): { data: FillData; problems: DataProblem[] } {
  const parsed = opts.format === "json" ? sectionsFromJson(text) : sectionsFromCsv(text);
  const { data, problems } = readDataSections(parsed.sections, {
    ...opts,
    json: opts.format === "json",
  });
  data.unit = (parsed as { unit?: string }).unit;
  return { data, problems: [...parsed.problems, ...problems] };
}

/** Prior-year values (上年数): read like current values, then keyed as the cells' prior. */
export function asPrior(data: FillData): FillData {
  return { ...data, values: new Map(), prior: new Map(data.values) };
}
