/**
 * Starts an isolated Neo4j on a free port with a throw-away data folder for the integration tier, and
 * stops it whatever the outcome. With NEO4J_URI set, the tests use that database instead (it is wiped!).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j } from '../../scripts/neo4j/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.LACUNA_TEST_NEO4J_URI) {
    project.provide('neo4jUri', process.env.LACUNA_TEST_NEO4J_URI);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'lacuna-test-neo4j-'));
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: await freePort(),
    pageCacheMiB: 256,
    heapMiB: 1024,
    log: () => {},
  });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
