/** The few highest-priority gaps for a filter, as a compact list that links to the full gap list. */
import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { LevelBadge } from '../../components/LevelBadge';
import { QueryStateView } from '../../components/QueryStateView';
import { GapsDocument, type GapFilter } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { GAP_KIND_NAMES, pick } from '../../i18n/labels';
import { viewHref } from '../../routing/paths';

export function GapMiniList({ filter, first = 8 }: { filter: GapFilter; first?: number }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useQuery(GapsDocument, { filter, first });
  return (
    <QueryStateView query={query} isEmpty={(d) => d.gaps.edges.length === 0} empty={t('gaps.noneHere')}>
      {(data) => (
        <>
          <ol className="gap-mini">
            {data.gaps.edges.map(({ node }) => (
              <li key={node.id}>
                <span className="gap-mini-tech">{i18n.name(node.technology)}</span>{' '}
                <span className="muted small">{pick(GAP_KIND_NAMES[node.kind], lang, node.kind)}</span>{' '}
                <LevelBadge level={node.level} />{' '}
                <span className="score" title={t('gaps.score')}>
                  {i18n.number(node.score, 2)}
                </span>
              </li>
            ))}
          </ol>
          {data.gaps.totalCount > data.gaps.edges.length && (
            <p className="small">
              <Link
                to={viewHref(lang, 'gaps', {
                  j: filter.jurisdictions?.join(','),
                  activity: filter.activity ?? undefined,
                  actor: filter.actor ?? undefined,
                  year: filter.asOf?.slice(0, 4),
                })}
              >
                {t('gaps.seeAll', { count: data.gaps.totalCount })}
              </Link>
            </p>
          )}
        </>
      )}
    </QueryStateView>
  );
}
