/*
 * The production build of the task pane in a real browser (Debian's Chromium, driven by
 * playwright-core), inside a simulated Excel: office.js is replaced by test/e2e/sim-host.ts,
 * an in-memory workbook that enforces load/sync and records every write. Nothing leaves
 * 127.0.0.1. The test goes through the whole work of a preparer on the seed: import the
 * narrative, insert and fill the tables, check, go to a finding, edit a table live. It
 * saves screenshots at 320 and 800 px wide under test-results/ and runs axe on each tab.
 */
import { createServer, type Server } from "node:http";
import { mkdirSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { splitParagraphs } from "../../src/excel/narrative-sheet";
import { DRAFT_PRIOR_CSV, DRAFT_TABLES_CSV } from "../support/drafting-tables";
import { DIST, ROOT, ensureProductionBuild } from "../support/production-build";
import { SEED_PATH, readSeed } from "../support/seed";

const RESULTS = join(ROOT, "test-results");
const SHARE_MESSAGE = "占比应为44%（1414.49 ÷ 3190.21 = 44.34%），文中为45%";
const LIVE_MESSAGE = "一般公共预算财政拨款收入文中为1414.49万元，表中（公开01表!C6）为1000万元";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

jest.setTimeout(600_000);

let server: Server;
let base: string;
let browser: Browser;
let simHost: string;

beforeAll(async () => {
  ensureProductionBuild();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild comes with tsx; no types needed here
  const esbuild = require("esbuild") as typeof import("esbuild");
  simHost = esbuild.buildSync({
    entryPoints: [join(__dirname, "sim-host.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  }).outputFiles[0].text;
  server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname),
    ).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = readFileSync(join(DIST, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  mkdirSync(RESULTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(
  width: number,
  query = "",
): Promise<{ page: Page; errors: string[]; csp: string[] }> {
  // A context of its own per page (axe needs it; and no state carries over).
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // What the page's Content-Security-Policy refused, as Chromium reports it.
  const csp: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) {
      await route.fulfill({ body: simHost, contentType: "application/javascript" });
    } else if (url.startsWith(base)) {
      await route.continue();
    } else {
      await route.abort(); // no network beyond the local server
    }
  });
  await page.goto(`${base}/taskpane.html${query}`);
  await page.getByRole("heading", { level: 1, name: "决算助手" }).waitFor();
  return { page, errors, csp };
}

const tab = (page: Page, name: string | RegExp) => page.getByRole("tab", { name });

/** Fluent's open and tab animations finished: colours are what the user reads. */
async function settled(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running"),
  );
}

async function shot(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: join(RESULTS, `${name}.png`) });
}

/**
 * Serious and critical axe violations on the page as it is, with where they are. Tabster's
 * focus-trap dummies (Fluent UI's known aria-hidden-focus false positive: focus never rests
 * on them) are left out node by node, as Accessibility Insights does; nothing else is.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await settled(page);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")),
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)} ${n.failureSummary ?? ""}`).join(" | ")}`,
    );
}

/** Calls the simulated host's test hooks (__sim) in the page. */
function simOf(page: Page) {
  return <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(
      ({ fn, args }) =>
        (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__sim[
          fn
        ](...args),
      { fn, args },
    ) as Promise<T>;
}

/** The pane fits its width: nothing sticks out sideways. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe("the task pane in Chromium on the simulated Excel host", () => {
  it("runs under its Content-Security-Policy, which refuses an inline script and code from a string", async () => {
    const { page, errors, csp } = await openPane(800);
    await tab(page, "检查").click();
    await page.getByRole("button", { name: "检查", exact: true }).waitFor();
    // Office's script (here the simulated host), the bundles and Fluent's styles all load.
    expect(csp).toEqual([]);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(e.violatedDirective),
      );
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.head.appendChild(script);
      // A string run as code (what eval does) is refused as well: the timer never fires.
      // eslint-disable-next-line no-implied-eval -- the point: the page must refuse it
      window.setTimeout("window.__evalRan = true;", 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
      return { ran: w.__inlineRan === true, evalRan: w.__evalRan === true, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.evalRan).toBe(false);
    expect(outcome.violations.some((d) => d.startsWith("script-src"))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("imports the seed, inserts and fills the tables, checks, goes to a finding and updates live", async () => {
    const { page, errors } = await openPane(800);
    const violations: string[] = [];
    const sim = <T>(fn: string, ...args: unknown[]) =>
      page.evaluate(
        ({ fn, args }) =>
          (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__sim[
            fn
          ](...args),
        {
          fn,
          args,
        },
      ) as Promise<T>;

    // 模板 first: the pane opens there.
    await tab(page, "模板").waitFor();
    expect(await tab(page, "模板").getAttribute("aria-selected")).toBe("true");
    violations.push(...(await axeViolations(page)));
    await shot(page, "templates-800");

    // 说明: the seed, as a user picks it.
    await tab(page, "说明").click();
    await page.getByLabel("导入文件（.txt / .docx / .pdf）").setInputFiles(SEED_PATH);
    await page.getByText(/已读取“renhe-2020-final-accounts.txt”（UTF-8）/).waitFor();
    await page.getByRole("button", { name: "写入说明表" }).click();
    const rows = splitParagraphs(readSeed());
    await page.getByText(`已将 ${rows.length} 段写入“说明”工作表。`).waitFor();
    expect(await sim("content", "说明", "A2")).toBe(rows[0]);
    violations.push(...(await axeViolations(page)));
    await shot(page, "narrative-800");

    // 模板: insert, then fill from the 说明 sheet.
    await tab(page, "模板").click();
    await page.getByRole("spinbutton", { name: "报告年度" }).fill("2020");
    await page
      .getByRole("textbox", { name: /单位名称/ })
      .fill("攀枝花市仁和区经济信息化和科学技术局");
    await page.getByRole("button", { name: "插入/更新模板表" }).click();
    await page.getByText(/插入\/更新模板表：已写入 \d+ 个单元格/).waitFor();
    expect(await sim<string[]>("sheets")).toEqual(
      expect.arrayContaining(["说明", "公开01表", "公开05表", "公开09表"]),
    );
    await page.getByRole("button", { name: "从说明表填列" }).click();
    // Totals the text states without their parts would replace live formulas: the pane asks
    // before writing anything, so the figures are not in the tables yet.
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByText(/尚未写入任何内容/).waitFor();
    expect(await sim("content", "公开01表", "C6")).toBe("");
    violations.push(...(await axeViolations(page)));
    await shot(page, "templates-confirm-800");
    await dialog.getByRole("button", { name: "保留现有内容" }).click();
    await page.getByText(/从说明表填列：已写入 \d+ 个单元格/).waitFor();
    expect(await sim("content", "公开01表", "C6")).toBe(1414.49);

    // 检查: the 占45% error, on its paragraph's cell.
    await tab(page, /^检查/).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const share = page.getByRole("button", {
      name: new RegExp(SHARE_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    });
    await share.waitFor();
    const row = rows.findIndex((r) => r.includes("一般公共预算财政拨款收入1414.49万元，占45%"));
    const cell = `A${row + 2}`;
    expect(await sim("fill", "说明", cell)).toBe("#FFC7CE");
    const card = page.locator("li", { has: share });
    expect(await card.locator("mark").first().textContent()).toBe("占45%");
    await share.scrollIntoViewIfNeeded();
    violations.push(...(await axeViolations(page)));
    await shot(page, "check-800");

    // Clicking the finding selects its cell in the workbook.
    await share.click();
    await page.waitForFunction((address) => {
      const s = (
        window as unknown as { __sim: { selection(): { sheet: string; address: string } | null } }
      ).__sim.selection();
      return s !== null && s.sheet === "说明" && s.address === address;
    }, cell);

    // Live: a table value edited in Excel shows in the list without pressing 检查.
    await page.getByRole("switch", { name: "实时检查" }).check();
    await page.getByText("修改说明或报表后，将自动重新检查。").waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"], .fui-Spinner'));
    const started = Date.now();
    await sim("edit", "公开01表", "C6", 1000);
    await page.getByText(LIVE_MESSAGE).first().waitFor();
    const liveMs = Date.now() - started;
    console.log(`live update after a table edit: ${liveMs} ms (300 ms of it is the debounce)`);

    // 320 px: every tab fits, nothing sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    await share.scrollIntoViewIfNeeded();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    violations.push(...(await axeViolations(page)));
    await shot(page, "check-320");
    for (const [name, file] of [
      ["模板", "templates-320"],
      ["说明", "narrative-320"],
    ] as const) {
      await tab(page, name).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      // The options saved at the insert are still there when the user comes back.
      if (name === "模板")
        expect(await page.getByRole("spinbutton", { name: "报告年度" }).inputValue()).toBe("2020");
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      violations.push(...(await axeViolations(page)));
      await shot(page, file);
    }

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("drafts the 说明 from the tables as live formulas, which follow a table edit", async () => {
    const { page, errors } = await openPane(800);
    const sim = simOf(page);
    const violations: string[] = [];
    const csv = (name: string, text: string) => ({
      name,
      mimeType: "text/csv",
      buffer: Buffer.from(text, "utf8"),
    });

    // 模板: insert, fill this year's tables and last year's figures from files.
    await page.getByRole("spinbutton", { name: "报告年度" }).fill("2020");
    await page.getByRole("textbox", { name: /单位名称/ }).fill("测试单位");
    await page.getByRole("button", { name: "插入/更新模板表" }).click();
    await page.getByText(/插入\/更新模板表：已写入 \d+ 个单元格/).waitFor();
    await page
      .getByLabel("从文件填列（CSV/JSON/PDF/Word）", { exact: true })
      .setInputFiles(csv("tables-2020.csv", DRAFT_TABLES_CSV));
    // Every total the file states is what the inserted formulas add up to: nothing to ask.
    await page.getByText(/从文件填列（CSV\/JSON\/PDF\/Word）：已写入 \d+ 个单元格/).waitFor();
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await page
      .getByLabel("导入上年数（CSV/JSON/PDF/Word）", { exact: true })
      .setInputFiles(csv("prior-2019.csv", DRAFT_PRIOR_CSV));
    await page.getByText(/导入上年数（CSV\/JSON\/PDF\/Word）：已写入 \d+ 个单元格/).waitFor();

    // 说明: drafted straight into the sheet, as formulas over the template cells.
    await tab(page, "说明").click();
    await page.getByRole("button", { name: "根据报表起草" }).click();
    await page.getByText(/已根据报表起草 \d+ 段，写入“说明”工作表：\d+ 段为实时公式/).waitFor();
    const formula = await sim<string>("content", "说明", "A5");
    expect(formula).toMatch(/^="2020年本年收入合计"&TEXT\('公开01表'!C32,"0\.00"\)/);
    expect(await sim("value", "说明", "A5")).toMatch(/^2020年本年收入合计3190\.21万元/);
    // A reviewer clicks the paragraph in Excel and asks where its figures come from.
    await sim("select", "说明", "A5");
    await page.getByRole("button", { name: "所选段落的来源" }).click();
    const sources = page.getByRole("list", { name: /说明!A5 的数字来自 \d+ 个单元格/ });
    await sources.waitFor();
    await sources.getByRole("button", { name: "公开01表!C6" }).waitFor();
    violations.push(...(await axeViolations(page)));
    await shot(page, "draft-800");

    // 检查: the draft agrees with its tables; what it reports are the gaps it left visible
    // (the 其他事项 the CSV does not give, the reasons only the writer can state).
    await tab(page, /^检查/).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page
      .getByText(/内容未填写|模板空白未填写/)
      .first()
      .waitFor();
    expect(await page.getByText(/文中为/).count()).toBe(0);
    await page.getByRole("switch", { name: "实时检查" }).check();
    await page.getByText("修改说明或报表后，将自动重新检查。").waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"], .fui-Spinner'));

    // 公务接待费 below last year's: the paragraph's figures and words turn, the list follows.
    const reception = await page.evaluate(() => {
      const shown = (window as unknown as { __sim: { value(s: string, a: string): unknown } })
        .__sim;
      for (let r = 2; r < 80; r++)
        if (String(shown.value("说明", `A${r}`)).startsWith("3.公务接待费")) return `A${r}`;
      return null;
    });
    expect(reception).not.toBeNull();
    expect(await sim("value", "说明", reception)).toMatch(/增加2\.38万元，增长270\.45%/);
    await sim("edit", "公开07表", "L7", 0.5);
    await page
      .getByText(/公开06表 公务接待费 3\.26，超过 公开07表 决算数/)
      .first()
      .waitFor();
    expect(await sim("value", "说明", reception)).toMatch(/减少0\.38万元，下降43\.18%/);
    expect(await page.getByText(/文中为/).count()).toBe(0);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets a reviewer without edit rights check and read the findings", async () => {
    const { page, errors } = await openPane(800, "?readOnly=1&lang=en-US");
    const rows = splitParagraphs(readSeed());
    const cells = [["A1", "说明"], ...rows.map((r, i) => [`A${i + 2}`, r])];
    await page.evaluate(
      (c) =>
        (window as unknown as { __sim: { setUp(s: string, c: unknown): void } }).__sim.setUp(
          "说明",
          c,
        ),
      cells,
    );
    await page.getByText("This workbook is read-only", { exact: false }).waitFor();
    await tab(page, /^Check/).click();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page
      .getByText("The share should be 44% (1414.49 ÷ 3190.21 = 44.34%); the text says 45%")
      .waitFor();
    await page.getByText(/so no cells were marked/).waitFor();
    expect(await page.getByRole("button", { name: "Waive" }).first().isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "check-readonly-en-800");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
