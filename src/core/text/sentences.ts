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
    if (!TERMINATORS.has(text[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (TERMINATORS.has(text[j]) || CLOSERS.has(text[j]))) j++;
    push(from, j);
    from = j;
    i = j;
  }
  push(from, end);
  return sentences;
}
