/**
 * Trailing runs removed by a loop from the end. A pattern such as /[ \u3000]+$/ or
 * /(?:为|达)+$/ is tried from every character of a long run and scans the run to its end
 * each time (quadratic); walking back from the end is linear.
 */

/** The text without its trailing run of `chars` (one UTF-16 unit each, or a test of one). */
export function trimEndOf(text: string, chars: string | ((ch: string) => boolean)): string {
  // Two loops rather than a closure made per call: labels are trimmed once per figure, and
  // the runner's keepNames helper (tsx) costs a property definition for each closure made.
  let end = text.length;
  if (typeof chars === "string") while (end > 0 && chars.includes(text[end - 1])) end--;
  else while (end > 0 && chars(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * The text without trailing words of the list, repeatedly: what
 * `text.replace(/(?:w1|w2|…)+$/, "")` removes, longest word tried first at each step.
 */
export function stripTrailingWords(text: string, words: readonly string[]): string {
  const longestFirst = sortedLongestFirst(words);
  let end = text.length;
  for (;;) {
    const word = wordEndingAt(text, end, longestFirst);
    if (!word) return text.slice(0, end);
    end -= word.length;
  }
}

/** The first of `words` that text[0, end) ends with (a loop: no closure per step). */
function wordEndingAt(text: string, end: number, words: readonly string[]): string | undefined {
  for (const w of words) {
    if (w.length > 0 && w.length <= end && text.startsWith(w, end - w.length)) return w;
  }
  return undefined;
}

const SORTED = new WeakMap<readonly string[], readonly string[]>();

/** The word lists are constants: sorted once each, not on every call. */
function sortedLongestFirst(words: readonly string[]): readonly string[] {
  let sorted = SORTED.get(words);
  if (!sorted) SORTED.set(words, (sorted = [...words].sort((a, b) => b.length - a.length)));
  return sorted;
}
