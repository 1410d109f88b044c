import type { Span } from "../span";

/** A figure of the text as given: its span and the exact text under it. */
export interface CauseFigure extends Span {
  text: string;
}

/**
 * What a finding says about its cause when one mistyped figure explains it and others.
 * Set by the grouping pass (src/core/causes); absent on findings that stand alone.
 */
export interface FindingCause {
  /** 1-based number of the group in the check's result; the same on all its findings. */
  group: number;
  /**
   * `primary`: the finding that names the figure (the figure's own finding when there is
   * one); `follows`: a finding that disappears once that figure is corrected.
   */
  role: "primary" | "follows";
  /** The figure that alone explains every finding of the group (its first statement). */
  figure: CauseFigure;
  /**
   * The same figure stated again, alike (same quantity, value and unit): a mistyped figure
   * copied is wrong in every copy, and the group's findings go only when all are corrected.
   */
  others?: CauseFigure[];
  /** How many findings the group has, this one included. */
  size: number;
  /**
   * What the figure should read, when exactly one value (taken from figures that are not
   * in doubt) clears every finding of the group: “1414.49万元”. On the primary only.
   */
  expected?: string;
  /**
   * The rule proposed a fix, withdrawn here because it was computed from the figure in
   * doubt: applying it would add an error instead of removing one.
   */
  fixWithheld?: true;
}

/** One group of findings with one cause, as listed in a check's result. */
export interface CauseGroup {
  /** 1-based, in text order of the groups' primaries. */
  id: number;
  figure: CauseFigure;
  others?: CauseFigure[];
  expected?: string;
  /** Index of the primary finding in the result's findings. */
  primary: number;
  /** Indices of the findings that follow from the figure, in text order. */
  followers: number[];
}
