/**
 * Gaps: the ranked list with filters, adjustable weights, each score's factors, and CSV/JSON export of
 * exactly what is filtered.
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { downloadFile } from '../../components/download';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorMessage, QueryStateView } from '../../components/QueryStateView';
import { ApiError } from '../../api/client';
import { GapsDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { useUrlState } from '../../routing/useUrlState';
import { fetchAllGaps, gapsCsv, gapsJson } from './gapExport';
import { GapFilters } from './GapFilters';
import { GAPS_DEFAULTS, formatWeights, gapFilter, gapWeights } from './gapsState';
import { GapTable } from './GapTable';
import { WeightSliders } from './WeightSliders';

const PAGE = 25;

export function GapsView() {
  const { t } = useI18n();
  const [state, set] = useUrlState(GAPS_DEFAULTS);
  const filter = useMemo(() => gapFilter(state), [state]);
  const weights = useMemo(() => gapWeights(state), [state]);
  const [pages, setPages] = useState(1);
  const filterKey = JSON.stringify(filter);
  useEffect(() => setPages(1), [filterKey]);
  const query = useQuery(GapsDocument, { filter, weights, first: PAGE * pages });
  const [exporting, setExporting] = useState<'csv' | 'json' | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);

  const current =
    query.state.status === 'ok'
      ? query.state.data
      : query.state.status === 'loading'
        ? query.state.previous
        : undefined;
  const exportAs = async (format: 'csv' | 'json') => {
    setExporting(format);
    setExportError(null);
    try {
      const all = await fetchAllGaps(filter, weights);
      const content = format === 'csv' ? gapsCsv(all) : gapsJson(all, filter, weights);
      downloadFile(`lacuna-gaps.${format}`, content, format === 'csv' ? 'text/csv' : 'application/json');
    } catch (error) {
      setExportError(error instanceof ApiError ? error : new ApiError((error as Error).message, 'network'));
    } finally {
      setExporting(null);
    }
  };

  return (
    <div className="view view-gaps">
      <div className="view-main">
        <h1>{t('gaps.title')}</h1>
        <GapFilters state={state} set={set} />
        <div className="toolbar">
          <span role="status" className="muted">
            {current ? t('gaps.count', { count: current.gaps.totalCount }) : ''}
          </span>
          <button type="button" onClick={() => void exportAs('csv')} disabled={exporting !== null}>
            {exporting === 'csv' ? t('export.working') : t('export.csv')}
          </button>
          <button type="button" onClick={() => void exportAs('json')} disabled={exporting !== null}>
            {exporting === 'json' ? t('export.working') : t('export.json')}
          </button>
        </div>
        {exportError && <ErrorMessage error={exportError} />}
        <ErrorBoundary resetKey={filterKey + state.w}>
          <QueryStateView query={query} keepPrevious isEmpty={(d) => d.gaps.edges.length === 0} empty={t('gaps.none')}>
            {(data) => (
              <>
                <GapTable gaps={data.gaps.edges.map((e) => e.node)} caption={t('gaps.title')} />
                {data.gaps.pageInfo.hasNextPage && (
                  <button type="button" className="more" onClick={() => setPages((n) => n + 1)}>
                    {t('gaps.more', { shown: data.gaps.edges.length, total: data.gaps.totalCount })}
                  </button>
                )}
              </>
            )}
          </QueryStateView>
        </ErrorBoundary>
      </div>
      <aside className="side-panel">
        <WeightSliders
          effective={current?.gaps.weights ?? null}
          onChange={(w) => set({ w: formatWeights(w) })}
          onReset={() => set({ w: '' })}
        />
      </aside>
    </div>
  );
}
