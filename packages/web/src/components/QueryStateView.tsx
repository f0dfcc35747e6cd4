/** The explicit state of one panel's query: loading, error (API down, timeout, failure), empty or the data. */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import type { QueryResult } from '../api/useQuery';
import { useI18n, type MessageKey } from '../i18n/i18n';

const ERROR_MESSAGES: Record<ApiError['kind'], MessageKey> = {
  network: 'state.error.network',
  timeout: 'state.error.timeout',
  unavailable: 'state.error.unavailable',
  graphql: 'state.error.graphql',
  http: 'state.error.http',
};

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="state state-loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}

export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="state state-error">
      <p>{t(ERROR_MESSAGES[error.kind], { message: error.message })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

interface Props<T> {
  query: QueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  loading?: string;
  /** Keep showing the previous data, dimmed, while new data loads. */
  keepPrevious?: boolean;
}

export function QueryStateView<T>({ query, children, isEmpty, empty, loading, keepPrevious }: Props<T>) {
  const { state, retry } = query;
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      if (keepPrevious && state.previous !== undefined) {
        return (
          <div className="stale" aria-busy="true">
            <Loading label={loading} />
            {children(state.previous)}
          </div>
        );
      }
      return <Loading label={loading} />;
    case 'error':
      return <ErrorMessage error={state.error} onRetry={retry} />;
    case 'ok':
      if (isEmpty?.(state.data)) return <Empty>{empty}</Empty>;
      return <>{children(state.data)}</>;
  }
}
