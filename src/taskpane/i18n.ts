/*
 * Task pane strings. Chinese is the product's language; English is for reviewers and
 * developers. The choice lives in React state only: nothing is written to browser storage,
 * so co-authors on a shared workbook never see one another's preference.
 */

import type { Finding, Severity } from "../core/findings";

export type Lang = "zh-CN" | "en-US";

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
  tabTemplates: string;
  tabNarrative: string;
  tabCheck: string;
  cancel: string;
  readOnlyTitle: string;
  readOnlyBody: string;
  // 检查
  checkIntro: string;
  runCheck: string;
  checking: string;
  liveCheck: string;
  liveUnsupported: string;
  liveOn: string;
  checkFailed: string;
  noNarrative: string;
  /** Cells of the tables whose formula reads another workbook: not read as figures. */
  externalRefsTitle: (n: number) => string;
  externalRefsBody: string;
  externalRefLine: (where: string, formula: string) => string;
  marksReadOnly: string;
  marksFailed: string;
  marked: (cells: number) => string;
  marksFillOnly: string;
  marksUserAnnotated: (cells: number) => string;
  summary: string;
  noFindings: string;
  severity: Record<Severity, string>;
  severityCount: (severity: Severity, n: number) => string;
  showWaived: (n: number) => string;
  untitledSection: string;
  message: (f: Finding) => string;
  locate: (where: string) => string;
  expected: (value: string) => string;
  /** The language of the engine's own texts (messages, cause notes) in this pane language. */
  causeLang: "zh" | "en";
  /** The button that selects the paragraph of the figure a grouped finding follows from. */
  locateCause: (where: string) => string;
  applyFix: (from: string, to: string) => string;
  /** A drafted (formula) paragraph's fix: not applied to its text. */
  draftedFix: (from: string, to: string) => string;
  fixApplied: string;
  fixRefused: string;
  waive: string;
  waiveReason: string;
  reasonRequired: string;
  waiveWho: string;
  whoRequired: string;
  confirmWaive: string;
  unwaive: string;
  waivedBy: (who: string, when: string, why: string) => string;
  // 说明
  narrativeIntro: string;
  narrativeNone: string;
  narrativeExisting: (paragraphs: number) => string;
  narrativeText: string;
  narrativePlaceholder: string;
  paragraphCount: (n: number) => string;
  chooseFile: string;
  importing: string;
  imported: (file: string, encoding: string, paragraphs: number) => string;
  /** A long PDF read page by page: where the reading is. */
  readingPage: (page: number, pages: number) => string;
  importFailed: string;
  draftFromTables: string;
  drafting: string;
  /** The draft is in the 说明 sheet: `live` paragraphs as formulas, `text` written as text for a reason. */
  draftWritten: (paragraphs: number, live: number, text: number) => string;
  draftTextRows: (n: number) => string;
  draftGaps: (n: number) => string;
  draftFromTemplate: string;
  templateWritten: (paragraphs: number) => string;
  templateUnfilled: (n: number) => string;
  draftNeedsTables: string;
  // 来源单元格 (a drafted paragraph's source cells)
  sourcesOf: (where: string, n: number) => string;
  showSources: string;
  sourcesNotParagraph: string;
  sourcesNotDrafted: (where: string) => string;
  sourcesFailed: string;
  period: Record<"current" | "prior" | "budget", string>;
  draftFailed: string;
  writeNarrative: string;
  writing: string;
  narrativeWritten: (paragraphs: number) => string;
  writeFailed: string;
  replaceNarrativeTitle: string;
  replaceNarrativeBody: (existing: number, next: number) => string;
  replace: string;
  // 转为数值
  convertTitle: string;
  convertIntro: string;
  convertFind: string;
  convertNone: string;
  convertConfirmTitle: string;
  convertConfirmBody: (cells: number) => string;
  convertConfirm: string;
  converted: (cells: number, skipped: number) => string;
  convertFailed: string;
  andMore: (n: number) => string;
  // 模板
  templatesIntro: string;
  reportYear: string;
  yearInvalid: string;
  templateSet: string;
  unitName: string;
  unitHint: string;
  insertTemplates: string;
  insertCharts: string;
  chartsHint: string;
  fillTitle: string;
  fillIntro: string;
  fillFromNarrative: string;
  fillFromFile: string;
  fillPrior: string;
  preparing: string;
  progress: Record<"reading" | "writing", string>;
  progressLabel: string;
  writeSummary: (what: string, written: number, kept: number) => string;
  writeCancelled: (what: string) => string;
  dataProblems: (n: number) => string;
  overwriteTitle: (n: number) => string;
  overwriteBody: string;
  /** Asked again: a cell the user agreed to overwrite changed before the write. */
  overwriteChangedBody: string;
  overwriteList: string;
  conflictLine: (where: string, current: string, next: string) => string;
  conflictChanged: string;
  keepExisting: string;
  overwrite: string;
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
  tabTemplates: "模板",
  tabNarrative: "说明",
  tabCheck: "检查",
  cancel: "取消",
  readOnlyTitle: "只读",
  readOnlyBody: "此工作簿为只读：可以检查和查看问题，但不会写入工作簿。",
  checkIntro: "检查“说明”工作表（以及已插入的报表），逐条列出与数字不符之处及其算式。",
  runCheck: "检查",
  checking: "正在检查……",
  liveCheck: "实时检查",
  liveUnsupported: "此 Excel 版本不支持实时检查（需要 ExcelApi 1.9）。请手动检查。",
  liveOn: "修改说明或报表后，将自动重新检查。",
  checkFailed: "检查失败",
  noNarrative: "工作簿中没有“说明”工作表：请先在“说明”页导入或粘贴说明。",
  externalRefsTitle: (n) => `${n} 个报表单元格引用其他工作簿`,
  externalRefsBody:
    "这些单元格的公式指向另一个工作簿，显示的是那个文件上次打开时的值，不作为本表数据读取，检查和起草都不使用它们。请改为录入数值或引用本工作簿的单元格。",
  externalRefLine: (where, formula) => `${where}：${formula}`,
  marksReadOnly: "已完成检查，但工作簿为只读（或工作表受保护），未在单元格上标记。",
  marksFailed: "未能在单元格上标记",
  marked: (n) =>
    n === 0 ? "工作簿中没有需要标记的单元格。" : `已在 ${n} 个单元格上以底色和备注标记。`,
  marksFillOnly: "此 Excel 不支持备注或批注，仅以底色标记，详情见下方列表。",
  marksUserAnnotated: (n) => `其中 ${n} 个单元格已有用户的备注，只加底色。`,
  summary: "问题统计",
  noFindings: "未发现问题",
  severity: { error: "错误", warning: "警告", info: "提示" },
  severityCount: (sev, n) => `${{ error: "错误", warning: "警告", info: "提示" }[sev]} ${n}`,
  showWaived: (n) => `显示已忽略的问题（${n}）`,
  untitledSection: "（标题之前）",
  message: (f) => f.message,
  locate: (where) => `定位到 ${where}`,
  expected: (v) => `应为 ${v}`,
  causeLang: "zh",
  locateCause: (where) => `定位该数字（${where}）`,
  applyFix: (from, to) => (from ? `应用修正：“${from}”→“${to}”` : `应用修正：插入“${to}”`),
  draftedFix: (from, to) =>
    `此段由表格公式起草（${from ? `“${from}”→“${to}”` : `应插入“${to}”`}）：请改正表中的数，或重新起草此段；直接改文字会去掉公式。`,
  fixApplied: "已应用修正。",
  fixRefused: "该段落在检查之后已被修改，未应用修正。已重新检查，请核对。",
  waive: "忽略",
  waiveReason: "忽略原因",
  reasonRequired: "请填写忽略的原因。",
  waiveWho: "审核人",
  whoRequired: "请填写审核人姓名（保存在此工作簿中，供下次选择）。",
  confirmWaive: "确认忽略",
  unwaive: "取消忽略",
  waivedBy: (who, when, why) => `已由 ${who} 于 ${when} 忽略：${why}`,
  narrativeIntro:
    "说明保存在“说明”工作表中，每行一段（A 列），便于共同编辑和标记。可粘贴文字、导入 .txt / .docx / .pdf 文件，或根据报表起草。",
  narrativeNone: "工作簿中还没有“说明”工作表。",
  narrativeExisting: (n) => `“说明”工作表现有 ${n} 段。`,
  narrativeText: "说明文字",
  narrativePlaceholder: "在此粘贴说明全文，每段一行……",
  paragraphCount: (n) => `${n} 段`,
  chooseFile: "导入文件（.txt / .docx / .pdf）",
  importing: "正在读取文件……",
  imported: (file, enc, n) => `已读取“${file}”（${enc}），共 ${n} 段。请核对后写入说明表。`,
  readingPage: (page, pages) => `正在读取 PDF：第 ${page}/${pages} 页……`,
  importFailed: "无法导入文件",
  draftFromTables: "根据报表起草",
  drafting: "正在起草……",
  draftWritten: (n, live, text) =>
    `已根据报表起草 ${n} 段，写入“说明”工作表：${live} 段为实时公式，报表修改后数字和“增加/减少”等措辞随之更新` +
    (text > 0 ? `；${text} 段只能写为文字，见下。` : "。") +
    "请补充“主要变动原因”。",
  draftTextRows: (n) => `${n} 段写为文字（不随报表更新）：`,
  draftGaps: (n) => `报表中没有的 ${n} 处内容（已留空白或略去）：`,
  draftFromTemplate: "按模板起草…",
  templateWritten: (n) =>
    `已按模板填写 ${n} 段，写入“说明”工作表（文字，不随报表更新）；模板中的说明性括注已删去，原说明中的“主要原因”已沿用。`,
  templateUnfilled: (n) => `未能填写的 ${n} 处（文中保留原样，请补充）：`,
  draftNeedsTables: "工作簿中还没有填好的报表：请先在“模板”页插入并填列报表。",
  sourcesOf: (where, n) => `${where} 的数字来自 ${n} 个单元格：`,
  showSources: "所选段落的来源",
  sourcesNotParagraph: "请先在“说明”工作表 A 列中选中一段，再查看来源。",
  sourcesNotDrafted: (where) => `${where} 是文字，不是起草的公式，没有来源单元格。`,
  sourcesFailed: "无法读取来源单元格",
  period: { current: "", prior: "上年数", budget: "预算数" },
  draftFailed: "无法起草",
  writeNarrative: "写入说明表",
  writing: "正在写入……",
  narrativeWritten: (n) => `已将 ${n} 段写入“说明”工作表。`,
  writeFailed: "无法写入说明表",
  replaceNarrativeTitle: "替换现有说明？",
  replaceNarrativeBody: (existing, next) =>
    `“说明”工作表已有 ${existing} 段内容。替换为这里的 ${next} 段后，原有内容将被覆盖（可用 Excel 的撤消恢复）。`,
  replace: "替换",
  convertTitle: "转为数值",
  convertIntro:
    "发送给没有安装决算助手的同事（如财政局）之前，将使用 FA 函数的单元格替换为当前显示的数值，否则对方会看到 #NAME?。SUM、ROUND 等 Excel 原生公式不受影响。",
  convertFind: "查找 FA 函数单元格……",
  convertNone: "工作簿中没有使用 FA 函数的单元格。",
  convertConfirmTitle: "将公式转为数值？",
  convertConfirmBody: (n) => `以下 ${n} 个单元格的 FA 公式将被替换为当前值，之后不再自动计算：`,
  convertConfirm: "转为数值",
  converted: (n, skipped) =>
    `已将 ${n} 个单元格转为数值。` +
    (skipped > 0 ? `${skipped} 个单元格在确认前已被修改，未转换。` : ""),
  convertFailed: "无法转为数值",
  andMore: (n) => `……另有 ${n} 个`,
  templatesIntro:
    "插入部门决算公开的标准报表（公开01–09表及项目绩效表），合计、占比和增长率用 Excel 原生公式自动计算；再从说明表或数据文件填列。",
  reportYear: "报告年度",
  yearInvalid: "请输入 2000–2100 之间的年度。",
  templateSet: "模板套",
  unitName: "单位名称",
  unitHint: "印在各表“部门：”一行。",
  insertTemplates: "插入/更新模板表",
  insertCharts: "插入图表",
  chartsHint:
    "在“图表”工作表上插入收入、支出结构饼图和上年/本年对比柱形图，数据引用模板表的单元格，随表更新；再次插入会替换加载项原有的图表。",
  fillTitle: "填列",
  fillIntro:
    "从“说明”工作表读取文中的金额，或导入决算软件导出的 CSV/JSON 文件，或已公开的决算 PDF/Word 文件中的公开表。文中没有写明的单元格保持空白。",
  fillFromNarrative: "从说明表填列",
  fillFromFile: "从文件填列（CSV/JSON/PDF/Word）",
  fillPrior: "导入上年数（CSV/JSON/PDF/Word）",
  preparing: "正在准备……",
  progress: { reading: "正在读取工作簿……", writing: "正在写入报表……" },
  progressLabel: "写入进度",
  writeSummary: (what, written, kept) =>
    `${what}：已写入 ${written} 个单元格` +
    (kept > 0 ? `，${kept} 个已有内容的单元格未改动。` : "。"),
  writeCancelled: (what) => `${what}：已取消，未写入任何内容。`,
  dataProblems: (n) => `数据文件有 ${n} 处问题，未写入任何内容`,
  overwriteTitle: (n) => `${n} 个单元格已有内容`,
  overwriteBody:
    "尚未写入任何内容。以下单元格已有不同的内容。选“保留现有内容”，写入其余单元格、这些单元格不动；选“覆盖这些单元格”，全部写入；取消则什么也不写。",
  overwriteChangedBody:
    "尚未写入任何内容。您同意覆盖的单元格中，有的在此期间已被修改（可能是共同编辑者），同意只对当时看到的内容有效，请按现在的内容再确认一次。选“保留现有内容”，写入其余单元格、这些单元格不动；选“覆盖这些单元格”，全部写入；取消则什么也不写。",
  overwriteList: "将被覆盖的单元格",
  conflictLine: (where, current, next) => `${where}：${current} → ${next}`,
  conflictChanged: "（刚被修改）",
  keepExisting: "保留现有内容",
  overwrite: "覆盖这些单元格",
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
  tabTemplates: "Templates",
  tabNarrative: "Narrative",
  tabCheck: "Check",
  cancel: "Cancel",
  readOnlyTitle: "Read-only",
  readOnlyBody:
    "This workbook is read-only: you can check it and read the findings, but nothing is written to it.",
  checkIntro:
    "Checks the 说明 sheet (and the inserted tables) and lists every figure that does not add up, with the arithmetic.",
  runCheck: "Check",
  checking: "Checking…",
  liveCheck: "Live checking",
  liveUnsupported: "This Excel cannot check live (ExcelApi 1.9 is needed). Check by hand.",
  liveOn: "Edits to the narrative or the tables are checked again automatically.",
  checkFailed: "The check failed",
  noNarrative:
    "The workbook has no 说明 sheet: import or paste the narrative on the Narrative tab first.",
  externalRefsTitle: (n) =>
    n === 1
      ? "1 table cell refers to another workbook"
      : `${n} table cells refer to another workbook`,
  externalRefsBody:
    "Their formulas point into another file and show what it held when last opened: they are not read as this workbook's figures, and neither the check nor the drafter uses them. Type the value, or refer to a cell of this workbook.",
  externalRefLine: (where, formula) => `${where}: ${formula}`,
  marksReadOnly:
    "The check is done, but the workbook is read-only (or the sheet is protected), so no cells were marked.",
  marksFailed: "Could not mark the cells",
  marked: (n) =>
    n === 0 ? "No cells to mark in the workbook." : `${n} cells marked with a fill and a note.`,
  marksFillOnly:
    "This Excel has neither notes nor comments: cells are only filled; the details are listed below.",
  marksUserAnnotated: (n) => `${n} of them already have your own note and got the fill only.`,
  summary: "Findings by severity",
  noFindings: "No findings",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityCount: (sev, n) => `${{ error: "Errors", warning: "Warnings", info: "Info" }[sev]} ${n}`,
  showWaived: (n) => `Show waived findings (${n})`,
  untitledSection: "(before the first heading)",
  message: (f) => f.messageEn,
  locate: (where) => `Go to ${where}`,
  expected: (v) => `expected ${v}`,
  causeLang: "en",
  locateCause: (where) => `Go to that figure (${where})`,
  applyFix: (from, to) => (from ? `Apply fix: "${from}" → "${to}"` : `Apply fix: insert "${to}"`),
  draftedFix: (from, to) =>
    `This paragraph is drafted from the tables by a formula (${from ? `"${from}" → "${to}"` : `insert "${to}"`}): correct the value in the table, or redraft the paragraph; editing the text would remove the formula.`,
  fixApplied: "Fix applied.",
  fixRefused:
    "The paragraph was edited after the check, so the fix was not applied. It has been checked again.",
  waive: "Waive",
  waiveReason: "Reason",
  reasonRequired: "Say why the finding is acceptable.",
  waiveWho: "Reviewer",
  whoRequired: "Type your name (kept in this workbook, to pick next time).",
  confirmWaive: "Waive",
  unwaive: "Withdraw waiver",
  waivedBy: (who, when, why) => `Waived by ${who} on ${when}: ${why}`,
  narrativeIntro:
    "The narrative lives in the 说明 sheet, one paragraph per row (column A), so co-authors can edit it and findings can be marked. Paste it, import a .txt, .docx or .pdf file, or draft it from the tables.",
  narrativeNone: "The workbook has no 说明 sheet yet.",
  narrativeExisting: (n) => `The 说明 sheet has ${n} paragraphs.`,
  narrativeText: "Narrative text",
  narrativePlaceholder: "Paste the whole narrative here, one paragraph per line…",
  paragraphCount: (n) => `${n} paragraphs`,
  chooseFile: "Import a file (.txt / .docx / .pdf)",
  importing: "Reading the file…",
  readingPage: (page, pages) => `Reading the PDF: page ${page} of ${pages}…`,
  imported: (file, enc, n) =>
    `Read "${file}" (${enc}): ${n} paragraphs. Review it, then write it to the sheet.`,
  importFailed: "Could not import the file",
  draftFromTables: "Draft from the tables",
  drafting: "Drafting…",
  draftWritten: (n, live, text) =>
    `Drafted ${n} paragraphs from the tables into the 说明 sheet: ${live} are live formulas, whose figures and words (增加/减少 …) follow the tables` +
    (text > 0 ? `; ${text} could only be written as text, see below.` : ".") +
    " Add the reasons for the changes (主要变动原因).",
  draftTextRows: (n) => `${n} paragraphs written as text (they do not follow the tables):`,
  draftGaps: (n) => `${n} things the tables do not say (left blank or left out):`,
  draftFromTemplate: "Draft from a template…",
  templateWritten: (n) =>
    `Filled the template from the tables: ${n} paragraphs written to the 说明 sheet (as text: they do not follow the tables); its bracketed instructions were carried out and removed, and the reasons the 说明 sheet gave were kept.`,
  templateUnfilled: (n) => `${n} places left as they were (fill them in):`,
  sourcesOf: (where, n) => `The figures of ${where} come from ${n} cells:`,
  showSources: "Sources of the selected paragraph",
  sourcesNotParagraph: "Select a paragraph in column A of the 说明 sheet first.",
  sourcesNotDrafted: (where) => `${where} is text, not a drafted formula: it has no source cells.`,
  sourcesFailed: "Could not read the source cells",
  period: { current: "", prior: "prior year", budget: "budget" },
  draftNeedsTables:
    "The workbook has no filled tables yet: insert and fill them on the Templates tab first.",
  draftFailed: "Could not draft",
  writeNarrative: "Write to the 说明 sheet",
  writing: "Writing…",
  narrativeWritten: (n) => `${n} paragraphs written to the 说明 sheet.`,
  writeFailed: "Could not write the 说明 sheet",
  replaceNarrativeTitle: "Replace the narrative?",
  replaceNarrativeBody: (existing, next) =>
    `The 说明 sheet already has ${existing} paragraphs. Replacing them with these ${next} overwrites them (Excel's Undo brings them back).`,
  replace: "Replace",
  convertTitle: "Convert to values",
  convertIntro:
    "Before sending the workbook to someone without the add-in (the finance bureau), replace the cells that use FA functions by the values they show; otherwise they see #NAME?. Native formulas (SUM, ROUND) are left alone.",
  convertFind: "Find FA function cells…",
  convertNone: "No cell of the workbook uses an FA function.",
  convertConfirmTitle: "Convert formulas to values?",
  convertConfirmBody: (n) =>
    `The FA formulas of these ${n} cells will be replaced by their current values and no longer recompute:`,
  convertConfirm: "Convert to values",
  converted: (n, skipped) =>
    `${n} cells converted to values.` +
    (skipped > 0 ? ` ${skipped} cells changed before you confirmed and were left alone.` : ""),
  convertFailed: "Could not convert to values",
  andMore: (n) => `…and ${n} more`,
  templatesIntro:
    "Inserts the standard final-account tables (公开01–09 and the performance table) with native Excel formulas for totals, shares and growth, then fills them from the 说明 sheet or a data file.",
  reportYear: "Report year",
  yearInvalid: "Type a year between 2000 and 2100.",
  templateSet: "Template set",
  unitName: "Unit name",
  unitHint: "Printed on the 部门： line of every table.",
  insertTemplates: "Insert / update the tables",
  insertCharts: "Insert charts",
  chartsHint:
    "Adds native Excel charts on a 图表 sheet (income and spending structure pies, prior vs current year columns) over the tables' cells, so they follow every edit; inserting again replaces the add-in's earlier charts.",
  fillTitle: "Fill",
  fillIntro:
    "Reads the amounts the 说明 sheet states, a CSV/JSON file exported by the accounts software, or the tables of a published report (PDF or Word). Cells the text does not state stay empty.",
  fillFromNarrative: "Fill from the 说明 sheet",
  fillFromFile: "Fill from a file (CSV/JSON/PDF/Word)",
  fillPrior: "Import prior-year values (CSV/JSON/PDF/Word)",
  preparing: "Preparing…",
  progress: { reading: "Reading the workbook…", writing: "Writing the tables…" },
  progressLabel: "Write progress",
  writeSummary: (what, written, kept) =>
    `${what}: ${written} cells written` +
    (kept > 0 ? `; ${kept} cells with other content left as they were.` : "."),
  writeCancelled: (what) => `${what}: cancelled, nothing was written.`,
  dataProblems: (n) => `The data file has ${n} problems; nothing was written`,
  overwriteTitle: (n) => `${n} cells already have content`,
  overwriteBody:
    "Nothing has been written yet. These cells already hold something different. “Keep what is there” writes everything else and leaves them as they are; “Overwrite these cells” writes everything; Cancel writes nothing.",
  overwriteChangedBody:
    "Nothing has been written yet. Some cells you agreed to overwrite changed in the meantime (a co-author's edit, perhaps): your consent was for what you saw, so confirm again for what they hold now. “Keep what is there” writes everything else and leaves them as they are; “Overwrite these cells” writes everything; Cancel writes nothing.",
  overwriteList: "Cells that would be overwritten",
  conflictLine: (where, current, next) => `${where}: ${current} → ${next}`,
  conflictChanged: "(just changed)",
  keepExisting: "Keep what is there",
  overwrite: "Overwrite these cells",
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
