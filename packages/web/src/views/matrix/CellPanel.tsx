/** The explanation of one matrix cell, beside the heatmap. */
import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { Explanation } from '../../components/coverage/Explanation';
import { QueryStateView } from '../../components/QueryStateView';
import { CoverageDocument, type Activity, type ActorClass } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { viewHref } from '../../routing/paths';
import { pathParam } from '../graph/graphState';

interface Props {
  jurisdiction: string;
  technology: string;
  activity: Activity;
  actor: ActorClass;
  asOf?: string;
  onClose: () => void;
}

export function CellPanel({ jurisdiction, technology, activity, actor, asOf, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useQuery(CoverageDocument, { jurisdiction, technology, activity, actor, asOf });
  const data = query.state.status === 'ok' ? query.state.data.coverage : null;
  return (
    <section className="panel" aria-labelledby="cell-panel-title">
      <div className="panel-head">
        <h2 id="cell-panel-title">
          {data ? `${i18n.name(data.jurisdiction)} — ${i18n.name(data.technology)}` : t('matrix.cell')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </div>
      <p className="panel-links">
        <Link to={viewHref(lang, 'atlas', { tech: technology, activity, j: jurisdiction })}>{t('matrix.onMap')}</Link>
        {' · '}
        <Link
          to={viewHref(lang, 'graph', {
            focus: jurisdiction,
            path: pathParam(jurisdiction, technology, activity, actor),
          })}
        >
          {t('atlas.showPath')}
        </Link>
      </p>
      <QueryStateView query={query}>{(d) => <Explanation coverage={d.coverage} />}</QueryStateView>
    </section>
  );
}
