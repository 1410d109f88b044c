import {
  ERROR,
  FunctionError,
  faAmount,
  faChangeText,
  faGrowth,
  faShare,
} from "../../src/functions/functions";

/** Excel hands functions whatever is in the cell; tests must be able to do the same. */
type AnyArgs = (...args: unknown[]) => unknown;
const share = faShare as AnyArgs;
const growth = faGrowth as AnyArgs;
const changeText = faChangeText as AnyArgs;
const amount = faAmount as AnyArgs;

function thrown(call: () => unknown): FunctionError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    return e as FunctionError;
  }
  throw new Error("expected an Excel error, got a value");
}

describe("FA.SHARE", () => {
  it("is part ÷ total rounded half-up to percent digits (2 by default)", () => {
    expect(faShare(1414.49, 3190.21)).toBe(0.4434);
    expect(faShare(1414.49, 3190.21, 1)).toBe(0.443);
    expect(faShare(1414.49, 3190.21, 0)).toBe(0.44);
    expect(faShare(1, 3, 4)).toBe(0.333333);
  });

  it("rounds in decimal, ties away from zero, like Excel's ROUND", () => {
    // 2.675 / 100 is 0.026749999… in binary floating point; in decimal it is a tie.
    expect(faShare(2.675, 100)).toBe(0.0268);
    expect(faShare(-2.675, 100)).toBe(-0.0268);
  });

  it("takes an omitted or fractional decimals argument the way Excel does", () => {
    expect(share(1414.49, 3190.21, null)).toBe(0.4434);
    expect(share(1414.49, 3190.21, undefined)).toBe(0.4434);
    expect(faShare(1414.49, 3190.21, 1.9)).toBe(0.443);
  });

  it("returns #DIV/0! for a zero total", () => {
    expect(thrown(() => faShare(5, 0)).code).toBe(ERROR.divisionByZero);
    expect(thrown(() => faShare(0, 0)).code).toBe(ERROR.divisionByZero);
  });

  it("returns #VALUE! with a bilingual message for non-numbers", () => {
    const e = thrown(() => share("abc", 10));
    expect(e.code).toBe(ERROR.value);
    expect(e.message).toContain("部分不是数字");
    expect(e.message).toContain("part is not a number");
    expect(thrown(() => share(1, "10")).code).toBe(ERROR.value);
    expect(thrown(() => share(1, Number.NaN)).code).toBe(ERROR.value);
    expect(thrown(() => share(1, Number.POSITIVE_INFINITY)).code).toBe(ERROR.value);
    expect(thrown(() => share(1, 2, "two")).code).toBe(ERROR.value);
  });

  it("returns #NUM! for decimals outside 0–10", () => {
    expect(thrown(() => faShare(1, 2, -1)).code).toBe(ERROR.number);
    expect(thrown(() => faShare(1, 2, 11)).code).toBe(ERROR.number);
    expect(faShare(1, 3, 10)).toBe(0.333333333333);
  });

  it("returns #NUM! when the result does not fit in a cell", () => {
    expect(thrown(() => faShare(1e308, 1e-308)).code).toBe(ERROR.number);
  });
});

describe("FA.GROWTH", () => {
  it("is (current − prior) ÷ prior rounded half-up", () => {
    expect(faGrowth(1518.08, 1000)).toBe(0.5181);
    expect(faGrowth(1518.08, 1000, 0)).toBe(0.52);
    expect(faGrowth(100, 100)).toBe(0);
  });

  it("is negative for a decrease, rounded away from zero", () => {
    expect(faGrowth(40.94, 42.46)).toBe(-0.0358);
    expect(faGrowth(97.325, 100, 1)).toBe(-0.027);
  });

  it("returns #DIV/0! when there is no prior year", () => {
    expect(thrown(() => faGrowth(10, 0)).code).toBe(ERROR.divisionByZero);
  });

  it("returns #VALUE! for non-numbers", () => {
    expect(thrown(() => growth(10, "上年")).message).toContain("上年数不是数字");
    expect(thrown(() => growth(true, 1)).code).toBe(ERROR.value);
  });
});

describe("FA.CHANGETEXT", () => {
  it("words an increase, a decrease and no change", () => {
    expect(faChangeText(1518.08, 1000)).toBe("增加518.08万元，增长51.81%");
    expect(faChangeText(40.94, 42.46)).toBe("减少1.52万元，下降3.58%");
    expect(faChangeText(100, 100)).toBe("与上年持平");
  });

  it("uses the unit and rate decimals asked for", () => {
    expect(faChangeText(1518.08, 1000, "万元", 0)).toBe("增加518.08万元，增长52%");
    expect(faChangeText(3, 2, "亿元", 1)).toBe("增加1.00亿元，增长50.0%");
    expect(faChangeText(3, 2, "元")).toBe("增加1.00元，增长50.00%");
    expect(changeText(1518.08, 1000, null, null)).toBe("增加518.08万元，增长51.81%");
    expect(faChangeText(1518.08, 1000, "")).toBe("增加518.08万元，增长51.81%");
  });

  it("writes only the amount when there is no prior year", () => {
    expect(faChangeText(5, 0)).toBe("增加5.00万元");
  });

  it("returns #VALUE! for a unit it does not know, or non-numbers", () => {
    const e = thrown(() => faChangeText(2, 1, "美元"));
    expect(e.code).toBe(ERROR.value);
    expect(e.message).toContain("美元");
    expect(thrown(() => changeText("x", 1)).code).toBe(ERROR.value);
  });

  it("returns #NUM! for bad decimals", () => {
    expect(thrown(() => faChangeText(2, 1, "万元", -2)).code).toBe(ERROR.number);
  });
});

describe("FA.AMOUNT", () => {
  it("converts an amount text to 万元 by default", () => {
    expect(faAmount("14144926.18元")).toBe(1414.492618);
    expect(faAmount("1414.49万元")).toBe(1414.49);
    expect(faAmount("24亿元")).toBe(240000);
  });

  it("converts to the unit asked, reading full-width digits and separators", () => {
    expect(faAmount("1414.49万元", "元")).toBe(14144900);
    expect(faAmount("１４１４.４９万元", "亿元")).toBe(0.141449);
    expect(faAmount("1,234.50元", "元")).toBe(1234.5);
    expect(faAmount(" 8.2万 ")).toBe(8.2);
  });

  it("returns #VALUE! for text that is not an amount with a unit", () => {
    const notNumber = thrown(() => faAmount("一千元"));
    expect(notNumber.code).toBe(ERROR.value);
    expect(notNumber.message).toContain("无法识别");
    expect(thrown(() => faAmount("45%")).message).toContain("没有金额单位");
    expect(thrown(() => faAmount("1414.49")).message).toContain("has no amount unit");
    expect(thrown(() => amount(1414.49)).code).toBe(ERROR.value);
    expect(thrown(() => faAmount("1元", "USD")).code).toBe(ERROR.value);
  });
});

describe("every function", () => {
  const weird: unknown[] = [undefined, null, "", " ", {}, [], true, Number.NaN, -0, 1e308, "1e5"];
  const calls: [string, AnyArgs, number][] = [
    ["SHARE", share, 3],
    ["GROWTH", growth, 3],
    ["CHANGETEXT", changeText, 4],
    ["AMOUNT", amount, 2],
  ];

  it.each(calls)("%s returns a value or an Excel error, never a JS exception", (_id, fn, arity) => {
    for (const a of weird) {
      for (const b of weird) {
        const args = [a, b, ...weird.slice(0, arity - 2)];
        try {
          const result = fn(...args);
          expect(["number", "string"]).toContain(typeof result);
          if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(FunctionError);
        }
      }
    }
  });
});

describe("inside Excel", () => {
  class FakeOfficeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const g = globalThis as { CustomFunctions?: unknown };

  beforeAll(() => {
    g.CustomFunctions = { Error: FakeOfficeError };
  });
  afterAll(() => {
    delete g.CustomFunctions;
  });

  function officeError(call: () => unknown): FakeOfficeError {
    try {
      call();
    } catch (e) {
      expect(e).toBeInstanceOf(FakeOfficeError);
      return e as FakeOfficeError;
    }
    throw new Error("expected CustomFunctions.Error");
  }

  it("throws CustomFunctions.Error, with a message only where Excel allows one", () => {
    const value = officeError(() => amount("abc"));
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toContain("无法识别");
    const div = officeError(() => faShare(1, 0));
    expect(div.code).toBe("#DIV/0!");
    expect(div.message).toBeUndefined();
    expect(officeError(() => faShare(1, 2, 99)).code).toBe("#NUM!");
  });

  it("still returns an error value on a runtime without CustomFunctions.Error", () => {
    g.CustomFunctions = { associate: () => undefined };
    try {
      expect(thrown(() => faShare(1, 0)).code).toBe(ERROR.divisionByZero);
      expect(thrown(() => amount("abc")).code).toBe(ERROR.value);
    } finally {
      g.CustomFunctions = { Error: FakeOfficeError };
    }
  });
});
