import { Dec } from "../../../src/core/numbers";

/**
 * A small evaluator of the Excel formula subset the drafter writes (string constants, &,
 * arithmetic, comparisons, TEXT/ROUND/ABS/SIGN/IF/CHOOSE, 'sheet'!A1 references), with
 * Excel's number model: binary doubles for arithmetic, and ROUND/TEXT rounding half away
 * from zero on the value's 15 significant digits. It also enforces Excel's limits on the
 * formula it is given (8192 characters, 255 per string constant), so that a test that
 * evaluates a formula also proves Excel would accept its size.
 */

type Value = number | string | boolean;
type Token =
  | { t: "str"; v: string }
  | { t: "num"; v: number }
  | { t: "ref"; sheet: string | null; cell: string }
  | { t: "id"; v: string }
  | { t: "op"; v: string };

export class FormulaLimitError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
    } else if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new SyntaxError("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      if (s.length > 255) throw new FormulaLimitError(`string constant of ${s.length} characters`);
      out.push({ t: "str", v: s });
    } else if (c === "'") {
      let name = "";
      i++;
      for (;;) {
        if (src[i] === "'" && src[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else name += src[i++];
      }
      if (src[i] !== "!") throw new SyntaxError("quoted sheet without !");
      i++;
      const m = /^\$?[A-Z]{1,3}\$?\d+/.exec(src.slice(i));
      if (!m) throw new SyntaxError("bad cell after sheet");
      out.push({ t: "ref", sheet: name, cell: m[0].replace(/\$/g, "") });
      i += m[0].length;
    } else if (/[0-9.]/.test(c)) {
      const m = /^\d*\.?\d+(?:E[+-]?\d+)?/i.exec(src.slice(i))!;
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z]/.test(c)) {
      const m = /^[A-Za-z]+\d*/.exec(src.slice(i))!;
      if (/\d$/.test(m[0])) out.push({ t: "ref", sheet: null, cell: m[0] });
      else out.push({ t: "id", v: m[0].toUpperCase() });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (two === "<>" || two === "<=" || two === ">=") {
        out.push({ t: "op", v: two });
        i += 2;
      } else if ("&+-*/=<>(),".includes(c)) {
        out.push({ t: "op", v: c });
        i++;
      } else throw new SyntaxError(`unexpected ${c}`);
    }
  }
  return out;
}

const round15 = (x: number) => new Dec(Number(x.toPrecision(15)));

function textOf(v: Value): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(Number(v.toPrecision(15)));
}

function numOf(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new TypeError(`#VALUE! ${v}`);
  return n;
}

export function evaluateFormula(
  formula: string,
  cells: (sheet: string | null, cell: string) => number,
): string {
  if (!formula.startsWith("=")) throw new SyntaxError("not a formula");
  if (formula.length > 8192) throw new FormulaLimitError(`formula of ${formula.length} characters`);
  const toks = tokenize(formula.slice(1));
  let k = 0;
  const peek = () => toks[k];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new SyntaxError(`expected ${v}`);
    k++;
  };

  // Lazy arguments: IF evaluates only the branch it takes, as Excel does.
  type Thunk = () => Value;
  const comparison = (): Thunk => {
    const left = concat();
    const t = peek();
    if (t?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
      k++;
      const right = concat();
      return () => {
        const a = numOf(left());
        const b = numOf(right());
        switch (t.v) {
          case "=":
            return a === b;
          case "<>":
            return a !== b;
          case "<":
            return a < b;
          case ">":
            return a > b;
          case "<=":
            return a <= b;
          default:
            return a >= b;
        }
      };
    }
    return left;
  };
  const concat = (): Thunk => {
    let left = additive();
    while (isOp("&")) {
      k++;
      const l = left;
      const r = additive();
      left = () => textOf(l()) + textOf(r());
    }
    return left;
  };
  const additive = (): Thunk => {
    let left = multiplicative();
    while (isOp("+") || isOp("-")) {
      const op = (toks[k++] as { v: string }).v;
      const l = left;
      const r = multiplicative();
      left = () => (op === "+" ? numOf(l()) + numOf(r()) : numOf(l()) - numOf(r()));
    }
    return left;
  };
  const multiplicative = (): Thunk => {
    let left = unary();
    while (isOp("*") || isOp("/")) {
      const op = (toks[k++] as { v: string }).v;
      const l = left;
      const r = unary();
      left = () => {
        const b = numOf(r());
        if (op === "/" && b === 0) throw new RangeError("#DIV/0!");
        return op === "*" ? numOf(l()) * b : numOf(l()) / b;
      };
    }
    return left;
  };
  const unary = (): Thunk => {
    if (isOp("-")) {
      k++;
      const x = unary();
      return () => -numOf(x());
    }
    return primary();
  };
  const primary = (): Thunk => {
    const t = toks[k++];
    if (!t) throw new SyntaxError("unexpected end");
    if (t.t === "str" || t.t === "num") return () => t.v;
    if (t.t === "ref") return () => cells(t.sheet, t.cell);
    if (t.t === "op" && t.v === "(") {
      const x = comparison();
      expect(")");
      return x;
    }
    if (t.t === "id") {
      expect("(");
      const args: Thunk[] = [];
      if (!isOp(")")) {
        args.push(comparison());
        while (isOp(",")) {
          k++;
          args.push(comparison());
        }
      }
      expect(")");
      return call(t.v, args);
    }
    throw new SyntaxError(`unexpected token ${JSON.stringify(t)}`);
  };
  const call = (name: string, args: Thunk[]): Thunk => {
    switch (name) {
      case "IF":
        return () => (numOf(args[0]()) !== 0 ? args[1]() : (args[2]?.() ?? false));
      case "CHOOSE":
        return () => {
          const i = Math.trunc(numOf(args[0]()));
          if (i < 1 || i >= args.length) throw new RangeError("#VALUE! CHOOSE");
          return args[i]();
        };
      case "ABS":
        return () => Math.abs(numOf(args[0]()));
      case "SIGN":
        return () => Math.sign(numOf(args[0]()));
      case "ROUND":
        return () =>
          round15(numOf(args[0]())).toDecimalPlaces(numOf(args[1]()), Dec.ROUND_HALF_UP).toNumber();
      case "TEXT":
        return () => {
          const fmt = String(args[1]());
          const m = /^0(?:\.(0+))?$/.exec(fmt);
          if (!m) throw new RangeError(`unsupported format ${fmt}`);
          return round15(numOf(args[0]())).toFixed(m[1]?.length ?? 0, Dec.ROUND_HALF_UP);
        };
      default:
        throw new RangeError(`unsupported function ${name}`);
    }
  };

  const result = comparison();
  if (k !== toks.length) throw new SyntaxError("trailing tokens");
  return textOf(result());
}
