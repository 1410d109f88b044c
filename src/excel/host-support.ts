/*
 * What every adapter in src/excel shares: how a batch is run, and how a failed write is
 * told apart from a bug. Adapters take an ExcelRun instead of calling the Excel global, so
 * that tests and the benchmark run them on the simulated host.
 */

/**
 * Excel.run, or the simulated host's run. Given a request context first, the batch runs
 * in that context (Excel.run(context, batch)): what removing an event handler needs, in
 * the context that added it.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

/**
 * The real host. Looked up on each call (the Excel global exists only after office.js
 * loads), and async so that even a missing global is a rejected promise, never a throw.
 */
export const officeRun: ExcelRun = async <T>(
  first: OfficeExtension.ClientRequestContext | ((context: Excel.RequestContext) => Promise<T>),
  batch?: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> => (typeof first === "function" ? Excel.run(first) : Excel.run(first, batch!));

/** Which optional APIs the host has (ExcelApi versions above the manifest's minimum). */
export interface HostSupport {
  /** workbook.notes (ExcelApi 1.18): findings go into the marked cell's note. */
  notes: boolean;
  /** workbook.comments (ExcelApi 1.10): used for findings when notes are unavailable. */
  comments: boolean;
  /** worksheets.onChanged (ExcelApi 1.9): live checking. */
  events: boolean;
  /** worksheets.onNameChanged (ExcelApi 1.17): live checking follows renamed sheets without a lookup per change. */
  renameEvents: boolean;
  /** format.fill.pattern (ExcelApi 1.9): tells “no fill” from a white fill. */
  fillPattern: boolean;
}

export function hostSupport(
  isSetSupported: (name: string, version: string) => boolean,
): HostSupport {
  const excel = (version: string) => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    notes: excel("1.18"),
    comments: excel("1.10"),
    events: excel("1.9"),
    renameEvents: excel("1.17"),
    fillPattern: excel("1.9"),
  };
}

/** Office.js error codes that mean “you may not write here”, not “the add-in is broken”. */
const READ_ONLY_CODES = new Set([
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "EditModeNotAllowed",
]);

/**
 * True when a write failed because the workbook is read-only (a reviewer's view, a file
 * opened without edit rights) or a sheet is protected: the pane then skips its marks and
 * says so, instead of showing an error.
 */
export function isWriteDenied(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && READ_ONLY_CODES.has(code);
}

/** Splits “'公开01表'!C6” or “说明!A2” into its sheet and cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", cell: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1).replace(/\$/g, "") };
}
