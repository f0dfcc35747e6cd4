/**
 * The browser tier's world: an isolated Neo4j on a free port with a throw-away data folder, the seed
 * (data/seed) loaded, the dashboard freshly built, and the API serving both on a free port. Everything
 * is stopped at the end, whatever the outcome.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Graph, applySchema, loadSeed, readConfig, startServer } from '@lacuna/api';
import { ROOT, freePort, startLocalNeo4j } from '../../scripts/neo4j/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

function buildDashboard(): void {
  const build = spawnSync('pnpm', ['--filter', '@lacuna/web', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The dashboard did not build:\n${build.stdout}\n${build.stderr}`);
}

/** The first queries on a fresh Neo4j are slow (plans, caches): ask the heavy ones once before the browser does. */
async function warmUp(url: string): Promise<void> {
  const queries = [
    '{ gaps(first: 25) { totalCount } }',
    '{ coverageMatrix(activity: use, levels: [national, supranational]) { asOf } }',
  ];
  for (const query of queries) {
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).catch(() => undefined);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.LACUNA_E2E_URL) {
    project.provide('e2eBaseUrl', process.env.LACUNA_E2E_URL);
    return async () => {};
  }
  buildDashboard();
  const dataDir = mkdtempSync(join(tmpdir(), 'lacuna-e2e-neo4j-'));
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: await freePort(),
    pageCacheMiB: 256,
    heapMiB: 1024,
    log: () => {},
  });
  let graph: Graph | undefined;
  let stopServer: (() => Promise<void>) | undefined;
  const teardown = async () => {
    await stopServer?.().catch(() => {});
    await graph?.close().catch(() => {});
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const base = readConfig({ NEO4J_URI: neo4j.uri, NODE_ENV: 'test' });
    const config = { ...base, http: { ...base.http, host: '127.0.0.1', port: await freePort() } };
    graph = new Graph(config);
    await applySchema(graph);
    await loadSeed(graph);
    const server = await startServer(config, graph);
    stopServer = server.stop;
    await warmUp(server.url);
    project.provide('e2eBaseUrl', server.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
