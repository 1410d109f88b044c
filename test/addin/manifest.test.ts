/*
 * The manifest is only checked by Excel when someone sideloads it, so these tests stand in:
 * schema validity (offline validator), and agreement between the names the manifest uses
 * and what webpack actually emits.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { REQUIRED_SETS } from "../../src/taskpane/environment";

const ROOT = resolve(__dirname, "../..");
const MANIFEST = join(ROOT, "manifest.xml");
const SCRIPT = join(ROOT, "scripts/validate-manifest.sh");
const manifestXml = readFileSync(MANIFEST, "utf8");

function validate(file: string) {
  return spawnSync("sh", [SCRIPT, file], { cwd: ROOT, encoding: "utf8" });
}

describe("manifest.xml against the Office add-in schemas", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "fa-manifest-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is valid", () => {
    const run = validate(MANIFEST);
    expect(run.stderr + run.stdout).toContain("validates");
    expect(run.status).toBe(0);
  });

  it.each([
    [
      "an unknown permission",
      (xml: string) => xml.replace("ReadWriteDocument", "ReadWriteEverything"),
    ],
    [
      "a missing DisplayName",
      (xml: string) => xml.replace(/<DisplayName[\s\S]*?<\/DisplayName>/, ""),
    ],
    ["an element out of place", (xml: string) => xml.replace("<Runtimes>", "<Runtimes><Bogus />")],
    [
      "a runtime lifetime that does not exist",
      (xml: string) => xml.replace('lifetime="long"', 'lifetime="forever"'),
    ],
  ])("rejects a copy with %s", (_label, breakIt) => {
    const broken = breakIt(manifestXml);
    expect(broken).not.toBe(manifestXml);
    const file = join(dir, "manifest.xml");
    writeFileSync(file, broken);
    const run = validate(file);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/fails to validate|error/i);
  });
});

/** DefaultValue of the resource with this id, from <bt:Images>, <bt:Urls> or the strings. */
function resource(id: string): string {
  const m = new RegExp(
    `<bt:(?:Image|Url|String) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`,
  ).exec(manifestXml);
  if (!m) throw new Error(`manifest.xml defines no resource ${id}`);
  return m[1];
}

interface WebpackConfigLike {
  entry: Record<string, string>;
  output: { filename: string; path: string };
  plugins: object[];
  devServer: { port: number };
}

async function webpackConfig(): Promise<WebpackConfigLike> {
  const load = createRequire(__filename);
  const factory = load(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<WebpackConfigLike>;
  return factory({ WEBPACK_BUILD: true }, { mode: "production" });
}

function plugin<T>(config: WebpackConfigLike, name: string): T {
  const found = config.plugins.find((p) => p.constructor.name === name);
  if (!found) throw new Error(`webpack config has no ${name}`);
  return found as T;
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("manifest.xml agrees with the build", () => {
  let config: WebpackConfigLike;
  beforeAll(async () => {
    config = await webpackConfig();
  });

  it("serves everything from the dev server's https origin", () => {
    const urls = [...manifestXml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(url.startsWith(`https://localhost:${config.devServer.port}/`)).toBe(true);
  });

  it("names the functions script and metadata that webpack emits", () => {
    expect(config.output.filename).toBe("[name].js");
    expect(Object.keys(config.entry).sort()).toEqual(["functions", "taskpane"]);
    expect(resource("Functions.Script.Url")).toMatch(/\/functions\.js$/);
    const metadata = plugin<{ options: { output: string; input: string } }>(
      config,
      "CustomFunctionsMetadataPlugin",
    );
    expect(resource("Functions.Metadata.Url").endsWith(`/${metadata.options.output}`)).toBe(true);
    expect(resolve(ROOT, metadata.options.input)).toBe(resolve(ROOT, config.entry.functions));
  });

  it("opens the page that HtmlWebpackPlugin writes, with both bundles on it", () => {
    const html = plugin<{ userOptions: { filename: string; chunks: string[] } }>(
      config,
      "HtmlWebpackPlugin",
    );
    expect(resource("Taskpane.Url").endsWith(`/${html.userOptions.filename}`)).toBe(true);
    expect(html.userOptions.chunks.sort()).toEqual(["functions", "taskpane"]);
    expect(manifestXml).toMatch(
      /<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"/,
    );
  });

  it("runs the pane and the functions in one long-lived shared runtime", () => {
    expect(manifestXml).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>/);
    expect(manifestXml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\s*\/>\s*<\/Page>/);
    expect(manifestXml).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane\.Url"/,
    );
  });

  it("keeps the FA namespace", () => {
    expect(resource("Functions.Namespace")).toBe("FA");
  });

  it("defines every resource it refers to", () => {
    const referenced = new Set([...manifestXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of referenced) expect(() => resource(id)).not.toThrow();
  });

  it("points at icons that exist, at the sizes it claims", () => {
    const copies = plugin<{ patterns: { from: string }[] }>(config, "CopyPlugin");
    expect(copies.patterns.map((p) => p.from)).toEqual(
      expect.arrayContaining(["assets/*.png", "manifest.xml"]),
    );
    const icons = [
      ...[...manifestXml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="([^"]+)"/g)].map(
        (m) => [Number(m[1]), m[2]] as const,
      ),
      [32, /<IconUrl DefaultValue="([^"]+)"/.exec(manifestXml)![1]] as const,
      [64, /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifestXml)![1]] as const,
    ];
    expect(icons.map(([size]) => size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const [size, url] of icons) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });

  it("requires the sets the pane reports", () => {
    const sets = [...manifestXml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"/g)].map(
      (m) => ({
        name: m[1],
        version: m[2],
      }),
    );
    expect(sets).toEqual(REQUIRED_SETS.map((s) => ({ ...s })));
  });

  it("has Chinese by default and English overrides for what users read", () => {
    expect(manifestXml).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(manifestXml).toMatch(/<DisplayName DefaultValue="决算助手">\s*<Override Locale="en-US"/);
    for (const id of ["FA.Group.Label", "FA.TaskpaneButton.Label", "FA.TaskpaneButton.Tooltip"]) {
      expect(manifestXml).toMatch(
        new RegExp(`id="${id.replace(/\./g, "\\.")}"[^>]*>\\s*<bt:Override Locale="en-US"`),
      );
    }
  });
});
