/** Answers a domain expert would check, on the curated dataset in data/seed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS } from '@lacuna/model';
import { DEFAULT_SEED_DIR, type Graph } from '@lacuna/api';
import { coverageCells } from '../../packages/api/src/engine/coverage.js';
import { FULL_EXPLANATION } from '../../packages/api/src/engine/types.js';
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
