import { extractClaims } from "../claims/extract";
import { extractPlaceholders } from "../claims/placeholders";
import type { Claim, PlaceholderClaim } from "../claims/types";
import { NUMBER_SOURCE } from "../numbers";
import type { Span } from "../span";
import { segment } from "../text";
import { MORE_LESS, UP_DOWN, VS_BUDGET } from "./patterns";
import type { SignWords } from "./segments";

/**
 * Where a template is to be filled, and what the checker's reader makes of each place:
 * the slots (placeholders, and stale figures after alternatives) and the claims read from
 * the template with a probe in every slot.
 */

export type Placeholder = Omit<PlaceholderClaim, "id">;

/** The figure a blank is probed with: any figure will do, only its position is read. */
const PROBE = "1";
const UNIT_AT_END = /(亿元|万元|元|%)$/;
const FIGURE_AFTER = new RegExp(`^([ \\u3000]*)(${NUMBER_SOURCE})[ \\u3000]*(亿元|万元|元|%)`);
const EMPTY_HEAD = /^(?:[_＿]+|[（(][ \u3000]*[）)]|[XxＸｘ×]+)$/;

/** A place in the template to fill: a placeholder, or the stale figure after an alternative. */
export interface Slot {
  span: Span;
  placeholder?: Placeholder;
  /** Where the figure goes inside the span (after 占/为, before the unit). */
  head: Span;
  unit: string;
  /** Offsets of the probe figure with its unit in the probe text. */
  probe?: Span;
}

/** Which word set an alternative offers, by its options. */
export function alternativeWords(options: readonly string[]): SignWords | undefined {
  const has = (w: string) => options.includes(w);
  if (has("大于") || has("小于") || has("等于") || has("高于") || has("低于")) return VS_BUDGET;
  if (has("增长") || has("下降") || has("上升") || has("降低")) return UP_DOWN;
  if (has("增加") || has("减少")) return MORE_LESS;
  return undefined;
}

/** Placeholders, plus the stale figure written right after a change alternative. */
export function findSlots(template: string, norm: string): Slot[] {
  const slots: Slot[] = [];
  const doc = segment(template);
  // Placeholders are read in the canonical reading; slots are offsets of the template.
  for (const read of extractPlaceholders(doc)) {
    // A gap for a reason (“……”) or a note to the writer holds words, not a figure to fill.
    if (read.form === "gap" || read.form === "instruction") continue;
    const p = { ...read, span: doc.toSource(read.span) };
    const raw = norm.slice(p.span.start, p.span.end);
    if (p.form === "alternative") {
      slots.push({ span: p.span, placeholder: p, head: p.span, unit: "" });
      const after = FIGURE_AFTER.exec(norm.slice(p.span.end));
      if (after) {
        const start = p.span.end + after[1].length;
        const end = start + after[2].length;
        slots.push({
          span: { start, end: start + after[0].length - after[1].length },
          head: { start, end },
          unit: after[3],
        });
      }
      continue;
    }
    if (p.form === "marker") {
      // “XX万元”: the marker is the figure; its unit follows it.
      const next = /^[ \u3000]*(亿元|万元|元|%)/.exec(norm.slice(p.span.end));
      slots.push({ span: p.span, placeholder: p, head: p.span, unit: next?.[1] ?? "" });
      continue;
    }
    const unit = UNIT_AT_END.exec(raw)?.[1] ?? "";
    let head: Span = { start: p.span.start, end: p.span.end - unit.length };
    if (!EMPTY_HEAD.test(raw.slice(0, raw.length - unit.length).trim())) {
      // “占%”, “为万元”: the word stays, the figure goes between it and the unit.
      head = { start: head.end, end: head.end };
    }
    slots.push({ span: p.span, placeholder: p, head, unit });
  }
  return dedupe(slots.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end));
}

/** A blank found twice (as “增加/减少万元”'s unit and as a blank after a word) is one slot. */
function dedupe(slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (const s of slots) {
    const last = out[out.length - 1];
    if (last && s.span.start < last.span.end) continue;
    out.push(s);
  }
  return out;
}

/**
 * The template with every slot given a probe: alternatives their first word, blanks and
 * stale figures the probe figure. Returns the claims read from it, with each slot's probe
 * position recorded on the slot.
 */
export function probe(template: string, slots: Slot[]): Claim[] {
  let out = "";
  let at = 0;
  for (const slot of slots) {
    out += template.slice(at, slot.head.start);
    const start = out.length;
    if (slot.placeholder?.form === "alternative") {
      out += alternativeProbe(slot.placeholder.options ?? []);
      slot.probe = { start, end: out.length };
      at = slot.head.end;
      continue;
    }
    out += PROBE;
    at = slot.head.end;
    // The unit follows the head in the template; the probe's figure ends after it.
    out += template.slice(at, slot.span.end);
    at = slot.span.end;
    if (slot.placeholder?.form === "marker" && slot.unit) {
      const unitEnd = template.indexOf(slot.unit, at) + slot.unit.length;
      out += template.slice(at, unitEnd);
      at = unitEnd;
    }
    slot.probe = { start, end: out.length };
  }
  out += template.slice(at);
  return extractClaims(segment(out));
}

function alternativeProbe(options: readonly string[]): string {
  const words = alternativeWords(options);
  return words ? words.above : (options[0] ?? "");
}

/** Claims by the end offset of their figure (where a probe figure ends). */
export function indexClaims(claims: readonly Claim[]): Map<number, Claim> {
  const byEnd = new Map<number, Claim>();
  for (const c of claims) {
    if (c.kind === "placeholder" || c.kind === "enumeration" || c.kind === "count") continue;
    const end = c.kind === "amount" ? c.figureSpan.end : c.span.end;
    // A figure read both as an amount and as a change or rate is the latter (its wording says so).
    if (!byEnd.has(end) || byEnd.get(end)?.kind === "amount") byEnd.set(end, c);
  }
  return byEnd;
}
