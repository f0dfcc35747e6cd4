/**
 * Fetches the neighbourhood of each expanded entity once (bounded by LIMIT), keeping earlier answers, so
 * an expansion asks the API for one small subgraph and nothing is laid out twice.
 */
import { useEffect, useState } from 'react';
import { cacheKey, readCache, writeCache } from '../../api/cache';
import { ApiError, queryText, request } from '../../api/client';
import { NeighbourhoodDocument, type NeighbourhoodQuery } from '../../generated/graphql';

export const LIMIT = 150;
type Subgraph = NeighbourhoodQuery['neighbourhood'];

export interface Neighbourhoods {
  parts: ReadonlyMap<string, Subgraph>;
  loading: ReadonlySet<string>;
  errors: ReadonlyMap<string, ApiError>;
}

const inflight = new Map<string, Promise<NeighbourhoodQuery>>();

/** One request per entity even when expansions follow each other before answers arrive. */
function fetchNeighbourhood(id: string): Promise<NeighbourhoodQuery> {
  const k = key(id);
  let pending = inflight.get(k);
  if (!pending) {
    pending = request(NeighbourhoodDocument, { id, depth: 1, limit: LIMIT }).then(
      (data) => {
        writeCache(k, data);
        inflight.delete(k);
        return data;
      },
      (error: unknown) => {
        inflight.delete(k);
        throw error;
      },
    );
    inflight.set(k, pending);
  }
  return pending;
}

const key = (id: string) => cacheKey(queryText(NeighbourhoodDocument as never), { id, depth: 1, limit: LIMIT });

export function useNeighbourhoods(ids: readonly string[]): Neighbourhoods {
  const [parts, setParts] = useState<Map<string, Subgraph>>(() => new Map());
  const [loading, setLoading] = useState<Set<string>>(() => new Set());
  const [errors, setErrors] = useState<Map<string, ApiError>>(() => new Map());
  const wanted = ids.join(',');

  useEffect(() => {
    let live = true;
    const ids = wanted ? wanted.split(',') : [];
    const missing: string[] = [];
    const fromCache = new Map<string, Subgraph>();
    for (const id of ids) {
      const cached = readCache<NeighbourhoodQuery>(key(id));
      if (cached) fromCache.set(id, cached.neighbourhood);
      else missing.push(id);
    }
    setParts((current) => {
      const next = new Map([...current].filter(([id]) => ids.includes(id)));
      for (const [id, part] of fromCache) next.set(id, part);
      return next;
    });
    setLoading(new Set(missing));
    for (const id of missing) {
      fetchNeighbourhood(id).then(
        (data) => {
          if (!live) return;
          setParts((current) => new Map(current).set(id, data.neighbourhood));
          setLoading((current) => new Set([...current].filter((x) => x !== id)));
        },
        (error: unknown) => {
          if (!live) return;
          const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'network');
          setErrors((current) => new Map(current).set(id, apiError));
          setLoading((current) => new Set([...current].filter((x) => x !== id)));
        },
      );
    }
    return () => {
      live = false;
    };
  }, [wanted]);

  return { parts, loading, errors };
}
