import fc from "fast-check";
import { check } from "../../src/core/check";
import { readSeed } from "../support/seed";

/** Rules must not throw: check() catches nothing, so any exception fails here. */
const piece = fc.constantFrom(
  "第二部分 2020年度部门决算情况说明",
  "一、",
  "四、",
  "（一）",
  "2.",
  "收入支出决算总体情况说明",
  "2020年本年收入合计",
  "3190.21万元",
  "，其中：",
  "一般公共预算财政拨款收入",
  "占45%",
  "占%",
  "增加/减少",
  "0万元",
  "增长/下降",
  "完成预算59%",
  "大于/小于/等于",
  "下设机构0个",
  "行政机构1个",
  "其他机构0个",
  "16批次",
  "具体内容包括：",
  "1050元",
  "2021年区级经费",
  "与2019年相比",
  "XX",
  "。",
  "；",
  "、",
  "\n",
  "\r\n",
  "\t",
  "\uD800",
  "０．５",
);
const structured = fc.array(piece, { maxLength: 60 }).map((a) => a.join(""));
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

describe("check() properties", () => {
  it("never throws and reports spans inside the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(structured, anyUnits),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        (text, year) => {
          const { findings } = check(text, { reportYear: year });
          const bad = findings.filter(
            (f) =>
              f.span &&
              !(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length),
          );
          expect(bad).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** What a finding says, independent of where the text's line ends put it. */
function essence(findings: ReturnType<typeof check>["findings"]): string[] {
  return findings.map((f) => `${f.rule}|${f.severity}|${f.text}|${f.expected ?? ""}|${f.message}`);
}

describe("check() and line endings", () => {
  it("reports the same findings for LF, CRLF and CR text", () => {
    fc.assert(
      fc.property(structured, (raw) => {
        const lf = raw.replace(/\r\n?/g, "\n");
        const expected = essence(check(lf, { reportYear: 2020 }).findings);
        for (const eol of ["\r\n", "\r"]) {
          const other = lf.replace(/\n/g, eol);
          expect(essence(check(other, { reportYear: 2020 }).findings)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reports the same findings on the seed whatever its line ends", () => {
    const lf = readSeed().replace(/\r\n?/g, "\n");
    const crlf = lf.replace(/\n/g, "\r\n");
    const a = check(lf).findings;
    const b = check(crlf).findings;
    expect(a.length).toBeGreaterThan(20);
    expect(essence(b)).toEqual(essence(a));
    // Spans move by the CRs before them, and still cover the same text.
    for (const f of b) expect(crlf.slice(f.span!.start, f.span!.end)).toBe(f.text);
  });
});

describe("check() on a 10^6-character text", () => {
  it("never throws on a million code units of report-like text and noise", () => {
    const seed = readSeed();
    const noise = "\uD800\u0000\u0007XX占%增加/减少\t１２３４．５６万元\r";
    let big = "";
    while (big.length < 1_000_000) big += seed + noise;
    big = big.slice(0, 1_000_000);
    const { findings } = check(big);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      if (f.span) expect(f.span.end).toBeLessThanOrEqual(big.length);
    }
  });
});
