import { check } from "../../src/core/check";
import { compareFindings, type Finding } from "../../src/core/findings";
import { readSeed } from "../support/seed";

describe("check() on the seed", () => {
  const text = readSeed();
  const { doc, claims, findings } = check(text);
  const lineOf = (f: Finding) => doc.lineCol(f.span!.start).line;
  const of = (rule: string) => findings.filter((f) => f.rule === rule);

  it("returns the document, its claims and the findings in text order", () => {
    expect(doc.source).toBe(text);
    // The canonical reading keeps the seed's length and line starts (only spaces and
    // half-width clause marks differ), so its line numbers are the seed's.
    expect(doc.text).toHaveLength(text.length);
    expect(doc.text.split("\n").map((l) => l.length === 0)).toEqual(
      text.split("\n").map((l) => l.length === 0),
    );
    expect(claims.length).toBeGreaterThan(0);
    claims.forEach((c, i) => expect(c.id).toBe(i));
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });

  it("flags 四、 written after 五、", () => {
    const f = of("heading-numbering").find((x) => x.text === "四、");
    expect(f).toMatchObject({ severity: "error" });
    expect(lineOf(f!)).toBe(78);
    expect(f!.related?.map((r) => ("start" in r ? text.slice(r.start, r.end) : ""))).toEqual([
      "五、",
    ]);
  });

  it("flags the template residue of the 三公 section", () => {
    const residue = of("template-residue");
    expect(residue.map((f) => [lineOf(f), f.text, f.expected])).toEqual([
      [136, "增加/减少", "持平"],
      [136, "增长/下降", "持平"],
      [137, "增加/减少", "持平"],
      [137, "增长/下降", "持平"],
    ]);
    for (const f of residue) {
      const p = doc.paragraphs.find(
        (x) => x.span.start <= f.span!.start && f.span!.end <= x.span.end,
      )!;
      expect(doc.sections[p.section].path.join(">")).toContain("“三公”经费");
    }
  });

  it("flags 下设独立编制机构0个 against its parts 1+2+0", () => {
    const f = of("count-vs-list").find((x) => lineOf(x) === 66);
    expect(f).toMatchObject({ text: "0个", severity: "error", expected: "3个" });
  });

  it("dates the project as the table does", () => {
    expect(of("report-year").map((f) => [lineOf(f), f.text])).toEqual([
      [158, "2021年区级应用技术研究与开发经费"],
      [162, "2021年区级应用技术研究与开发经费"],
    ]);
  });

  it("finds the same things with CRLF line ends", () => {
    const crlf = check(text.replace(/\n/g, "\r\n"));
    const key = (f: Finding) => `${f.rule}|${f.severity}|${f.text}|${f.message}`;
    expect(crlf.findings.map(key)).toEqual(findings.map(key));
  });
});

describe("check() options", () => {
  it("passes the report year to the rules", () => {
    const text = "2021年一般公共预算财政拨款支出决算为1518.12万元。";
    expect(check(text).findings.filter((f) => f.rule === "report-year")).toEqual([]);
    const given = check(text, { reportYear: 2020 }).findings.filter(
      (f) => f.rule === "report-year",
    );
    expect(given.map((f) => [f.text, f.severity])).toEqual([["2021年", "error"]]);
  });
});
