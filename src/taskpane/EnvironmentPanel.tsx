import { useMemo } from "react";
import {
  Badge,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  highestExcelApi,
  requiredSetSupport,
  type OfficeEnvironment,
  type SetSupport,
} from "./environment";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  value: { whiteSpace: "nowrap" },
});

interface EnvironmentReport {
  sets: SetSupport[];
  highest: string | null;
}

export function EnvironmentPanel({ env, t }: { env: OfficeEnvironment; t: Strings }) {
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
