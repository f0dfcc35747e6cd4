import { describe, expect, it } from 'vitest';
import { luceneQuery } from './explore.js';

describe('search query', () => {
  it('escapes Lucene syntax so that user text cannot change the query', () => {
    expect(luceneQuery('AND (x) "y"')).toBe('(and^3 OR and*) AND (\\(x\\)^3 OR \\(x\\)*) AND (\\"y\\"^3 OR \\"y\\"*)');
  });

  it('adds fuzzy matching for longer terms and ignores empty input', () => {
    expect(luceneQuery('  facail ')).toBe('(facail^3 OR facail* OR facail~1)');
    expect(luceneQuery('   ')).toBeUndefined();
  });
});
