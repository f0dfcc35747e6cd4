/** Pages for rights and sources, and a generic page for any other entity (e.g. a deployment). */
import { NODES, type NodeLabel } from '@lacuna/model';
import { useQuery } from '../../api/useQuery';
import { QueryStateView } from '../../components/QueryStateView';
import { EntityDetailsDocument, RightPageDocument, SourcePageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { CONFIDENCE_NAMES, pick } from '../../i18n/labels';
import { AllRelationships } from './AllRelationships';
import { EntityFooter } from './EntityFooter';
import { EntityHeader } from './EntityHeader';
import { Facts } from './Facts';

export function RightPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useQuery(RightPageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.right} empty={t('entity.notFound', { id })}>
      {({ right: x }) =>
        x && (
          <article className="entity-page">
            <EntityHeader entity={x} label="Right" />
            {x.description && (
              <p className="lead" lang="en">
                {x.description}
              </p>
            )}
            <Facts rows={[[t('entity.provision'), x.provision]]} />
            <EntityFooter id={x.id} sources={x.sources} />
          </article>
        )
      }
    </QueryStateView>
  );
}

export function SourcePage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(SourcePageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.source} empty={t('entity.notFound', { id })}>
      {({ source: x }) =>
        x && (
          <article className="entity-page">
            <EntityHeader entity={x} label="Source" />
            <Facts
              rows={[
                [t('entity.publisher'), x.publisher],
                [t('entity.date'), x.date && i18n.date(x.date)],
                [t('entity.language'), x.language.toUpperCase()],
                [t('entity.confidence'), x.confidence && pick(CONFIDENCE_NAMES[x.confidence], i18n.lang, x.confidence)],
                [t('entity.checked'), x.checked && i18n.date(x.checked)],
                [
                  t('entity.read'),
                  <a key="url" href={x.url} target="_blank" rel="noopener noreferrer" lang={x.language}>
                    {x.url}
                  </a>,
                ],
              ]}
            />
            <AllRelationships id={x.id} />
          </article>
        )
      }
    </QueryStateView>
  );
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === null || value === undefined ? '' : String(value);
}

/** Written by the loader for the engine and the search (ontology `derived`), not facts to show. */
const isDerived = (label: string, property: string) =>
  (NODES as Record<string, (typeof NODES)[NodeLabel] | undefined>)[label]?.properties[property]?.derived === true;

export function GenericPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useQuery(EntityDetailsDocument, { id, first: 1 });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.entity} empty={t('entity.notFound', { id })}>
      {({ entity: x }) =>
        x && (
          <article className="entity-page">
            <EntityHeader entity={x} label={x.label} />
            <Facts
              rows={Object.entries((x.properties ?? {}) as Record<string, unknown>)
                // Sources have their own section below.
                .filter(([k]) => !['id', 'name', 'nameFr', 'sourceIds'].includes(k) && !isDerived(x.label, k))
                .map(([k, v]) => [k, formatValue(v)] as [string, string])}
            />
            <EntityFooter id={x.id} sources={x.sources} />
          </article>
        )
      }
    </QueryStateView>
  );
}
