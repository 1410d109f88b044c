/*
 * Task pane strings. Chinese is the product's language; English is for reviewers and
 * developers. The choice lives in React state only: nothing is written to browser storage,
 * so co-authors on a shared workbook never see one another's preference.
 */

export type Lang = "zh-CN" | "en-US";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

export interface Strings {
  productName: string;
  tagline: string;
  languageSwitch: string;
  tabEnvironment: string;
  tabFunctions: string;
  host: string;
  platform: string;
  unknown: string;
  platformNames: Record<string, string>;
  requirementSets: string;
  requirementSetsNote: string;
  requiredByManifest: string;
  highestExcelApi: string;
  supported: string;
  notSupported: string;
  notExcelTitle: string;
  notExcelBody: (host: string) => string;
  missingSetsTitle: string;
  missingSetsBody: (sets: string) => string;
  functionsIntro: string;
  functionsLoading: string;
  functionsLoadFailed: string;
  optional: string;
  errorTitle: string;
}

const zhCN: Strings = {
  productName: "决算助手",
  tagline: "部门决算公开：占比、增减率与增减说明",
  languageSwitch: "English",
  tabEnvironment: "运行环境",
  tabFunctions: "函数",
  host: "宿主应用",
  platform: "平台",
  unknown: "未知",
  platformNames: {
    PC: "Windows 桌面版",
    OfficeOnline: "网页版",
    Mac: "Mac 版",
    iOS: "iPad/iOS 版",
    Android: "Android 版",
    Universal: "通用应用",
  },
  requirementSets: "API 要求集",
  requirementSetsNote: "加载项清单要求以下版本；不支持时函数或任务窗格可能无法使用。",
  requiredByManifest: "清单要求",
  highestExcelApi: "此 Excel 支持的最高 ExcelApi 版本",
  supported: "支持",
  notSupported: "不支持",
  notExcelTitle: "不是 Excel",
  notExcelBody: (host) => `决算助手只能在 Excel 中使用，当前宿主为“${host}”。`,
  missingSetsTitle: "此 Excel 版本过旧",
  missingSetsBody: (sets) => `缺少：${sets}。请更新 Office，或改用 Excel 网页版。`,
  functionsIntro: "在单元格中输入以下公式（命名空间 FA）。结果为小数的函数请设置百分比格式。",
  functionsLoading: "正在读取函数列表……",
  functionsLoadFailed: "无法读取函数列表",
  optional: "可选",
  errorTitle: "出错了",
};

const enUS: Strings = {
  productName: "决算助手",
  tagline: "Final Accounts Assistant: shares, growth rates and change wording",
  languageSwitch: "English",
  tabEnvironment: "Environment",
  tabFunctions: "Functions",
  host: "Host",
  platform: "Platform",
  unknown: "unknown",
  platformNames: {
    PC: "Windows desktop",
    OfficeOnline: "Excel on the web",
    Mac: "Mac",
    iOS: "iPad/iOS",
    Android: "Android",
    Universal: "Universal app",
  },
  requirementSets: "API requirement sets",
  requirementSetsNote:
    "The add-in manifest requires these; where one is missing, the functions or the pane may not work.",
  requiredByManifest: "Required by the manifest",
  highestExcelApi: "Highest ExcelApi version this Excel supports",
  supported: "supported",
  notSupported: "not supported",
  notExcelTitle: "Not Excel",
  notExcelBody: (host) => `The assistant works only in Excel; this host is "${host}".`,
  missingSetsTitle: "This Excel is too old",
  missingSetsBody: (sets) => `Missing: ${sets}. Update Office or use Excel on the web.`,
  functionsIntro:
    "Type these formulas in a cell (namespace FA). Format cells that get a fraction as a percentage.",
  functionsLoading: "Reading the function list…",
  functionsLoadFailed: "Could not read the function list",
  optional: "optional",
  errorTitle: "Something went wrong",
};

export const STRINGS: Record<Lang, Strings> = { "zh-CN": zhCN, "en-US": enUS };

/** Office's display language (e.g. "zh-CN", "en-US", "zh-TW") to one of ours; Chinese first. */
export function pickLanguage(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "zh-CN";
  return displayLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** Shown before React knows the language, or outside Office: both languages at once. */
export const BOOT_TEXT = {
  connecting: "正在连接 Excel…… Connecting to Excel…",
  notInOfficeTitle: "请在 Excel 中打开 · Open this in Excel",
  notInOfficeBody:
    "此页面是决算助手的任务窗格，需要在 Excel（桌面版或网页版）中作为加载项打开；在普通浏览器中无法使用。" +
    " This page is the task pane of the Final Accounts Assistant add-in. It works only inside Excel (desktop or on the web), not in a plain browser tab.",
  officeMissingBody:
    "未能加载 Office.js（https://appsforoffice.microsoft.com），请检查网络。" +
    " Office.js could not be loaded from https://appsforoffice.microsoft.com; check the network connection.",
  failedTitle: "决算助手无法启动 · The assistant could not start",
} as const;
