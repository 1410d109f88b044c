import { useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  Option,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { causeNote } from "../core/causes/note";
import type { Severity } from "../core/findings";
import type { CellRef } from "../core/span";
import type { Excerpt, FindingView } from "./findings-view";
import type { Lang, Strings } from "./i18n";
import { SourceCells } from "./SourceCells";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  waived: { opacity: 0.8, borderLeftColor: tokens.colorNeutralStroke1 },
  locate: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    textAlign: "start",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  excerpt: {
    margin: 0,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorPaletteRedForeground1,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  cause: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** The paragraph around the span, the span inside a <mark>: text nodes only, never HTML. */
export function MarkedExcerpt({ excerpt }: { excerpt: Excerpt }) {
  const styles = useStyles();
  return (
    // The narrative is Chinese whatever the pane's language: Chinese glyphs, not Japanese ones.
    <p className={styles.excerpt} lang="zh-CN">
      {excerpt.clippedStart ? "…" : ""}
      {excerpt.text.slice(0, excerpt.start)}
      <mark className={styles.mark}>{excerpt.text.slice(excerpt.start, excerpt.end)}</mark>
      {excerpt.text.slice(excerpt.end)}
      {excerpt.clippedEnd ? "…" : ""}
    </p>
  );
}

export interface FindingActions {
  select(view: FindingView): void;
  /** Selects a cell in the workbook (a drafted paragraph's source cell). */
  selectCell(ref: CellRef): void;
  applyFix(view: FindingView): void;
  waive(view: FindingView, reason: string, who: string): void;
  unwaive(view: FindingView): void;
}

export function FindingCard(props: {
  view: FindingView;
  t: Strings;
  lang: Lang;
  actions: FindingActions;
  /** The reviewer's name when known (Office's user or typed earlier in this session). */
  reviewer: string | null;
  knownReviewers: string[];
  busy: boolean;
  readOnly: boolean;
}) {
  const { view, t, actions } = props;
  const styles = useStyles();
  const f = view.finding;
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState("");
  const [who, setWho] = useState(props.reviewer ?? "");
  const [tried, setTried] = useState(false);
  const where = view.target ? `${view.target.sheet}!${view.target.cell}` : null;
  const causeAt = view.causeTarget;
  const causeWhere = causeAt ? `${causeAt.sheet}!${causeAt.cell}` : null;

  const submit = () => {
    setTried(true);
    if (!reason.trim() || !who.trim()) return;
    actions.waive(view, reason.trim(), who.trim());
    setWaiving(false);
  };

  return (
    <li
      className={mergeClasses(styles.card, view.waiver ? styles.waived : styles[f.severity])}
      aria-label={`${t.severity[f.severity]}：${f.text}`}
    >
      <button
        type="button"
        className={styles.locate}
        onClick={() => actions.select(view)}
        disabled={!view.target}
        title={where ? t.locate(where) : undefined}
      >
        <Badge
          className={styles.badge}
          appearance="filled"
          color={BADGE_COLOR[f.severity]}
          size="small"
        >
          {t.severity[f.severity]}
        </Badge>
        <span>{t.message(f)}</span>
      </button>
      {view.excerpt && <MarkedExcerpt excerpt={view.excerpt} />}
      {f.cause && (
        // One figure explains this finding and others: say which, and reach it in one click.
        <div className={styles.cause} role="note">
          <Badge appearance="outline" size="small" className={styles.badge}>
            {`#${f.cause.group}`}
          </Badge>
          <Caption1>{causeNote(f, t.causeLang)}</Caption1>
          {causeAt && causeWhere && causeWhere !== where && (
            <Button size="small" appearance="subtle" onClick={() => actions.selectCell(causeAt)}>
              {t.locateCause(causeWhere)}
            </Button>
          )}
        </div>
      )}
      {view.sources && where && view.sources.length > 0 && (
        <SourceCells
          where={where}
          sources={view.sources}
          t={t}
          lang={props.lang}
          select={actions.selectCell}
        />
      )}
      {view.draftedFix && (
        <Caption1 className={styles.meta}>
          {t.draftedFix(view.draftedFix.original, view.draftedFix.replacement)}
        </Caption1>
      )}
      <Caption1 className={styles.meta}>
        {[
          where,
          // A correction computed from a figure in doubt is not shown as what it should be.
          f.expected !== undefined && !f.cause?.fixWithheld ? t.expected(f.expected) : null,
          f.rule,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Caption1>
      {view.waiver ? (
        <>
          <Caption1 className={styles.meta}>
            {t.waivedBy(
              view.waiver.who,
              view.waiver.when.slice(0, 16).replace("T", " "),
              view.waiver.why,
            )}
          </Caption1>
          <div className={styles.actions}>
            <Button
              size="small"
              onClick={() => actions.unwaive(view)}
              disabled={props.busy || props.readOnly}
            >
              {t.unwaive}
            </Button>
          </div>
        </>
      ) : waiving ? (
        <form
          className={styles.form}
          // The pane's own messages, in the pane's language, instead of the browser's bubble.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Field
            label={t.waiveReason}
            required
            validationMessage={tried && !reason.trim() ? t.reasonRequired : undefined}
          >
            <Input value={reason} onChange={(_, d) => setReason(d.value)} autoFocus />
          </Field>
          {!props.reviewer && (
            <Field
              label={t.waiveWho}
              required
              validationMessage={tried && !who.trim() ? t.whoRequired : undefined}
            >
              <Combobox
                freeform
                value={who}
                onChange={(e) => setWho(e.target.value)}
                onOptionSelect={(_, d) => setWho(d.optionText ?? "")}
              >
                {props.knownReviewers.map((name) => (
                  <Option key={name}>{name}</Option>
                ))}
              </Combobox>
            </Field>
          )}
          <div className={styles.actions}>
            <Button size="small" appearance="primary" type="submit" disabled={props.busy}>
              {t.confirmWaive}
            </Button>
            <Button size="small" onClick={() => setWaiving(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <div className={styles.actions}>
          {view.fix && (
            <Button
              size="small"
              appearance="primary"
              onClick={() => actions.applyFix(view)}
              disabled={props.busy || props.readOnly}
            >
              {t.applyFix(view.fix.original, view.fix.replacement)}
            </Button>
          )}
          <Button
            size="small"
            onClick={() => setWaiving(true)}
            disabled={props.busy || props.readOnly}
          >
            {t.waive}
          </Button>
        </div>
      )}
    </li>
  );
}
