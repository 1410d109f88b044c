import type { Period } from "../facts";
import { tryParseFigure, type Figure } from "../numbers";
import { gridsOf, type Grid, type GridCell } from "../text/table-grid";
import type { ExtractionContext } from "./model";
import { tableParagraphs } from "./table-claims";
import type { AmountClaim, ChangeClaim } from "./types";

/**
 * The figures of a text table read as a grid (text/table-grid.ts) whose columns — or rows,
 * when the table lists years down its side — are periods and changes: “2014年预算 | 2015年
 * 预算 | 增长额 | 增长率”, “上年决算数 | 本年决算数 | 增、减金额 | 增、减幅度”, “本期 | 上年同期 |
 * 增加额 | 增长率”, “预算数 | 决算数”. Each item's amounts become amount claims labelled with
 * the item, and its change and rate claims tied to them, so that the rules that check the
 * prose check the table too (a rate against its own row) and compare the two (the same
 * quantity stated in the text and in the table). A table whose headers name no period is
 * not read: what its figures are is not known.
 */

type Role = Period | "change" | "growth" | "skip";

const ROW_NUMBER = /^(?:行[号次]|栏次|编号)$/;
/** A rate of change: a word of change and a word of rate (“增、减幅度”, “增减%”, “增长率”). */
const CHANGE_WORD = /增|减|涨|降|变动|变化/;
const RATE_WORD = /率|幅|%|百分比/;
const CHANGE = /增减|增、减|增加额|减少额|增长额|变动额|变化额|差额/;
const YEAR = /((?:19|20)\d{2})(?:年度?)?/g;
const PRIOR = /上年|上期|去年|同期/;
const BUDGET = /预算/;
const CURRENT = /本期|本年|当年|决算|执行数|实际/;
/** Labels of a total: read for its figures, named by no metric (the table's whole is not named). */
const BARE_TOTAL = /^(?:合计|总计|小计)$/;
const LEADING_NUMBER =
  /^(?:其中[：:]?)?[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))?[ \u3000]*/;

/**
 * A header that is only a period: a year, 上年/本年/本期/上年同期, 预算/决算 and their 数 —
 * nothing else. An item's name that holds such a word (一般公共预算拨款, 本年收入合计) names an
 * item, not a period: a table with items across its top lists the periods down its side.
 */
const PERIOD_ONLY =
  /^(?:(?:19|20)\d{2}年度?)?(?:上年同期|上年度?|本年度?|当年|上期|本期|同期)?(?:年初|调整后?|全年)?(?:预算|决算|执行|实际)?(?:数|金额|额)?(?:[（(](?:亿元|万元|元)[）)])?$/;

/** What a header says its figures are, for a report of `year`. */
export function roleOfHeader(header: string, year: number | undefined): Role | undefined {
  const h = header.replace(/\s/g, "");
  if (ROW_NUMBER.test(h)) return "skip";
  if (CHANGE_WORD.test(h) && RATE_WORD.test(h)) return "growth";
  if (CHANGE.test(h)) return "change";
  if (!PERIOD_ONLY.test(h)) return undefined;
  const years = [...h.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length > 1) return undefined;
  if (years.length === 1) {
    if (year === undefined) return undefined;
    if (years[0] === year - 1) return "prior";
    if (years[0] !== year) return undefined;
    return BUDGET.test(h) ? "budget" : "current";
  }
  if (PRIOR.test(h)) return "prior";
  if (BUDGET.test(h) && !/决算/.test(h)) return "budget";
  if (CURRENT.test(h)) return "current";
  return undefined;
}

/** An item of the table: its label and, by role, the cell holding each of its figures. */
interface Item {
  label: string;
  cells: Array<{ role: Role; cell: GridCell }>;
}

function itemsOf(grid: Grid, year: number | undefined): Item[] {
  const byColumn = grid.columns.map((c) => roleOfHeader(c.header, year));
  const byRow = grid.rows.map((r) => roleOfHeader(r.label.text, year));
  const periods = (roles: Array<Role | undefined>) =>
    roles.filter((r) => r !== undefined && r !== "skip").length;
  if (periods(byColumn) >= 2) {
    return grid.rows.flatMap((row) => {
      if (!row.cells) return [];
      const cells = row.cells.flatMap((cell, k) => {
        const role = byColumn[k];
        return cell && role ? [{ role, cell }] : [];
      });
      return [{ label: itemLabel(row.label.text), cells }];
    });
  }
  if (periods(byRow) >= 2) {
    return grid.columns.map((column, k) => {
      const label = column.group && BARE_TOTAL.test(column.header) ? column.group : column.header;
      const cells = grid.rows.flatMap((row, r) => {
        const role = byRow[r];
        const cell = row.cells?.[k];
        return cell && role ? [{ role, cell }] : [];
      });
      return { label: itemLabel(label), cells };
    });
  }
  return [];
}

function itemLabel(text: string): string {
  const label = text.replace(LEADING_NUMBER, "").trim();
  return BARE_TOTAL.test(label) ? "" : label;
}

/** A signed figure as the claims hold it: its magnitude, and the sign as a direction. */
function signed(figure: Figure): { figure: Figure; direction: 1 | -1 } {
  const negative = figure.value.isNegative();
  return {
    figure: negative ? { ...figure, value: figure.value.abs() } : figure,
    direction: negative ? -1 : 1,
  };
}

export function readGrids(ctx: ExtractionContext): void {
  const { doc, list } = ctx;
  const grids = gridsOf(doc);
  if (grids.length === 0) return;
  const locate = tableParagraphs(doc);
  // A table cell sits in no sentence or clause: it is read in its section's scopes only.
  const add = <T extends Parameters<typeof list.add>[0]>(claim: T) =>
    list.add(claim, {
      depth: 0,
      sentence: -1,
      clause: -1,
      section: doc.paragraphs[claim.paragraph].section,
    });
  for (const grid of grids) {
    for (const item of itemsOf(grid, ctx.reportYear)) {
      const amounts = new Map<Period, AmountClaim>();
      let change: ChangeClaim | undefined;
      const figures = item.cells.flatMap(({ role, cell }) => {
        const figure = tryParseFigure(cell.text);
        const paragraph = locate(grid.table, cell.span.start);
        return figure && paragraph !== undefined ? [{ role, cell, figure, paragraph }] : [];
      });
      for (const { role, cell, figure, paragraph } of figures) {
        if (role !== "current" && role !== "prior" && role !== "budget") continue;
        if (figure.unit === "%" || amounts.has(role)) continue;
        amounts.set(
          role,
          add({
            kind: "amount",
            span: cell.span,
            paragraph,
            label: item.label,
            period: role,
            figureSpan: cell.span,
            figure,
            tableCell: true,
            ...(grid.unit && figure.unit === null ? { impliedUnit: grid.unit } : {}),
          }),
        );
      }
      // The later of the two periods compared: this year's actual, else its budget.
      const subject = (amounts.get("current") ?? amounts.get("budget"))?.id;
      const prior = amounts.get("prior")?.id;
      for (const { role, cell, figure, paragraph } of figures) {
        if (role !== "change" || figure.unit === "%") continue;
        change = add({
          kind: "change",
          span: cell.span,
          paragraph,
          // In the table's unit, as its amounts are (a rule reads a change without one in 万元).
          ...signed(grid.unit && figure.unit === null ? { ...figure, unit: grid.unit } : figure),
          subject,
          prior,
          ...(item.label ? { label: item.label } : {}),
        });
        break;
      }
      for (const { role, cell, figure, paragraph } of figures) {
        if (role !== "growth") continue;
        const rate = signed({ ...figure, unit: "%" });
        add({
          kind: "growth",
          span: cell.span,
          paragraph,
          ...rate,
          subject,
          prior,
          change: change?.id,
        });
        break;
      }
    }
  }
}
