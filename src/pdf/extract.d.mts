import type { PdfPage } from "../core/pdf/types";

/**
 * The part of pdf.js the adapter uses, typed structurally so that the CLI (pdfjs-dist's
 * legacy build in Node) and the task pane (loaded on demand by webpack) pass in the build
 * they loaded.
 */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfJsDocument> };
}
export interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    view: number[];
    getTextContent(): Promise<{
      items: Array<{ str?: unknown; transform?: unknown; width?: unknown; height?: unknown }>;
    }>;
    cleanup(): unknown;
  }>;
  destroy(): Promise<void>;
}

export interface ExtractOptions {
  /** Where the bundled CMaps (for CJK fonts) and standard fonts are: never the network. */
  cMapUrl: string;
  standardFontDataUrl: string;
  /** Called after each page, so that a caller can show progress and drop the page. */
  onPage: (page: PdfPage, pages: number) => void | Promise<void>;
}

export declare class PdfOpenError extends Error {
  readonly code: "password" | "invalid";
  constructor(code: "password" | "invalid", message: string);
}

export declare function extractPages(
  pdfjs: PdfJs,
  data: Uint8Array,
  options: ExtractOptions,
): Promise<number>;
