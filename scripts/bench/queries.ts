/**
 * The benchmarked GraphQL requests, written against the fixed contract (packages/api/src/graphql/
 * schema.graphql), with their variables drawn deterministically from the synthetic graph's ids.
 */
import { Rng } from '../synth/prng.js';
import type { SynthGraph } from '../synth/generate.js';
import { gql, type GqlResult } from './measure.js';

export const TRIVIAL = '{ __typename }';

export const COVERAGE = `query Coverage($j: ID!, $t: ID!, $a: Activity!) {
  coverage(jurisdiction: $j, technology: $t, activity: $a) {
    level strongestMode isGap summary
    applicable { instrument { id name binding } mode level route provision
      jurisdictionPath { id via } technologyPath { id via } sources { id } }
    excluded { instrument { id } excludedBecause route }
    sources { id name url }
  }
}`;

export const MATRIX = `query Matrix($js: [ID!], $ts: [ID!], $a: Activity!) {
  coverageMatrix(jurisdictions: $js, technologies: $ts, activity: $a) {
    jurisdictions { id name level }
    technologies { id name riskLevel }
    cells { jurisdiction technology level strongestMode rules }
  }
}`;

export const GAPS = `query Gaps($filter: GapFilter) {
  gaps(filter: $filter, first: 100) {
    totalCount
    weights { risk evidence governance vulnerability absence }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind level score explanation
      jurisdiction { id name } technology { id name }
      factors { name value weight } deployments { id } } }
  }
}`;

export const COMPLIANCE = `query Compliance($f: [FootprintItemInput!]!) {
  complianceCheck(footprint: $f) {
    items { index coverage { level strongestMode isGap applicable { instrument { id } mode route } } }
    conflicts { kind items explanation }
    strictest { level mode items explanation }
    softOnly uncovered
    summary { items prohibited specific general soft none conflicts text }
  }
}`;

export const SEARCH = `query Search($q: String!) {
  search(text: $q, first: 20) { id label name matched score }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2) { truncated nodes { id label name depth } edges { id type source target } }
}`;

/** Everything the cases need from a generated graph, kept after the graph itself is dropped. */
export interface BenchIds {
  national: string[];
  subnational: string[];
  technologies: string[];
  techDepth: Record<string, number>;
  actors: string[];
  instruments: string[];
  /** The national jurisdiction with the most instruments applying in it. */
  densest: string;
  searchTerms: string[];
}

export function benchIds(graph: SynthGraph): BenchIds {
  const applying = new Map<string, number>();
  for (const e of graph.edges) if (e.type === 'APPLIES_IN') applying.set(e.to, (applying.get(e.to) ?? 0) + 1);
  const national = graph.ids.national;
  const densest = [...national].sort((a, b) => (applying.get(b) ?? 0) - (applying.get(a) ?? 0))[0] ?? '';
  const rng = new Rng(7);
  const names = graph.nodes.filter((n) => n.label === 'Jurisdiction' && n.props.level === 'national');
  const citations = graph.nodes.filter((n) => n.label === 'Instrument' && typeof n.props.citation === 'string');
  const searchTerms = [
    'facial recognition',
    'biometric data',
    'spyware',
    'video surveillance',
    'data protection',
    'survelliance',
    'interception of communications',
    'export of surveillance items',
    'private security services',
    'emotion recognition',
    ...rng.sample(names, 10).map((n) => String(n.props.name).replace('Republic of ', '')),
    ...rng.sample(citations, 10).map((n) => String(n.props.citation)),
  ];
  return {
    national,
    subnational: graph.ids.subnational,
    technologies: graph.ids.technologies,
    techDepth: graph.ids.techDepth,
    actors: graph.ids.actors,
    instruments: graph.ids.instruments,
    densest,
    searchTerms,
  };
}

export interface BenchCase {
  key: string;
  title: string;
  /** p95 target in ms at L, from issue 6. */
  targetP95?: number;
  budget: { maxRuns: number; budgetSeconds: number; minRuns?: number; warmup?: number };
  run(url: string, i: number): Promise<GqlResult>;
  /** Variables of request i, for the load test (autocannon). */
  body?(i: number): string;
}

const cycle = <T>(items: T[], i: number): T => items[i % items.length] as T;

/** Fifty technologies spread over the taxonomy's depths, the same at every size. */
export function matrixTechnologies(ids: BenchIds): string[] {
  const byDepth = [...ids.technologies].sort(
    (a, b) => (ids.techDepth[a] ?? 0) - (ids.techDepth[b] ?? 0) || (a < b ? -1 : 1),
  );
  const step = byDepth.length / 50;
  return Array.from({ length: 50 }, (_, k) => byDepth[Math.floor(k * step)] ?? '');
}

export function benchCases(ids: BenchIds): BenchCase[] {
  const rng = new Rng(42);
  const pick = <T>(xs: T[]) => rng.pick(xs);
  const jurisdictionPick = () =>
    ids.subnational.length > 0 && rng.chance(0.2) ? pick(ids.subnational) : pick(ids.national);
  const pairs = Array.from({ length: 500 }, () => ({ j: jurisdictionPick(), t: pick(ids.technologies), a: 'use' }));
  const deepest = [...ids.technologies].sort((a, b) => (ids.techDepth[b] ?? 0) - (ids.techDepth[a] ?? 0)).slice(0, 20);
  const densePairs = deepest.map((t) => ({ j: ids.densest, t, a: 'use' }));
  const matrixTechs = matrixTechnologies(ids);
  const gapTechs = [...ids.technologies].sort().slice(0, 100);
  const footprints = Array.from({ length: 50 }, () =>
    Array.from({ length: 20 }, () => ({
      jurisdiction: jurisdictionPick(),
      technology: pick(ids.technologies),
      activity: rng.chance(0.8) ? 'use' : 'sale',
      actor: 'private',
    })),
  );
  const centres = Array.from({ length: 200 }, () =>
    rng.weighted([pick(ids.national), pick(ids.instruments), pick(ids.technologies), pick(ids.actors)], [2, 4, 1, 3]),
  );
  const post = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const fast = { maxRuns: 300, budgetSeconds: 45 };
  const slow = { maxRuns: 60, budgetSeconds: 60, minRuns: 10, warmup: 1 };
  return [
    {
      key: 'trivial',
      title: '`{ __typename }` (server floor)',
      budget: fast,
      run: (url) => gql(url, TRIVIAL),
      body: () => post(TRIVIAL, {}),
    },
    {
      key: 'coverage',
      title: '`coverage` (random jurisdiction × technology, use)',
      targetP95: 30,
      budget: fast,
      run: (url, i) => gql(url, COVERAGE, cycle(pairs, i)),
      body: (i) => post(COVERAGE, cycle(pairs, i)),
    },
    {
      key: 'coverage-dense',
      title: '`coverage` (densest jurisdiction × deepest technologies)',
      targetP95: 30,
      budget: fast,
      run: (url, i) => gql(url, COVERAGE, cycle(densePairs, i)),
    },
    {
      key: 'matrix',
      title: '`coverageMatrix` 250 × 50',
      targetP95: 500,
      budget: slow,
      run: (url) => gql(url, MATRIX, { js: ids.national, ts: matrixTechs, a: 'use' }),
    },
    {
      key: 'gaps',
      title: '`gaps` first 100, default weights, 250 states × 100 technologies',
      targetP95: 300,
      budget: slow,
      run: (url) => gql(url, GAPS, { filter: { levels: ['national'], technologies: gapTechs } }),
      body: () => post(GAPS, { filter: { levels: ['national'], technologies: gapTechs } }),
    },
    {
      key: 'gaps-unfiltered',
      title: '`gaps` first 100, default weights, no filter',
      targetP95: 300,
      budget: slow,
      run: (url) => gql(url, GAPS, {}),
    },
    {
      key: 'compliance',
      title: '`complianceCheck` 20 items',
      targetP95: 200,
      budget: { maxRuns: 150, budgetSeconds: 45, minRuns: 10, warmup: 2 },
      run: (url, i) => gql(url, COMPLIANCE, { f: cycle(footprints, i) }),
    },
    {
      key: 'search',
      title: '`search` (first 20)',
      targetP95: 30,
      budget: fast,
      run: (url, i) => gql(url, SEARCH, { q: cycle(ids.searchTerms, i) }),
    },
    {
      key: 'neighbourhood',
      title: '`neighbourhood` depth 2 (limit 200)',
      budget: fast,
      run: (url, i) => gql(url, NEIGHBOURHOOD, { id: cycle(centres, i) }),
    },
  ];
}
