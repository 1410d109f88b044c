import type { Finding } from "../findings";

/**
 * The sentence every output (CLI, task pane, workbook notes, 检查结果 sheet) shows under a
 * grouped finding, so that they all say the same thing: the primary names the figure and
 * how many findings follow from it; a follower names the figure it follows from.
 */
export function causeNote(finding: Finding, lang: "zh" | "en"): string {
  const cause = finding.cause;
  if (!cause) return "";
  const others = cause.size - 1;
  // A follower about the figure itself (or a copy of it) says so.
  const own = [cause.figure, ...(cause.others ?? [])].some(
    (c) => finding.span?.start === c.start && finding.span?.end === c.end,
  );
  const copies = (cause.others?.length ?? 0) + 1;
  const figure = `“${cause.figure.text}”`;
  if (lang === "zh") {
    const where = copies > 1 ? `（文中${copies}处）` : "";
    const withheld = cause.fixWithheld ? "；原修正建议由该数字算出，已撤回" : "";
    if (cause.role === "primary")
      return (
        `第${cause.group}组的共同原因：${figure}${where}可能有误` +
        (cause.expected !== undefined ? `，应为“${cause.expected}”` : "") +
        `；另有${others}个问题由它引起，改正后随之消失${withheld}`
      );
    return own
      ? `同属第${cause.group}组：${figure}${where}可能有误，改正后本问题随之消失${withheld}`
      : `由${figure}引起（第${cause.group}组）：改正该数字后本问题随之消失${withheld}`;
  }
  const where = copies > 1 ? ` (stated ${copies} times)` : "";
  const withheld = cause.fixWithheld
    ? "; the fix proposed here was computed from that figure and is withheld"
    : "";
  if (cause.role === "primary")
    return (
      `Common cause of group ${cause.group}: ${figure}${where} is likely wrong` +
      (cause.expected !== undefined ? ` (should be “${cause.expected}”)` : "") +
      `; ${others} other finding${others === 1 ? "" : "s"} follow from it and go away once it is corrected${withheld}`
    );
  return own
    ? `Part of group ${cause.group}: ${figure}${where} is likely wrong; this goes away once it is corrected${withheld}`
    : `Follows from ${figure} (group ${cause.group}): goes away once that figure is corrected${withheld}`;
}
