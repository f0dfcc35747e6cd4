/** A score's factors: each value, its weight, and how much it contributes (value^weight), as bars. */
import type { GapNode } from './gapExport';
import { useI18n } from '../../i18n/i18n';
import { FACTOR_NAMES, pick } from '../../i18n/labels';

export function FactorBars({ factors }: { factors: GapNode['factors'] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <ul className="factor-bars" aria-label={t('gaps.factors')}>
      {factors.map((factor) => {
        const name = pick(FACTOR_NAMES[factor.name as keyof typeof FACTOR_NAMES], lang, factor.name);
        const contribution = factor.value ** factor.weight;
        return (
          <li key={factor.name} title={factor.explanation}>
            <span className="factor-name">{name}</span>
            <span className="factor-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(1, factor.value)) * 100}%` }} />
            </span>
            <span className="factor-value">
              {i18n.number(factor.value, 2)} ^ {i18n.number(factor.weight, 1)} = {i18n.number(contribution, 2)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
