import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PaneWorkbook } from "../excel/pane-workbook";
import type { FunctionCell } from "../excel/values";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorMessage } from "./ErrorView";
import { signature, type FunctionInfo } from "./functionList";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  fn: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  params: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  cells: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "12em",
    overflowY: "auto",
  },
  convert: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
  },
});

type Loaded =
  | { state: "loading" }
  | { state: "done"; functions: FunctionInfo[] }
  | { state: "failed"; error: unknown };

/** Cells listed by name in the confirmation; the rest are counted. */
const LISTED_CELLS = 30;

export function FunctionsPanel(props: {
  load: () => Promise<FunctionInfo[]>;
  t: Strings;
  workbook?: PaneWorkbook;
  readOnly: boolean;
}) {
  const { load, t } = props;
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
      {props.workbook && (
        <ConvertToValues workbook={props.workbook} t={t} readOnly={props.readOnly} />
      )}
    </section>
  );
}

type ConvertStatus =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "confirm"; cells: FunctionCell[] }
  | { kind: "done"; text: string }
  | { kind: "failed"; error: unknown };

function ConvertToValues({
  workbook,
  t,
  readOnly,
}: {
  workbook: PaneWorkbook;
  t: Strings;
  readOnly: boolean;
}) {
  const styles = useStyles();
  const [status, setStatus] = useState<ConvertStatus>({ kind: "idle" });

  const find = async () => {
    setStatus({ kind: "busy" });
    try {
      const cells = await workbook.findFunctionCells();
      setStatus(
        cells.length === 0 ? { kind: "done", text: t.convertNone } : { kind: "confirm", cells },
      );
    } catch (error) {
      setStatus({ kind: "failed", error });
    }
  };

  const convert = async (cells: FunctionCell[]) => {
    setStatus({ kind: "busy" });
    try {
      const result = await workbook.convertToValues(cells);
      setStatus({
        kind: "done",
        text: t.converted(result.converted.length, result.changed.length),
      });
    } catch (error) {
      setStatus({ kind: "failed", error });
    }
  };

  const cells = status.kind === "confirm" ? status.cells : [];
  return (
    <div className={styles.convert}>
      <Subtitle2 as="h2">{t.convertTitle}</Subtitle2>
      <Caption1>{t.convertIntro}</Caption1>
      <Button onClick={() => void find()} disabled={status.kind === "busy" || readOnly}>
        {t.convertFind}
      </Button>
      {status.kind === "busy" && <Spinner size="tiny" />}
      {status.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && <ErrorMessage title={t.convertFailed} error={status.error} />}
      <ConfirmDialog
        open={status.kind === "confirm"}
        title={t.convertConfirmTitle}
        cancelLabel={t.cancel}
        onCancel={() => setStatus({ kind: "idle" })}
        actions={[{ label: t.convertConfirm, primary: true, onClick: () => void convert(cells) }]}
      >
        <Body1>{t.convertConfirmBody(cells.length)}</Body1>
        <ul className={styles.cells}>
          {cells.slice(0, LISTED_CELLS).map((c) => (
            <li key={`${c.sheet}!${c.cell}`}>
              <Caption1 className={styles.code}>{`${c.sheet}!${c.cell} ${c.formula}`}</Caption1>
            </li>
          ))}
          {cells.length > LISTED_CELLS && (
            <li>
              <Caption1>{t.andMore(cells.length - LISTED_CELLS)}</Caption1>
            </li>
          )}
        </ul>
      </ConfirmDialog>
    </div>
  );
}
