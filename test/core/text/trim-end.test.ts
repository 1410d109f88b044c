import fc from "fast-check";
import { TRAILING_FILLER } from "../../../src/core/claims/counted";
import { TRAILING_WORDS } from "../../../src/core/metrics/labels";
import { stripTrailingWords, trimEndOf } from "../../../src/core/text/trim-end";

/**
 * The loops replace /[…]+$/ and /(?:w1|w2…)+$/ (quadratic on long runs). They must remove
 * exactly what those patterns removed, for the word lists the engine uses.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function textOver(pieces: readonly string[]) {
  return fc
    .array(fc.constantFrom(...pieces, "x", "计", "算", "到", " "), { maxLength: 12 })
    .map((a) => a.join(""));
}

describe("stripTrailingWords", () => {
  for (const [name, words] of [
    ["counted.ts filler", TRAILING_FILLER],
    ["labels.ts words", TRAILING_WORDS],
  ] as const) {
    test(`removes what /(?:…)+$/ removed: ${name}`, () => {
      const re = new RegExp(`(?:${words.map(escape).join("|")})+$`);
      fc.assert(
        fc.property(textOver(words), (s) => {
          expect(stripTrailingWords(s, words)).toBe(s.replace(re, ""));
        }),
        { numRuns: 2000 },
      );
    });
  }

  test("longest word first: 合计 goes whole, not just 计", () => {
    expect(stripTrailingWords("收入合计", TRAILING_FILLER)).toBe("收入");
    expect(stripTrailingWords("共合计为", TRAILING_FILLER)).toBe("");
    expect(stripTrailingWords("预算数", ["预算数", "数"])).toBe("");
  });
});

describe("trimEndOf", () => {
  test("removes the trailing run of the characters, and only that", () => {
    expect(trimEndOf("增加 \u3000 ", " \u3000")).toBe("增加");
    expect(trimEndOf(" a b ", " ")).toBe(" a b");
    expect(trimEndOf("", " ")).toBe("");
    expect(trimEndOf("   ", " ")).toBe("");
  });

  test("a test of one character works like a class: /[\\s（(]+$/", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", " ", "\u3000", "\t", "（", "(", "）", "\u00a0"), {
          maxLength: 10,
        }),
        (chars) => {
          const s = chars.join("");
          expect(trimEndOf(s, (ch) => /[\s（(]/.test(ch))).toBe(s.replace(/[\s（(]+$/, ""));
        },
      ),
    );
  });
});
