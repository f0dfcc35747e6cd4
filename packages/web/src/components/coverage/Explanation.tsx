/**
 * The explanation of one coverage answer, checkable by hand: the level, the rules that apply and how each
 * reaches the jurisdiction, the rules left out and why, and the sources.
 */
import type { CoverageExplained } from './types';
import { useI18n } from '../../i18n/i18n';
import { EXCLUSION_NAMES, MODE_NAMES, pick } from '../../i18n/labels';
import { LevelBadge } from '../LevelBadge';
import { SourceList } from '../SourceList';
import { RuleItem } from './RuleItem';
import { coverageSentence } from './summary';

export function Explanation({ coverage, headingLevel = 3 }: { coverage: CoverageExplained; headingLevel?: 3 | 4 }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const H = `h${headingLevel}` as const;
  return (
    <section className="explanation" aria-label={t('explain.title')}>
      <p className="explanation-level">
        <LevelBadge level={coverage.level} />
        {coverage.strongestMode && (
          <span className="muted">
            {' '}
            {t('explain.strongestMode', {
              mode: pick(MODE_NAMES[coverage.strongestMode], lang, coverage.strongestMode),
            })}
          </span>
        )}
        {coverage.isGap && <span className="tag tag-gap">{t('explain.isGap')}</span>}
      </p>
      <p>{coverageSentence(coverage, i18n)}</p>
      {coverage.summary && (
        <p className="engine-summary" lang="en">
          {lang === 'fr' && <span className="muted">{t('explain.inEnglish')} </span>}
          {coverage.summary}
        </p>
      )}
      <H>{t('explain.applicable', { count: coverage.applicable.length })}</H>
      {coverage.applicable.length === 0 ? (
        <p className="muted">{t('explain.noneApplicable')}</p>
      ) : (
        <ul className="rules">
          {coverage.applicable.map((rule, index) => (
            <RuleItem key={`${rule.instrument.id}-${rule.mode}-${index}`} rule={rule} />
          ))}
        </ul>
      )}
      {coverage.excluded.length > 0 && (
        <details>
          <summary>{t('explain.excluded', { count: coverage.excludedCount })}</summary>
          {coverage.excludedCount > coverage.excluded.length && (
            <p className="muted">
              {t('explain.excludedFirst', { count: coverage.excluded.length })}{' '}
              {coverage.excludedByReason
                .map((e) => `${pick(EXCLUSION_NAMES[e.reason], lang, e.reason)}: ${e.count}`)
                .join(' · ')}
            </p>
          )}
          <ul className="rules">
            {coverage.excluded.map((rule, index) => (
              <RuleItem key={`${rule.instrument.id}-${rule.mode}-${index}`} rule={rule} />
            ))}
          </ul>
        </details>
      )}
      <H>{t('sources.title')}</H>
      <SourceList sources={coverage.sources} />
    </section>
  );
}
