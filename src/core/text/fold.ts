/**
 * Character folding for matching, one UTF-16 unit for one, so that offsets survive it:
 * the half-width clause marks to full width (，：； — the comma and colon kept between
 * digits, where they are a thousands separator or a time), and the traditional
 * characters of this domain to simplified ones (mirror sites and Hong Kong/Taiwan-style
 * reposts print 萬元, 預算, 經費). Brackets, ? and ! keep their width: the readers take
 * both, and a suggested heading number keeps the document's own brackets. Full-width
 * digits stay too: the figure reader (normalizeDigits) reads them, and a quoted figure
 * stays as printed.
 *
 * The traditional table is deliberately compact: the characters of amounts, units,
 * comparison words, the standard titles and the metric vocabulary, not a general
 * converter. A character missing here only means a label is not recognised, never a
 * wrong figure.
 */

const TRADITIONAL =
  "萬億數額計預決費財撥專項經營轉結餘資產購買車輛運維護務會議訓國門機關單總體較與減長為佔區縣鄉鎮級類說況礎個員職編製構設備場處廳衛醫療學農節環險勞動發實際績評價標準規劃業開報紙頁錄釋稱詞後於這該將對從當們時間內應無並補貼債負擔帳賬戶權歸屬還償繳稅貨幣銀貸儲積調劑變續連統籌養災氣電話網絡訊郵圖書館檔廣視聽漁獸藥穀糧礦監檢審紀黨團組織協聯婦殘僑愛傳號條爲須兩幾點億舊複雜參與備導進選擇區劃階層種護務證據憑據條陳舉辦務樣歷來簡單採購輸僱傭優質線氣溫頭費額兒訂";
const SIMPLIFIED =
  "万亿数额计预决费财拨专项经营转结余资产购买车辆运维护务会议训国门机关单总体较与减长为占区县乡镇级类说况础个员职编制构设备场处厅卫医疗学农节环险劳动发实际绩评价标准规划业开报纸页录释称词后于这该将对从当们时间内应无并补贴债负担账账户权归属还偿缴税货币银贷储积调剂变续连统筹养灾气电话网络讯邮图书馆档广视听渔兽药谷粮矿监检审纪党团组织协联妇残侨爱传号条为须两几点亿旧复杂参与备导进选择区划阶层种护务证据凭据条陈举办务样历来简单采购输雇佣优质线气温头费额儿订";

/** FOLD[code] is the folded code unit, or 0 when the unit stays as it is. */
const FOLD = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) {
  FOLD[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
}
FOLD[";".charCodeAt(0)] = "；".charCodeAt(0);

const COMMA = 44;
const COLON = 58;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isDigitOrWide(code: number): boolean {
  return isDigit(code) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * The folded code unit of text[i] (given the units around it), or the unit itself.
 * `prev` is the unit before it in the canonical text (after earlier folding and joins),
 * `next` the unit after it (the caller skips letter spacing).
 */
export function foldAt(
  text: string,
  i: number,
  prev: number,
  next = text.charCodeAt(i + 1),
): number {
  const c = text.charCodeAt(i);
  if (c === COMMA || c === COLON) {
    if (isDigit(prev) && isDigitOrWide(next)) return c;
    return c === COMMA ? 0xff0c : 0xff1a;
  }
  return FOLD[c] || c;
}

/** True when a unit may change under folding: lets a clean line be copied as it is. */
export function mayFold(code: number): boolean {
  return FOLD[code] !== 0 || code === COMMA || code === COLON;
}

/** The text folded character by character (same length): for tables and lists of terms. */
export function foldText(text: string): string {
  let out = "";
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    prev = foldAt(text, i, prev);
    out += String.fromCharCode(prev);
  }
  return out;
}
