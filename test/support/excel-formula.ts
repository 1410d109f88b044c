import { Dec } from "../../src/core/numbers";

/**
 * A small evaluator of the Excel formulas the add-in writes: the drafter's paragraphs
 * (string constants, &, arithmetic, comparisons, TEXT/ROUND/ABS/SIGN/IF/CHOOSE) and the
 * templates' totals, shares and growth rates (SUM and COUNT over ranges, IF, OR, IFERROR),
 * with references to quoted sheets ('公开01表'!$C$32). It follows Excel's number model —
 * binary doubles for arithmetic, ROUND/TEXT rounding half away from zero on the value's 15
 * significant digits — and Excel's value rules: an empty cell is 0 in arithmetic and "" in
 * text, "" is not a number, SUM and COUNT skip text in ranges, errors are values that flow
 * on until IFERROR catches them. It enforces Excel's limits on the formula (8192
 * characters, 255 per string constant), so that a test that evaluates a formula also
 * proves Excel would accept its size. Pure TypeScript: the simulated host uses it in the
 * browser too.
 */

/** What a cell holds as the evaluator reads it; null is an empty cell. */
export type CellValue = number | string | boolean | null;
export type CellReader = (sheet: string | null, cell: string) => CellValue | FormulaError;

/** An Excel error value (#DIV/0!, #VALUE! …): a result, not an exception. */
export class FormulaError {
  constructor(readonly code: "#DIV/0!" | "#VALUE!" | "#NAME?" | "#REF!" | "#N/A") {}
  toString(): string {
    return this.code;
  }
}

export type FormulaResult = number | string | boolean | FormulaError;

export class FormulaLimitError extends Error {}

type Token =
  | { t: "str"; v: string }
  | { t: "num"; v: number }
  | { t: "ref"; sheet: string | null; cell: string; to?: string }
  | { t: "id"; v: string }
  | { t: "op"; v: string };

const CELL = /^\$?[A-Za-z]{1,3}\$?\d+/;
const bare = (cell: string) => cell.replace(/\$/g, "").toUpperCase();

/** A cell reference, and the second corner when it is a range (A1:B3). */
function reference(src: string, i: number, sheet: string | null): { tok: Token; end: number } {
  const m = CELL.exec(src.slice(i));
  if (!m) throw new SyntaxError(`bad cell reference at ${i}`);
  let end = i + m[0].length;
  const tok: Token = { t: "ref", sheet, cell: bare(m[0]) };
  if (src[end] === ":") {
    const n = CELL.exec(src.slice(end + 1));
    if (!n) throw new SyntaxError(`bad range at ${end}`);
    tok.to = bare(n[0]);
    end += 1 + n[0].length;
  }
  return { tok, end };
}

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
        if (i >= src.length) throw new SyntaxError("unterminated sheet name");
        if (src[i] === "'" && src[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else name += src[i++];
      }
      if (src[i] !== "!") throw new SyntaxError("quoted sheet without !");
      const { tok, end } = reference(src, i + 1, name);
      out.push(tok);
      i = end;
    } else if (/[0-9.]/.test(c)) {
      const m = /^\d*\.?\d+(?:E[+-]?\d+)?/i.exec(src.slice(i))!;
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (/[\p{L}_$]/u.test(c)) {
      const sheet = /^[\p{L}_][\p{L}\p{N}_.]*!/u.exec(src.slice(i));
      if (sheet) {
        const { tok, end } = reference(src, i + sheet[0].length, sheet[0].slice(0, -1));
        out.push(tok);
        i = end;
      } else if (CELL.test(src.slice(i)) && !/^[A-Za-z]+\d*\(/.test(src.slice(i))) {
        const { tok, end } = reference(src, i, null);
        out.push(tok);
        i = end;
      } else {
        const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
        if (!m) throw new SyntaxError(`unexpected ${c}`);
        out.push({ t: "id", v: m[0].toUpperCase() });
        i += m[0].length;
      }
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

/** A number as Excel's General format shows it in text (15 significant digits). */
function numberText(x: number): string {
  return String(Number(x.toPrecision(15)));
}

class Failed extends Error {
  constructor(readonly error: FormulaError) {
    super(error.code);
  }
}
const fail = (code: FormulaError["code"]): never => {
  throw new Failed(new FormulaError(code));
};

/** A scalar as an operand: errors stop the expression (caught by IFERROR or the caller). */
type Scalar = number | string | boolean | null;
function scalar(v: CellValue | FormulaError): Scalar {
  if (v instanceof FormulaError) throw new Failed(v);
  return v;
}

function numOf(v: Scalar): number {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = v.trim() === "" ? NaN : Number(v);
  return Number.isNaN(n) ? fail("#VALUE!") : n;
}

function textOf(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return numberText(v);
}

/** Excel's comparison: numbers < text < booleans; text without case; empty as the other side's zero. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const [x, y] = [a.toLowerCase(), (b as string).toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const [x, y] = [Number(a), Number(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function columnName(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The cells of A1:B3, row by row. */
function cellsOf(from: string, to: string): string[] {
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
  const [top, bottom] = [Number(r1), Number(r2)].sort((a, b) => a - b);
  const [left, right] = [columnNumber(c1), columnNumber(c2)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) out.push(`${columnName(c)}${r}`);
  return out;
}

/**
 * Evaluates `formula` (starting with “=”), reading cells through `cells`. Returns the value
 * Excel would show — a number, text, a boolean or an error value.
 * @throws FormulaLimitError when the formula is longer than Excel accepts
 * @throws SyntaxError or RangeError for what lies outside the subset
 */
export function evaluate(formula: string, cells: CellReader): FormulaResult {
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
  type Thunk = () => Scalar;
  /** An argument of SUM/COUNT: the values of a range, or one value. */
  type Arg = { range: () => Array<CellValue | FormulaError> } | { value: Thunk };

  const comparison = (): Thunk => {
    const left = concat();
    const t = peek();
    if (t?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
      k++;
      const right = concat();
      return () => {
        const d = compare(left(), right());
        switch (t.v) {
          case "=":
            return d === 0;
          case "<>":
            return d !== 0;
          case "<":
            return d < 0;
          case ">":
            return d > 0;
          case "<=":
            return d <= 0;
          default:
            return d >= 0;
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
        const a = numOf(l());
        const b = numOf(r());
        if (op === "*") return a * b;
        return b === 0 ? fail("#DIV/0!") : a / b;
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
    if (t.t === "ref") {
      if (t.to) return () => fail("#VALUE!"); // a range where one value is expected
      return () => scalar(cells(t.sheet, t.cell));
    }
    if (t.t === "op" && t.v === "(") {
      const x = comparison();
      expect(")");
      return x;
    }
    if (t.t === "id") {
      expect("(");
      const args: Arg[] = [];
      const arg = (): Arg => {
        const r = peek();
        const next = toks[k + 1];
        const alone = !next || (next.t === "op" && (next.v === "," || next.v === ")"));
        if (r?.t === "ref" && alone) {
          k++;
          const list = r.to ? cellsOf(r.cell, r.to) : [r.cell];
          return { range: () => list.map((c) => cells(r.sheet, c)) };
        }
        return { value: comparison() };
      };
      if (!isOp(")")) {
        args.push(arg());
        while (isOp(",")) {
          k++;
          args.push(arg());
        }
      }
      expect(")");
      return call(t.v, args);
    }
    throw new SyntaxError(`unexpected token ${JSON.stringify(t)}`);
  };

  const one = (a: Arg | undefined): Thunk => {
    if (!a) throw new SyntaxError("missing argument");
    if ("value" in a) return a.value;
    return () => {
      const values = a.range();
      return values.length === 1 ? scalar(values[0]) : fail("#VALUE!");
    };
  };

  const call = (name: string, args: Arg[]): Thunk => {
    const [x, y, z] = [args[0], args[1], args[2]];
    switch (name) {
      case "IF":
        return () => {
          const c = one(x)();
          const yes = typeof c === "string" ? fail("#VALUE!") : numOf(c) !== 0;
          return yes ? one(y)() : z ? one(z)() : false;
        };
      case "IFERROR":
        return () => {
          try {
            return one(x)();
          } catch (e) {
            if (e instanceof Failed) return one(y)();
            throw e;
          }
        };
      case "OR":
      case "AND":
        return () => {
          const bools = args.flatMap((a) =>
            "range" in a
              ? a
                  .range()
                  .map(scalar)
                  .filter((v) => typeof v === "number" || typeof v === "boolean")
              : [a.value()],
          );
          const truth = bools.map((v) => numOf(v) !== 0);
          if (truth.length === 0) return fail("#VALUE!");
          return name === "OR" ? truth.some(Boolean) : truth.every(Boolean);
        };
      case "SUM":
        return () => {
          let sum = 0;
          for (const a of args) {
            if ("range" in a) {
              for (const v of a.range().map(scalar)) if (typeof v === "number") sum += v;
            } else sum += numOf(a.value());
          }
          return sum;
        };
      case "COUNT":
        return () => {
          let n = 0;
          for (const a of args) {
            if ("range" in a) {
              for (const v of a.range()) if (typeof v === "number") n++;
            } else {
              try {
                const v = a.value();
                if (typeof v === "number" || typeof v === "boolean") n++;
              } catch (e) {
                if (!(e instanceof Failed)) throw e;
              }
            }
          }
          return n;
        };
      case "CHOOSE":
        return () => {
          const i = Math.trunc(numOf(one(x)()));
          return i < 1 || i >= args.length ? fail("#VALUE!") : one(args[i])();
        };
      case "ABS":
        return () => Math.abs(numOf(one(x)()));
      case "SIGN":
        return () => Math.sign(numOf(one(x)()));
      case "ROUND":
        return () =>
          round15(numOf(one(x)()))
            .toDecimalPlaces(numOf(one(y)()), Dec.ROUND_HALF_UP)
            .toNumber();
      case "TEXT":
        return () => {
          const v = one(x)();
          const fmt = textOf(one(y)());
          const m = /^0(?:\.(0+))?$/.exec(fmt);
          if (!m) throw new RangeError(`unsupported format ${fmt}`);
          // Text that is not a number passes through TEXT unchanged.
          if (typeof v === "string" && (v.trim() === "" || Number.isNaN(Number(v)))) return v;
          return round15(numOf(v)).toFixed(m[1]?.length ?? 0, Dec.ROUND_HALF_UP);
        };
      default:
        return () => fail("#NAME?");
    }
  };

  const result = comparison();
  if (k !== toks.length) throw new SyntaxError("trailing tokens");
  try {
    const v = result();
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof Failed) return e.error;
    throw e;
  }
}

/**
 * The text a formula shows (what the drafter's tests compare with the rendered paragraph).
 * @throws RangeError when the formula evaluates to an error value
 */
export function evaluateFormula(formula: string, cells: CellReader): string {
  const v = evaluate(formula, cells);
  if (v instanceof FormulaError) throw new RangeError(v.code);
  return textOf(v);
}
