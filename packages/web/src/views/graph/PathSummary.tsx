/** The explanation drawn on the graph: which cell it explains and its level. */
import type { CoverageExplained } from '../../components/coverage/types';
import { LevelBadge } from '../../components/LevelBadge';
import { coverageSentence } from '../../components/coverage/summary';
import { useI18n } from '../../i18n/i18n';

export function PathSummary({ coverage, onClear }: { coverage: CoverageExplained; onClear: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="panel path-summary" aria-labelledby="path-summary-title">
      <h2 id="path-summary-title">{t('graph.pathTitle')}</h2>
      <p>
        <LevelBadge level={coverage.level} />
      </p>
      <p>{coverageSentence(coverage, i18n)}</p>
      <p className="muted small">{t('graph.pathHelp')}</p>
      <button type="button" onClick={onClear}>
        {t('graph.clearPath')}
      </button>
    </section>
  );
}
