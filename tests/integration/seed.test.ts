import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySchema,
  checkSeed,
  DEFAULT_SEED_DIR,
  GraphError,
  loadGraph,
  loadSeed,
  SeedInvalidError,
  type Graph,
} from '@lacuna/api';
import { fingerprint, graphContents, testGraph, wipe } from '../setup/graph.js';
import { backfillSearchKeys } from '../../packages/api/src/seed/search-keys.js';

const MINI = resolve(import.meta.dirname, '../fixtures/mini-seed');

/** A copy of the mini seed with one file edited. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-broken-seed-'));
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('seed loading', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await wipe(graph);
    await applySchema(graph);
  });
  afterAll(() => graph.close());

  it('loads the mini seed with its labels, properties, dates and relationships', async () => {
    const stats = await loadSeed(graph, MINI);
    expect(stats).toMatchObject({ nodes: 9, relationships: 9 });
    const [act] = await graph.read(
      `MATCH (i:Instrument {id: 'union-act'})-[r:REGULATES]->(t:Technology)
       RETURN i.inForce AS inForce, i.binding AS binding, r.mode AS mode, r.activities AS activities, r.sourceIds AS sources, t.id AS tech`,
      {},
      { name: 't' },
    );
    expect(act).toEqual({
      inForce: '2018-05-25',
      binding: true,
      mode: 'general',
      activities: ['data_processing'],
      sources: ['src-fixture'],
      tech: 't_surveillance',
    });
    const [party] = await graph.read(
      "MATCH (:Jurisdiction {id: 'XA'})-[p:PARTY_TO]->(:Instrument {id: 'treaty'}) RETURN p.since AS since",
      {},
      { name: 't' },
    );
    expect(party).toEqual({ since: '1980-01-01' });
    const [types] = await graph.read(
      "MATCH (n:Entity {id: 'XA'}) RETURN labels(n) AS labels, valueType(n.nameFr) AS t",
      {},
      { name: 't' },
    );
    expect(types?.labels).toEqual(expect.arrayContaining(['Entity', 'Jurisdiction']));
  });

  it('leaves the same graph when loaded twice', async () => {
    const once = await fingerprint(graph);
    await loadSeed(graph, MINI);
    expect(await fingerprint(graph)).toEqual(once);
  });

  it('drops a relationship that the seed no longer declares', async () => {
    const dir = brokenCopy('technologies/taxonomy.yaml', (t) => t.replace('  threatens: [r_privacy]\n', ''));
    try {
      await loadSeed(graph, dir);
      const rows = await graph.read('MATCH (:Technology)-[r:THREATENS]->() RETURN count(r) AS n', {}, { name: 't' });
      expect(rows[0]?.n).toBe(0);
    } finally {
      rmSync(dir, { recursive: true });
      await loadSeed(graph, MINI);
    }
  });

  const broken: [string, string, (t: string) => string, RegExp][] = [
    [
      'a reference to an unknown id',
      'instruments/laws.yaml',
      (t) => t.replace('- to: UNION', '- to: NOWHERE'),
      /laws\.yaml:\d+:\d+ +union-act\.appliesIn\[0\] +unknown id "NOWHERE"/,
    ],
    [
      'a missing source',
      'rights/rights.yaml',
      (t) => t.replace('  sources: [src-fixture]\n', ''),
      /rights\.yaml:\d+:\d+ +r_privacy\.sources +no source/,
    ],
    [
      'a source that does not exist',
      'rights/rights.yaml',
      (t) => t.replace('[src-fixture]', '[src-ghost]'),
      /rights\.yaml:\d+:\d+ +r_privacy\.sources +unknown source "src-ghost"/,
    ],
    [
      'an impossible date',
      'instruments/laws.yaml',
      (t) => t.replace('inForce: 2018-05-25', 'inForce: 2018-02-30'),
      /laws\.yaml:\d+:\d+ +union-act\.inForce +must be a real date/,
    ],
    [
      'a duplicate id',
      'rights/rights.yaml',
      (t) => t.replace('id: r_privacy', 'id: XA'),
      /rights\.yaml:\d+:\d+ +XA\.id +duplicate id; already used by a Jurisdiction/,
    ],
    [
      'an unknown enum value',
      'instruments/laws.yaml',
      (t) => t.replace('mode: general', 'mode: forbidden'),
      /laws\.yaml:\d+:\d+ +union-act\.regulates\[0\]\.mode +unknown RegulationMode "forbidden"/,
    ],
    [
      'a taxonomy cycle',
      'technologies/taxonomy.yaml',
      (t) => t.replace('  riskLevel: 4\n', '  riskLevel: 4\n  subtypeOf: [t_face]\n'),
      /SUBTYPE_OF forms a cycle/,
    ],
    ['invalid YAML', 'rights/rights.yaml', (t) => `${t}\n- id: [unclosed\n`, /rights\.yaml:\d+:\d+ +\(yaml\)/],
  ];

  it.each(broken)(
    'rejects %s with its file, line and field, and writes nothing',
    async (_what, file, edit, expected) => {
      const before = await fingerprint(graph);
      const dir = brokenCopy(file, edit);
      try {
        const error = await loadSeed(graph, dir).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(SeedInvalidError);
        expect((error as Error).message).toMatch(expected);
        expect(await fingerprint(graph)).toEqual(before);
      } finally {
        rmSync(dir, { recursive: true });
      }
    },
  );

  it('loads the curated dataset in data/seed', async () => {
    const checked = checkSeed(DEFAULT_SEED_DIR);
    expect(checked.problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([]);
    await wipe(graph);
    const stats = await loadSeed(graph, DEFAULT_SEED_DIR);
    const rows = await graph.read('MATCH (n:Entity) RETURN count(n) AS n', {}, { name: 't' });
    expect(rows[0]?.n).toBe(stats.nodes);
    const again = await fingerprint(graph);
    await loadSeed(graph, DEFAULT_SEED_DIR);
    expect(await fingerprint(graph)).toEqual(again);
  });

  it('refuses a property name that is not an identifier before writing anything (bulk, a statement per group)', async () => {
    await wipe(graph);
    const checked = checkSeed(MINI);
    const [edge] = checked.edges;
    if (!edge) throw new Error('the mini seed has relationships');
    const bad = { ...edge, props: { ...edge.props, 'x}]->(b) DETACH DELETE a //': 1 } };
    const bulk = { atomic: false, fresh: true, ownStatementRows: 1, coverageAsOf: null } as const;
    await expect(loadGraph(graph, checked.nodes, [bad, ...checked.edges.slice(1)], bulk)).rejects.toThrow(
      /a relationship property name "x\}\]->\(b\) DETACH DELETE a \/\/" is not an identifier; nothing was written/,
    );
    const [row] = await graph.read('MATCH (n) RETURN count(n) AS n', {}, { name: 't' });
    expect(row?.n).toBe(0);
  });

  it.each([
    ['a relationship type', { type: 'REGULATES]->(b) DETACH DELETE a //' }, 'relationship type'],
    ['a node label', { label: 'Instrument) DETACH DELETE n //' }, 'label'],
  ])(
    'refuses %s that is not in the ontology before writing anything (bulk, one transaction per batch)',
    async (_, change, what) => {
      await wipe(graph);
      const checked = checkSeed(MINI);
      const [node] = checked.nodes;
      const [edge] = checked.edges;
      if (!node || !edge) throw new Error('the mini seed has entities and relationships');
      const nodes = 'label' in change ? [...checked.nodes, { ...node, id: 'bad-node', ...change }] : checked.nodes;
      const edges = 'type' in change ? [...checked.edges, { ...edge, key: 'bad-edge', ...change }] : checked.edges;
      const bulk = { atomic: false, fresh: true, coverageAsOf: null } as const;
      await expect(loadGraph(graph, nodes as typeof checked.nodes, edges, bulk)).rejects.toThrow(
        `unknown ${what} ${JSON.stringify(Object.values(change)[0])}: not in the ontology; nothing was written`,
      );
      const [row] = await graph.read('MATCH (n) RETURN count(n) AS n', {}, { name: 't' });
      expect(row?.n).toBe(0);
    },
  );

  it('writes the search keys of entities loaded without them (by an earlier version), and no others', async () => {
    await wipe(graph);
    await loadSeed(graph, DEFAULT_SEED_DIR);
    const loaded = await graphContents(graph);
    const [eu] = await graph.read(
      "MATCH (n:Instrument {id: 'eu-gdpr'}) RETURN n.searchKeys AS keys",
      {},
      { name: 't' },
    );
    expect(eu?.keys).toEqual(expect.arrayContaining(['gdpr', 'general data protection regulation', 'rgpd']));
    await graph.write('MATCH (n:Instrument) REMOVE n.searchKeys', {}, { name: 't' });
    const run = (query: string, params: Record<string, unknown>) => graph.write(query, params, { name: 't' });
    expect(await backfillSearchKeys(run)).toBe(
      checkSeed(DEFAULT_SEED_DIR).nodes.filter((n) => n.label === 'Instrument').length,
    );
    expect(await graphContents(graph)).toEqual(loaded);
    expect(await backfillSearchKeys(run)).toBe(0);
  });

  describe('bulk loads (CREATE, batches in parallel) the same graph as the seed load', () => {
    let seeded: Awaited<ReturnType<typeof graphContents>>;
    const checked = checkSeed(DEFAULT_SEED_DIR);
    const bulk = { atomic: false, fresh: true, batchSize: 97, concurrency: 2 } as const;
    beforeAll(async () => {
      await wipe(graph);
      await loadSeed(graph, DEFAULT_SEED_DIR);
      seeded = await graphContents(graph);
      expect(seeded.relationships.length).toBe(checked.edges.length);
    });

    it('in statements shared by small groups (dynamic names, ends by element id)', async () => {
      await wipe(graph);
      const stats = await loadGraph(graph, checked.nodes, checked.edges, bulk);
      expect(stats.relationships).toBe(checked.edges.length);
      expect(await graphContents(graph)).toEqual(seeded);
    });

    it('in a statement per group (static names, rows as lists of values, ends by element id)', async () => {
      await wipe(graph);
      await loadGraph(graph, checked.nodes, checked.edges, { ...bulk, ownStatementRows: 1 });
      expect(await graphContents(graph)).toEqual(seeded);
    });

    it('in a statement per group, relationships after their nodes (ends by id)', async () => {
      await wipe(graph);
      await loadGraph(graph, checked.nodes, [], { ...bulk, ownStatementRows: 1, coverageAsOf: null });
      await loadGraph(graph, [], checked.edges, { ...bulk, ownStatementRows: 1 });
      expect(await graphContents(graph)).toEqual(seeded);
    });
  });

  it.each([true, false])(
    'fails a relationship batch that names an end node not in the database, and writes none of it (atomic: %s)',
    async (atomic) => {
      await wipe(graph);
      await loadSeed(graph, MINI);
      const regulates = async () =>
        (await graph.read('MATCH ()-[r:REGULATES]->() RETURN count(r) AS n', {}, { name: 't' }))[0]?.n;
      const [before, count] = [await fingerprint(graph), await regulates()];
      const [edge] = checkSeed(MINI).edges.filter((e) => e.type === 'REGULATES');
      if (!edge) throw new Error('the mini seed has a REGULATES relationship');
      // A new relationship between existing nodes, and one whose end does not exist, in one batch.
      const added = { ...edge, key: `${edge.key}#again` };
      const ghost = { ...edge, to: 'ghost-technology', key: `${edge.from}|REGULATES|ghost-technology` };
      const error = await loadGraph(graph, [], [added, ghost], { atomic, coverageAsOf: null }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GraphError);
      expect((error as GraphError).code).toBe('CONSTRAINT');
      expect((error as Error).message).toMatch(/1 of 2 relationships in a batch of REGULATES name an end node/);
      expect(await regulates()).toBe(count);
      // An atomic load is all or nothing; a bulk load has already forgotten the engine's stored levels.
      if (atomic) expect(await fingerprint(graph)).toEqual(before);
    },
  );
});
