export { groupByCause, type Grouped } from "./group";
export { causeNote } from "./note";
export { FIGURE_RELATION_RULES } from "./verify";
export type { CauseFigure, CauseGroup, FindingCause } from "./types";
