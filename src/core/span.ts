/** A half-open range [start, end) of UTF-16 code-unit offsets into the text exactly as given. */
export interface Span {
  start: number;
  end: number;
}

/** A cell in the workbook, A1 style, on a named sheet. */
export interface CellRef {
  sheet: string;
  cell: string;
}
