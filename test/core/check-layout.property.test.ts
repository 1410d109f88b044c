import fc from "fast-check";
import { check } from "../../src/core/check";
import { checkOptionsFor, draftNarrative, renderDraft } from "../../src/core/draft";
import type { Finding } from "../../src/core/findings";
import { randomTables } from "./draft/random-tables";

/**
 * Layout never changes a verdict. A narrative drafted from random consistent tables (and
 * the same with one share planted wrong) is rewritten as real texts arrive — hard line
 * breaks every N characters (mid-figure too), stray spaces, half-width punctuation,
 * thousands separators, letter-spaced paragraphs, in any mix — and must give the same
 * findings as the clean text, each on the same figure of the rewritten text.
 */

interface Rewrites {
  wrap: number | null;
  spaces: number[];
  halfWidth: boolean;
  thousands: boolean;
  letterSpaced: number[];
}

const rewrites: fc.Arbitrary<Rewrites> = fc.record({
  wrap: fc.option(fc.integer({ min: 14, max: 60 }), { nil: null }),
  spaces: fc.array(fc.nat(), { maxLength: 25 }),
  halfWidth: fc.boolean(),
  thousands: fc.boolean(),
  letterSpaced: fc.array(fc.nat(), { maxLength: 3 }),
});

const isAsciiAlnum = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

function rewrite(text: string, r: Rewrites): string {
  let out = text;
  if (r.thousands) {
    out = out.replace(/\d{4,}(?=(?:\.\d+)?(?:万元|元))/g, (n) =>
      n.replace(/\B(?=(\d{3})+(?!\d))/g, ","),
    );
  }
  if (r.halfWidth) {
    // Not a comma between two digits: that would be a thousands separator, another text.
    out = out
      .replace(/(?<!\d)，|，(?!\d)/g, ",")
      .replace(/：/g, ":")
      .replace(/；/g, ";")
      .replace(/（/g, "(")
      .replace(/）/g, ")");
  }
  let lines = out.split("\n");
  if (r.letterSpaced.length > 0) {
    const chosen = new Set(r.letterSpaced.map((k) => k % lines.length));
    lines = lines.map((l, i) => (chosen.has(i) ? [...l].join(" ") : l));
  }
  if (r.spaces.length > 0) {
    lines = lines.map((l, i) => {
      const at = new Set(
        r.spaces.filter((k) => k % lines.length === i).map((k) => k % (l.length + 1)),
      );
      let s = "";
      for (let k = 0; k <= l.length; k++) {
        // Never between two ASCII letters or digits: “14 14.49” would be two figures.
        if (at.has(k) && !(isAsciiAlnum(l[k - 1]) && isAsciiAlnum(l[k]))) s += " ";
        if (k < l.length) s += l[k];
      }
      return s;
    });
  }
  if (r.wrap !== null) {
    const n = r.wrap;
    lines = lines.flatMap((l) => {
      const parts: string[] = [];
      for (let k = 0; k < l.length; k += n) parts.push(l.slice(k, k + n));
      return parts.length > 0 ? parts : [l];
    });
  }
  return lines.join("\n");
}

/** Text with the layout taken out: what must not differ between the two readings. */
const plain = (s: string) =>
  s
    .replace(/\s+/g, "")
    .replace(/(\d),(?=\d{3})/g, "$1")
    .replace(/,/g, "，")
    .replace(/:/g, "：")
    .replace(/;/g, "；")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");

const essence = (f: Finding, text: string) => {
  const under = f.span ? text.slice(f.span.start, f.span.end) : "";
  return [f.rule, f.severity, plain(f.expected ?? ""), plain(under), plain(f.message)].join(" | ");
};

function draftOf(facts: Parameters<typeof draftNarrative>[0], year: number) {
  const draft = draftNarrative(facts, { reportYear: year, unit: "万元" });
  return { draft, text: renderDraft(draft, facts).text };
}

/** One share planted wrong (9 points off), or the draft as it is. */
function plant(text: string, defect: boolean): string {
  if (!defect) return text;
  return text.replace(
    /占(\d+)(\.\d+)?%/,
    (_m, int: string, dec = "") => `占${Number(int) + 9}${dec}%`,
  );
}

describe("check() reads through layout (property)", () => {
  it("gives the same findings, on the same figures, however the text is laid out", () => {
    fc.assert(
      fc.property(randomTables, fc.boolean(), rewrites, ({ facts, year }, defect, r) => {
        const { draft, text: drafted } = draftOf(facts, year);
        const clean = plant(drafted, defect);
        const options = checkOptionsFor(draft.options);
        const before = check(clean, options).findings.map((f) => essence(f, clean));
        const laidOut = rewrite(clean, r);
        const after = check(laidOut, options).findings.map((f) => essence(f, laidOut));
        expect(after).toEqual(before);
        if (defect) expect(before.some((e) => e.startsWith("share | error"))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
