import { useEffect, useState } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TemplatesApi } from "../excel/pane-templates";
import type { PaneWorkbook } from "../excel/pane-workbook";
import type { WorkbookState } from "../excel/workbook-state";
import { CheckPanel } from "./CheckPanel";
import type { TablesReader } from "./checking";
import { EnvironmentPanel } from "./EnvironmentPanel";
import { ErrorBoundary } from "./ErrorView";
import type { OfficeEnvironment } from "./environment";
import { fetchFunctions, type FunctionInfo } from "./functionList";
import { FunctionsPanel } from "./FunctionsPanel";
import { STRINGS, pickLanguage, type Lang } from "./i18n";
import type { Drafter, TemplateDrafter } from "./drafting";
import { NarrativePanel } from "./NarrativePanel";
import { TemplatesPanel } from "./TemplatesPanel";
import { useChecker } from "./useChecker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column" },
  // Five tabs do not fit on one line at 320 px: they wrap instead of scrolling out of sight.
  tabs: { flexWrap: "wrap" },
});

type TabId = "templates" | "narrative" | "check" | "environment" | "functions";

export interface AppProps {
  env: OfficeEnvironment;
  /** Where the function list comes from; tests pass their own. */
  loadFunctions?: () => Promise<FunctionInfo[]>;
  /** The open workbook; absent, only the environment and function tabs can work. */
  workbook?: PaneWorkbook;
  templates?: TemplatesApi;
  /** Reads the template tables for the check (facts and reconciliation). */
  tables?: TablesReader;
  draft?: Drafter;
  draftFromTemplate?: TemplateDrafter;
}

export function App({
  env,
  loadFunctions = fetchFunctions,
  workbook,
  templates,
  tables,
  draft,
  draftFromTemplate,
}: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => pickLanguage(env.displayLanguage));
  // Without a workbook only the environment explains anything; with one, work starts at the templates.
  const [tab, setTab] = useState<TabId>(workbook ? "templates" : "environment");
  // The workbook's shared state as last read or written: the tabs start from it.
  const [state, setState] = useState<{ loaded: boolean; value: WorkbookState | null }>({
    loaded: !workbook,
    value: null,
  });
  const t = STRINGS[lang];
  const readOnly = env.readOnly;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    let live = true;
    workbook?.readState().then(
      (value) => live && setState({ loaded: true, value }),
      // The check reports an unreadable workbook when the user asks for it.
      () => live && setState({ loaded: true, value: null }),
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const checker = useChecker({
    workbook,
    lang,
    t,
    tables,
    readOnly,
    userName: env.userName,
    initialState: state.value,
  });
  const latest = checker.outcome?.state;
  useEffect(() => {
    if (latest) setState({ loaded: true, value: latest });
  }, [latest]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1">{t.productName}</Title3>
          <Caption1>{t.tagline}</Caption1>
        </div>
        <Switch
          label={t.languageSwitch}
          checked={lang === "en-US"}
          onChange={(_, data) => setLang(data.checked ? "en-US" : "zh-CN")}
        />
      </header>
      {readOnly && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.readOnlyTitle}</MessageBarTitle>
            {t.readOnlyBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        {workbook && <Tab value="templates">{t.tabTemplates}</Tab>}
        {workbook && <Tab value="narrative">{t.tabNarrative}</Tab>}
        {workbook && (
          <Tab value="check">
            {t.tabCheck}
            {checker.outcome ? ` (${checker.outcome.views.filter((v) => !v.waiver).length})` : ""}
          </Tab>
        )}
        <Tab value="environment">{t.tabEnvironment}</Tab>
        <Tab value="functions">{t.tabFunctions}</Tab>
      </TabList>
      {/* Keyed by tab, so that an error in one tab does not lock the user out of the others. */}
      <ErrorBoundary key={tab} title={t.errorTitle}>
        {tab === "templates" && workbook && templates && !state.loaded && <Spinner size="tiny" />}
        {tab === "templates" && workbook && templates && state.loaded && (
          <TemplatesPanel
            templates={templates}
            t={t}
            lang={lang}
            readOnly={readOnly}
            settings={state.value?.settings}
            onSaved={(value) => setState({ loaded: true, value })}
            onWritten={checker.refresh}
          />
        )}
        {tab === "narrative" && workbook && (
          <NarrativePanel
            workbook={workbook}
            t={t}
            lang={lang}
            readOnly={readOnly}
            draft={draft}
            draftFromTemplate={draftFromTemplate}
            tables={tables}
            onWritten={checker.refresh}
          />
        )}
        {tab === "check" && workbook && (
          <CheckPanel checker={checker} t={t} lang={lang} liveSupported={workbook.support.events} />
        )}
        {tab === "environment" && <EnvironmentPanel env={env} t={t} />}
        {tab === "functions" && (
          <FunctionsPanel load={loadFunctions} t={t} workbook={workbook} readOnly={readOnly} />
        )}
      </ErrorBoundary>
    </main>
  );
}
