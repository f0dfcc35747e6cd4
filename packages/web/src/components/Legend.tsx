/** The coverage legend: colour, pattern, glyph and name of each level, strongest first. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { COVERAGE_LEVELS } from './levels';
import { LevelBadge } from './LevelBadge';

export function CoverageLegend({ extra }: { extra?: ReactNode }) {
  const { t } = useI18n();
  return (
    <figure className="legend" aria-label={t('legend.title')}>
      <figcaption>{t('legend.title')}</figcaption>
      <ul>
        {COVERAGE_LEVELS.map((level) => (
          <li key={level}>
            <LevelBadge level={level} />
          </li>
        ))}
        {extra}
      </ul>
    </figure>
  );
}
