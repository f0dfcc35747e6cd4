import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypher } from './cypher.js';

const file = (name: string) => readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8');

describe('cypher', () => {
  it('puts a shared fragment where a query includes it, in each query that does', () => {
    const fragment = file('rule-rows');
    for (const name of ['rule-index-store', 'coverage']) {
      expect(file(name)).toContain('// include rule-rows');
      const text = cypher(name);
      expect(text).toContain(fragment);
      expect(text).not.toMatch(/^\/\/ include /m);
    }
  });

  it('gives a query without includes as written', () => {
    expect(cypher('search')).toBe(file('search'));
  });
});
