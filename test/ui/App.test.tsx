import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { readEnvironment, type OfficeLike } from "../../src/taskpane/environment";
import { parseFunctionsJson, type FunctionInfo } from "../../src/taskpane/functionList";
import { pickLanguage } from "../../src/taskpane/i18n";

/** A stand-in for the Office global: only what the pane reads. */
function fakeOffice(opts: {
  displayLanguage?: string;
  sets?: Record<string, string>;
  throwOnSets?: boolean;
}): OfficeLike {
  const sets = opts.sets ?? {
    SharedRuntime: "1.2",
    CustomFunctionsRuntime: "1.5",
    ExcelApi: "1.17",
  };
  return {
    context: {
      displayLanguage: opts.displayLanguage,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          if (opts.throwOnSets) throw new Error("requirements API unavailable");
          const have = sets[name];
          if (!have) return false;
          const [hMajor, hMinor] = have.split(".").map(Number);
          const [wMajor, wMinor] = String(minVersion ?? "1.1")
            .split(".")
            .map(Number);
          return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
        },
      },
    },
  };
}

const FUNCTIONS: FunctionInfo[] = parseFunctionsJson({
  functions: [
    {
      id: "SHARE",
      name: "SHARE",
      description: "占比。Share.",
      parameters: [
        { name: "part", description: "部分。The part.", type: "number" },
        { name: "total", description: "总数。The total.", type: "number" },
        { name: "decimals", description: "小数位。Decimals.", type: "number", optional: true },
      ],
    },
  ],
});

function renderApp(
  office: OfficeLike,
  info = { host: "Excel", platform: "PC" },
  loadFunctions: () => Promise<FunctionInfo[]> = () => Promise.resolve(FUNCTIONS),
) {
  const env = readEnvironment(office, info);
  return render(
    <FluentProvider theme={webLightTheme}>
      <App env={env} loadFunctions={loadFunctions} />
    </FluentProvider>,
  );
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest("li");
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe("task pane App", () => {
  it("shows the product, host, platform and requirement sets, in Chinese for a Chinese Office", () => {
    renderApp(fakeOffice({ displayLanguage: "zh-CN" }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("决算助手");
    expect(within(rowOf("宿主应用")).getByText("Excel")).toBeTruthy();
    expect(within(rowOf("平台")).getByText("Windows 桌面版")).toBeTruthy();
    expect(within(rowOf("SharedRuntime 1.1")).getByText("支持")).toBeTruthy();
    expect(within(rowOf("CustomFunctionsRuntime 1.3")).getByText("支持")).toBeTruthy();
    expect(within(rowOf("ExcelApi 1.9")).getByText("支持")).toBeTruthy();
    expect(
      within(rowOf("此 Excel 支持的最高 ExcelApi 版本")).getByText("ExcelApi 1.17"),
    ).toBeTruthy();
    expect(screen.queryByText("此 Excel 版本过旧")).toBeNull();
  });

  it("starts in English for an English Office and switches language on request", () => {
    renderApp(fakeOffice({ displayLanguage: "en-US" }), {
      host: "Excel",
      platform: "OfficeOnline",
    });
    expect(within(rowOf("Platform")).getByText("Excel on the web")).toBeTruthy();
    fireEvent.click(screen.getByRole("switch"));
    expect(screen.getByText("宿主应用")).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    fireEvent.click(screen.getByRole("switch"));
    expect(screen.getByText("Host")).toBeTruthy();
  });

  it("warns when the host lacks a required set", () => {
    renderApp(fakeOffice({ displayLanguage: "zh-CN", sets: { ExcelApi: "1.9" } }), {
      host: "Excel",
      platform: "Mac",
    });
    expect(screen.getByText("此 Excel 版本过旧")).toBeTruthy();
    expect(screen.getByText(/缺少：SharedRuntime 1\.1, CustomFunctionsRuntime 1\.3/)).toBeTruthy();
    expect(within(rowOf("SharedRuntime 1.1")).getByText("不支持")).toBeTruthy();
    expect(
      within(rowOf("此 Excel 支持的最高 ExcelApi 版本")).getByText("ExcelApi 1.9"),
    ).toBeTruthy();
  });

  it("warns when it is not running in Excel", () => {
    renderApp(fakeOffice({ displayLanguage: "en-US" }), { host: "Word", platform: "PC" });
    expect(screen.getByText("Not Excel")).toBeTruthy();
  });

  it("shows an error from the host in the pane instead of going blank", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp(fakeOffice({ displayLanguage: "zh-CN", throwOnSets: true }));
    expect(screen.getByText("出错了")).toBeTruthy();
    expect(screen.getByText(/requirements API unavailable/)).toBeTruthy();
    // The header and tabs survive, and another tab still works.
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "函数" }));
    });
    expect(await screen.findByText("=FA.SHARE(part, total, [decimals])")).toBeTruthy();
    expect(screen.queryByText("出错了")).toBeNull();
    spy.mockRestore();
  });

  it("lists the FA functions from functions.json", async () => {
    renderApp(fakeOffice({ displayLanguage: "zh-CN" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "函数" }));
    });
    expect(await screen.findByText("=FA.SHARE(part, total, [decimals])")).toBeTruthy();
    expect(screen.getByText("占比。Share.")).toBeTruthy();
    expect(screen.getByText(/小数位。Decimals\./)).toBeTruthy();
  });

  it("says so when the function list cannot be read", async () => {
    renderApp(fakeOffice({ displayLanguage: "en-US" }), undefined, () =>
      Promise.reject(new Error("functions.json: HTTP 404")),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    });
    expect(await screen.findByText("Could not read the function list")).toBeTruthy();
    expect(screen.getByText(/HTTP 404/)).toBeTruthy();
  });

  it("renders narrative-like text as text, never as HTML", async () => {
    const hostile = parseFunctionsJson({
      functions: [
        { id: "X", name: "X", description: "<img src=x onerror=alert(1)>", parameters: [] },
      ],
    });
    const { container } = renderApp(fakeOffice({}), undefined, () => Promise.resolve(hostile));
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "函数" }));
    });
    expect(await screen.findByText("<img src=x onerror=alert(1)>")).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
  });

  it("keeps nothing in browser storage", () => {
    const setItem = jest.spyOn(Storage.prototype, "setItem");
    renderApp(fakeOffice({ displayLanguage: "en-US" }));
    fireEvent.click(screen.getByRole("switch"));
    expect(setItem).not.toHaveBeenCalled();
    expect(window.localStorage.length).toBe(0);
    setItem.mockRestore();
  });
});

describe("pickLanguage", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-US", "en-US"],
    ["fr-FR", "en-US"],
    [undefined, "zh-CN"],
  ])("%s → %s", (display, lang) => {
    expect(pickLanguage(display)).toBe(lang);
  });
});
