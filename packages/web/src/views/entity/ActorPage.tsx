import { useQuery } from '../../api/useQuery';
import { QueryStateView } from '../../components/QueryStateView';
import { ActorPageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { ACTOR_KIND_NAMES, pick } from '../../i18n/labels';
import { ActorExposure } from './ActorExposure';
import { EntityFooter } from './EntityFooter';
import { EntityHeader } from './EntityHeader';
import { entityRefs, Facts } from './Facts';

export function ActorPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const query = useQuery(ActorPageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.actor} empty={t('entity.notFound', { id })}>
      {({ actor: x }) =>
        x && (
          <article className="entity-page">
            <EntityHeader entity={x} label="Actor" />
            {x.description && (
              <p className="lead" lang="en">
                {x.description}
              </p>
            )}
            <Facts
              rows={[
                [t('entity.kind'), pick(ACTOR_KIND_NAMES[x.kind], lang, x.kind)],
                [t('entity.headquarters'), entityRefs(x.headquarters)],
                [
                  t('entity.website'),
                  x.url && (
                    <a href={x.url} target="_blank" rel="noopener noreferrer">
                      {x.url}
                    </a>
                  ),
                ],
              ]}
            />
            <ActorExposure actor={x.id} />
            <EntityFooter id={x.id} sources={x.sources} />
          </article>
        )
      }
    </QueryStateView>
  );
}
