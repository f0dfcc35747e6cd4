/** Every relationship of an entity, both directions, with its properties and sources. */
import { useQuery } from '../../api/useQuery';
import { EntityLink } from '../../components/EntityLink';
import { QueryStateView } from '../../components/QueryStateView';
import { EntityDetailsDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { RELATIONSHIP_NAMES, nodeLabelName, pick } from '../../i18n/labels';

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const HIDDEN_PROPERTIES = new Set(['key', 'sources', 'sourceIds']);

export function AllRelationships({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const query = useQuery(EntityDetailsDocument, { id, first: 300 });
  return (
    <details className="all-relationships">
      <summary>{t('entity.allRelationships')}</summary>
      <QueryStateView query={query} isEmpty={(d) => !d.entity || d.entity.relationships.length === 0}>
        {(data) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('entity.relationship')}</th>
                <th scope="col">{t('entity.other')}</th>
                <th scope="col">{t('entity.details')}</th>
                <th scope="col">{t('sources.title')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entity?.relationships.map((rel, index) => {
                const props = Object.entries((rel.properties ?? {}) as Record<string, unknown>).filter(
                  ([k]) => !HIDDEN_PROPERTIES.has(k),
                );
                return (
                  <tr key={index}>
                    <td>
                      {rel.direction === 'IN' ? '← ' : '→ '}
                      {pick(RELATIONSHIP_NAMES[rel.type], lang, rel.type)}
                    </td>
                    <td>
                      <EntityLink entity={rel.other} />{' '}
                      <span className="muted small">{nodeLabelName(rel.other.label, lang)}</span>
                    </td>
                    <td className="small">
                      {props.map(([k, v]) => (
                        <div key={k}>
                          {k}: {formatValue(v)}
                        </div>
                      ))}
                    </td>
                    <td className="small">
                      {rel.sources.map((s) => (
                        <div key={s.id}>
                          <a href={s.url} target="_blank" rel="noopener noreferrer">
                            {s.name}
                          </a>
                        </div>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryStateView>
    </details>
  );
}
