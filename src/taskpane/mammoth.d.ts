// mammoth ships no types; only the browser build's raw-text extraction is used.
declare module "mammoth/mammoth.browser.min.js" {
  export function extractRawText(input: {
    arrayBuffer: ArrayBuffer;
  }): Promise<{ value: string; messages: unknown[] }>;
}
