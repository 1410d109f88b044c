import type { PdfFailure } from "./types";

/**
 * Why a PDF was not checked, in both languages, naming the file: one wording for the CLI
 * and the pane, so that a reviewer who meets it in either finds the same advice.
 */
export function pdfFailureMessage(
  code: PdfFailure,
  shown: string,
  detail: { why?: string; pages?: readonly number[] } = {},
): { zh: string; en: string } {
  switch (code) {
    case "password":
      return {
        zh: `PDF 已加密，需要密码才能打开；请导出不加密的 PDF 再检查：${shown}`,
        en: `The PDF is encrypted and needs a password; export it without encryption and check again: ${shown}`,
      };
    case "invalid":
      return {
        zh: `不是可读取的 PDF 文件（${detail.why ?? ""}）：${shown}`,
        en: `Not a readable PDF file (${detail.why ?? ""}): ${shown}`,
      };
    case "no-text":
      return {
        zh: `PDF 中没有文字层（可能是扫描件或图片），需先做文字识别（OCR）再检查：${shown}`,
        en: `The PDF has no text layer (a scan or images); run OCR on it first: ${shown}`,
      };
    case "unmapped": {
      const pages = detail.pages ?? [];
      return {
        zh: `PDF 第 ${pages.join("、")} 页的文字无法识别（字体没有 Unicode 映射），为免误判未作检查：${shown}`,
        en: `${pages.length === 1 ? "Page" : "Pages"} ${pages.join(", ")} of the PDF cannot be read (fonts without a Unicode mapping); nothing was checked: ${shown}`,
      };
    }
  }
}

/** A document with neither a final-account table nor a 决算 narrative. */
export function notAReportMessage(shown: string): { zh: string; en: string } {
  return {
    zh: `未找到任何公开表，文字也不像部门决算说明，不是决算公开文件：${shown}`,
    en: `No final-account table was found and the text is not a 决算 narrative; not a final-accounts report: ${shown}`,
  };
}
