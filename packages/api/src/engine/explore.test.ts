import { describe, expect, it } from 'vitest';
import { luceneQuery } from './explore.js';

describe('search query', () => {
  it('escapes Lucene syntax so that user text cannot change the query', () => {
    expect(luceneQuery('AND (x) "y" OR z*')).toBe('(x^3 OR x*) AND (y^3 OR y*) AND (z^3 OR z*)');
    expect(luceneQuery("o'neil:x")).toBe("(o'neil\\:x^3 OR o'neil\\:x* OR o'neil\\:x~1)");
  });

  it("splits words as the index's tokenizer does and leaves out its stop words", () => {
    expect(luceneQuery('CETS No. 223')).toBe('(cets^3 OR cets* OR cets~1) AND (223^3 OR 223*)');
    expect(luceneQuery('2016/679')).toBe('(2016^3 OR 2016* OR 2016~1) AND (679^3 OR 679*)');
    expect(luceneQuery('Right to privacy')).toBe(
      '(right^3 OR right* OR right~1) AND (privacy^3 OR privacy* OR privacy~1)',
    );
    expect(luceneQuery('the of')).toBeUndefined();
  });

  it('folds Latin accents as the index does, so that prefixes and typos of accented words match', () => {
    expect(luceneQuery('Überwachung')).toBe('(uberwachung^3 OR uberwachung* OR uberwachung~1)');
    expect(luceneQuery('donnée Straße Łódź')).toBe(
      '(donnee^3 OR donnee* OR donnee~1) AND (strasse^3 OR strasse* OR strasse~1) AND (lodz^3 OR lodz* OR lodz~1)',
    );
    // Marks on other scripts are left alone (the index does not fold them).
    expect(luceneQuery('مُراقبة')).toBe('(مُراقبة^3 OR مُراقبة* OR مُراقبة~1)');
  });

  it('adds fuzzy matching for longer terms and ignores empty input', () => {
    expect(luceneQuery('  facail ')).toBe('(facail^3 OR facail* OR facail~1)');
    expect(luceneQuery('   ')).toBeUndefined();
  });
});
