import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, gapScore, resolveWeights, scoreGap } from './score.js';

const base = { riskLevel: 5, deployments: 1, gapShare: 1, criticalRights: 5, level: 'none' as const };

describe('gap score', () => {
  it('is the product of the factors raised to their weights', () => {
    const { score, factors } = scoreGap({ ...base, riskLevel: 4, deployments: 0 }, DEFAULT_WEIGHTS);
    const expected = factors.reduce((p, f) => p * f.value ** f.weight, 1);
    expect(score).toBeCloseTo(expected, 6);
    expect(factors.find((f) => f.name === 'evidence')?.value).toBe(0.3);
    expect(gapScore({ ...base, riskLevel: 4, deployments: 0 }, DEFAULT_WEIGHTS)).toBe(score);
  });

  it('ignores a factor whose weight is 0 and orders by the weighted factors', () => {
    const deployed = { ...base, riskLevel: 2 };
    const risky = { ...base, deployments: 0 };
    const byEvidence = resolveWeights({ risk: 0 });
    expect(scoreGap(deployed, byEvidence).score).toBeGreaterThan(scoreGap(risky, byEvidence).score);
    const byRisk = resolveWeights({ evidence: 0 });
    expect(scoreGap(risky, byRisk).score).toBeGreaterThan(scoreGap(deployed, byRisk).score);
  });

  it('rejects weights outside 0..5', () => {
    expect(() => resolveWeights({ risk: 7 })).toThrow(/between 0 and 5/);
  });
});
