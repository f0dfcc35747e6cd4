/**
 * Graph explorer: search an entity, expand neighbours one step at a time (new nodes are laid out around
 * placed ones, whose positions are cached), filter by type, and draw the explanation path of a coverage
 * answer. Styles come from the shared legend.
 */
import { useMemo, useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorMessage, Loading } from '../../components/QueryStateView';
import { useI18n } from '../../i18n/i18n';
import { RELATIONSHIP_NAMES, pick } from '../../i18n/labels';
import { joinList, splitList, useUrlState } from '../../routing/useUrlState';
import { GraphCanvas, type Position } from '../../viz/cytoscape';
import { GraphSearch } from './GraphSearch';
import { countByLabel } from './graphModel';
import { GRAPH_DEFAULTS } from './graphState';
import { NodeDetails } from './NodeDetails';
import { NodeList } from './NodeList';
import { PathSummary } from './PathSummary';
import { TypeFilter } from './TypeFilter';
import { useExplorerGraph } from './useExplorerGraph';

// Positions outlive the view, so coming back to the explorer does not lay the graph out again.
const POSITIONS = new Map<string, Position>();

export function GraphView() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [state, set] = useUrlState(GRAPH_DEFAULTS);
  const { open, graph, neighbourhoods, coverage, coverageData, truncated } = useExplorerGraph(state);
  const hidden = useMemo(() => new Set(splitList(state.hide)), [state.hide]);
  const [layoutMs, setLayoutMs] = useState<number | null>(null);

  const canvasNodes = useMemo(
    () => graph.nodes.map((n) => ({ id: n.id, label: n.label, name: i18n.name(n), centre: n.id === state.focus })),
    [graph.nodes, i18n, state.focus],
  );
  const canvasEdges = useMemo(
    () => graph.edges.map((e) => ({ ...e, text: pick(RELATIONSHIP_NAMES[e.type], lang, e.type) })),
    [graph.edges, lang],
  );
  const counts = useMemo(() => countByLabel(graph.nodes), [graph.nodes]);
  const selected = graph.nodes.find((n) => n.id === state.sel) ?? null;
  const expand = (id: string) => {
    if (!open.includes(id)) set({ open: joinList([...open, id]), sel: id });
  };
  const toggleType = (label: string) =>
    set({ hide: joinList(hidden.has(label) ? [...hidden].filter((l) => l !== label) : [...hidden, label]) });
  const pick_ = (id: string) => set({ focus: id, open: id, sel: id, path: '' });
  const errors = [...neighbourhoods.errors.values()];

  return (
    <div className="view view-graph">
      <aside className="side-panel graph-side" aria-label={t('graph.controls')}>
        <h1>{t('graph.title')}</h1>
        <GraphSearch onPick={pick_} />
        <TypeFilter counts={counts} hidden={hidden} onToggle={toggleType} />
        {selected && (
          <NodeDetails
            node={selected}
            expanded={open.includes(selected.id)}
            loading={neighbourhoods.loading.has(selected.id)}
            onExpand={() => expand(selected.id)}
          />
        )}
        {coverageData && <PathSummary coverage={coverageData} onClear={() => set({ path: '' })} />}
        {coverage.state.status === 'error' && <ErrorMessage error={coverage.state.error} onRetry={coverage.retry} />}
        <p className="muted small" role="status">
          {t('graph.stats', { nodes: graph.nodes.length, edges: graph.edges.length })}
          {layoutMs !== null && ` · ${t('graph.layoutTime', { ms: Math.round(layoutMs) })}`}
        </p>
        {truncated && <p className="muted small">{t('graph.truncated')}</p>}
        {graph.nodes.length > 0 && (
          <NodeList nodes={graph.nodes} selected={state.sel} onSelect={(sel) => set({ sel }, { replace: true })} />
        )}
        <p className="muted small">{t('graph.keys')}</p>
      </aside>
      <div className="view-main graph-main">
        {errors.map((error, index) => (
          <ErrorMessage key={index} error={error} />
        ))}
        {neighbourhoods.loading.size > 0 && <Loading label={t('graph.loading')} />}
        {graph.nodes.length === 0 && neighbourhoods.loading.size === 0 && !coverageData ? (
          <p className="hint">{t('graph.start')}</p>
        ) : (
          <ErrorBoundary resetKey={state.focus}>
            <GraphCanvas
              nodes={canvasNodes}
              edges={canvasEdges}
              hiddenLabels={hidden}
              highlighted={graph.highlighted}
              selected={state.sel || null}
              onSelect={(sel) => set({ sel: sel ?? '' }, { replace: true })}
              onExpand={expand}
              positions={POSITIONS}
              label={t('graph.canvas')}
              onLayout={setLayoutMs}
            />
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
