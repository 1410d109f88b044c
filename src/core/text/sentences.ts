import type { Span } from "../span";
import { trimSpan } from "./lines";
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

/** The sentences of [start, end), each trimmed of spaces; text after the last end is one more. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (s: number, e: number) => {
    const span: Span | null = trimSpan(text, s, e);
    if (span) sentences.push({ span });
  };
  let from = start;
  let i = start;
  while (i < end) {
    if (CODE_KIND[text.charCodeAt(i)] !== TERMINATOR) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && CODE_KIND[text.charCodeAt(j)] !== 0) j++;
    push(from, j);
    from = j;
    i = j;
  }
  push(from, end);
  return sentences;
}
