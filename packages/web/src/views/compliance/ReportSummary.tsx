/** The report's summary counts, and the lines that only soft law, or nothing, covers. */
import { LevelBadge } from '../../components/LevelBadge';
import { COVERAGE_LEVELS } from '../../components/levels';
import { useI18n } from '../../i18n/i18n';
import { useItemTitle } from './ReportItems';
import type { Report } from './reportExport';

export function ReportSummary({ report }: { report: Report }) {
  const { t, number } = useI18n();
  const s = report.summary;
  return (
    <section aria-labelledby="report-summary">
      <h2 id="report-summary">{t('compliance.summary')}</h2>
      <ul className="summary-counts">
        {COVERAGE_LEVELS.map((level) => (
          <li key={level}>
            <LevelBadge level={level} /> <strong>{number(s[level])}</strong>
          </li>
        ))}
        <li>
          {t('compliance.conflicts')}: <strong>{number(s.conflicts)}</strong>
        </li>
      </ul>
      <p lang="en">{s.text}</p>
    </section>
  );
}

export function ReportSoftOnly({ report }: { report: Report }) {
  const { t } = useI18n();
  const title = useItemTitle();
  const list = (indexes: readonly number[]) =>
    report.items
      .filter((i) => indexes.includes(i.index))
      .map((i) => <li key={i.index}>{`${i.index + 1}. ${title(i)}`}</li>);
  return (
    <section aria-labelledby="report-soft">
      <h2 id="report-soft">{t('compliance.softOnly', { count: report.softOnly.length })}</h2>
      {report.softOnly.length === 0 ? (
        <p className="muted">{t('compliance.noSoftOnly')}</p>
      ) : (
        <ul>{list(report.softOnly)}</ul>
      )}
      <h2>{t('compliance.uncovered', { count: report.uncovered.length })}</h2>
      {report.uncovered.length === 0 ? (
        <p className="muted">{t('compliance.noUncovered')}</p>
      ) : (
        <ul>{list(report.uncovered)}</ul>
      )}
    </section>
  );
}
