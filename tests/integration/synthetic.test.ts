/**
 * The engine's stored shortcuts against its live computation on a synthetic graph (scripts/synth, size S:
 * 10,000 relationships with skewed shapes: states with many deployments, deep taxonomy branches), where
 * the hand-built fixtures are too small to exercise them: gap lists with stored evidence (counts, export
 * candidates, each gap's latest deployments) against the same lists computed live, page by page, and
 * explained cells read through the rule index against the same cells without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, loadGraph, startServer, type Graph } from '@lacuna/api';
import { generateGraph } from '../../scripts/synth/generate.js';
import { separateWrites } from '../../packages/api/src/engine/coverage-store.js';
import { forgetEvidence, storeEvidence } from '../../packages/api/src/engine/evidence-store.js';
import { forgetRuleIndex, storeRuleIndex } from '../../packages/api/src/engine/rule-index.js';
import { coverageCells } from '../../packages/api/src/engine/coverage.js';
import { FULL_EXPLANATION } from '../../packages/api/src/engine/types.js';
import { testConfig, testGraph, wipe } from '../setup/graph.js';
import { graphqlClient, type GraphqlClient } from '../setup/http.js';

const GAPS = `query($filter: GapFilter, $w: GapWeightsInput, $after: String) {
  gaps(filter: $filter, weights: $w, first: 200, after: $after) {
    totalCount pageInfo { endCursor }
    edges { node { id kind score explanation deploymentCount deployments { id since actor { id } }
      factors { name value } } } } }`;

type Page = {
  gaps: {
    totalCount: number;
    pageInfo: { endCursor: string | null };
    edges: { node: { id: string; deploymentCount: number; deployments: unknown[] } }[];
  };
};

describe('stored evidence against live computation (synthetic graph S)', () => {
  let graph: Graph;
  let api: GraphqlClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    graph = testGraph();
    await wipe(graph);
    await applySchema(graph);
    const synthetic = generateGraph('S', 1);
    await loadGraph(graph, synthetic.nodes, synthetic.edges, { atomic: false, fresh: true, concurrency: 2 });
    const server = await startServer(testConfig(), graph);
    api = graphqlClient(server.url);
    stop = async () => {
      await server.stop();
      await graph.close();
    };
  });
  afterAll(() => stop());

  const ids = generateGraph('S', 1).ids;
  // Technologies across the taxonomy's depths: 250 states × 80 stays under the gap list's cell limit.
  const technologies = ids.technologies.filter((_, k) => k % 5 < 2);
  const cases = [
    { filter: { levels: ['national'], technologies }, w: { evidence: 5 } },
    { filter: { levels: ['national', 'subnational'], technologies, kinds: ['DEPLOYMENT', 'EXPORT'] }, w: {} },
    { filter: { levels: ['national'], technologies, activity: 'sale' }, w: { risk: 0 } },
  ];

  it('lists the same gaps, scores and latest deployments from the store as computed live', async () => {
    const pages = async () => {
      const all: Page['gaps'][] = [];
      for (const { filter, w } of cases) {
        const first = (await api.data<Page>(GAPS, { filter, w })).gaps;
        const second = (await api.data<Page>(GAPS, { filter, w, after: first.pageInfo.endCursor })).gaps;
        all.push(first, second);
      }
      return all;
    };
    const stored = await pages();
    await forgetEvidence(separateWrites(graph, 'test.forget'));
    try {
      expect(await pages()).toEqual(stored);
    } finally {
      await storeEvidence(separateWrites(graph, 'test.store'));
    }
    const gaps = stored.flatMap((p) => p.edges.map((e) => e.node));
    // The cases reach gaps whose deployments are more than a page lists, and export gaps.
    expect(gaps.some((g) => g.deploymentCount > 20 && g.deployments.length === 20)).toBe(true);
    expect(gaps.some((g) => g.id.startsWith('EXPORT:'))).toBe(true);
  });

  it('explains cells the same through the rule index as without it', async () => {
    // Every body and a spread of states and regions, against technologies from the root to the leaves.
    const jurisdictions = [
      ...ids.bodies,
      ...ids.national.filter((_, k) => k % 25 === 0),
      ...ids.subnational.filter((_, k) => k % 10 === 0),
    ];
    const sample = ids.technologies.filter((_, k) => k % 20 === 0);
    const explainAll = () =>
      Promise.all(
        (['use', 'sale'] as const).flatMap((activity) =>
          [FULL_EXPLANATION, { excluded: false, paths: false, details: false }].map(async (explain) => [
            ...(await coverageCells(
              graph,
              { jurisdictions, technologies: sample, activity, actor: 'private', asOf: '2026-01-01' },
              explain,
            )),
          ]),
        ),
      );
    const indexed = await explainAll();
    try {
      await forgetRuleIndex(separateWrites(graph, 'test.forget'));
      expect(await explainAll()).toEqual(indexed);
    } finally {
      await storeRuleIndex(separateWrites(graph, 'test.store'));
    }
    const rules = indexed.flat().flatMap(([, cell]) => cell.rules);
    // The sample reaches rules by every route, and rules excluded for many reasons.
    expect(new Set(rules.map((r) => r.route))).toEqual(
      new Set(['TERRITORIAL', 'PART_OF', 'MEMBER_OF', 'PARTY_TO', 'EXTRATERRITORIAL']),
    );
    expect(new Set(rules.map((r) => r.reason)).size).toBeGreaterThan(6);
  });
});
