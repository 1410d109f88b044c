import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceCell } from "../core/draft/references";
import { metricName } from "../core/metrics";
import { formatNumber } from "../core/numbers";
import type { CellRef } from "../core/span";
import type { Lang, Strings } from "./i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground2 },
});

/** “一般公共预算财政拨款收入（上年数）1000.04” for a cell the tables were read from. */
export function sourceLabel(source: SourceCell, t: Strings, lang: Lang): string {
  if (!source.metric) return "";
  const name = metricName(source.metric)[lang === "zh-CN" ? "zh" : "en"];
  const period = source.period ? t.period[source.period] : "";
  const value = source.value ? ` ${formatNumber(source.value, 2)}` : "";
  return `${name}${period ? (lang === "zh-CN" ? `（${period}）` : ` (${period})`) : ""}${value}`;
}

/**
 * The cells a drafted paragraph's formula reads, each a link that selects the cell in
 * the workbook, with the table figure it holds: the reviewer sees where every number of
 * the paragraph comes from.
 */
export function SourceCells(props: {
  /** “说明!A5”: the paragraph the sources are of. */
  where: string;
  sources: readonly SourceCell[];
  t: Strings;
  lang: Lang;
  select(ref: CellRef): void;
}) {
  const { t, lang } = props;
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Caption1>{t.sourcesOf(props.where, props.sources.length)}</Caption1>
      <ul className={styles.list} aria-label={t.sourcesOf(props.where, props.sources.length)}>
        {props.sources.map((s) => {
          const where = `${s.sheet}!${s.cell}`;
          const label = sourceLabel(s, t, lang);
          return (
            <li key={where}>
              <Link as="button" onClick={() => props.select(s)} title={t.locate(where)}>
                {where}
              </Link>
              {label && (
                <span className={styles.label} lang="zh-CN">
                  {" "}
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
