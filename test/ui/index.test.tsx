/*
 * The entry point decides what to show before the App exists: outside Office (a plain browser
 * tab) it must explain itself instead of leaving a blank page.
 */

const g = globalThis as { Office?: unknown };

/**
 * Loads the entry point afresh, with the testing library from the same module registry (so
 * that act() flushes its React root). The "pure" build registers no hooks of its own.
 */
async function boot(office: unknown) {
  document.body.innerHTML = '<div id="root"></div>';
  if (office === undefined) delete g.Office;
  else g.Office = office;
  jest.resetModules();
  const rtl = await import("@testing-library/react/pure");
  await rtl.act(async () => {
    await import("../../src/taskpane/index");
  });
  return rtl;
}

afterEach(() => {
  delete g.Office;
  document.body.innerHTML = "";
});

function fakeOffice(onReady: () => Promise<unknown>) {
  return {
    onReady,
    context: {
      displayLanguage: "zh-CN",
      requirements: { isSetSupported: () => true },
    },
  };
}

describe("task pane entry point", () => {
  it("says that Office.js did not load when there is no Office global", async () => {
    const { screen } = await boot(undefined);
    expect(screen.getByText(/请在 Excel 中打开/)).toBeTruthy();
    expect(screen.getByText(/Office\.js could not be loaded/)).toBeTruthy();
  });

  it("says to open it in Excel when Office reports no host (plain browser tab)", async () => {
    const { screen } = await boot(
      fakeOffice(() => Promise.resolve({ host: null, platform: null })),
    );
    expect(screen.getByText(/not in a plain browser tab/)).toBeTruthy();
  });

  it("renders the App inside Excel", async () => {
    const { screen, fireEvent } = await boot(
      fakeOffice(() => Promise.resolve({ host: "Excel", platform: "OfficeOnline" })),
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("决算助手");
    // Inside Excel the pane opens on the templates; the environment is one tab away.
    expect(screen.getByRole("tab", { name: "模板", selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "运行环境" }));
    expect(screen.getByText("网页版")).toBeTruthy();
  });

  it("shows why it could not start when Office.onReady fails", async () => {
    const { screen } = await boot(fakeOffice(() => Promise.reject(new Error("host went away"))));
    expect(screen.getByText(/could not start/)).toBeTruthy();
    expect(screen.getByText(/host went away/)).toBeTruthy();
  });
});
