/**
 * View state kept in the URL's query string, so a link can be shared and back/forward work. Values equal
 * to their default are left out of the URL. `defaults` must be a module-level constant.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlState<K extends string> = Readonly<Record<K, string>>;
export type SetUrlState<K extends string> = (
  patch: Partial<Record<K, string>>,
  options?: { replace?: boolean },
) => void;

export function useUrlState<K extends string>(defaults: UrlState<K>): [UrlState<K>, SetUrlState<K>] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const out = { ...defaults } as Record<K, string>;
    for (const key of Object.keys(defaults) as K[]) out[key] = params.get(key) ?? defaults[key];
    return out;
  }, [params, defaults]);
  const update = useCallback<SetUrlState<K>>(
    (patch, options) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [K, string | undefined][]) {
            if (value === undefined || value === defaults[key]) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: options?.replace ?? false },
      ),
    [setParams, defaults],
  );
  return [values, update];
}

export const splitList = (value: string): string[] => (value ? value.split(',').filter(Boolean) : []);
export const joinList = (values: readonly string[]): string => values.join(',');

/** `year` in the URL is a calendar year; the API takes the last day of it. Empty means today. */
export function asOfFromYear(year: string): string | undefined {
  return /^\d{4}$/.test(year) ? `${year}-12-31` : undefined;
}
