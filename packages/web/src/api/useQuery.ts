/**
 * Runs a typed GraphQL operation and exposes an explicit state (loading, ok, error) so each panel can
 * show what is happening. A `skip` query stays idle. Results are cached by operation and variables.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { cacheKey, readCache, writeCache } from './cache';
import { ApiError, queryText, request } from './client';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ApiError };

export interface QueryResult<T> {
  state: QueryState<T>;
  retry: () => void;
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError((error as Error).message, 'network');
}

export function useQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryResult<TData> {
  const key = options.skip ? null : cacheKey(queryText(document as TypedDocumentNode<unknown, never>), variables);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string | null; state: QueryState<TData> }>(() => {
    const cached = key ? readCache<TData>(key) : undefined;
    return { key, state: cached ? { status: 'ok', data: cached } : key ? { status: 'loading' } : { status: 'idle' } };
  });

  useEffect(() => {
    if (key === null) {
      setResult({ key, state: { status: 'idle' } });
      return;
    }
    const cached = readCache<TData>(key);
    if (cached) {
      setResult({ key, state: { status: 'ok', data: cached } });
      return;
    }
    const controller = new AbortController();
    setResult((current) => ({
      key,
      state: { status: 'loading', previous: current.state.status === 'ok' ? current.state.data : undefined },
    }));
    request(document, variables, controller.signal).then(
      (data) => {
        writeCache(key, data);
        setResult({ key, state: { status: 'ok', data } });
      },
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setResult({ key, state: { status: 'error', error: toApiError(error) } });
      },
    );
    return () => controller.abort();
    // `key` encodes the document and the variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state: currentState(result, key), retry };
}

/** Until the effect has run for a new key, answer from the cache or report loading with the last data. */
function currentState<T>(result: { key: string | null; state: QueryState<T> }, key: string | null): QueryState<T> {
  if (result.key === key) return result.state;
  if (key === null) return { status: 'idle' };
  const cached = readCache<T>(key);
  if (cached) return { status: 'ok', data: cached };
  return { status: 'loading', previous: result.state.status === 'ok' ? result.state.data : undefined };
}
