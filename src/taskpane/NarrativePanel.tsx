import { useEffect, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { splitParagraphs } from "../excel/narrative-sheet";
import type { PaneWorkbook } from "../excel/pane-workbook";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorMessage } from "./ErrorView";
import type { Lang, Strings } from "./i18n";
import { ImportError, readNarrativeFile } from "./text-file";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { minHeight: "10em" },
  hidden: { display: "none" },
});

/** Drafts the narrative from the tables in the workbook; null when there are no tables. */
export type Drafter = () => Promise<string | null>;

type Status =
  | { kind: "idle" }
  | { kind: "busy"; label: string }
  | { kind: "done"; text: string }
  | { kind: "failed"; title: string; error: unknown };

export function NarrativePanel(props: {
  workbook: PaneWorkbook;
  t: Strings;
  lang: Lang;
  readOnly: boolean;
  draft?: Drafter;
  /** Called after the 说明 sheet was written, so that a shown check is run again. */
  onWritten?: () => void;
}) {
  const { workbook, t } = props;
  const styles = useStyles();
  const [text, setText] = useState("");
  const [existing, setExisting] = useState<number | null | undefined>(undefined);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [confirm, setConfirm] = useState<{ existing: number; paragraphs: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const paragraphs = splitParagraphs(text);
  const busy = status.kind === "busy";

  useEffect(() => {
    let live = true;
    workbook.snapshot().then(
      (snap) =>
        live && setExisting(snap.narrative ? snap.narrative.filter((r) => r.trim()).length : null),
      () => live && setExisting(undefined),
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const write = async (rows: string[], overwrite: boolean) => {
    setStatus({ kind: "busy", label: t.writing });
    try {
      const result = await workbook.writeNarrative(rows, overwrite);
      if (!result.written) {
        setConfirm({ existing: result.existing, paragraphs: rows });
        setStatus({ kind: "idle" });
        return;
      }
      setExisting(result.rows);
      setStatus({ kind: "done", text: t.narrativeWritten(result.rows) });
      props.onWritten?.();
    } catch (error) {
      setStatus({ kind: "failed", title: t.writeFailed, error });
    }
  };

  const importFile = async (file: File) => {
    setStatus({ kind: "busy", label: t.importing });
    try {
      const imported = await readNarrativeFile(file);
      setText(imported.text);
      setStatus({
        kind: "done",
        text: t.imported(file.name, imported.encoding, splitParagraphs(imported.text).length),
      });
    } catch (error) {
      const shown =
        error instanceof ImportError
          ? new Error(props.lang === "zh-CN" ? error.zh : error.en)
          : error;
      setStatus({ kind: "failed", title: t.importFailed, error: shown });
    }
  };

  const draft = async () => {
    if (!props.draft) return;
    setStatus({ kind: "busy", label: t.drafting });
    try {
      const drafted = await props.draft();
      if (drafted === null) {
        setStatus({ kind: "done", text: t.draftNeedsTables });
        return;
      }
      setText(drafted);
      setStatus({ kind: "done", text: t.drafted(splitParagraphs(drafted).length) });
    } catch (error) {
      setStatus({ kind: "failed", title: t.draftFailed, error });
    }
  };

  return (
    <section className={styles.panel} aria-label={t.tabNarrative}>
      <Caption1>{t.narrativeIntro}</Caption1>
      <Caption1 role="status">
        {existing === undefined
          ? ""
          : existing === null
            ? t.narrativeNone
            : t.narrativeExisting(existing)}
      </Caption1>
      <Field label={t.narrativeText} hint={t.paragraphCount(paragraphs.length)}>
        <Textarea
          className={styles.text}
          value={text}
          placeholder={t.narrativePlaceholder}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
        />
      </Field>
      <div className={styles.bar}>
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          {t.chooseFile}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t.chooseFile}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void importFile(file);
          }}
        />
        {props.draft && (
          <Button onClick={() => void draft()} disabled={busy}>
            {t.draftFromTables}
          </Button>
        )}
        <Button
          appearance="primary"
          onClick={() => void write(paragraphs, false)}
          disabled={busy || paragraphs.length === 0 || props.readOnly}
        >
          {t.writeNarrative}
        </Button>
      </div>
      {status.kind === "busy" && <Spinner size="tiny" label={status.label} />}
      {status.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && <ErrorMessage title={status.title} error={status.error} />}
      <ConfirmDialog
        open={confirm !== null}
        title={t.replaceNarrativeTitle}
        cancelLabel={t.cancel}
        onCancel={() => setConfirm(null)}
        actions={[
          {
            label: t.replace,
            primary: true,
            onClick: () => {
              const rows = confirm?.paragraphs ?? [];
              setConfirm(null);
              void write(rows, true);
            },
          },
        ]}
      >
        {confirm ? t.replaceNarrativeBody(confirm.existing, confirm.paragraphs.length) : ""}
      </ConfirmDialog>
    </section>
  );
}
