import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../packages/api/src/warm-up.js';
import type { Graph } from '@lacuna/api';
import { startTestApi, testConfig } from '../setup/graph.js';

describe('HTTP API', () => {
  let url: string;
  let graph: Graph;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ url, graph, stop } = await startTestApi('mini-seed'));
  });
  afterAll(() => stop());

  const post = (query: string, variables?: object) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });

  it('answers { __typename } over POST and GET', async () => {
    const res = await post('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    // Answers change with the graph and the day: no browser or proxy may keep one.
    for (const answer of [res, get]) expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('sends the start-up warm-up request, valid against the schema, without an error', async () => {
    expect(await warmUp(graph, url)).toEqual([]);
  });

  it('reports the graph in status and finds an entity by id', async () => {
    const res = await post(
      'query($id: ID!) { status { schemaVersion counts { label count } } entity(id: $id) { id label name nameFr } }',
      { id: 'XA' },
    );
    const body = (await res.json()) as {
      data: { status: { counts: { label: string; count: number }[] }; entity: unknown };
    };
    expect(body.data.status.counts).toContainEqual({ label: 'Jurisdiction', count: 3 });
    expect(body.data.entity).toEqual({ id: 'XA', label: 'Jurisdiction', name: 'State A', nameFr: 'État A' });
  });

  it("lists an entity's stored properties, and nothing the API adds", async () => {
    const res = await post('query($id: ID!) { entity(id: $id) { properties } }', { id: 'XA' });
    const body = (await res.json()) as { data: { entity: { properties: Record<string, unknown> } } };
    expect(body.data.entity.properties).toMatchObject({ id: 'XA', name: 'State A', nameFr: 'État A' });
    expect(Object.keys(body.data.entity.properties)).not.toContain('__typename');
    expect(Object.keys(body.data.entity.properties)).not.toContain('label');
  });

  it('checks Neo4j in /healthz', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'ok' });
  });

  it('answers malformed GraphQL with a 400 and a code, and stays healthy', async () => {
    const res = await post('{ entity(id: ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('HTTP API without a database', () => {
  it('answers /healthz with 503 quickly when Neo4j is unreachable', async () => {
    const { Graph, startServer } = await import('@lacuna/api');
    const { freePort } = await import('../../scripts/neo4j/embedded.js');
    const config = testConfig();
    const graph = new Graph({ ...config, neo4j: { ...config.neo4j, uri: `neo4j://127.0.0.1:${await freePort()}` } });
    const server = await startServer(config, graph);
    try {
      const started = performance.now();
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', neo4j: 'unreachable' });
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await server.stop();
      await graph.close();
    }
  });
});
