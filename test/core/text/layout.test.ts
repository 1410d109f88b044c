import fc from "fast-check";
import { PARAGRAPH_END, endsParagraph } from "../../../src/core/text/layout";

describe("endsParagraph", () => {
  it("says what PARAGRAPH_END says, without slicing the line", () => {
    const piece = fc.constantFrom(...'。！？；：:;!?…"”’」』）)文字a1 ，,');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (chars) => {
        const line = chars.join("");
        const padded = `前${line}后`;
        expect(endsParagraph(padded, 1, 1 + line.length)).toBe(PARAGRAPH_END.test(line));
      }),
      { numRuns: 3000 },
    );
    expect(endsParagraph("说明如下：”", 0, 6)).toBe(true);
    expect(endsParagraph("一、收入", 0, 4)).toBe(false);
  });
});
