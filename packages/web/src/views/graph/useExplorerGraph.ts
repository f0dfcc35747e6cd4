/** Everything the explorer draws, from the URL state: merged neighbourhoods plus an explanation path. */
import { useMemo } from 'react';
import { useQuery } from '../../api/useQuery';
import { CoverageDocument, type Activity, type ActorClass } from '../../generated/graphql';
import { splitList } from '../../routing/useUrlState';
import { explanationPath } from './explanationPath';
import { mergeGraphs, type GraphPart } from './graphModel';
import { parsePath } from './graphState';
import { useNeighbourhoods } from './useNeighbourhoods';

export function useExplorerGraph(state: { focus: string; open: string; path: string }) {
  const open = useMemo(() => {
    const ids = splitList(state.open);
    return ids.length === 0 && state.focus ? [state.focus] : ids;
  }, [state.open, state.focus]);
  const neighbourhoods = useNeighbourhoods(open);
  const path = parsePath(state.path);
  const coverage = useQuery(
    CoverageDocument,
    path
      ? { ...path, activity: path.activity as Activity, actor: path.actor as ActorClass }
      : { jurisdiction: '', technology: '', activity: 'use' },
    { skip: !path },
  );
  const coverageData = coverage.state.status === 'ok' ? coverage.state.data.coverage : null;
  const pathPart = useMemo(() => (coverageData ? explanationPath(coverageData) : null), [coverageData]);

  const graph = useMemo(() => {
    const parts: GraphPart[] = open.flatMap((id) => {
      const part = neighbourhoods.parts.get(id);
      return part ? [part] : [];
    });
    if (pathPart) parts.push(pathPart);
    const merged = mergeGraphs(parts);
    const highlighted = new Set<string>(pathPart?.highlightNodes ?? []);
    for (const key of pathPart?.highlightEdges ?? []) {
      const id = merged.edgeByKey.get(key);
      if (id) highlighted.add(id);
    }
    return { ...merged, highlighted };
  }, [open, neighbourhoods.parts, pathPart]);

  const truncated = open.some((id) => neighbourhoods.parts.get(id)?.truncated);
  return { open, graph, neighbourhoods, coverage, coverageData, truncated };
}
