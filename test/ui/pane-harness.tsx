/*
 * Renders the whole pane over a simulated workbook, with the real adapters: what a user
 * clicks goes through the same Office.js code as in Excel, on the simulated host.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TextDecoder } from "util";
import type { HostSupport } from "../../src/excel/host-support";
import { excelTemplates } from "../../src/excel/pane-templates";
import { excelWorkbook } from "../../src/excel/pane-workbook";
import { App } from "../../src/taskpane/App";
import { tableDrafter } from "../../src/taskpane/drafting";
import type { OfficeEnvironment } from "../../src/taskpane/environment";
import { ALL_SUPPORT, createSimExcel, simRun } from "../support/sim-excel/pane";
import type { SimExcel } from "../support/sim-excel";

// jsdom has no TextDecoder; Node's has GB18030 (full ICU).
Object.assign(globalThis, { TextDecoder });

export function environment(opts: Partial<OfficeEnvironment> = {}): OfficeEnvironment {
  return {
    host: "Excel",
    platform: "OfficeOnline",
    displayLanguage: "zh-CN",
    isSetSupported: () => true,
    readOnly: false,
    userName: null,
    ...opts,
  };
}

/** Renders the pane and waits until it has read the workbook's state (the 模板 tab shows then). */
export async function renderPane(
  sim: SimExcel = createSimExcel(),
  opts: { env?: Partial<OfficeEnvironment>; support?: HostSupport } = {},
) {
  const run = simRun(sim);
  const workbook = excelWorkbook(run, opts.support ?? ALL_SUPPORT);
  const templates = excelTemplates(run);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App
        env={environment(opts.env)}
        workbook={workbook}
        templates={templates.api}
        tables={templates.readTables}
        draft={tableDrafter(workbook, templates.readTables)}
        loadFunctions={() => Promise.resolve([])}
      />
    </FluentProvider>,
  );
  await screen.findByRole("spinbutton", { name: /报告年度|Report year/ });
  return { sim, view };
}

export function textFile(
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  type = "text/plain",
): File {
  return new File([content], name, { type });
}
