import type { Span } from "../span";
import { isSpace } from "./lines";
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
 * The sentences of [start, end), each trimmed of spaces; text after the last end is one more.
 * A sentence that is all of `whole` (a paragraph of one sentence) gets that very span
 * object: spans are never changed in place, and half a million one-line paragraphs then
 * cost one span each, not two.
 */
export function splitSentences(text: string, start: number, end: number, whole?: Span): Sentence[] {
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
    const sentence = sentenceOf(text, from, j, whole);
    if (sentence) (sentences ??= []).push(sentence);
    from = j;
    i = j;
  }
  const last = sentenceOf(text, from, end, whole);
  // An array pushed to keeps room for 17 elements, and the document keeps one per
  // paragraph: it gets an array of exact size (1 MB of short lines: some 60 MB less).
  if (sentences === null) return last ? [last] : [];
  if (last) sentences.push(last);
  return sentences.slice();
}

/**
 * [start, end) trimmed as a sentence, or null when only spaces. Not a closure of
 * splitSentences: it runs once per paragraph, and the runner's keepNames helper (tsx)
 * costs a property definition for each closure made.
 */
function sentenceOf(
  text: string,
  start: number,
  end: number,
  whole: Span | undefined,
): Sentence | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s === e) return null;
  const same = whole !== undefined && s === whole.start && e === whole.end;
  return { span: same ? whole : { start: s, end: e } };
}
