import type { MetricScope } from "../metrics";
import { scopesOfTitles } from "../metrics";
import { detectUnitNames } from "../text/unit-name";
import type { NarrativeDocument } from "../text/types";
import type { CompiledPhrases } from "./phrases";
import type { ParagraphScan, Token } from "./scan";
import type { Claim } from "./types";

/** What the extractor knows about a claim beyond the contract: where it sits in its paragraph. */
export interface ClaimMeta {
  token?: Token;
  /** Bracket depth, sentence and clause of the claim's figure (−1 outside prose). */
  depth: number;
  sentence: number;
  clause: number;
  section: number;
}

type Unnumbered<T> = T extends Claim ? Omit<T, "id"> : never;

/** The claims found so far, numbered in the order they are added. */
export class ClaimList {
  readonly claims: Claim[] = [];
  readonly meta: ClaimMeta[] = [];
  private readonly ofParagraph = new Map<number, number[]>();

  /**
   * Numbers `claim` in place and keeps it: every reader hands over an object made for the
   * list and keeps none, so a copy of each claim (an object spread over every claim kind's
   * shape, the extractor's costliest line per claim) buys nothing. The id is its last key,
   * as a copy would have it.
   */
  add<T extends Unnumbered<Claim>>(claim: T, meta: ClaimMeta): T & { id: number } {
    const numbered = claim as T & { id: number };
    numbered.id = this.claims.length;
    this.claims.push(numbered as unknown as Claim);
    this.meta.push(meta);
    let ids = this.ofParagraph.get(claim.paragraph);
    if (!ids) this.ofParagraph.set(claim.paragraph, (ids = []));
    ids.push(numbered.id);
    return numbered;
  }

  /** Claim ids of a paragraph, in the order added (text order for prose claims). */
  inParagraph(paragraph: number): readonly number[] {
    return this.ofParagraph.get(paragraph) ?? [];
  }
}

export interface ExtractionContext {
  doc: NarrativeDocument;
  /** The text with full-width digits made ASCII, offset for offset. */
  norm: string;
  reportYear?: number;
  list: ClaimList;
  scans: Map<number, ParagraphScan>;
  /** Enumeration claim id of each part claim id. */
  enumerationOfPart: Map<number, number>;
  /** Share claim id of each amount claim id that has a share (“X万元，占P%”). */
  shareOfPart: Map<number, number>;
  /** Scopes each enumeration's parts are read in (from the total's label). */
  partScopes: Map<number, MetricScope>;
  sectionScopes(section: number): MetricScope[];
  /** The reporting unit's names as the text gives them (a label may open with one). */
  unitNames: readonly string[];
  /** The wording the reader understands (phrases.ts), with the user's additions. */
  phrases: CompiledPhrases;
}

export function createContext(
  doc: NarrativeDocument,
  norm: string,
  reportYear: number | undefined,
  phrases: CompiledPhrases,
): ExtractionContext {
  const cache = new Map<number, MetricScope[]>();
  const titlesOf = (section: number): string[] => {
    const titles: string[] = [];
    for (
      let s: number | null = section;
      s !== null && doc.sections[s];
      s = doc.sections[s].parent
    ) {
      const title = doc.sections[s].heading?.title;
      if (title) titles.unshift(title);
    }
    return titles;
  };
  return {
    doc,
    norm,
    reportYear,
    list: new ClaimList(),
    scans: new Map(),
    enumerationOfPart: new Map(),
    shareOfPart: new Map(),
    partScopes: new Map(),
    unitNames: detectUnitNames(doc),
    phrases,
    sectionScopes(section) {
      let scopes = cache.get(section);
      if (!scopes) cache.set(section, (scopes = scopesOfTitles(titlesOf(section))));
      return scopes;
    },
  };
}
