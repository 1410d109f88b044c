/*
 * Co-authoring on the simulated host: several clients on one workbook, each with its own
 * copy (what its Excel shows), exchanging their changes when the test says so — as Excel
 * on the web does when AutoSave sends and receives them.
 *
 * `exchange()` replays every client's recorded changes since the last exchange on every
 * copy, in the order they were made (across clients):
 * - a cell's content or number format: the last write wins, on every copy (so a write
 *   to a row computed from what a client read can overwrite a co-author's);
 * - a row added to a table (TableRowCollection.add): merged — it is inserted at the end of
 *   that table on each other copy, so both clients' rows survive (rows added at once by
 *   two clients may end in a different order on each copy; Excel orders them one way);
 * - a new sheet or table: created unless the copy already has it (the first one wins).
 * Formatting, merges, notes and events are not exchanged.
 */
import { createSimExcel, type SimExcel } from "./index";
import {
  cellId,
  enter,
  parseAddress,
  type CellScalar,
  type SimSheet,
  type SimWorkbookState,
  type WriteRecord,
  SimWorkbookState as State,
} from "./state";
import { appendTableRows, createTable, tableNamed } from "./tables";

export interface Coauthors {
  clients: SimExcel[];
  /** Sends and receives every client's changes since the last exchange. */
  exchange(): void;
}

/** A copy of a workbook's contents: cells, merges, sizes, names, settings, tables. */
export function copyWorkbook(from: SimWorkbookState): SimWorkbookState {
  const to = new State();
  const sheets = new Map<SimSheet, SimSheet>();
  for (const s of from.sheets) {
    const copy: SimSheet = {
      ...s,
      cells: new Map(
        [...s.cells].map(([id, c]) => [id, { ...c, format: { ...c.format } }] as const),
      ),
      merges: new Set(s.merges),
      columnWidths: new Map(s.columnWidths),
      rowHeights: new Map(s.rowHeights),
      hiddenRows: new Set(s.hiddenRows),
      charts: JSON.parse(JSON.stringify(s.charts)),
      page: { ...s.page },
    };
    sheets.set(s, copy);
    to.sheets.push(copy);
  }
  for (const [k, v] of from.names) to.names.set(k, { ...v });
  for (const [k, v] of from.settings) to.settings.set(k, JSON.parse(JSON.stringify(v)));
  for (const t of from.tables) to.tables.push({ ...t, sheet: sheets.get(t.sheet)! });
  return to;
}

const isInsert = (w: WriteRecord) => w.what === "tables.rows.add";

/** Applies one recorded change of another client (or re-applies one's own cell write). */
function replay(state: SimWorkbookState, w: WriteRecord): void {
  const sheet = w.sheet ? state.sheet(w.sheet) : undefined;
  switch (w.what) {
    case "addWorksheet":
      if (!sheet) state.addSheet(w.sheet!);
      return;
    case "values":
    case "formulas":
    case "numberFormat": {
      if (!sheet || !w.address) return;
      const { rect } = parseAddress(w.address);
      const id = cellId(rect.top, rect.left);
      const cell = sheet.cells.get(id) ?? { content: "", format: {} };
      if (w.what === "numberFormat") cell.numberFormat = String(w.value);
      else enter(cell, w.value as CellScalar);
      sheet.cells.set(id, cell);
      return;
    }
    case "tables.add": {
      const { id } = w.value as { id: string };
      if (sheet && w.address && !state.tables.some((t) => t.id === id))
        createTable(state, sheet, w.address, id);
      return;
    }
    case "table.name": {
      const { id, value } = w.value as { id: string; value: string };
      const table = state.tables.find((t) => t.id === id);
      if (table && !tableNamed(state, value)) table.name = value;
      return;
    }
    case "tables.rows.add": {
      const { table, rows } = w.value as { table: string; rows: unknown[][] };
      const target = tableNamed(state, table);
      if (target) appendTableRows(target, rows);
      return;
    }
    default:
      return;
  }
}

/** `count` clients, each with a copy of `workbook`. */
export function coauthoring(workbook: SimWorkbookState, count = 2): Coauthors {
  const clients = Array.from({ length: count }, () => createSimExcel(copyWorkbook(workbook)));
  const sent = clients.map((c) => c.state.writes.length);
  return {
    clients,
    exchange() {
      const pending = clients
        .flatMap((c, from) => c.state.writes.slice(sent[from]).map((w) => ({ w, from })))
        .sort((a, b) => (a.w.seq ?? 0) - (b.w.seq ?? 0));
      clients.forEach((client, i) => {
        // A client's own inserts are in its copy already; its cell writes are applied again
        // in the common order, so that every copy ends with the same last write.
        for (const { w, from } of pending) if (from !== i || !isInsert(w)) replay(client.state, w);
      });
      clients.forEach((c, i) => (sent[i] = c.state.writes.length));
    },
  };
}
