import JSZip from "jszip";
import type { ChartPlacement } from "../../core/templates/charts";

/*
 * exceljs cannot write charts, so the chart parts (DrawingML) go into the package it wrote:
 * one chart part per chart, one drawing anchoring them on the 图表 sheet, the
 * relationships and content types. Each series refers to the 图表 sheet's cells (which are
 * formulas over the tables) and carries their values as its cache, so a reader that does
 * not calculate shows the chart as Excel would.
 */

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_CHART = `${NS_R}/chart`;
const REL_DRAWING = `${NS_R}/drawing`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>#,##0.00</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const flag = (name: string, on: boolean) => `<c:${name} val="${on ? 1 : 0}"/>`;

function labels(percent: boolean): string {
  return (
    "<c:dLbls>" +
    flag("showLegendKey", false) +
    flag("showVal", !percent) +
    flag("showCatName", false) +
    flag("showSerName", false) +
    flag("showPercent", percent) +
    flag("showBubbleSize", false) +
    "</c:dLbls>"
  );
}

function series(chart: ChartPlacement): string {
  return chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${esc(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        (chart.kind === "column" ? '<c:invertIfNegative val="0"/>' : "") +
        labels(chart.kind === "pie") +
        `<c:cat><c:strRef><c:f>${esc(chart.categories)}</c:f>${strCache(chart.labels)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(s.values)}</c:f>${numCache(s.cached)}</c:numRef></c:val>` +
        "</c:ser>",
    )
    .join("");
}

/** The chart part: a pie, or clustered columns with a category and a value axis. */
export function chartXml(chart: ChartPlacement): string {
  const plot =
    chart.kind === "pie"
      ? `<c:pieChart><c:varyColors val="1"/>${series(chart)}<c:firstSliceAng val="0"/></c:pieChart>`
      : '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        `${series(chart)}<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling>' +
        '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
        '<c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>' +
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling>' +
        '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
        '<c:numFmt formatCode="#,##0.00" sourceLinked="0"/><c:tickLblPos val="nextTo"/>' +
        '<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function anchorXml(chart: ChartPlacement, i: number): string {
  const { row, col, rows, cols } = chart.anchor;
  const at = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor><xdr:from>${at(col, row)}</xdr:from><xdr:to>${at(col + cols, row + rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

function relsXml(rels: Array<{ id: string; type: string; target: string }>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/** The worksheet part of a sheet, by name (workbook.xml and its relationships). */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) =>
    m[0].includes(`name="${esc(name)}"`),
  );
  const id = sheet && /r:id="([^"]+)"/.exec(sheet[0])?.[1];
  const rel =
    id && [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel[0])?.[1];
  if (!target) throw new Error(`no sheet ${name} in the package`);
  return target.replace(/^\/?(xl\/)?/, "xl/");
}

/** Adds the charts, anchored on sheet `sheetName`, to an .xlsx package; returns the new package. */
export async function addCharts(
  xlsx: Buffer,
  sheetName: string,
  charts: readonly ChartPlacement[],
): Promise<Buffer> {
  if (!charts.length) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await sheetPart(zip, sheetName);
  let drawingNo = 1;
  while (zip.file(`xl/drawings/drawing${drawingNo}.xml`)) drawingNo++;
  let chartNo = 1;
  while (zip.file(`xl/charts/chart${chartNo}.xml`)) chartNo++;
  const drawing = `xl/drawings/drawing${drawingNo}.xml`;
  const overrides: Array<[string, string]> = [[`/${drawing}`, CT_DRAWING]];
  const drawingRels: Array<{ id: string; type: string; target: string }> = [];
  charts.forEach((chart, i) => {
    const part = `xl/charts/chart${chartNo + i}.xml`;
    zip.file(part, chartXml(chart));
    overrides.push([`/${part}`, CT_CHART]);
    drawingRels.push({
      id: `rId${i + 1}`,
      type: REL_CHART,
      target: `../charts/chart${chartNo + i}.xml`,
    });
  });
  zip.file(
    drawing,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
      charts.map(anchorXml).join("") +
      "</xdr:wsDr>",
  );
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));

  // The sheet refers to the drawing, through its own relationships.
  const slash = sheetPath.lastIndexOf("/");
  const sheetRels = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const existing = zip.file(sheetRels) ? await zip.file(sheetRels)!.async("string") : "";
  const rels = [...existing.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => ({
    id: /Id="([^"]+)"/.exec(m[0])![1],
    type: /Type="([^"]+)"/.exec(m[0])![1],
    target: /Target="([^"]+)"/.exec(m[0])![1],
  }));
  const drawingId = `rIdFaCharts${drawingNo}`;
  rels.push({ id: drawingId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` });
  zip.file(sheetRels, relsXml(rels));
  let xml = await zip.file(sheetPath)!.async("string");
  if (!/xmlns:r=/.test(xml)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
  // CT_Worksheet order: <drawing> comes before legacyDrawing, tableParts and extLst.
  const before =
    /<(?:legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
      xml,
    )!;
  xml = `${xml.slice(0, before.index)}<drawing r:id="${drawingId}"/>${xml.slice(before.index)}`;
  zip.file(sheetPath, xml);

  let types = await zip.file("[Content_Types].xml")!.async("string");
  const added = overrides
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join("");
  types = types.replace("</Types>", `${added}</Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
