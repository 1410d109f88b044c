import type { Span } from "../span";
import { trimmedEnd, trimmedStart } from "./lines";
import type { Sentence } from "./types";

/**
 * Sentence ends: 。！？； and their ASCII twins ? ! ; (documents converted from Word mix
 * both). The ASCII full stop is not one: it is the decimal point.
 */
const TERMINATORS = new Set(["。", "！", "？", "；", "?", "!", ";"]);
/** Closing marks that belong to the sentence they follow: “……。” keeps its ”. */
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "】", "》", "〉", '"', "'"]);
// By char code too, in a table indexed by code unit: the split looks at every character
// of the text, and a Set lookup per character was most of its time.
const TERMINATOR = 1;
const CLOSER = 2;
const CODE_KIND = new Uint8Array(0x10000);
for (const c of CLOSERS) CODE_KIND[c.charCodeAt(0)] = CLOSER;
for (const c of TERMINATORS) CODE_KIND[c.charCodeAt(0)] = TERMINATOR;

export function isTerminator(ch: string): boolean {
  return TERMINATORS.has(ch);
}

/**
 * A paragraph's sentences as the model keeps them: null for none, the span of the only
 * one, or the list when there are several. Most paragraphs have one sentence, and keeping
 * it as an object in an array cost two objects per paragraph that lived as long as the
 * document (1 MB of short lines: a million objects).
 */
export type SentenceSpans = Span | readonly Sentence[] | null;

/** The Sentence objects of a kept form: made on request for a lone sentence, so they die young. */
export function sentencesOf(kept: SentenceSpans): readonly Sentence[] {
  if (kept === null) return NONE;
  return isSpanList(kept) ? kept : [{ span: kept }];
}

const NONE: readonly Sentence[] = Object.freeze([]);

function isSpanList(kept: Span | readonly Sentence[]): kept is readonly Sentence[] {
  return Array.isArray(kept);
}

/**
 * The sentences of [start, end), each trimmed of spaces, in the kept form; text after the
 * last end is one more. A sentence that is all of `whole` (a paragraph of one sentence) is
 * that very span object: spans are never changed in place.
 */
export function readSentences(
  text: string,
  start: number,
  end: number,
  whole?: Span,
): SentenceSpans {
  // Made only when a sentence ends before the last one: most paragraphs have one sentence.
  let sentences: Sentence[] | null = null;
  let from = start;
  let i = start;
  while (i < end) {
    if (CODE_KIND[text.charCodeAt(i)] !== TERMINATOR) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && CODE_KIND[text.charCodeAt(j)] !== 0) j++;
    const span = sentenceSpan(text, from, j, whole);
    if (span) (sentences ??= []).push({ span });
    from = j;
    i = j;
  }
  const last = sentenceSpan(text, from, end, whole);
  if (sentences === null) return last;
  if (last) sentences.push({ span: last });
  if (sentences.length === 1) return sentences[0].span;
  // An array pushed to keeps room for 17 elements, and the document keeps it: exact size.
  return sentences.slice();
}

/**
 * [start, end) trimmed as a sentence, or null when only spaces; `whole` itself when it is
 * all of it.
 */
function sentenceSpan(
  text: string,
  start: number,
  end: number,
  whole: Span | undefined,
): Span | null {
  const s = trimmedStart(text, start, end);
  const e = trimmedEnd(text, s, end);
  if (s === e) return null;
  return whole !== undefined && s === whole.start && e === whole.end ? whole : { start: s, end: e };
}
