/** Answers a domain expert would check, on the curated dataset in data/seed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, searchKey } from '@lacuna/model';
import { DEFAULT_SEED_DIR, type Graph } from '@lacuna/api';
import type { QueryOptions, Row } from '../../packages/api/src/graph/db.js';
import { coverageCells } from '../../packages/api/src/engine/coverage.js';
import { FULL_EXPLANATION } from '../../packages/api/src/engine/types.js';
import { luceneQuery, search } from '../../packages/api/src/engine/explore.js';
import { startTestApi } from '../setup/graph.js';
import type { GraphqlClient } from '../setup/http.js';

const COVERAGE = `query($j: ID!, $t: ID!, $a: Activity!, $actor: ActorClass, $asOf: Date) {
  coverage(jurisdiction: $j, technology: $t, activity: $a, actor: $actor, asOf: $asOf) {
    level applicable { instrument { id binding } route provision } excluded { instrument { id } excludedBecause }
  } }`;

interface Coverage {
  level: string;
  applicable: { instrument: { id: string; binding: boolean }; route: string; provision: string | null }[];
  excluded: { instrument: { id: string }; excludedBecause: string }[];
}

describe('the curated dataset', () => {
  let graph: Graph;
  let api: GraphqlClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ graph, api, stop } = await startTestApi(DEFAULT_SEED_DIR));
  });
  afterAll(() => stop());

  const coverage = async (j: string, t: string, a: string, actor: string, asOf: string) =>
    (await api.data<{ coverage: Coverage }>(COVERAGE, { j, t, a, actor, asOf })).coverage;

  it('prohibits real-time remote biometric identification by law enforcement in Germany from 2 February 2025 (AI Act art. 5)', async () => {
    const after = await coverage(
      'DE',
      'realtime_remote_biometric_identification',
      'use',
      'law_enforcement',
      '2025-06-01',
    );
    expect(after.level).toBe('prohibited');
    expect(after.applicable[0]).toMatchObject({ instrument: { id: 'eu-ai-act' }, route: 'MEMBER_OF' });
    const before = await coverage(
      'DE',
      'realtime_remote_biometric_identification',
      'use',
      'law_enforcement',
      '2024-06-01',
    );
    expect(before.level).not.toBe('prohibited');
    expect(before.excluded.filter((r) => r.instrument.id === 'eu-ai-act').map((r) => r.excludedBecause)).toContain(
      'NOT_YET_IN_FORCE',
    );
  });

  it('finds Illinois BIPA for private facial recognition in Illinois, and no binding rule at US federal level', async () => {
    const illinois = await coverage('US-IL', 'facial_recognition', 'use', 'private', '2025-06-01');
    expect(illinois.level).toBe('specific');
    expect(illinois.applicable).toContainEqual(
      expect.objectContaining({ instrument: { id: 'us-il-bipa', binding: true }, route: 'TERRITORIAL' }),
    );
    const federal = await coverage('US', 'facial_recognition', 'use', 'private', '2025-06-01');
    expect(['soft', 'none']).toContain(federal.level);
    expect(federal.applicable.every((r) => !r.instrument.binding)).toBe(true);
  });

  it('searches a common word the same with or without a label filter: the best hits by score', async () => {
    type Hit = { id: string; score: number };
    const query =
      'query($labels: [NodeLabel!]) { search(text: "data protection", first: 10, labels: $labels) { id score } }';
    const open = (await api.data<{ search: Hit[] }>(query, {})).search;
    // Every label: the same question, answered by filtering every hit instead of Lucene's best ten.
    const filtered = (await api.data<{ search: Hit[] }>(query, { labels: [...NODE_LABELS] })).search;
    expect(open).toHaveLength(10);
    expect(open).toEqual(filtered);
    expect(open.map((h) => h.score)).toEqual([...open.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('finds a treaty by its citation as written, stop words and punctuation included', async () => {
    type Hit = { id: string; matched: string | null };
    const hits = async (text: string) =>
      (
        await api.data<{ search: Hit[] }>('query($t: String!) { search(text: $t, first: 3) { id matched } }', {
          t: text,
        })
      ).search;
    // "No." is the analyzer's stop word "no", which the index leaves out: required, it matched nothing.
    expect((await hits('CETS No. 223'))[0]).toEqual({ id: 'coe-convention-108-plus', matched: 'CETS No. 223' });
    expect((await hits('ETS no 108')).map((h) => h.id)).toContain('coe-convention-108');
    expect(await hits('the of')).toEqual([]);
  });

  it('finds accented words by their prefix, as typed, accents and all', async () => {
    const names = async (text: string) =>
      (
        await api.data<{ search: { id: string; matched: string | null }[] }>(
          'query($t: String!) { search(text: $t, first: 5) { id matched } }',
          { t: text },
        )
      ).search;
    // The index holds "uberwachungsgutern" and "donnees": a prefix query is not analysed, so it is folded first.
    expect((await names('Überwachung')).map((h) => h.id)).toContain('src-digiges-ch-vim-2015');
    const singular = await names('donnée');
    expect(singular.length).toBeGreaterThan(0);
    // Each hit says which of its names, aliases or citation holds the word (accents aside).
    expect(singular.every((h) => h.matched !== null && /donn[ée]e/i.test(h.matched))).toBe(true);
  });

  it('reads more hits when a tie of equal scores straddles the cut, and answers as reading them all would', async () => {
    type Hit = { id: string; name: string; label: string; score: number };
    const everyHit = `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
      RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score`;
    const wholeNames = `CALL db.index.fulltext.queryNodes('entity_keys', $key) YIELD node
      RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS label`;
    // The answer from every hit: whole-name matches score twice the best score (search.cypher).
    const expected = async (text: string, labels: string[] | null, first: number) => {
      const hits = (await graph.read(everyHit, { query: luceneQuery(text) }, { name: 't' })) as unknown as Hit[];
      const whole = (await graph.read(wholeNames, { key: `"${searchKey(text)}"` }, { name: 't' })) as unknown as Hit[];
      const bonus = 2 * Math.max(0, ...hits.map((h) => h.score));
      const scored = [
        ...whole.map((w) => ({ ...w, score: bonus })),
        ...hits.filter((h) => !whole.some((w) => w.id === h.id)),
      ];
      const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      return scored
        .filter((h) => labels === null || labels.includes(h.label))
        .sort((a, b) => b.score - a.score || order(a.name, b.name) || order(a.id, b.id))
        .slice(0, first)
        .map((h) => h.id);
    };
    let reread = 0;
    for (const text of ['data protection', 'surveillance', 'act', 'commission', 'GDPR', 'ECHR']) {
      for (const labels of [null, ['Instrument'], ['Jurisdiction', 'Source']]) {
        const reads: number[] = [];
        const counting = Object.create(graph, {
          read: { value: (q: string, p: Row, o: QueryOptions) => (reads.push(Number(p.probe)), graph.read(q, p, o)) },
        }) as Graph;
        // A first read of 2 hits, doubled each time: nearly every answer needs several.
        const hits = await search(counting, text, labels, 15, { first: 2, growth: 2 });
        expect(hits.map((h) => h.id)).toEqual(await expected(text, labels, 15));
        if (reads.length > 1) reread++;
      }
    }
    expect(reread).toBeGreaterThan(6);
  });

  it('ranks the entity a whole name, alias or citation names first ("GDPR" is the GDPR)', async () => {
    const first = async (text: string) =>
      (
        await api.data<{ search: { id: string }[] }>('query($t: String!) { search(text: $t, first: 8) { id } }', {
          t: text,
        })
      ).search[0]?.id;
    expect(await first('GDPR')).toBe('eu-gdpr');
    expect(await first('echr')).toBe('coe-echr');
    expect(await first('AI Act')).toBe('eu-ai-act');
    expect(await first('règlement général sur la protection des données')).toBe('eu-gdpr');
  });

  it("answers a coverage with its rules' sources in two reads: the ids checked beside the explanation", async () => {
    type Source = { id: string; name: string; publisher: string; url: string; date: string | null };
    const reads: string[] = [];
    const read = graph.read.bind(graph);
    graph.read = (q: string, p: Row, o: QueryOptions) => (reads.push(o.name), read(q, p, o));
    let answer: { applicable: { instrument: { id: string }; sources: Source[] }[]; sources: Source[] };
    try {
      const fields = 'id name publisher url date';
      ({ coverage: answer } = await api.data<{ coverage: typeof answer }>(
        `{ coverage(jurisdiction: "DE", technology: "facial_recognition", activity: use, actor: private, asOf: "2025-06-01") {
          applicable { instrument { id } sources { ${fields} } } sources { ${fields} } } }`,
      ));
    } finally {
      delete (graph as { read?: unknown }).read;
    }
    expect(reads.sort()).toEqual(['coverage', 'entities']);
    expect(answer.applicable.length).toBeGreaterThan(2);
    expect(answer.applicable.every((r) => r.sources.length > 0)).toBe(true);
    const cited = [...new Set(answer.applicable.flatMap((r) => r.sources.map((s) => s.id)))].sort();
    expect(answer.sources.map((s) => s.id).sort()).toEqual(cited);
    // As the entity loader would have read them.
    const stored = await graph.read(
      'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.name AS name, s.publisher AS publisher, s.url AS url, s.date AS date',
      { ids: cited },
      { name: 'test' },
    );
    const byId = new Map(answer.sources.map((s) => [s.id, s]));
    expect(stored).toHaveLength(cited.length);
    for (const s of stored) expect(byId.get(String(s.id))).toEqual(s);
  });

  it('shows a country where private security technology has soft law only (Myanmar, CCTV)', async () => {
    const c = await coverage('MM', 'cctv', 'use', 'private', '2025-06-01');
    expect(c.level).toBe('soft');
    expect(c.applicable.length).toBeGreaterThan(0);
    expect(c.applicable.every((r) => !r.instrument.binding)).toBe(true);
  });

  it('keeps the GDPR in the UK during the Brexit transition, then the UK GDPR', async () => {
    const transition = await coverage('GB', 'facial_recognition', 'data_processing', 'all', '2020-06-01');
    expect(transition.applicable.map((r) => r.instrument.id)).toContain('eu-gdpr');
    expect(transition.applicable.map((r) => r.instrument.id)).not.toContain('gb-uk-gdpr');
    const after = await coverage('GB', 'facial_recognition', 'data_processing', 'all', '2021-06-01');
    expect(after.applicable.map((r) => r.instrument.id)).toContain('gb-uk-gdpr');
    expect(after.applicable.map((r) => r.instrument.id)).not.toContain('eu-gdpr');
  });

  it('shows the UK leaving the EU on 31 January 2020', async () => {
    const { jurisdiction } = await api.data<{
      jurisdiction: { memberships: { body: { id: string }; since: string; until: string | null }[] };
    }>('{ jurisdiction(id: "GB") { memberships { body { id } since until } } }');
    expect(jurisdiction.memberships).toContainEqual({ body: { id: 'EU' }, since: '1973-01-01', until: '2020-02-01' });
  });

  it('covers every UN member state and the two observer states', async () => {
    const { jurisdictions } = await api.data<{ jurisdictions: { id: string }[] }>(
      '{ jurisdictions(filter: { levels: [national] }) { id } }',
    );
    expect(jurisdictions.length).toBe(195);
    expect(jurisdictions.map((j) => j.id)).toEqual(expect.arrayContaining(['VA', 'PS', 'FR', 'NG', 'BR', 'CN']));
  });

  it('gives every state the same level whether explained or not, for a few technologies', async () => {
    const { jurisdictions } = await api.data<{ jurisdictions: { id: string }[] }>(
      '{ jurisdictions(filter: { levels: [national, supranational] }) { id } }',
    );
    const query = {
      jurisdictions: jurisdictions.map((j) => j.id),
      technologies: ['facial_recognition', 'cctv', 'spyware', 'realtime_remote_biometric_identification'],
      activity: 'use' as const,
      actor: 'law_enforcement' as const,
      asOf: '2025-06-01',
    };
    const [explained, levels] = await Promise.all([
      coverageCells(graph, query, FULL_EXPLANATION),
      coverageCells(graph, query, false),
    ]);
    const differ = [...explained].filter(([key, cell]) => levels.get(key)?.level !== cell.level).map(([key]) => key);
    expect(differ).toEqual([]);
    expect(explained.size).toBe(jurisdictions.length * 4);
  });
});
