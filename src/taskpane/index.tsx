import { createRoot } from "react-dom/client";
import type { ReactNode } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { hostSupport, officeRun } from "../excel/host-support";
import { excelTemplates } from "../excel/pane-templates";
import { excelWorkbook } from "../excel/pane-workbook";
import { App } from "./App";
import { tableDrafter, templateDrafter } from "./drafting";
import { ErrorBoundary, ErrorMessage } from "./ErrorView";
import { readEnvironment } from "./environment";
import { BOOT_TEXT } from "./i18n";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function show(node: ReactNode) {
  root.render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      {node}
    </FluentProvider>,
  );
}

/** Messages shown before (or instead of) the App, which brings its own layout. */
function Boot({ children }: { children: ReactNode }) {
  return <div style={{ padding: 16 }}>{children}</div>;
}

function NotInOffice({ body }: { body: string }) {
  return (
    <Boot>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{BOOT_TEXT.notInOfficeTitle}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </Boot>
  );
}

show(
  <Boot>
    <Spinner label={BOOT_TEXT.connecting} />
  </Boot>,
);

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked); nothing else can work.
  show(<NotInOffice body={BOOT_TEXT.officeMissingBody} />);
} else {
  Office.onReady().then(
    (info) => {
      // In a plain browser tab office.js loads but reports no host.
      if (!info.host) {
        show(<NotInOffice body={BOOT_TEXT.notInOfficeBody} />);
        return;
      }
      const env = readEnvironment(Office, info);
      const workbook = excelWorkbook(officeRun, hostSupport(env.isSetSupported));
      const templates = excelTemplates(officeRun);
      show(
        <ErrorBoundary title={BOOT_TEXT.failedTitle}>
          <App
            env={env}
            workbook={workbook}
            templates={templates.api}
            tables={templates.readTables}
            draft={tableDrafter(workbook, templates.readTables)}
            draftFromTemplate={templateDrafter(workbook, templates.readTables)}
          />
        </ErrorBoundary>,
      );
    },
    (error: unknown) =>
      show(
        <Boot>
          <ErrorMessage title={BOOT_TEXT.failedTitle} error={error} />
        </Boot>,
      ),
  );
}
