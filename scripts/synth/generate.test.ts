import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../packages/api/src/seed/seed.js';
import { validateBlocks } from '../../packages/api/src/seed/validate.js';
import { Rng, Zipf } from './prng.js';
import { ID_PREFIX, NATIONAL, SIZES, TECHNOLOGIES, generateBlocks, generateGraph, graphStats } from './generate.js';

/** A graph smaller than S, so the unit tier stays fast. */
const TINY = { subnational: 20, local: 3, instruments: 300, actors: 60, deployments: 100, sources: 30, obligations: 8 };

describe('synthetic graphs', () => {
  it('pass the seed validator with no problem', () => {
    const blocks = generateBlocks(TINY, 3);
    const { nodes, edges, problems } = validateBlocks(blocks);
    expect(problems).toEqual([]);
    expect(nodes).toHaveLength(blocks.length);
    expect(edges.length).toBeGreaterThan(nodes.length);
  });

  it('are deterministic from the seed number', () => {
    const digest = (seed: number) => {
      const g = generateGraph(TINY, seed);
      return JSON.stringify([g.nodes.slice(0, 50), g.edges.slice(-50), g.nodes.length, g.edges.length]);
    };
    expect(digest(5)).toEqual(digest(5));
    expect(digest(5)).not.toEqual(digest(6));
  });

  it('use only syn- ids, none of which the curated seed uses', () => {
    const g = generateGraph(TINY, 1);
    expect(g.nodes.every((n) => n.id.startsWith(ID_PREFIX))).toBe(true);
    const curated = new Set(checkSeed().nodes.map((n) => n.id));
    expect(curated.size).toBeGreaterThan(0);
    expect(g.nodes.filter((n) => curated.has(n.id))).toEqual([]);
  });

  it('cite a source on every node but sources and on every relationship', () => {
    const g = generateGraph(TINY, 2);
    expect(g.nodes.filter((n) => n.label !== 'Source' && !(n.props.sourceIds as string[] | undefined)?.length)).toEqual(
      [],
    );
    expect(g.edges.filter((e) => !(e.props.sourceIds as string[] | undefined)?.length)).toEqual([]);
  });

  it('have the shapes the benchmarks rely on', () => {
    const g = generateGraph('S', 1);
    const stats = graphStats(g);
    expect(g.edges.length).toBeGreaterThan(8_000);
    expect(g.edges.length).toBeLessThan(14_000);
    expect(g.ids.national).toHaveLength(NATIONAL);
    expect(g.ids.technologies).toHaveLength(TECHNOLOGIES);
    expect(g.ids.subnational).toHaveLength(SIZES.S.subnational);
    // Deep and shallow taxonomy branches, and a DAG (some technologies have two parents).
    expect(Math.max(...Object.values(g.ids.techDepth))).toBeGreaterThanOrEqual(6);
    expect(stats.relationships.SUBTYPE_OF).toBeGreaterThan(TECHNOLOGIES - 1);
    // Dated memberships, some ended; repealed instruments; provisions that start later.
    const memberships = g.edges.filter((e) => e.type === 'MEMBER_OF' && g.ids.national.includes(e.from));
    expect(memberships.every((e) => e.props.since !== undefined)).toBe(true);
    expect(memberships.some((e) => e.props.until !== undefined)).toBe(true);
    expect(g.nodes.some((n) => n.props.status === 'repealed' && n.props.repealed !== undefined)).toBe(true);
    expect(g.edges.some((e) => e.type === 'REGULATES' && e.props.from !== undefined)).toBe(true);
    expect(g.nodes.some((n) => n.label === 'Instrument' && n.props.binding === false)).toBe(true);
    // Skewed: the busiest state has many times the median's instruments.
    const perState = new Map<string, number>();
    for (const e of g.edges)
      if (e.type === 'APPLIES_IN' && g.ids.national.includes(e.to)) perState.set(e.to, (perState.get(e.to) ?? 0) + 1);
    const counts = [...perState.values()].sort((a, b) => a - b);
    expect(counts.at(-1) ?? 0).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 1));
  });
});

describe('samplers', () => {
  it('draw the first ranks of a Zipf law most often', () => {
    const rng = new Rng(1);
    const zipf = new Zipf(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 1);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) {
      const x = zipf.draw(rng);
      counts[x] = (counts[x] ?? 0) + 1;
    }
    expect(counts.a).toBeGreaterThan(2 * (counts.c ?? 0));
    expect(counts.c).toBeGreaterThan(counts.h ?? 0);
  });
});
