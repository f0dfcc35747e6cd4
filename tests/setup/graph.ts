/** Helpers for integration tests: a Graph on the test database and a way to start from an empty one. */
import { inject } from 'vitest';
import { Graph, readConfig, type Config } from '@lacuna/api';

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

/** Node and relationship counts plus a digest of every id, type and key: equal digests, equal graphs. */
export async function fingerprint(graph: Graph): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [row] = await graph.read(
    `MATCH (n) WITH n ORDER BY n.id
     WITH count(n) AS nodes, collect(coalesce(n.id, '') + ':' + coalesce(n.name, '')) AS ids
     OPTIONAL MATCH ()-[r]->() WITH nodes, ids, r ORDER BY r.key
     WITH nodes, ids, count(r) AS relationships, collect(type(r) + ':' + coalesce(r.key, '')) AS keys
     RETURN nodes, relationships, reduce(s = '', x IN ids + keys | s + '|' + x) AS digest`,
    {},
    { name: 'test.fingerprint' },
  );
  return row as { nodes: number; relationships: number; digest: string };
}
