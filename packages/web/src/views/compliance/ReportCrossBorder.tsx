/** What the places of a footprint say together: where they conflict, and the strictest common requirement. */
import { EntityLink } from '../../components/EntityLink';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, CONFLICT_KIND_NAMES, MODE_NAMES, pick } from '../../i18n/labels';
import { useItemTitle } from './ReportItems';
import type { Report } from './reportExport';

export function ReportConflicts({ report }: { report: Report }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const title = useItemTitle();
  const byIndex = new Map(report.items.map((i) => [i.index, i]));
  return (
    <section aria-labelledby="report-conflicts">
      <h2 id="report-conflicts">{t('compliance.conflictsTitle', { count: report.conflicts.length })}</h2>
      {report.conflicts.length === 0 ? (
        <p className="muted">{t('compliance.noConflicts')}</p>
      ) : (
        <ul className="conflicts">
          {report.conflicts.map((conflict, index) => (
            <li key={index}>
              <strong>
                <EntityLink entity={conflict.technology} /> (
                {pick(ACTIVITY_NAMES[conflict.activity], lang, conflict.activity)})
              </strong>
              {' — '}
              {pick(CONFLICT_KIND_NAMES[conflict.kind], lang, conflict.kind)}
              <ul className="small">
                {conflict.items.map((i) => {
                  const item = byIndex.get(i);
                  return (
                    <li key={i}>
                      {i + 1}. {item ? title(item) : ''} {item && <LevelBadge level={item.coverage.level} />}
                    </li>
                  );
                })}
              </ul>
              <p lang="en" className="small">
                {conflict.explanation}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReportStrictest({ report }: { report: Report }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <section aria-labelledby="report-strictest">
      <h2 id="report-strictest">{t('compliance.strictest')}</h2>
      <p className="muted small">{t('compliance.strictestHelp')}</p>
      <table className="strictest">
        <thead>
          <tr>
            <th scope="col">{t('filter.technology')}</th>
            <th scope="col">{t('filter.activity')}</th>
            <th scope="col">{t('compliance.requirement')}</th>
            <th scope="col">{t('compliance.setBy')}</th>
          </tr>
        </thead>
        <tbody>
          {report.strictest.map((req, index) => (
            <tr key={index}>
              <th scope="row">
                <EntityLink entity={req.technology} />
              </th>
              <td>{pick(ACTIVITY_NAMES[req.activity], lang, req.activity)}</td>
              <td>
                <LevelBadge level={req.level} />
                {req.mode && <div className="small">{pick(MODE_NAMES[req.mode], lang, req.mode)}</div>}
                <p lang="en" className="small">
                  {req.explanation}
                </p>
              </td>
              <td>
                <ul className="small">
                  {req.rules.map((rule, i) => (
                    <li key={`${rule.instrument.id}-${i}`}>
                      <EntityLink entity={{ ...rule.instrument, label: 'Instrument' }} />
                      {rule.provision && ` (${rule.provision})`}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
