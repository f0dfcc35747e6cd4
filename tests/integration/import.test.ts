/**
 * A first load by neo4j-admin import (scripts/neo4j/import.ts) stores the same graph as the loader: every
 * entity and relationship with its labels and properties, and the same derived properties and stores once
 * `finishImport` has run. The import writes into a data folder of its own, opened by a second local Neo4j.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, checkSeed, DEFAULT_SEED_DIR, Graph, loadGraph, readConfig } from '@lacuna/api';
import { freePort, LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j/embedded.js';
import { finishImport, importGraph } from '../../scripts/neo4j/import.js';
import { generateGraph } from '../../scripts/synth/generate.js';
import { IsoDate } from '../../packages/api/src/seed/validate.js';
import { fingerprint, graphContents, testGraph, wipe } from '../setup/graph.js';

const AS_OF = '2026-01-15';
const MINI = resolve(import.meta.dirname, '../fixtures/mini-seed');

describe('neo4j-admin import of a new database', () => {
  let graph: Graph;
  const dirs: string[] = [];
  const running: LocalNeo4j[] = [];
  const newFolder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lacuna-import-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    graph = testGraph();
    await wipe(graph);
    await applySchema(graph);
  });
  afterEach(async () => {
    for (const neo4j of running.splice(0)) await neo4j.stop();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => graph.close());

  /** Which Cypher type each property has, per label set and relationship type (contents compare values only). */
  async function propertyTypes(db: Graph): Promise<string[]> {
    const rows = await db.read(
      `MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT labels(n) AS owner, key, valueType(n[key]) AS type
       UNION
       MATCH ()-[r]->() UNWIND keys(r) AS key RETURN DISTINCT [type(r)] AS owner, key, valueType(r[key]) AS type`,
      {},
      { name: 'test.types' },
    );
    return rows.map((row) => `${(row.owner as string[]).sort().join(':')}.${row.key} ${row.type}`).sort();
  }

  it(
    'stores the curated dataset and the synthetic graph S as the loader does; refuses a running database',
    { timeout: 300_000 },
    async () => {
      // Every shape at once: the curated data, and S (dates, integers, booleans, lists, every type); ids differ.
      const curated = checkSeed(DEFAULT_SEED_DIR);
      const synthetic = generateGraph('S', 1);
      const [nodes, edges] = [
        [...curated.nodes, ...synthetic.nodes],
        [...curated.edges, ...synthetic.edges],
      ];
      await loadGraph(graph, nodes, edges, { coverageAsOf: AS_OF });
      const contents = await graphContents(graph);
      const stored = await fingerprint(graph);
      const types = await propertyTypes(graph);
      expect(types).toContain('Entity:Instrument.adopted DATE NOT NULL');
      expect(contents.relationships.length).toBe(edges.length);

      const dir = newFolder();
      const stats = await importGraph(dir, nodes, edges, { log: () => {} });
      expect([stats.nodes, stats.relationships]).toEqual([nodes.length, edges.length]);
      const neo4j = await startLocalNeo4j({
        dataDir: dir,
        port: await freePort(),
        heapMiB: 768,
        pageCacheMiB: 64,
        log: () => {},
      });
      running.push(neo4j);
      const db = new Graph(readConfig({}, neo4j.uri));
      try {
        await finishImport(db, { coverageAsOf: AS_OF });
        expect(await graphContents(db)).toEqual(contents);
        expect(await propertyTypes(db)).toEqual(types);
        // The engine's stores too (route levels, evidence, rule index): same nodes, same relationships.
        expect(await fingerprint(db)).toEqual(stored);
        await expect(importGraph(dir, nodes, edges, { log: () => {} })).rejects.toThrow(
          `Neo4j (pid ${neo4j.pid}) is running on ${dir}: the import writes only into a stopped database.`,
        );
        expect(await fingerprint(db)).toEqual(stored);
      } finally {
        await db.close();
      }
    },
  );

  it('refuses a folder that holds a database', async () => {
    const { nodes, edges } = checkSeed(MINI);
    const dir = newFolder();
    await importGraph(dir, nodes, edges, { log: () => {} });
    const again = importGraph(dir, nodes.slice(0, 1), [], { log: () => {} });
    await expect(again).rejects.toThrow(LocalNeo4jError);
    await expect(again).rejects.toThrow(`${dir} already holds a database: the import only creates a new one`);
  });

  it('refuses a relationship whose end is not in the rows before the tool runs, naming it, and leaves no database', async () => {
    const { nodes, edges } = checkSeed(MINI);
    const [first] = edges;
    if (!first) throw new Error('the mini seed has relationships');
    const dir = newFolder();
    const broken = [...edges, { ...first, to: 'no-such-entity', key: 'broken-key' }];
    await expect(importGraph(dir, nodes, broken, { log: () => {} })).rejects.toThrow(
      new LocalNeo4jError(
        `Nothing was imported: ${first.type} ${first.from} → no-such-entity (broken-key) names no-such-entity, which is not in the rows.`,
      ),
    );
    // Nothing half-imported: the folder takes a new import.
    const stats = await importGraph(dir, nodes, edges, { log: () => {} });
    expect(stats.relationships).toBe(edges.length);
  });

  it('reports a row the tool refuses, and leaves no database', async () => {
    const { nodes, edges } = checkSeed(MINI);
    const dir = newFolder();
    // A string the tool cannot read as a date: the validator never lets one through, a hand-built row may.
    const [law] = nodes.filter((n) => n.label === 'Instrument');
    if (!law) throw new Error('the mini seed has instruments');
    const bad = nodes.map((n) => (n === law ? { ...n, props: { ...n.props, adopted: new IsoDate('2020-13-45') } } : n));
    await expect(importGraph(dir, bad, edges, { log: () => {} })).rejects.toThrow(
      /^neo4j-admin import failed \(exit \d+\); nothing was imported: [\s\S]*2020-13-45/,
    );
    const stats = await importGraph(dir, nodes, edges, { log: () => {} });
    expect(stats.nodes).toBe(nodes.length);
  });
});
