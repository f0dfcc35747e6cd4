/**
 * A small in-memory cache of query results keyed by operation and variables, so that going back to a view
 * or reopening a panel does not ask the API again. Entries expire after a few minutes.
 */
const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 300;

interface Entry {
  at: number;
  value: unknown;
}

const entries = new Map<string, Entry>();

export function cacheKey(operation: string, variables: unknown): string {
  return `${operation}\u0000${JSON.stringify(variables)}`;
}

export function readCache<T>(key: string): T | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (Date.now() - entry.at > TTL_MS) {
    entries.delete(key);
    return undefined;
  }
  return entry.value as T;
}

export function writeCache(key: string, value: unknown): void {
  entries.delete(key);
  entries.set(key, { at: Date.now(), value });
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
}

export function clearCache(): void {
  entries.clear();
}
