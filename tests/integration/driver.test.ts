/** The patched Bolt driver (patches/neo4j-driver-bolt-connection@5.28.3.patch) on a real Neo4j. */
import { afterAll, describe, expect, it } from 'vitest';
import { testGraph } from '../setup/graph.js';

describe('the Bolt driver', () => {
  const graph = testGraph();
  afterAll(() => graph.close());

  it('reads a record of many chunks whole: strings of every UTF-8 width split across chunk boundaries', async () => {
    // 1-, 2-, 3- and 4-byte characters, in strings of odd lengths so that chunk boundaries fall inside them.
    const pieces = ['a', 'é', '€', '𝄞', 'Überwachung — données', 'x'.repeat(997)];
    const [row] = await graph.read(
      `UNWIND range(0, $n - 1) AS k
       RETURN collect(toString(k) + $pieces[k % size($pieces)]) AS strings,
              collect({k: k, s: $pieces[k % size($pieces)]}) AS maps`,
      { n: 3000, pieces },
      { name: 'test.driver' },
    );
    const strings = Array.from({ length: 3000 }, (_, k) => `${k}${pieces[k % pieces.length]}`);
    // Far larger than one chunk (at most 64 kB), so the record arrives in many.
    expect(Buffer.byteLength(strings.join(''))).toBeGreaterThan(500_000);
    expect(row?.strings).toEqual(strings);
    expect(row?.maps).toEqual(strings.map((_, k) => ({ k, s: pieces[k % pieces.length] })));
  });

  it('reads records of one chunk and of many in one result, in order', async () => {
    const rows = await graph.read(
      'UNWIND range(1, 40) AS k RETURN k, reduce(s = "", x IN range(1, k) | s + $block) AS text',
      { block: 'é'.repeat(2000) },
      { name: 'test.driver' },
    );
    expect(rows.map((r) => r.k)).toEqual(Array.from({ length: 40 }, (_, k) => k + 1));
    expect(rows.every((r) => r.text === 'é'.repeat(Number(r.k) * 2000))).toBe(true);
  });

  it("gives a failed query's error the stack of the code that ran it (captured with the result, formatted on error)", async () => {
    const error = await graph.read('RETURN 1 / $zero AS x', { zero: 0 }, { name: 'test.driver' }).catch((e) => e);
    const cause = (error as Error).cause as Error;
    expect(cause.message).toMatch(/by zero/i);
    expect(cause.stack).toMatch(/^Neo4jError: .*by zero/i);
    // The frames of the call that ran the query (Graph.read), not those of the socket that brought the error.
    expect(cause.stack).toMatch(/graph\/db\.ts:\d+/);
    expect(cause.stack).not.toMatch(/onErrorWrapper|Dechunker|onmessage/);
  });
});
