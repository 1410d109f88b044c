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

/** Whether a code unit ends a sentence: by code, no one-character string made per character. */
export function isTerminatorCode(code: number): boolean {
  return CODE_KIND[code] === TERMINATOR;
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

/** readSentences() of a range that is one sentence, all of it: the caller knows its span. */
export const ALL = "all";

/**
 * The sentences of [start, end), each trimmed of spaces, in the kept form (or ALL); text
 * after the last end is one more. No object is made for a range of one sentence.
 */
export function readSentences(
  text: string,
  start: number,
  end: number,
): SentenceSpans | typeof ALL {
  // The first sentence as numbers; objects only once a second one is found.
  let firstStart = -1;
  let firstEnd = -1;
  let sentences: Sentence[] | null = null;
  for (let from = start; from < end;) {
    const to = sentenceEnd(text, from, end);
    const s = trimmedStart(text, from, to);
    const e = trimmedEnd(text, s, to);
    from = to;
    if (s === e) continue;
    if (firstStart < 0) {
      firstStart = s;
      firstEnd = e;
      continue;
    }
    sentences ??= [{ span: { start: firstStart, end: firstEnd } }];
    sentences.push({ span: { start: s, end: e } });
  }
  // An array pushed to keeps spare room, and the document keeps it: an exact copy.
  if (sentences !== null) return sentences.slice();
  if (firstStart < 0) return null;
  return firstStart === start && firstEnd === end ? ALL : { start: firstStart, end: firstEnd };
}

/** Where the sentence from `from` ends: after its terminator and the closing marks that follow. */
function sentenceEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (CODE_KIND[text.charCodeAt(i)] !== TERMINATOR) continue;
    let j = i + 1;
    while (j < end && CODE_KIND[text.charCodeAt(j)] !== 0) j++;
    return j;
  }
  return end;
}
