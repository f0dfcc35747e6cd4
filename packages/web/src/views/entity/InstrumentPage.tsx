import { useQuery } from '../../api/useQuery';
import { BindingTag } from '../../components/coverage/RuleItem';
import { EntityLink } from '../../components/EntityLink';
import { QueryStateView } from '../../components/QueryStateView';
import { InstrumentPageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import {
  ACTIVITY_NAMES,
  ACTOR_CLASS_NAMES,
  INSTRUMENT_KIND_NAMES,
  INSTRUMENT_STATUS_NAMES,
  MODE_NAMES,
  pick,
} from '../../i18n/labels';
import { EntityFooter } from './EntityFooter';
import { EntityHeader } from './EntityHeader';
import { Facts } from './Facts';

export function InstrumentPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useQuery(InstrumentPageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.instrument} empty={t('entity.notFound', { id })}>
      {({ instrument: x }) =>
        x && (
          <article className="entity-page">
            <EntityHeader entity={x} label="Instrument" />
            <p>
              <BindingTag binding={x.binding} />
            </p>
            {(lang === 'fr' ? (x.summaryFr ?? x.summary) : x.summary) && (
              <p className="lead" lang={lang === 'fr' && x.summaryFr ? 'fr' : 'en'}>
                {lang === 'fr' ? (x.summaryFr ?? x.summary) : x.summary}
              </p>
            )}
            <Facts
              rows={[
                [t('entity.kind'), pick(INSTRUMENT_KIND_NAMES[x.kind], lang, x.kind)],
                [t('entity.status'), pick(INSTRUMENT_STATUS_NAMES[x.status], lang, x.status)],
                [t('entity.citation'), x.citation],
                [t('entity.adopted'), x.adopted && i18n.date(x.adopted)],
                [t('entity.inForce'), x.inForce && i18n.date(x.inForce)],
                [t('entity.repealed'), x.repealed && i18n.date(x.repealed)],
                [
                  t('entity.officialText'),
                  x.url && (
                    <a href={x.url} target="_blank" rel="noopener noreferrer">
                      {x.url}
                    </a>
                  ),
                ],
              ]}
            />
            <section>
              <h2>{t('entity.appliesIn')}</h2>
              <ul>
                {x.appliesIn.map((a) => (
                  <li key={`${a.jurisdiction.id}-${a.scope}`}>
                    <EntityLink entity={a.jurisdiction} />
                    {a.scope === 'extraterritorial' && ` (${t('entity.extraterritorial')})`}
                    {a.from && ` — ${t('entity.since', { date: i18n.date(a.from) })}`}
                    {a.until && ` — ${t('entity.until', { date: i18n.date(a.until) })}`}
                  </li>
                ))}
              </ul>
            </section>
            {x.parties.length > 0 && (
              <section>
                <h2>{t('entity.parties', { count: x.parties.length })}</h2>
                <ul className="columns">
                  {x.parties.map((p) => (
                    <li key={p.jurisdiction.id}>
                      <EntityLink entity={p.jurisdiction} />
                      {p.since && <span className="muted small"> {i18n.date(p.since)}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section>
              <h2>{t('entity.regulates')}</h2>
              {x.regulates.length === 0 ? (
                <p className="muted">{t('state.empty')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('filter.technology')}</th>
                      <th scope="col">{t('rule.mode')}</th>
                      <th scope="col">{t('rule.activities')}</th>
                      <th scope="col">{t('entity.actorsCovered')}</th>
                      <th scope="col">{t('rule.provision')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {x.regulates.map((r, index) => (
                      <tr key={index}>
                        <th scope="row">
                          <EntityLink entity={r.technology} />
                        </th>
                        <td>
                          {pick(MODE_NAMES[r.mode], lang, r.mode)}
                          {r.condition && (
                            <div className="small muted" lang="en">
                              {r.condition}
                            </div>
                          )}
                        </td>
                        <td>{r.activities.map((a) => pick(ACTIVITY_NAMES[a], lang, a)).join(', ')}</td>
                        <td>{r.actorsCovered.map((a) => pick(ACTOR_CLASS_NAMES[a], lang, a)).join(', ')}</td>
                        <td>{r.provision}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <EntityFooter id={x.id} sources={x.sources} />
          </article>
        )
      }
    </QueryStateView>
  );
}
