/** Timing helpers for the benchmarks: GraphQL over HTTP, percentiles, time-boxed run loops, memory. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface GqlResult {
  ms: number;
  bytes: number;
  /** The first error message, when the answer carries errors. */
  error?: string;
  data?: Record<string, unknown>;
}

/** One POST to /graphql; network and parse time included, as a client sees it. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: { data?: Record<string, unknown>; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { ms, bytes: text.length, error: `HTTP ${response.status}: ${text.slice(0, 200)}` };
  }
  const error = body.errors?.[0]?.message ?? (response.ok ? undefined : `HTTP ${response.status}`);
  return { ms, bytes: text.length, ...(error ? { error } : {}), ...(body.data ? { data: body.data } : {}) };
}

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    runs: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/**
 * Runs `once` sequentially after `warmup` unmeasured runs, until `maxRuns` runs or `budgetSeconds` have
 * passed (but at least `minRuns`). Stops at the first error and returns it: a query that fails once (not
 * implemented, refused, timed out) fails every time.
 */
export async function timeRuns(
  once: (i: number) => Promise<GqlResult>,
  { warmup = 3, minRuns = 10, maxRuns = 200, budgetSeconds = 60 } = {},
): Promise<{ summary?: Summary; bytes?: number; error?: string; sample?: Record<string, unknown> }> {
  for (let i = 0; i < warmup; i++) {
    const r = await once(i);
    if (r.error) return { error: r.error };
  }
  const samples: number[] = [];
  let bytes = 0;
  let sample: Record<string, unknown> | undefined;
  const deadline = performance.now() + budgetSeconds * 1000;
  for (let i = 0; i < maxRuns && (i < minRuns || performance.now() < deadline); i++) {
    const r = await once(warmup + i);
    if (r.error) return { error: r.error };
    samples.push(r.ms);
    bytes += r.bytes;
    sample ??= r.data;
  }
  return { summary: summarize(samples), bytes: Math.round(bytes / samples.length), ...(sample ? { sample } : {}) };
}

let gcFn: (() => void) | undefined;
/** A full garbage collection, so that heap numbers compare (V8's gc exposed without a command-line flag). */
export function collectGarbage(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

export interface Memory {
  rssMiB: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
}

export function memory(): Memory {
  const m = process.memoryUsage();
  const mib = (x: number) => Math.round(x / 1048576);
  return { rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed), heapTotalMiB: mib(m.heapTotal) };
}

export const fmt = (ms: number | undefined, digits = 1) =>
  ms === undefined || Number.isNaN(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(digits);
