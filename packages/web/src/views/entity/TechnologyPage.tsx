import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { QueryStateView } from '../../components/QueryStateView';
import { TechnologyPageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { viewHref } from '../../routing/paths';
import { EntityFooter } from './EntityFooter';
import { EntityHeader } from './EntityHeader';
import { entityRefs, Facts } from './Facts';

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
                [t('entity.broader'), entityRefs(x.parents)],
                [t('entity.narrower'), entityRefs(x.children)],
                [t('entity.threatens'), entityRefs(x.threatens)],
              ]}
            />
            <EntityFooter id={x.id} sources={x.sources} />
          </article>
        )
      }
    </QueryStateView>
  );
}
