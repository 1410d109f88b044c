import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type {
  TemplateOptions,
  TemplatesApi,
  WriteAnswer,
  WriteOutcome,
  WritePhase,
} from "../excel/pane-templates";
import type { WorkbookState } from "../excel/workbook-state";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorMessage } from "./ErrorView";
import type { Lang, Strings } from "./i18n";
import { ImportError, readTextFile } from "./text-file";
import { isDocxFile, isPdfFile, readReportFile } from "./report-file";
import { FileButton } from "./FileButton";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "14em",
    overflowY: "auto",
    overflowWrap: "anywhere",
  },
});

/** A data file, or a published report whose tables are read. */
const REPORT_OR_DATA =
  ".csv,.json,.pdf,.docx,text/csv,application/json,application/pdf," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Cells listed by name in the confirmation; the rest are counted. */
const LISTED = 40;

/** A write waiting for the user's answer: nothing of it is in the workbook yet. */
interface Pending {
  outcome: WriteOutcome;
  answer: WriteAnswer;
  what: string;
  /** Runs once the write is done (the 插入 button saves its options then). */
  done?: () => Promise<void>;
}

type Status =
  | { kind: "idle" }
  | { kind: "working"; phase: WritePhase | null; page?: { page: number; pages: number } }
  | { kind: "done"; text: string }
  /** The user cancelled the confirmation: nothing was written. */
  | { kind: "cancelled"; text: string }
  | { kind: "problems"; problems: WriteOutcome["problems"] }
  | { kind: "failed"; error: unknown };

function defaultYear(settings: Partial<Record<string, string>> | undefined): number {
  const stored = Number(settings?.year);
  // A 决算 reports on the year that has just ended.
  return Number.isInteger(stored) && stored > 1900 ? stored : new Date().getFullYear() - 1;
}

export function TemplatesPanel(props: {
  templates: TemplatesApi;
  t: Strings;
  lang: Lang;
  readOnly: boolean;
  settings?: Partial<Record<string, string>>;
  /** The options were saved in the workbook: the pane keeps them for the next visit. */
  onSaved?: (state: WorkbookState) => void;
  onWritten?: () => void;
}) {
  const { templates, t, lang } = props;
  const styles = useStyles();
  const [year, setYear] = useState(() => String(defaultYear(props.settings)));
  const [unit, setUnit] = useState(props.settings?.unit ?? "");
  const [setId, setSetId] = useState(
    () => props.settings?.templateSet ?? templates.setFor(Number(year)),
  );
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [pending, setPending] = useState<Pending | null>(null);
  const working = status.kind === "working";
  const yearNumber = Number(year);
  const yearValid = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100;
  const options: TemplateOptions = { setId, unit: unit.trim(), year: yearNumber };
  const name = (s: { name: { zh: string; en: string } }) =>
    lang === "zh-CN" ? s.name.zh : s.name.en;
  const progress = (phase: WritePhase) => setStatus({ kind: "working", phase });

  const finish = (outcome: WriteOutcome, what: string, kept: number) => {
    setStatus({ kind: "done", text: t.writeSummary(what, outcome.written, kept) });
    props.onWritten?.();
  };

  /** Asks when the writer stopped before writing; otherwise the write is done. */
  const settle = async (outcome: WriteOutcome, what: string, done?: () => Promise<void>) => {
    if (outcome.problems.length > 0) setStatus({ kind: "problems", problems: outcome.problems });
    else if (outcome.answer) {
      setStatus({ kind: "idle" });
      setPending({ outcome, answer: outcome.answer, what, done });
    } else {
      await done?.();
      finish(outcome, what, outcome.conflicts.length);
    }
  };

  const start = async (
    what: string,
    op: () => Promise<WriteOutcome>,
    done?: () => Promise<void>,
  ) => {
    setStatus({ kind: "working", phase: null });
    try {
      await settle(await op(), what, done);
    } catch (error) {
      setStatus({ kind: "failed", error });
    }
  };

  const answer = async (p: Pending, write: (a: WriteAnswer) => Promise<WriteOutcome>) => {
    setPending(null);
    setStatus({ kind: "working", phase: "writing" });
    try {
      // A listed cell changed since it was shown (a co-author's edit): the consent was for
      // what the list showed, so nothing is written and it is asked again.
      await settle(await write(p.answer), p.what, p.done);
    } catch (error) {
      setStatus({ kind: "failed", error });
    }
  };

  const cancel = () => {
    if (pending) setStatus({ kind: "cancelled", text: t.writeCancelled(pending.what) });
    setPending(null);
  };

  // The options are saved with the tables, not before: a cancelled insert writes nothing.
  const insert = () =>
    start(
      t.insertTemplates,
      () => templates.insert(options, progress),
      async () => props.onSaved?.(await templates.saveOptions(options)),
    );

  const fillFrom = (file: File, kind: "file" | "prior") => {
    void start(kind === "file" ? t.fillFromFile : t.fillPrior, async () => {
      // A published report (PDF or Word): its tables, read as the CLI reads them.
      if (isPdfFile(file) || isDocxFile(file)) {
        const { reading } = await readReportFile(file, undefined, (page, pages) =>
          setStatus({ kind: "working", phase: null, page: { page, pages } }),
        );
        return templates.fill({ kind, name: file.name, tables: reading.tables }, options, progress);
      }
      // UTF-8, else GB18030: what Excel writes for “CSV” on Chinese Windows.
      const { text } = await readTextFile(file);
      return templates.fill({ kind, name: file.name, text }, options, progress);
    });
  };

  const conflicts = pending?.outcome.conflicts ?? [];
  const phase = status.kind === "working" ? status.phase : null;
  const page = status.kind === "working" ? status.page : undefined;

  return (
    <section className={styles.panel} aria-label={t.tabTemplates}>
      <Caption1>{t.templatesIntro}</Caption1>
      <Field label={t.reportYear} validationMessage={yearValid ? undefined : t.yearInvalid}>
        <Input
          type="number"
          inputMode="numeric"
          value={year}
          onChange={(_, d) => {
            setYear(d.value);
            const y = Number(d.value);
            if (Number.isInteger(y)) setSetId(templates.setFor(y));
          }}
        />
      </Field>
      <Field label={t.templateSet}>
        <Select value={setId} onChange={(_, d) => setSetId(d.value)}>
          {templates.sets.map((s) => (
            <option key={s.id} value={s.id}>
              {name(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.unitName} hint={t.unitHint}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          disabled={working || !yearValid || props.readOnly}
          onClick={() => void insert()}
        >
          {t.insertTemplates}
        </Button>
        <Button
          disabled={working || !yearValid || props.readOnly}
          onClick={() =>
            void start(t.insertCharts, () => templates.insertCharts(options, progress))
          }
        >
          {t.insertCharts}
        </Button>
      </div>
      <Caption1>{t.chartsHint}</Caption1>
      <Subtitle2 as="h2">{t.fillTitle}</Subtitle2>
      <Caption1>{t.fillIntro}</Caption1>
      <div className={styles.bar}>
        <Button
          disabled={working || !yearValid || props.readOnly}
          onClick={() =>
            void start(t.fillFromNarrative, () =>
              templates.fill({ kind: "narrative" }, options, progress),
            )
          }
        >
          {t.fillFromNarrative}
        </Button>
        <FileButton
          label={t.fillFromFile}
          accept={REPORT_OR_DATA}
          disabled={working || !yearValid || props.readOnly}
          onFile={(file) => fillFrom(file, "file")}
        />
        <FileButton
          label={t.fillPrior}
          accept={REPORT_OR_DATA}
          disabled={working || !yearValid || props.readOnly}
          onFile={(file) => fillFrom(file, "prior")}
        />
      </div>
      {working && (
        <Field
          validationMessage={
            phase ? t.progress[phase] : page ? t.readingPage(page.page, page.pages) : t.preparing
          }
          validationState="none"
        >
          <ProgressBar
            aria-label={t.progressLabel}
            {...(page && !phase ? { value: page.page / page.pages } : {})}
          />
        </Field>
      )}
      {status.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "cancelled" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "problems" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.dataProblems(status.problems.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {status.problems.slice(0, LISTED).map((p, i) => (
                <li key={i}>{lang === "zh-CN" ? p.zh : p.en}</li>
              ))}
              {status.problems.length > LISTED && (
                <li>{t.andMore(status.problems.length - LISTED)}</li>
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <ErrorMessage
          title={status.error instanceof ImportError ? t.importFailed : t.writeFailed}
          error={status.error}
        />
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t.overwriteTitle(conflicts.length)}
        cancelLabel={t.cancel}
        onCancel={cancel}
        actions={[
          {
            label: t.keepExisting,
            primary: true,
            onClick: () => {
              if (pending) void answer(pending, (a) => a.keep());
            },
          },
          {
            label: t.overwrite,
            onClick: () => {
              if (pending) void answer(pending, (a) => a.overwrite(pending.outcome.conflicts));
            },
          },
        ]}
      >
        <Body1>{conflicts.some((c) => c.changed) ? t.overwriteChangedBody : t.overwriteBody}</Body1>
        <ul className={styles.list} aria-label={t.overwriteList} tabIndex={0}>
          {conflicts.slice(0, LISTED).map((c) => (
            <li key={`${c.sheet}!${c.cell}`}>
              <Caption1>
                {t.conflictLine(`${c.sheet}!${c.cell}`, c.current, c.next)}
                {c.changed ? ` ${t.conflictChanged}` : ""}
              </Caption1>
            </li>
          ))}
          {conflicts.length > LISTED && (
            <li>
              <Caption1>{t.andMore(conflicts.length - LISTED)}</Caption1>
            </li>
          )}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
