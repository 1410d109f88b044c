import {
  lineColumnFinder,
  lineTable,
  splitLines,
  trimSpan,
  trimmedEnd,
  trimmedStart,
} from "../../../src/core/text/lines";

/** The lines of a table as [start, end, next] triples. */
const triples = (text: string) => {
  const t = lineTable(text);
  return Array.from({ length: t.count }, (_, i) => [t.start[i], t.end[i], t.next[i]]);
};

describe("lineTable", () => {
  it("splits at LF, CRLF and a lone CR alike", () => {
    expect(triples("甲\n乙\r\n丙\r丁")).toEqual([
      [0, 1, 2],
      [2, 3, 5],
      [5, 6, 7],
      [7, 8, 8],
    ]);
  });

  it("has one empty line for an empty text, and one after a final line break", () => {
    expect(triples("")).toEqual([[0, 0, 0]]);
    expect(triples("a\n")).toEqual([
      [0, 1, 2],
      [2, 2, 2],
    ]);
    expect(triples("\r\n\r\n")).toHaveLength(3);
  });

  it("gives the same lines as splitLines' objects", () => {
    const text = "一\r\n\r二\n\n三";
    expect(splitLines(text).map((l) => [l.start, l.end, l.next])).toEqual(triples(text));
    expect(splitLines(text).map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("finds lines and columns from its starts", () => {
    const text = "ab\r\ncd\ne";
    const at = lineColumnFinder(lineTable(text).start, text.length);
    expect(at(text.indexOf("d"))).toEqual({ line: 2, column: 2 });
    expect(at(text.length)).toEqual({ line: 3, column: 2 });
  });
});

describe("trimming", () => {
  it("skips spaces of every width at both ends, and finds nothing in spaces only", () => {
    const text = "\u3000\t 收入 \u00a0\ufeff";
    const start = trimmedStart(text, 0, text.length);
    expect(text.slice(start, trimmedEnd(text, start, text.length))).toBe("收入");
    expect(trimSpan(text, 0, text.length)).toEqual({ start: 3, end: 5 });
    expect(trimmedStart(" \u3000 ", 0, 3)).toBe(3);
    expect(trimSpan(" \u3000 ", 0, 3)).toBeNull();
  });
});
