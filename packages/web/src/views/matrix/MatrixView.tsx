/**
 * Matrix: a heatmap of jurisdictions × technologies for one activity and date, sortable, filtered by
 * region, subregion and technology family; a cell opens its explanation.
 */
import { useCallback, useMemo } from 'react';
import { useQuery } from '../../api/useQuery';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ActivitySelect, ActorClassSelect } from '../../components/filters/EnumSelect';
import { RegionSelect } from '../../components/filters/RegionSelect';
import { TechnologySelect } from '../../components/filters/TechnologySelect';
import { taxonomyRows } from '../../components/filters/taxonomy';
import { downloadFile } from '../../components/download';
import { CoverageLegend } from '../../components/Legend';
import { QueryStateView } from '../../components/QueryStateView';
import { CoverageMatrixDocument, type Activity, type ActorClass } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { asOfFromYear, useUrlState } from '../../routing/useUrlState';
import { TimeSlider } from '../atlas/TimeSlider';
import { CellPanel } from './CellPanel';
import { Heatmap } from './Heatmap';
import { matrixCsv } from './matrixExport';
import { MATRIX_DEFAULTS, parseCell } from './matrixState';
import { buildRows, sortRows, type SortDir } from './sortMatrix';

const ROW_LEVELS = ['supranational' as const, 'national' as const];

export function MatrixView() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [state, set] = useUrlState(MATRIX_DEFAULTS);
  const activity = state.activity as Activity;
  const actor = state.actor as ActorClass;
  const asOf = asOfFromYear(state.year);
  const query = useQuery(CoverageMatrixDocument, {
    activity,
    actor,
    asOf,
    levels: ROW_LEVELS,
    region: state.region || undefined,
    technologyFamily: state.family || undefined,
  });
  const data = query.state.status === 'ok' ? query.state.data.coverageMatrix : null;
  const dir: SortDir = state.dir === 'desc' ? 'desc' : 'asc';

  const { rows, columns } = useMemo(() => {
    if (!data) return { rows: [], columns: [] };
    const names = new Map(data.jurisdictions.map((j) => [j.id, i18n.name(j)]));
    const shown = data.jurisdictions.filter((j) => !state.sub || j.subregion === state.sub);
    const built = buildRows(shown, data.cells, (id) => names.get(id) ?? id);
    const techs = data.technologies.map((x) => ({ ...x, parents: x.parents.map((id) => ({ id })) }));
    return {
      rows: sortRows(built, state.sort, dir, lang),
      columns: taxonomyRows(techs, i18n.name).map((r) => ({ id: r.node.id, name: i18n.name(r.node), depth: r.depth })),
    };
  }, [data, state.sub, state.sort, dir, i18n, lang]);

  const onSort = useCallback(
    (sort: string) => {
      const nextDir = sort === state.sort ? (dir === 'asc' ? 'desc' : 'asc') : sort === 'name' ? 'asc' : 'desc';
      set({ sort, dir: nextDir });
    },
    [state.sort, dir, set],
  );
  const onOpen = useCallback((j: string, tech: string) => set({ cell: `${j}~${tech}` }), [set]);
  const cell = parseCell(state.cell);

  return (
    <div className={cell ? 'view view-matrix with-panel' : 'view view-matrix'}>
      <div className="view-main">
        <h1>{t('matrix.title')}</h1>
        <form className="controls" aria-label={t('filter.title')} onSubmit={(e) => e.preventDefault()}>
          <RegionSelect
            region={state.region}
            subregion={state.sub}
            onChange={(p) => set({ region: p.region, sub: p.subregion ?? '' })}
          />
          <TechnologySelect
            label={t('filter.family')}
            value={state.family}
            onChange={(family) => set({ family })}
            familiesOnly
            anyLabel={t('filter.allTechnologies')}
          />
          <ActivitySelect value={state.activity} onChange={(value) => set({ activity: value })} />
          <ActorClassSelect value={state.actor} onChange={(value) => set({ actor: value })} />
          <TimeSlider year={state.year} onChange={(year) => set({ year }, { replace: true })} />
        </form>
        <CoverageLegend />
        <ErrorBoundary resetKey={JSON.stringify(state)}>
          <QueryStateView query={query} keepPrevious isEmpty={(d) => d.coverageMatrix.jurisdictions.length === 0}>
            {() => (
              <>
                <div className="toolbar">
                  <span className="muted small" role="status">
                    {t('matrix.count', { rows: rows.length, columns: columns.length })}
                  </span>
                  <button
                    type="button"
                    onClick={() => downloadFile('lacuna-coverage-matrix.csv', matrixCsv(rows, columns), 'text/csv')}
                  >
                    {t('export.csv')}
                  </button>
                </div>
                <Heatmap
                  rows={rows}
                  columns={columns}
                  sort={state.sort}
                  dir={dir}
                  onSort={onSort}
                  selected={cell}
                  onOpen={onOpen}
                  label={t('matrix.title')}
                />
              </>
            )}
          </QueryStateView>
        </ErrorBoundary>
      </div>
      {cell && (
        <aside className="side-panel" aria-label={t('matrix.cell')}>
          <ErrorBoundary resetKey={state.cell}>
            <CellPanel {...cell} activity={activity} actor={actor} asOf={asOf} onClose={() => set({ cell: '' })} />
          </ErrorBoundary>
        </aside>
      )}
    </div>
  );
}
