import type { ExtractionContext } from "./model";
import type { ParagraphScan } from "./scan";
import type { AmountClaim, EnumerationClaim } from "./types";
import { lowerBound } from "./search";

/**
 * Lists of parts under a total: “合计X，其中：A X1，占P1；B X2，占P2…”, “X：A…；B…”,
 * “X（其中，A Y，B Z）”, “X，主要用于以下方面：…”, and “X，其中：” ending a paragraph whose
 * parts each lead one of the following paragraphs (六、 基本支出 → 人员经费 / 日常公用经费).
 * Parts are the amounts at the total's bracket depth, one per “；” item when the list
 * uses “；”, in the same period as the total.
 */

type Form = NonNullable<EnumerationClaim["form"]>;

const INTRODUCERS: ReadonlyArray<{ form: Form; re: RegExp }> = [
  { form: "bracket", re: /^[ \u3000]*[（(][ \u3000]*其中[ \u3000]*[：:，,]?/ },
  { form: "其中", re: /^[ \u3000]*(?:[，,；;][ \u3000]*)?其中[ \u3000]*[：:，,]/ },
  {
    form: "uses",
    re: /^[ \u3000]*(?:[，,][ \u3000]*)?主要用于(?:以下|如下)?(?:几个)?方面[ \u3000]*[：:]/,
  },
  { form: "colon", re: /^[ \u3000]*[：:]/ },
];

export function findEnumerations(ctx: ExtractionContext): void {
  for (const scan of ctx.scans.values()) {
    for (const id of [...ctx.list.inParagraph(scan.paragraph)]) {
      const total = ctx.list.claims[id];
      if (total.kind !== "amount") continue;
      const after = ctx.norm.slice(total.span.end, Math.min(scan.end, total.span.end + 24));
      const intro = INTRODUCERS.find((i) => i.re.test(after));
      if (!intro) continue;
      const introEnd = total.span.end + (after.match(intro.re)?.[0].length ?? 0);
      let form = intro.form;
      let parts: number[];
      if (
        form === "其中" &&
        scan.end - introEnd <= 4 &&
        ctx.norm.slice(introEnd, scan.end).trim() === ""
      ) {
        form = "paragraphs";
        parts = partsInFollowingParagraphs(ctx, scan, total);
      } else if (form === "bracket") {
        parts = partsInBracket(ctx, scan, total, introEnd);
      } else {
        parts = partsInSentence(ctx, scan, total);
      }
      if (parts.length === 0) continue;
      addEnumeration(ctx, total, parts, form);
    }
  }
}

function addEnumeration(
  ctx: ExtractionContext,
  total: AmountClaim,
  parts: number[],
  form: Form,
): void {
  const { list } = ctx;
  const shares: number[] = [];
  let end = total.span.end;
  for (const p of parts) {
    end = Math.max(end, list.claims[p].span.end);
    const share = shareOf(ctx, p);
    if (share !== undefined) {
      shares.push(share);
      end = Math.max(end, list.claims[share].span.end);
    }
  }
  const everyPartHasShare = shares.length === parts.length;
  const claim: Omit<EnumerationClaim, "id"> = {
    kind: "enumeration",
    span: { start: total.span.start, end },
    paragraph: total.paragraph,
    total: total.id,
    parts,
    shares,
    form,
    exhaustive: form === "colon" || form === "uses" || everyPartHasShare,
  };
  const meta = list.meta[total.id];
  const enumeration = list.add(claim, { ...meta, token: undefined });
  for (const p of parts) ctx.enumerationOfPart.set(p, enumeration.id);
  inheritPeriod(ctx, total, parts);
}

/** A year or a period word in a part's own label (“2021年因公出国费”, “上年公务接待费”). */
const OWN_PERIOD = /\d{4}年|本年|上年|上一年|去年|同期/;

/** A part of the total's period: its own, or none of its own under a total of another period. */
function ofPeriod(total: AmountClaim, part: AmountClaim): boolean {
  if (part.period === total.period) return true;
  return part.period === "current" && !OWN_PERIOD.test(part.label);
}

/**
 * “2021年的三公经费决算数合计为807.95万，其中：因公出国(境)费0万元、公务用车购置费272.53万元…”:
 * the parts are the prior year's too, though their labels name no year.
 */
function inheritPeriod(ctx: ExtractionContext, total: AmountClaim, parts: readonly number[]): void {
  if (total.period === "current") return;
  for (const p of parts) {
    const part = ctx.list.claims[p];
    if (part.kind === "amount" && part.period === "current" && !OWN_PERIOD.test(part.label))
      part.period = total.period;
  }
}

/** The share claim linked to a part (share.part is set positionally before enumerations). */
function shareOf(ctx: ExtractionContext, part: number): number | undefined {
  return ctx.shareOfPart.get(part);
}

/**
 * The parts of a list: the amount claims after the total in its paragraph, while `within`
 * holds, that `keep` accepts; one per “；” item when the list is written with “；” (any in
 * [from, to)). A list names each part once: a label met again starts another list (a
 * paragraph of many “其中：…” lists without a 。 would otherwise make every later part a
 * part of every earlier total). Reading stops there, at the end of the sentence or bracket,
 * so a long paragraph is not read once per total.
 */
function listParts(
  ctx: ExtractionContext,
  scan: ParagraphScan,
  total: AmountClaim,
  within: (c: AmountClaim) => boolean,
  keep: (c: AmountClaim) => boolean,
  from: number,
  to: number,
): number[] {
  const semicolonAt = semicolonsOf(ctx, scan);
  const hasSemicolon = (start: number, end: number) => {
    const k = lowerBound(semicolonAt, (at) => at >= start);
    return k < semicolonAt.length && semicolonAt[k] < end;
  };
  const semicolons = hasSemicolon(from, to);
  const ids = ctx.list.inParagraph(total.paragraph);
  const parts: number[] = [];
  const labels = new Set<string>();
  let last = -1;
  for (let i = lowerBound(ids, (id) => id > total.id); i < ids.length; i++) {
    const c = ctx.list.claims[ids[i]];
    if (c.kind !== "amount") continue;
    if (!within(c)) break;
    if (!keep(c)) continue;
    if (semicolons && last >= 0 && !hasSemicolon(last, c.span.start)) continue;
    if (c.label !== "" && labels.has(c.label)) break;
    labels.add(c.label);
    parts.push(c.id);
    last = c.span.end;
  }
  return parts;
}

/** Where a paragraph's “；” and “;” are, in order: found once per paragraph, not per list. */
const SEMICOLONS = new WeakMap<ParagraphScan, number[]>();

function semicolonsOf(ctx: ExtractionContext, scan: ParagraphScan): number[] {
  let at = SEMICOLONS.get(scan);
  if (at === undefined) {
    at = [];
    for (let k = scan.start; k < scan.end; k++) {
      const c = ctx.norm.charCodeAt(k);
      if (c === 0xff1b || c === 0x3b) at.push(k);
    }
    SEMICOLONS.set(scan, at);
  }
  return at;
}

function partsInSentence(
  ctx: ExtractionContext,
  scan: ParagraphScan,
  total: AmountClaim,
): number[] {
  const meta = ctx.list.meta[total.id];
  const sentenceEnd = scan.sentenceEnds[meta.sentence] ?? scan.end;
  return listParts(
    ctx,
    scan,
    total,
    (c) => ctx.list.meta[c.id].sentence === meta.sentence,
    (c) => ctx.list.meta[c.id].depth === meta.depth && ofPeriod(total, c),
    total.span.end,
    sentenceEnd,
  );
}

function partsInBracket(
  ctx: ExtractionContext,
  scan: ParagraphScan,
  total: AmountClaim,
  introEnd: number,
): number[] {
  const bracket = scan.brackets[lowerBound(scan.brackets, (b) => b.open >= total.span.end)];
  if (bracket && bracket.open >= introEnd) return [];
  if (!bracket) return [];
  const depth = ctx.list.meta[total.id].depth + 1;
  return listParts(
    ctx,
    scan,
    total,
    (c) => c.span.end <= bracket.close,
    (c) => c.span.start > bracket.open && ctx.list.meta[c.id].depth === depth && ofPeriod(total, c),
    bracket.open,
    bracket.close,
  );
}

function partsInFollowingParagraphs(
  ctx: ExtractionContext,
  scan: ParagraphScan,
  total: AmountClaim,
): number[] {
  const { doc, list } = ctx;
  const section = doc.paragraphs[scan.paragraph].section;
  const parts: number[] = [];
  for (let q = scan.paragraph + 1; q < doc.paragraphs.length; q++) {
    const p = doc.paragraphs[q];
    if (p.section !== section || p.heading || p.table !== undefined) break;
    const first = list.inParagraph(q).find((id) => list.claims[id].kind !== "count");
    if (first === undefined) break;
    const c = list.claims[first];
    const m = list.meta[first];
    if (c.kind !== "amount" || m.clause !== 0 || m.depth !== 0 || !ofPeriod(total, c)) break;
    parts.push(first);
  }
  return parts;
}
