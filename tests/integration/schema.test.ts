import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULLTEXT_ANALYZER, FULLTEXT_INDEX, FULLTEXT_STOP_WORDS, NODE_LABELS, SCHEMA_VERSION } from '@lacuna/model';
import { applySchema, schemaVersion, type Graph } from '@lacuna/api';
import { testGraph, wipe } from '../setup/graph.js';

const listSchema = async (graph: Graph) => ({
  constraints: await graph.read(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name',
    {},
    { name: 't' },
  ),
  indexes: await graph.read(
    'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name',
    {},
    { name: 't' },
  ),
});

describe('schema setup', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await wipe(graph);
  });
  afterAll(() => graph.close());

  it('creates a unique id constraint per label, the full-text index, and records its version', async () => {
    await applySchema(graph);
    const { constraints, indexes } = await listSchema(graph);
    for (const label of [...NODE_LABELS, 'Entity']) {
      expect(constraints).toContainEqual(expect.objectContaining({ labelsOrTypes: [label], properties: ['id'] }));
    }
    expect(indexes).toContainEqual(
      expect.objectContaining({ name: FULLTEXT_INDEX, type: 'FULLTEXT', state: 'ONLINE' }),
    );
    expect(await schemaVersion(graph)).toBe(SCHEMA_VERSION);
  });

  it("knows the full-text analyzer's stop words (the search leaves them out of its queries)", async () => {
    const [row] = await graph.read(
      'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = $analyzer RETURN stopwords',
      { analyzer: FULLTEXT_ANALYZER },
      { name: 't' },
    );
    expect([...(row?.stopwords as string[])].sort()).toEqual([...FULLTEXT_STOP_WORDS].sort());
  });

  it('changes nothing when applied a second time', async () => {
    const before = await listSchema(graph);
    const meta = await graph.read('MATCH (m:LacunaMeta) RETURN count(m) AS n', {}, { name: 't' });
    await applySchema(graph);
    expect(await listSchema(graph)).toEqual(before);
    expect(await graph.read('MATCH (m:LacunaMeta) RETURN count(m) AS n', {}, { name: 't' })).toEqual(meta);
  });

  it('rejects a second entity with an existing id, whatever its label', async () => {
    await graph.write("CREATE (:Entity:Technology {id: 'dup', name: 'a'})", {}, { name: 't' });
    await expect(graph.write("CREATE (:Entity:Actor {id: 'dup', name: 'b'})", {}, { name: 't' })).rejects.toMatchObject(
      { code: 'CONSTRAINT' },
    );
  });
});
