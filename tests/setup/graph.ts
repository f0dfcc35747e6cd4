/** Helpers for integration tests: a Graph on the test database and a way to start from an empty one. */
import { inject } from 'vitest';
import { resolve } from 'node:path';
import { applySchema, Graph, loadSeed, readConfig, startServer, type Config } from '@lacuna/api';
import { graphqlClient, type GraphqlClient } from './http.js';
import type { Row } from '../../packages/api/src/graph/db.js';

export function testConfig(overrides: Partial<Config['http']> = {}): Config {
  const config = readConfig({ NEO4J_URI: inject('neo4jUri'), NODE_ENV: 'test' });
  return { ...config, http: { ...config.http, port: 0, ...overrides } };
}

export function testGraph(): Graph {
  return new Graph(testConfig());
}

export async function wipe(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.write(
      'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted',
      {},
      { name: 'test.wipe', timeoutMs: 120_000 },
    );
    if (row?.deleted === 0) return;
  }
}

/**
 * Node and relationship counts plus a digest of every id, type and key: equal digests, equal graphs.
 * Nodes without an id (the engine's stores, the store lease) are ordered by name: their storage order
 * changes when a load writes the stores again.
 */
export async function fingerprint(graph: Graph): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [row] = await graph.read(
    `MATCH (n) WITH n ORDER BY n.id, n.name
     WITH count(n) AS nodes, collect(coalesce(n.id, '') + ':' + coalesce(n.name, '')) AS ids
     OPTIONAL MATCH ()-[r]->() WITH nodes, ids, r ORDER BY r.key
     WITH nodes, ids, count(r) AS relationships, collect(type(r) + ':' + coalesce(r.key, '')) AS keys
     RETURN nodes, relationships, reduce(s = '', x IN ids + keys | s + '|' + x) AS digest`,
    {},
    { name: 'test.fingerprint' },
  );
  return row as { nodes: number; relationships: number; digest: string };
}

/** Every entity and relationship between entities with all of its labels and properties, in a stable order. */
export async function graphContents(graph: Graph): Promise<{ nodes: Row[]; relationships: Row[] }> {
  const nodes = await graph.read(
    'MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id',
    {},
    { name: 'test.contents' },
  );
  const relationships = await graph.read(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY r.key, from, type, to`,
    {},
    { name: 'test.contents' },
  );
  for (const node of nodes) (node.labels as string[]).sort();
  return { nodes, relationships };
}

export interface TestApi {
  graph: Graph;
  url: string;
  api: GraphqlClient;
  stop(): Promise<void>;
}

/** A clean graph holding one seed folder (a fixture name under tests/fixtures, or a path), served over HTTP. */
export async function startTestApi(seed: string): Promise<TestApi> {
  const graph = testGraph();
  await wipe(graph);
  await applySchema(graph);
  await loadSeed(graph, seed.includes('/') ? seed : resolve(import.meta.dirname, '../fixtures', seed));
  const server = await startServer(testConfig(), graph);
  return {
    graph,
    url: server.url,
    api: graphqlClient(server.url),
    stop: async () => {
      await server.stop();
      await graph.close();
    },
  };
}
