import { describe, expect, it } from 'vitest';
import { formatWeights, gapFilter, GAPS_DEFAULTS, parseWeights } from './gapsState';

describe('gap list state', () => {
  it('reads weights from the URL, dropping anything out of range', () => {
    expect(parseWeights('risk:2,absence:0.5,evil:3,evidence:9,governance:x')).toEqual({ risk: 2, absence: 0.5 });
    expect(formatWeights({ absence: 0.5, risk: 2 })).toBe('risk:2,absence:0.5');
  });

  it('turns URL state into the API filter', () => {
    expect(gapFilter({ ...GAPS_DEFAULTS, kinds: 'EXPORT,BOGUS', minRisk: '9', j: 'FR,DE', year: '2020' })).toEqual({
      activity: 'use',
      actor: 'all',
      asOf: '2020-12-31',
      kinds: ['EXPORT'],
      region: undefined,
      levels: undefined,
      technologyFamily: undefined,
      minRisk: undefined,
      jurisdictions: ['FR', 'DE'],
    });
  });

  it('narrows to one jurisdiction level, ignoring an unknown one', () => {
    expect(gapFilter({ ...GAPS_DEFAULTS, level: 'subnational' }).levels).toEqual(['subnational']);
    expect(gapFilter({ ...GAPS_DEFAULTS, level: 'international' }).levels).toBeUndefined();
  });
});
