import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { EntityLink } from '../../components/EntityLink';
import { QueryStateView } from '../../components/QueryStateView';
import { SourceList } from '../../components/SourceList';
import { TechnologyPageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { viewHref } from '../../routing/paths';
import { AllRelationships } from './AllRelationships';
import { EntityHeader } from './EntityHeader';
import { Facts, RefList } from './Facts';

export function TechnologyPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useQuery(TechnologyPageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.technology} empty={t('entity.notFound', { id })}>
      {({ technology: x }) =>
        x && (
          <article className="entity-page">
            <EntityHeader
              entity={x}
              label="Technology"
              links={
                <>
                  {' · '}
                  <Link to={viewHref(lang, 'atlas', { tech: x.id })}>{t('entity.mapCoverage')}</Link>
                  {' · '}
                  <Link to={viewHref(lang, 'matrix', { family: x.id })}>{t('entity.inMatrix')}</Link>
                </>
              }
            />
            {x.description && (
              <p className="lead" lang="en">
                {x.description}
              </p>
            )}
            <Facts
              rows={[
                [t('entity.risk'), <span key="risk">{t('entity.riskValue', { n: x.riskLevel })}</span>],
                [t('entity.riskReason'), x.riskReason && <span lang="en">{x.riskReason}</span>],
                [t('entity.protective'), x.protective ? t('common.yes') : null],
                [
                  t('entity.broader'),
                  x.parents.length > 0 && (
                    <RefList>
                      {x.parents.map((p) => (
                        <li key={p.id}>
                          <EntityLink entity={p} />
                        </li>
                      ))}
                    </RefList>
                  ),
                ],
                [
                  t('entity.narrower'),
                  x.children.length > 0 && (
                    <RefList>
                      {x.children.map((p) => (
                        <li key={p.id}>
                          <EntityLink entity={p} />
                        </li>
                      ))}
                    </RefList>
                  ),
                ],
                [
                  t('entity.threatens'),
                  x.threatens.length > 0 && (
                    <RefList>
                      {x.threatens.map((p) => (
                        <li key={p.id}>
                          <EntityLink entity={p} />
                        </li>
                      ))}
                    </RefList>
                  ),
                ],
              ]}
            />
            <section>
              <h2>{t('sources.title')}</h2>
              <SourceList sources={x.sources} />
            </section>
            <AllRelationships id={x.id} />
          </article>
        )
      }
    </QueryStateView>
  );
}
