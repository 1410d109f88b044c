import { useEffect, useState } from "react";
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
import { paragraphSources, type SourceCell } from "../core/draft/references";
import type { SheetRow } from "../core/draft/sheet-rows";
import {
  NARRATIVE_SHEET,
  splitParagraphs,
  type NarrativeParagraph,
} from "../excel/narrative-sheet";
import type { PaneWorkbook } from "../excel/pane-workbook";
import type { TablesReader } from "./checking";
import { ConfirmDialog } from "./ConfirmDialog";
import type { DraftedSheet, Drafter, TemplateDrafter } from "./drafting";
import { ErrorMessage } from "./ErrorView";
import type { Lang, Strings } from "./i18n";
import { SourceCells } from "./SourceCells";
import { ImportError, readNarrativeFile } from "./text-file";
import { isPdfFile, readReportFile } from "./report-file";
import { FileButton } from "./FileButton";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { minHeight: "10em" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

type Status =
  | { kind: "idle" }
  | { kind: "busy"; label: string }
  | { kind: "done"; text: string; details?: Details }
  | { kind: "failed"; title: string; error: unknown };

/** What the pane lists under a message: the paragraphs written as text, and the draft's gaps. */
interface Details {
  textRows: SheetRow[];
  gaps: DraftedSheet["gaps"];
  /** The gaps are a filled template's blanks left as they were. */
  unfilled?: boolean;
}

/** What “sources of the selected paragraph” found. */
type SourcesView =
  { kind: "sources"; where: string; sources: SourceCell[] } | { kind: "message"; text: string };

/** The message after writing a draft, and the rows that could not be formulas. */
function draftSummary(drafted: DraftedSheet, t: Strings): { text: string; details: Details } {
  if (drafted.fromTemplate) {
    return {
      text: t.templateWritten(drafted.rows.length),
      details: { textRows: [], gaps: drafted.gaps, unfilled: true },
    };
  }
  const live = drafted.rows.filter((r) => r.formula).length;
  const textRows = drafted.rows.filter((r) => !r.formula && r.fallback);
  return {
    text: t.draftWritten(drafted.rows.length, live, textRows.length),
    details: { textRows, gaps: drafted.gaps },
  };
}

export function NarrativePanel(props: {
  workbook: PaneWorkbook;
  t: Strings;
  lang: Lang;
  readOnly: boolean;
  draft?: Drafter;
  /** 按模板起草: fills a bureau's template (.txt or .docx) from the tables. */
  draftFromTemplate?: TemplateDrafter;
  /** Reads the tables, to say what each source cell of a drafted paragraph holds. */
  tables?: TablesReader;
  /** Called after the 说明 sheet was written, so that a shown check is run again. */
  onWritten?: () => void;
}) {
  const { workbook, t } = props;
  const styles = useStyles();
  const [text, setText] = useState("");
  const [existing, setExisting] = useState<number | null | undefined>(undefined);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [sources, setSources] = useState<SourcesView | null>(null);
  const [confirm, setConfirm] = useState<{
    existing: number;
    paragraphs: NarrativeParagraph[];
    drafted?: DraftedSheet;
  } | null>(null);
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

  /** Writes text rows, or a draft's live rows; asks first when the sheet has paragraphs. */
  const write = async (rows: NarrativeParagraph[], overwrite: boolean, drafted?: DraftedSheet) => {
    setStatus({ kind: "busy", label: t.writing });
    try {
      const result = await workbook.writeNarrative(rows, overwrite);
      if (!result.written) {
        setConfirm({ existing: result.existing, paragraphs: rows, drafted });
        setStatus({ kind: "idle" });
        return;
      }
      setExisting(result.rows);
      setSources(null);
      setStatus(
        drafted
          ? { kind: "done", ...draftSummary(drafted, t) }
          : { kind: "done", text: t.narrativeWritten(result.rows) },
      );
      props.onWritten?.();
    } catch (error) {
      setStatus({ kind: "failed", title: t.writeFailed, error });
    }
  };

  const importFile = async (file: File) => {
    setStatus({ kind: "busy", label: t.importing });
    try {
      // A published report's PDF: its narrative, the tables and page furniture left out.
      const imported = isPdfFile(file)
        ? {
            text: (
              await readReportFile(file, undefined, (page, pages) =>
                setStatus({ kind: "busy", label: t.readingPage(page, pages) }),
              )
            ).reading.text,
            encoding: "PDF",
          }
        : await readNarrativeFile(file, [".pdf"]);
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

  /** Drafts from the tables and writes the draft as live formulas (asking before replacing). */
  const draft = async () => {
    if (!props.draft) return;
    setStatus({ kind: "busy", label: t.drafting });
    let drafted: DraftedSheet | null;
    try {
      drafted = await props.draft();
    } catch (error) {
      setStatus({ kind: "failed", title: t.draftFailed, error });
      return;
    }
    if (drafted === null) {
      setStatus({ kind: "done", text: t.draftNeedsTables });
      return;
    }
    const rows = drafted.rows.map((r) =>
      r.formula ? { text: r.text, formula: r.formula } : r.text,
    );
    await write(rows, false, drafted);
  };

  /** Reads a template file, fills it from the tables and writes it (asking before replacing). */
  const draftTemplate = async (file: File) => {
    if (!props.draftFromTemplate) return;
    setStatus({ kind: "busy", label: t.drafting });
    let drafted: DraftedSheet | null;
    try {
      const template = await readNarrativeFile(file);
      drafted = await props.draftFromTemplate(template.text);
    } catch (error) {
      const shown =
        error instanceof ImportError
          ? new Error(props.lang === "zh-CN" ? error.zh : error.en)
          : error;
      setStatus({ kind: "failed", title: t.draftFailed, error: shown });
      return;
    }
    if (drafted === null) {
      setStatus({ kind: "done", text: t.draftNeedsTables });
      return;
    }
    await write(
      drafted.rows.map((r) => r.text),
      false,
      drafted,
    );
  };

  /** The source cells of the paragraph selected in Excel. */
  const showSources = async () => {
    try {
      const selected = await workbook.selectedParagraph();
      if (!selected) {
        setSources({ kind: "message", text: t.sourcesNotParagraph });
        return;
      }
      const where = `${NARRATIVE_SHEET}!${selected.cell}`;
      if (selected.formula === null) {
        setSources({ kind: "message", text: t.sourcesNotDrafted(where) });
        return;
      }
      const facts = props.tables
        ? (await props.tables((await workbook.readState()).settings)).facts
        : [];
      setSources({
        kind: "sources",
        where,
        sources: paragraphSources(selected.formula, facts, NARRATIVE_SHEET),
      });
    } catch (error) {
      setStatus({ kind: "failed", title: t.sourcesFailed, error });
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
        <FileButton
          label={t.chooseFile}
          accept=".txt,.docx,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
          disabled={busy}
          onFile={(file) => void importFile(file)}
        />
        {props.draft && (
          <Button onClick={() => void draft()} disabled={busy || props.readOnly}>
            {t.draftFromTables}
          </Button>
        )}
        {props.draftFromTemplate && (
          <FileButton
            label={t.draftFromTemplate}
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={busy || props.readOnly}
            onFile={(file) => void draftTemplate(file)}
          />
        )}
        <Button
          appearance="primary"
          onClick={() => void write(paragraphs, false)}
          disabled={busy || paragraphs.length === 0 || props.readOnly}
        >
          {t.writeNarrative}
        </Button>
        <Button onClick={() => void showSources()} disabled={busy}>
          {t.showSources}
        </Button>
      </div>
      {status.kind === "busy" && <Spinner size="tiny" label={status.label} />}
      {status.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <div>{status.text}</div>
            {status.details && status.details.textRows.length > 0 && (
              <>
                <div>{t.draftTextRows(status.details.textRows.length)}</div>
                <ul className={styles.list}>
                  {status.details.textRows.map((r) => (
                    <li key={r.id}>
                      <span lang="zh-CN">
                        {r.text.length > 24 ? `${r.text.slice(0, 24)}…` : r.text}
                      </span>
                      {`：${props.lang === "zh-CN" ? r.fallback?.zh : r.fallback?.en}`}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {status.details && status.details.gaps.length > 0 && (
              <>
                <div>
                  {status.details.unfilled
                    ? t.templateUnfilled(status.details.gaps.length)
                    : t.draftGaps(status.details.gaps.length)}
                </div>
                <ul className={styles.list}>
                  {status.details.gaps.map((g, i) => (
                    <li key={i}>{props.lang === "zh-CN" ? g.zh : g.en}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {sources?.kind === "message" && <Caption1 role="status">{sources.text}</Caption1>}
      {sources?.kind === "sources" && (
        <SourceCells
          where={sources.where}
          sources={sources.sources}
          t={t}
          lang={props.lang}
          select={(ref) =>
            void workbook
              .select(ref)
              .catch((error: unknown) =>
                setStatus({ kind: "failed", title: t.sourcesFailed, error }),
              )
          }
        />
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
              const drafted = confirm?.drafted;
              setConfirm(null);
              void write(rows, true, drafted);
            },
          },
        ]}
      >
        {confirm ? t.replaceNarrativeBody(confirm.existing, confirm.paragraphs.length) : ""}
      </ConfirmDialog>
    </section>
  );
}
