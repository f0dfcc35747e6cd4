import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { EntityLink } from '../../components/EntityLink';
import { QueryStateView } from '../../components/QueryStateView';
import { JurisdictionPageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { JURISDICTION_LEVEL_NAMES, pick } from '../../i18n/labels';
import { regionName } from '../../i18n/regions';
import { viewHref } from '../../routing/paths';
import { GapMiniList } from '../gaps/GapMiniList';
import { EntityFooter } from './EntityFooter';
import { EntityHeader } from './EntityHeader';
import { entityRefs, Facts } from './Facts';

export function JurisdictionPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useQuery(JurisdictionPageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.jurisdiction} empty={t('entity.notFound', { id })}>
      {({ jurisdiction: j }) =>
        j && (
          <article className="entity-page">
            <EntityHeader
              entity={j}
              label="Jurisdiction"
              links={
                <>
                  {' · '}
                  <Link to={viewHref(lang, 'atlas', { j: j.id })}>{t('entity.onMap')}</Link>
                  {' · '}
                  <Link to={viewHref(lang, 'gaps', { j: j.id })}>{t('entity.gapsHere')}</Link>
                </>
              }
            />
            <Facts
              rows={[
                [t('entity.level'), pick(JURISDICTION_LEVEL_NAMES[j.level], lang, j.level)],
                [t('filter.region'), j.region && regionName(j.region, lang)],
                [t('filter.subregion'), j.subregion && regionName(j.subregion, lang)],
                ['M49', j.m49],
                [t('entity.partOf'), entityRefs(j.parents)],
              ]}
            />
            {j.memberships.length > 0 && (
              <section>
                <h2>{t('entity.memberships')}</h2>
                <ul>
                  {j.memberships.map((m) => (
                    <li key={`${m.body.id}-${m.since}`}>
                      <EntityLink entity={m.body} /> — {t('entity.since', { date: i18n.date(m.since) })}
                      {m.until && `, ${t('entity.until', { date: i18n.date(m.until) })}`}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {j.children.length > 0 && (
              <section>
                <h2>{t('atlas.subnational', { count: j.children.length })}</h2>
                {entityRefs(j.children)}
              </section>
            )}
            <section>
              <h2>{t('entity.instruments', { count: j.instruments.length })}</h2>
              {entityRefs(j.instruments)}
            </section>
            <section>
              <h2>{t('atlas.gapsHere')}</h2>
              <GapMiniList filter={{ jurisdictions: [j.id] }} />
            </section>
            <EntityFooter id={j.id} sources={j.sources} />
          </article>
        )
      }
    </QueryStateView>
  );
}
