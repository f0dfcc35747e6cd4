/**
 * Atlas: a world map coloured by coverage of one technology and activity at a date, the US states for
 * their own biometric laws, and a side panel that explains the selected place.
 */
import { useMemo } from 'react';
import { useQuery } from '../../api/useQuery';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { CoverageLegend } from '../../components/Legend';
import { QueryStateView } from '../../components/QueryStateView';
import { CoverageMatrixDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, pick } from '../../i18n/labels';
import { asOfFromYear, useUrlState } from '../../routing/useUrlState';
import { AtlasControls } from './AtlasControls';
import { AtlasMaps } from './AtlasMaps';
import { ATLAS_DEFAULTS, asActivity, asActor } from './atlasState';
import { JurisdictionPanel } from './JurisdictionPanel';
import { atlasMarks } from './marks';
import { PlaceList } from './PlaceList';

const MAPPED_LEVELS = ['national' as const, 'subnational' as const];

export function AtlasView() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [state, set] = useUrlState(ATLAS_DEFAULTS);
  const asOf = asOfFromYear(state.year);
  const matrix = useQuery(CoverageMatrixDocument, {
    activity: asActivity(state.activity),
    actor: asActor(state.actor),
    asOf,
    technologies: [state.tech],
    levels: MAPPED_LEVELS,
  });
  const data = matrix.state.status === 'ok' ? matrix.state.data.coverageMatrix : null;
  const marks = useMemo(() => (data ? atlasMarks(data, state.tech) : null), [data, state.tech]);
  const names = useMemo(() => new Map(data?.jurisdictions.map((j) => [j.id, i18n.name(j)]) ?? []), [data, i18n]);
  const places = useMemo(() => {
    if (!data) return [];
    const level = new Map(data.cells.filter((c) => c.technology === state.tech).map((c) => [c.jurisdiction, c.level]));
    return data.jurisdictions
      .map((j) => ({ id: j.id, name: i18n.name(j), level: level.get(j.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [data, i18n, lang, state.tech]);
  const techName = data?.technologies.find((x) => x.id === state.tech);
  const title = t('atlas.mapLabel', {
    technology: techName ? i18n.name(techName) : state.tech,
    activity: pick(ACTIVITY_NAMES[asActivity(state.activity)], lang, state.activity).toLowerCase(),
    date: asOf ? i18n.date(asOf) : t('time.today').toLowerCase(),
  });
  const select = (j: string) => set({ j: j === state.j ? '' : j });

  return (
    <div className="view view-atlas">
      <div className="view-main">
        <h1>{t('atlas.title')}</h1>
        <AtlasControls state={state} set={set} />
        <p className="map-caption">{title}</p>
        <ErrorBoundary resetKey={JSON.stringify(state)}>
          <QueryStateView query={matrix} keepPrevious isEmpty={(d) => d.coverageMatrix.cells.length === 0}>
            {() =>
              marks && (
                <AtlasMaps
                  marks={marks}
                  nameOf={(id) => names.get(id)}
                  selected={state.j}
                  onSelect={select}
                  title={title}
                />
              )
            }
          </QueryStateView>
        </ErrorBoundary>
        <CoverageLegend
          extra={
            <>
              <li>
                <span className="swatch swatch-no-data" aria-hidden="true" /> {t('atlas.noData')}
              </li>
              <li className="muted">{t('atlas.inheritedLegend')}</li>
            </>
          }
        />
      </div>
      <aside className="side-panel" aria-label={t('atlas.panel')}>
        <ErrorBoundary resetKey={`${state.j}|${state.tech}`}>
          {state.j ? (
            <JurisdictionPanel
              jurisdiction={state.j}
              technology={state.tech}
              activity={asActivity(state.activity)}
              actor={asActor(state.actor)}
              asOf={asOf}
              onSelect={select}
              onClose={() => set({ j: '' })}
            />
          ) : (
            <p className="hint">{t('atlas.pick')}</p>
          )}
          {places.length > 0 && <PlaceList places={places} selected={state.j} onSelect={select} />}
        </ErrorBoundary>
      </aside>
    </div>
  );
}
