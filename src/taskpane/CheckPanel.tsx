import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ErrorMessage } from "./ErrorView";
import { FindingCard, type FindingActions } from "./FindingCard";
import { groupViews } from "./findings-view";
import type { Lang, Strings } from "./i18n";
import type { CheckerApi } from "./useChecker";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  cells: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "10em",
    overflowY: "auto",
    overflowWrap: "anywhere",
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  section: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

/** External references listed by cell; the rest are counted. */
const LISTED = 20;

export function CheckPanel({
  checker,
  t,
  lang,
  liveSupported,
}: {
  checker: CheckerApi;
  t: Strings;
  lang: Lang;
  liveSupported: boolean;
}) {
  const styles = useStyles();
  const [showWaived, setShowWaived] = useState(false);
  const { outcome } = checker;
  const views = useMemo(() => outcome?.views ?? [], [outcome]);
  const waived = views.filter((v) => v.waiver).length;
  const shown = useMemo(() => views.filter((v) => showWaived || !v.waiver), [views, showWaived]);
  const groups = useMemo(() => groupViews(shown), [shown]);
  const counts = groupViews(views.filter((v) => !v.waiver));
  const readOnly = outcome?.marks.kind === "readOnly";
  const external = outcome?.tables?.external ?? [];
  const actions: FindingActions = checker;

  return (
    <section className={styles.panel} aria-label={t.tabCheck}>
      <Caption1>{t.checkIntro}</Caption1>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => void checker.run()} disabled={checker.running}>
          {t.runCheck}
        </Button>
        <Switch
          label={t.liveCheck}
          checked={checker.live}
          disabled={!liveSupported}
          onChange={(_, d) => void checker.setLive(d.checked)}
        />
        {checker.running && <Spinner size="extra-tiny" label={t.checking} />}
      </div>
      {!liveSupported && <Caption1>{t.liveUnsupported}</Caption1>}
      {checker.live && liveSupported && <Caption1>{t.liveOn}</Caption1>}
      {checker.error !== undefined && <ErrorMessage title={t.checkFailed} error={checker.error} />}
      {checker.notice && (
        <MessageBar intent={checker.notice.intent} layout="multiline">
          <MessageBarBody>{checker.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          {!outcome.hasNarrative && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t.noNarrative}</MessageBarBody>
            </MessageBar>
          )}
          {external.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.externalRefsTitle(external.length)}</MessageBarTitle>
                {t.externalRefsBody}
                <ul
                  className={styles.cells}
                  aria-label={t.externalRefsTitle(external.length)}
                  tabIndex={0}
                >
                  {external.slice(0, LISTED).map((r) => (
                    <li key={`${r.sheet}!${r.cell}`}>
                      {t.externalRefLine(`${r.sheet}!${r.cell}`, r.formula)}
                    </li>
                  ))}
                  {external.length > LISTED && <li>{t.andMore(external.length - LISTED)}</li>}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.marks.kind === "readOnly" && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.readOnlyTitle}</MessageBarTitle>
                {t.marksReadOnly}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.marks.kind === "failed" && (
            <ErrorMessage title={t.marksFailed} error={outcome.marks.error} />
          )}
          {outcome.marks.kind === "marked" && (
            <Caption1 role="status">
              {t.marked(outcome.marks.outcome.marked)}
              {outcome.marks.outcome.annotations === "none" ? ` ${t.marksFillOnly}` : ""}
              {outcome.marks.outcome.userAnnotated.length > 0
                ? ` ${t.marksUserAnnotated(outcome.marks.outcome.userAnnotated.length)}`
                : ""}
            </Caption1>
          )}
          <div className={styles.counts} role="group" aria-label={t.summary}>
            {counts.length === 0 ? (
              <Badge appearance="tint" color="success">
                {t.noFindings}
              </Badge>
            ) : (
              counts.map((g) => (
                <Badge
                  key={g.severity}
                  appearance="tint"
                  color={
                    g.severity === "error"
                      ? "danger"
                      : g.severity === "warning"
                        ? "warning"
                        : "informative"
                  }
                >
                  {t.severityCount(g.severity, g.count)}
                </Badge>
              ))
            )}
          </div>
          {waived > 0 && (
            <Switch
              label={t.showWaived(waived)}
              checked={showWaived}
              onChange={(_, d) => setShowWaived(d.checked)}
            />
          )}
          {groups.map((g) => (
            <div key={g.severity} className={styles.group}>
              <Subtitle2 as="h2">{t.severityCount(g.severity, g.count)}</Subtitle2>
              {g.sections.map((s) => (
                <div key={s.title} className={styles.group}>
                  <h3 className={styles.section} lang={s.title ? "zh-CN" : undefined}>
                    {s.title || t.untitledSection}
                  </h3>
                  <ul className={styles.list}>
                    {s.items.map((v) => (
                      <FindingCard
                        key={v.id}
                        view={v}
                        t={t}
                        lang={lang}
                        actions={actions}
                        reviewer={checker.reviewer}
                        knownReviewers={checker.reviewers}
                        busy={checker.running}
                        readOnly={readOnly}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
