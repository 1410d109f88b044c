import { normalizeDigits } from "../numbers";
import { STANDARD_TITLES, type StandardTitle } from "./standard-titles";
import { trimEndOf } from "./trim-end";

/** Spaces, quotes and brackets vary between writers; the words of a title do not. */
function comparable(title: string): string {
  const unified = normalizeDigits(title)
    .replace(/[\s“”"'‘’「」『』《》〈〉]/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")");
  return trimEndOf(unified, "。．.：:；;，,、").replace(/说明$/, "");
}

const MATCHERS: ReadonlyArray<{ re: RegExp; entry: StandardTitle }> = STANDARD_TITLES.map(
  (entry) => {
    const source = comparable(entry.title)
      .split("{year}")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[0-9]{4}");
    return { re: new RegExp(`^${source}$`), entry };
  },
);

/** Titles are short; longer lines are prose and not worth comparing. */
const MAX_TITLE = 40;
/** Nor can a line shorter than every title be one (comparing only removes characters). */
const MIN_TITLE = Math.min(
  ...STANDARD_TITLES.map((t) => comparable(t.title.replace("{year}", "0000")).length),
);

/** The standard title this text is, if any. */
export function matchStandardTitle(title: string): StandardTitle | null {
  if (title.length > MAX_TITLE || title.length < MIN_TITLE) return null;
  const c = comparable(title);
  if (c === "") return null;
  for (const { re, entry } of MATCHERS) if (re.test(c)) return entry;
  return null;
}
