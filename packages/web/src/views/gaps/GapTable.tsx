/** The ranked gap list: rank, score and its factors, place, technology, kind, level and why. */
import { EntityLink } from '../../components/EntityLink';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, GAP_KIND_NAMES, pick } from '../../i18n/labels';
import { FactorBars } from './FactorBars';
import type { GapNode } from './gapExport';

export function GapTable({ gaps, caption }: { gaps: readonly GapNode[]; caption: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table className="gap-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('gaps.rank')}</th>
          <th scope="col">{t('gaps.score')}</th>
          <th scope="col">{t('gaps.jurisdiction')}</th>
          <th scope="col">{t('gaps.technology')}</th>
          <th scope="col">{t('gaps.kind')}</th>
          <th scope="col">{t('gaps.level')}</th>
          <th scope="col">{t('gaps.factors')}</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((gap, index) => (
          <tr key={gap.id} data-gap={gap.id}>
            <td className="num">{index + 1}</td>
            <td className="num score">{i18n.number(gap.score, 3)}</td>
            <th scope="row">
              <EntityLink entity={gap.jurisdiction} />
            </th>
            <td>
              <EntityLink entity={gap.technology} />
              <div className="muted small">{pick(ACTIVITY_NAMES[gap.activity], lang, gap.activity)}</div>
            </td>
            <td>
              {pick(GAP_KIND_NAMES[gap.kind], lang, gap.kind)}
              {gap.obligation && (
                <div className="small">
                  <EntityLink entity={gap.obligation} />
                </div>
              )}
            </td>
            <td>
              <LevelBadge level={gap.level} />
              {gap.requiredLevel && (
                <div className="small">
                  {t('gaps.required')} <LevelBadge level={gap.requiredLevel} />
                </div>
              )}
            </td>
            <td className="factors-cell">
              <FactorBars factors={gap.factors} />
              <details>
                <summary>{t('gaps.why')}</summary>
                <p lang="en">{gap.explanation}</p>
                {gap.deployments.length > 0 && (
                  <ul className="small">
                    {gap.deployments.map((d) => (
                      <li key={d.id}>
                        <EntityLink entity={{ ...d, label: 'Deployment' }} />
                        {d.actor && (
                          <>
                            {' — '}
                            <EntityLink entity={d.actor} />
                          </>
                        )}
                        {d.since && ` (${t('gaps.since', { date: i18n.date(d.since) })})`}
                      </li>
                    ))}
                    {gap.deploymentCount > gap.deployments.length && (
                      <li>{t('gaps.moreDeployments', { count: gap.deploymentCount - gap.deployments.length })}</li>
                    )}
                  </ul>
                )}
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
