const DIGITS = "零一二三四五六七八九";

/** 一 … 九十九 to 1 … 99; null for anything else (“两”, “百”, empty). */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0 || s.length > 3) return null;
  const ten = s.indexOf("十");
  if (ten < 0) {
    if (s.length !== 1) return null;
    const d = DIGITS.indexOf(s);
    return d > 0 ? d : null;
  }
  if (s.indexOf("十", ten + 1) >= 0) return null;
  const tensText = s.slice(0, ten);
  const unitsText = s.slice(ten + 1);
  const tens = tensText === "" ? 1 : DIGITS.indexOf(tensText);
  const units = unitsText === "" ? 0 : DIGITS.indexOf(unitsText);
  if (tens <= 0 || tensText.length > 1 || units < 0 || unitsText.length > 1) return null;
  if (unitsText !== "" && units === 0) return null;
  return tens * 10 + units;
}

/** 1 … 99 to 一 … 九十九 (the inverse of parseChineseNumeral). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return DIGITS[units];
  return (tens === 1 ? "" : DIGITS[tens]) + "十" + (units === 0 ? "" : DIGITS[units]);
}

/**
 * A count written in Chinese numerals, 1 … 999: 两 → 2, 十二 → 12, 一百零五 → 105, 两百 → 200.
 * Null for anything else, colloquial shortenings included (一百二 could be 120 or 102).
 */
export function parseChineseCount(s: string): number | null {
  if (s === "两") return 2;
  const hundred = s.indexOf("百");
  if (hundred < 0) return parseChineseNumeral(s);
  const head = s.slice(0, hundred);
  const hundreds = head === "两" ? 2 : head.length === 1 ? DIGITS.indexOf(head) : -1;
  if (hundreds <= 0) return null;
  const tail = s.slice(hundred + 1);
  if (tail === "") return hundreds * 100;
  const rest = tail.startsWith("零") ? parseChineseNumeral(tail.slice(1)) : tenToNinetyNine(tail);
  if (rest === null || (tail.startsWith("零") && rest > 9)) return null;
  return hundreds * 100 + rest;
}

/** 一十 … 九十九 after 百 (一百一十 is 110); 十二 alone is no tail of 百. */
function tenToNinetyNine(s: string): number | null {
  if (!/^[一二三四五六七八九]十[一二三四五六七八九]?$/.test(s)) return null;
  return parseChineseNumeral(s.startsWith("一十") ? s.slice(1) : s);
}
