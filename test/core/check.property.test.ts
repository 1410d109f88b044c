import fc from "fast-check";
import { check } from "../../src/core/check";

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
