/** Each footprint line with its level and the rules that apply to it. */
import { RuleItem } from '../../components/coverage/RuleItem';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, ACTOR_CLASS_NAMES, pick } from '../../i18n/labels';
import type { Report } from './reportExport';

type Item = Report['items'][number];

export function useItemTitle() {
  const i18n = useI18n();
  return (item: Item) =>
    [
      i18n.name(item.coverage.jurisdiction),
      i18n.name(item.coverage.technology),
      pick(ACTIVITY_NAMES[item.coverage.activity], i18n.lang, item.coverage.activity),
      pick(ACTOR_CLASS_NAMES[item.coverage.actor], i18n.lang, item.coverage.actor),
    ].join(' · ');
}

export function ReportItems({ report, open }: { report: Report; open: boolean }) {
  const { t } = useI18n();
  const title = useItemTitle();
  return (
    <section aria-labelledby="report-items">
      <h2 id="report-items">{t('compliance.perItem')}</h2>
      <ol className="report-items">
        {report.items.map((item) => (
          <li key={item.index} className="report-item">
            <h3>
              {item.index + 1}. {title(item)}
            </h3>
            <p>
              <LevelBadge level={item.coverage.level} />
              {report.softOnly.includes(item.index) && (
                <span className="tag tag-soft">{t('compliance.softOnlyTag')}</span>
              )}
              {report.uncovered.includes(item.index) && (
                <span className="tag tag-gap">{t('compliance.uncoveredTag')}</span>
              )}
            </p>
            {item.coverage.applicable.length === 0 ? (
              <p className="muted">{t('explain.noneApplicable')}</p>
            ) : (
              <details open={open}>
                <summary>{t('explain.applicable', { count: item.coverage.applicable.length })}</summary>
                <ul className="rules">
                  {item.coverage.applicable.map((rule, i) => (
                    <RuleItem key={`${rule.instrument.id}-${i}`} rule={rule} />
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
