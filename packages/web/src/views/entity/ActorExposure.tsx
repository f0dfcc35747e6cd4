/**
 * Where an actor, its security providers or its clients deploy a technology in places where it is a gap:
 * the exposure a client company inherits from its providers.
 */
import { useQuery } from '../../api/useQuery';
import { EntityLink } from '../../components/EntityLink';
import { LevelBadge } from '../../components/LevelBadge';
import { QueryStateView } from '../../components/QueryStateView';
import { ActorExposureDocument } from '../../generated/graphql';
import { useI18n, type MessageKey } from '../../i18n/i18n';

const RELATIONS: Record<string, MessageKey> = {
  SELF: 'exposure.self',
  PROVIDER: 'exposure.provider',
  CLIENT: 'exposure.client',
};

export function ActorExposure({ actor }: { actor: string }) {
  const { t } = useI18n();
  const query = useQuery(ActorExposureDocument, { actor });
  return (
    <section>
      <h2>{t('exposure.title')}</h2>
      <p className="muted small">{t('exposure.help')}</p>
      <QueryStateView query={query} isEmpty={(d) => d.actorExposure.items.length === 0} empty={t('exposure.none')}>
        {({ actorExposure }) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('exposure.who')}</th>
                <th scope="col">{t('filter.technology')}</th>
                <th scope="col">{t('gaps.jurisdiction')}</th>
                <th scope="col">{t('gaps.level')}</th>
                <th scope="col">{t('exposure.deployment')}</th>
              </tr>
            </thead>
            <tbody>
              {actorExposure.items.map((item) => {
                const relation = RELATIONS[item.relation];
                return (
                  <tr key={`${item.deployment.id}-${item.relation}`}>
                    <td>
                      <EntityLink entity={item.actor} />
                      <div className="muted small">{relation ? t(relation) : item.relation}</div>
                    </td>
                    <td>
                      <EntityLink entity={item.technology} />
                    </td>
                    <td>
                      <EntityLink entity={item.jurisdiction} />
                    </td>
                    <td>
                      <LevelBadge level={item.level} />
                    </td>
                    <td>
                      <EntityLink entity={{ ...item.deployment, label: 'Deployment' }} />
                      <p className="small" lang="en">
                        {item.explanation}
                      </p>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryStateView>
    </section>
  );
}
