/**
 * A stand-in for the GraphQL endpoint in component tests: answers each operation by name with data typed
 * by the generated types, and records the variables each request carried.
 */
import { vi } from 'vitest';

type Handler = (variables: Record<string, unknown>) => unknown;

export interface MockApi {
  calls: { operation: string; variables: Record<string, unknown> }[];
  callsOf: (operation: string) => Record<string, unknown>[];
}

export function mockApi(handlers: Record<string, Handler>): MockApi {
  const calls: MockApi['calls'] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
      calls.push({ operation, variables: body.variables });
      const handler = handlers[operation];
      const payload = handler
        ? { data: handler(body.variables) }
        : { errors: [{ message: `No mock for ${operation}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
      return new Response(JSON.stringify(payload), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return { calls, callsOf: (operation) => calls.filter((c) => c.operation === operation).map((c) => c.variables) };
}

export function apiDown(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
}
