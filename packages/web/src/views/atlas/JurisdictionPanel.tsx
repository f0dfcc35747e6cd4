/**
 * The side panel for one place: its level for the chosen technology, the explanation (which instruments
 * and why), the gaps there, its subnational jurisdictions, and the sources.
 */
import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { Explanation } from '../../components/coverage/Explanation';
import { EntityLink } from '../../components/EntityLink';
import { QueryStateView } from '../../components/QueryStateView';
import { CoverageDocument, JurisdictionPageDocument, type Activity, type ActorClass } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { entityHref, viewHref } from '../../routing/paths';
import { pathParam } from '../graph/graphState';
import { GapMiniList } from '../gaps/GapMiniList';

interface Props {
  jurisdiction: string;
  technology: string;
  activity: Activity;
  actor: ActorClass;
  asOf?: string;
  onSelect: (id: string) => void;
  onClose: () => void;
}

export function JurisdictionPanel({ jurisdiction, technology, activity, actor, asOf, onSelect, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const place = useQuery(JurisdictionPageDocument, { id: jurisdiction });
  const coverage = useQuery(CoverageDocument, { jurisdiction, technology, activity, actor, asOf });
  const info = place.state.status === 'ok' ? place.state.data.jurisdiction : null;
  const heading = info ? i18n.name(info) : jurisdiction;
  return (
    <section className="panel jurisdiction-panel" aria-labelledby="jurisdiction-panel-title">
      <div className="panel-head">
        <h2 id="jurisdiction-panel-title">{heading}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </div>
      <p className="panel-links">
        <Link to={entityHref(lang, { id: jurisdiction, label: 'Jurisdiction' })}>{t('atlas.openPage')}</Link>
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
      <QueryStateView query={coverage}>{(data) => <Explanation coverage={data.coverage} />}</QueryStateView>
      <h3>{t('atlas.gapsHere')}</h3>
      <GapMiniList filter={{ jurisdictions: [jurisdiction], activity, actor, asOf }} />
      {info && info.children.length > 0 && (
        <>
          <h3>{t('atlas.subnational', { count: info.children.length })}</h3>
          <ul className="chips">
            {info.children.map((child) => (
              <li key={child.id}>
                <button type="button" className="chip" onClick={() => onSelect(child.id)}>
                  {i18n.name(child)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {info && info.parents.length > 0 && (
        <p className="muted">
          {t('atlas.partOf')}{' '}
          {info.parents.map((p, index) => (
            <span key={p.id}>
              {index > 0 && ', '}
              <EntityLink entity={p} />
            </span>
          ))}
        </p>
      )}
      {place.state.status === 'error' && <QueryStateView query={place}>{() => null}</QueryStateView>}
    </section>
  );
}
