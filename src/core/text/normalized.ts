import { normalizeDigits } from "../numbers";
import type { Span } from "../span";
import type { NarrativeDocument } from "./types";

const cache = new WeakMap<NarrativeDocument, string>();

/**
 * The document's text with full-width digits and signs as ASCII, computed once per
 * document: normalizeDigits maps one UTF-16 unit to one, so a slice of this is the
 * normalised slice, offsets unchanged — the rules that read paragraph by paragraph no
 * longer normalise each one again.
 */
export function normalizedText(doc: NarrativeDocument): string {
  let text = cache.get(doc);
  if (text === undefined) {
    text = normalizeDigits(doc.text);
    cache.set(doc, text);
  }
  return text;
}

/** normalizeDigits(doc.text.slice(span)) without normalising again. */
export function normalizedSlice(doc: NarrativeDocument, span: Span): string {
  return normalizedText(doc).slice(span.start, span.end);
}
