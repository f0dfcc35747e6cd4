import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@lacuna/api';
import { applySchema } from '../../packages/api/src/graph/schema.js';
import { STORES_LEASE, withStoreLease } from '../../packages/api/src/engine/store-lease.js';
import { loadGraph } from '../../packages/api/src/seed/load.js';
import { testConfig, testGraph } from '../setup/graph.js';

describe('store lease (one API instance at a time refreshes the stores)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await applySchema(graph);
    await graph.write('MATCH (l:StoreLease) DELETE l', {}, { name: 'test' });
  });
  afterAll(() => graph.close());

  it('lets one holder run at a time, frees the lease after, and takes over an expired one', async () => {
    let release = () => {};
    const gate = new Promise<void>((done) => (release = done));
    let started = () => {};
    const holding = new Promise<void>((done) => (started = done));
    const first = withStoreLease(
      graph,
      'test',
      async () => {
        started();
        await gate;
        return 'first';
      },
      { holder: 'A' },
    );
    await holding;
    expect(await withStoreLease(graph, 'test', async () => 'second', { holder: 'B' })).toEqual({
      taken: false,
      holder: 'A',
    });
    release();
    expect(await first).toEqual({ taken: true, value: 'first' });
    expect(await withStoreLease(graph, 'test', async () => 'third', { holder: 'B' })).toEqual({
      taken: true,
      value: 'third',
    });
    // A holder that died keeps the lease until it expires, then another takes it.
    await graph.write(
      "MATCH (l:StoreLease {name: 'test'}) SET l.holder = 'dead', l.until = datetime() + duration({minutes: 5})",
      {},
      { name: 'test' },
    );
    expect(await withStoreLease(graph, 'test', async () => 'fourth', { holder: 'C' })).toEqual({
      taken: false,
      holder: 'dead',
    });
    await graph.write(
      "MATCH (l:StoreLease {name: 'test'}) SET l.until = datetime() - duration({seconds: 1})",
      {},
      {
        name: 'test',
      },
    );
    expect(await withStoreLease(graph, 'test', async () => 'fifth', { holder: 'C' })).toEqual({
      taken: true,
      value: 'fifth',
    });
  });

  it('gives the lease to exactly one of several instances asking at the same moment, and frees it on failure', async () => {
    const holders = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
    let release = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
      // Should two take it, neither returns until this: the test then fails on the count, not by hanging.
      setTimeout(done, 10_000);
    });
    let settled = 0;
    const attempts = holders.map((holder) =>
      withStoreLease(
        graph,
        'race',
        async () => {
          await gate;
          throw new Error(`${holder} failed while storing`);
        },
        { holder },
      ).then(
        (result) => {
          if (++settled === holders.length - 1) release();
          return result;
        },
        (error: Error) => error.message,
      ),
    );
    const results = await Promise.all(attempts);
    const failures = results.filter((r) => typeof r === 'string');
    expect(failures).toHaveLength(1);
    const holder = String(failures[0]).split(' ')[0];
    expect(results.filter((r) => typeof r !== 'string')).toEqual(
      holders.filter((h) => h !== holder).map(() => ({ taken: false, holder })),
    );
    // The failed holder released it.
    expect(await withStoreLease(graph, 'race', async () => 'after', { holder: 'H7' })).toEqual({
      taken: true,
      value: 'after',
    });
  }, 30_000);

  it('makes pnpm derive say who is storing, and fail, rather than store alongside an API instance', async () => {
    await graph.write(
      'MERGE (l:StoreLease {name: $name}) SET l.holder = $holder, l.until = datetime() + duration({minutes: 5})',
      { name: STORES_LEASE, holder: 'api-instance-1' },
      { name: 'test' },
    );
    try {
      const cli = fileURLToPath(new URL('../../packages/api/src/engine/derive-cli.ts', import.meta.url));
      const run = spawnSync(process.execPath, ['--import', 'tsx', cli], {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: testConfig().neo4j.uri },
        timeout: 60_000,
      });
      expect(run.stderr).toContain(
        'Another process (api-instance-1) is storing the route levels now; try again when it is done.',
      );
      expect(run.status).toBe(1);
    } finally {
      await graph.write('MATCH (l:StoreLease {name: $name}) DELETE l', { name: STORES_LEASE }, { name: 'test' });
    }
  }, 60_000);

  it('makes a load wait while another process stores, then load holding the lease, and free it', async () => {
    const id = 'src-lease-test';
    await graph.write('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id }, { name: 'test' });
    const node = { id, label: 'Source' as const, props: { name: 'Lease test', url: 'https://example.org/lease' } };
    let release = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
      setTimeout(done, 20_000); // should the load not wait, the test fails on its checks, not by hanging
    });
    let storing = () => {};
    const held = new Promise<void>((done) => (storing = done));
    const instance = withStoreLease(
      graph,
      STORES_LEASE,
      async () => {
        storing();
        await gate;
      },
      { holder: 'api-instance-2' },
    );
    await held;
    const waitedFor: string[] = [];
    let loaded = false;
    const load = loadGraph(graph, [node], [], {
      coverageAsOf: null,
      onLeaseWait: (holder) => waitedFor.push(holder),
    }).then(() => (loaded = true));
    await new Promise((resume) => setTimeout(resume, 2500));
    expect(waitedFor).toEqual(['api-instance-2']);
    expect(loaded).toBe(false);
    const count = async () =>
      (await graph.read('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }, { name: 'test' }))[0]?.n;
    expect(await count()).toBe(0);
    release();
    await instance;
    await load;
    expect(await count()).toBe(1);
    // The load released the lease.
    expect(await withStoreLease(graph, STORES_LEASE, async () => 'after', { holder: 'api-instance-3' })).toEqual({
      taken: true,
      value: 'after',
    });
    await graph.write('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id }, { name: 'test' });
  }, 60_000);
});
