import { useEffect, useMemo, useState } from "react";
import {
  Badge,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ErrorBoundary, ErrorMessage } from "./ErrorView";
import {
  highestExcelApi,
  requiredSetSupport,
  type OfficeEnvironment,
  type SetSupport,
} from "./environment";
import { fetchFunctions, signature, type FunctionInfo } from "./functionList";
import { STRINGS, pickLanguage, type Lang, type Strings } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fn: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  value: { whiteSpace: "nowrap" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  params: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type TabId = "environment" | "functions";

export interface AppProps {
  env: OfficeEnvironment;
  /** Where the function list comes from; tests pass their own. */
  loadFunctions?: () => Promise<FunctionInfo[]>;
}

export function App({ env, loadFunctions = fetchFunctions }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => pickLanguage(env.displayLanguage));
  const [tab, setTab] = useState<TabId>("environment");
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

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
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
        <Tab value="environment">{t.tabEnvironment}</Tab>
        <Tab value="functions">{t.tabFunctions}</Tab>
      </TabList>
      {/* Keyed by tab, so that an error in one tab does not lock the user out of the others. */}
      <ErrorBoundary key={tab} title={t.errorTitle}>
        {tab === "environment" ? (
          <EnvironmentPanel env={env} t={t} />
        ) : (
          <FunctionsPanel load={loadFunctions} t={t} />
        )}
      </ErrorBoundary>
    </main>
  );
}

interface EnvironmentReport {
  sets: SetSupport[];
  highest: string | null;
}

function EnvironmentPanel({ env, t }: { env: OfficeEnvironment; t: Strings }) {
  const styles = useStyles();
  // isSetSupported can throw on a broken host; the boundary around the panel shows it.
  const report: EnvironmentReport = useMemo(
    () => ({ sets: requiredSetSupport(env), highest: highestExcelApi(env) }),
    [env],
  );
  const missing = report.sets.filter((s) => !s.supported);
  const platformName = env.platform ? (t.platformNames[env.platform] ?? env.platform) : t.unknown;

  return (
    <section className={styles.panel} aria-label={t.tabEnvironment}>
      {env.host !== null && env.host !== "Excel" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.notExcelTitle}</MessageBarTitle>
            {t.notExcelBody(env.host)}
          </MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.missingSetsTitle}</MessageBarTitle>
            {t.missingSetsBody(missing.map((s) => `${s.name} ${s.version}`).join(", "))}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        <li className={styles.row}>
          <Body1>{t.host}</Body1>
          <Body1 className={styles.value}>{env.host ?? t.unknown}</Body1>
        </li>
        <li className={styles.row}>
          <Body1>{t.platform}</Body1>
          <Body1 className={styles.value}>{platformName}</Body1>
        </li>
      </ul>
      <Subtitle2 as="h2">{t.requirementSets}</Subtitle2>
      <Caption1>{t.requirementSetsNote}</Caption1>
      <ul className={styles.list} aria-label={t.requiredByManifest}>
        {report.sets.map((s) => (
          <li key={s.name} className={styles.row}>
            <Body1>{`${s.name} ${s.version}`}</Body1>
            <Badge appearance="tint" color={s.supported ? "success" : "danger"}>
              {s.supported ? t.supported : t.notSupported}
            </Badge>
          </li>
        ))}
        <li className={styles.row}>
          <Body1>{t.highestExcelApi}</Body1>
          <Body1 className={styles.value}>
            {report.highest ? `ExcelApi ${report.highest}` : t.notSupported}
          </Body1>
        </li>
      </ul>
    </section>
  );
}

type Loaded =
  | { state: "loading" }
  | { state: "done"; functions: FunctionInfo[] }
  | { state: "failed"; error: unknown };

function FunctionsPanel({ load, t }: { load: () => Promise<FunctionInfo[]>; t: Strings }) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  useEffect(() => {
    let live = true;
    load().then(
      (functions) => live && setLoaded({ state: "done", functions }),
      (error: unknown) => live && setLoaded({ state: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  return (
    <section className={styles.panel} aria-label={t.tabFunctions}>
      <Caption1>{t.functionsIntro}</Caption1>
      {loaded.state === "loading" && <Spinner size="tiny" label={t.functionsLoading} />}
      {loaded.state === "failed" && (
        <ErrorMessage title={t.functionsLoadFailed} error={loaded.error} />
      )}
      {loaded.state === "done" && (
        <ul className={styles.list}>
          {loaded.functions.map((f) => (
            <li key={f.id} className={styles.fn}>
              <Body1 className={styles.code}>{signature(f)}</Body1>
              <Caption1>{f.description}</Caption1>
              <ul className={styles.params}>
                {f.parameters.map((p) => (
                  <li key={p.name}>
                    <Caption1>
                      <span className={styles.code}>{p.name}</span>
                      {p.optional ? ` (${t.optional})` : ""}: {p.description}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
