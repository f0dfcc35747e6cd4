/**
 * The priority score of a gap: score = Π value^weight over five factors, each value in [0.1, 1], each
 * weight in [0, 5] (0 ignores the factor). Documented in docs/coverage.md; every factor is shown.
 */
import type { CoverageLevel } from '@lacuna/model';

export const FACTORS = ['risk', 'evidence', 'governance', 'vulnerability', 'absence'] as const;
export type FactorName = (typeof FACTORS)[number];
export type Weights = Record<FactorName, number>;

export const DEFAULT_WEIGHTS: Weights = { risk: 1, evidence: 1, governance: 1, vulnerability: 0.5, absence: 1 };

/** Rights whose violation silences those who defend the others. */
export const CRITICAL_RIGHTS = [
  'right_defend_rights',
  'right_expression',
  'right_assembly',
  'right_association',
  'right_privacy',
];

export interface Factor {
  name: FactorName;
  value: number;
  weight: number;
  explanation: string;
}

export interface ScoreInput {
  riskLevel: number;
  deployments: number;
  /** Share of this jurisdiction's cells (for the activity) that are gaps, 0..1. */
  gapShare: number;
  criticalRights: number;
  level: CoverageLevel;
  requiredLevel?: CoverageLevel | null;
}

const ABSENCE: Record<CoverageLevel, number> = { none: 1, soft: 0.6, general: 0.4, specific: 0.2, prohibited: 0.1 };
const clamp = (x: number) => Math.min(1, Math.max(0.1, x));

/** Each factor's value in [0.1, 1]. */
function factorValues(input: ScoreInput): Record<FactorName, number> {
  return {
    risk: clamp(input.riskLevel / 5),
    evidence: input.deployments > 0 ? 1 : 0.3,
    governance: clamp(0.2 + 0.8 * input.gapShare),
    vulnerability: clamp(0.2 + (0.8 * input.criticalRights) / CRITICAL_RIGHTS.length),
    absence: ABSENCE[input.level],
  };
}

/** The score alone: ranking every gap of a list needs no factor explained, only those of its page. */
export function gapScore(input: ScoreInput, weights: Weights): number {
  const values = factorValues(input);
  const score = FACTORS.reduce((product, name) => product * Math.pow(values[name], weights[name]), 1);
  return Math.round(score * 1e6) / 1e6;
}

export function scoreGap(input: ScoreInput, weights: Weights): { score: number; factors: Factor[] } {
  const values = factorValues(input);
  const explanations: Record<FactorName, string> = {
    risk: `risk level ${input.riskLevel} of 5`,
    evidence:
      input.deployments > 0
        ? `${input.deployments} documented deployment${input.deployments > 1 ? 's' : ''}`
        : 'no documented deployment',
    governance: `${Math.round(input.gapShare * 100)}% of this jurisdiction's technologies are gaps for this activity`,
    vulnerability: `threatens ${input.criticalRights} of ${CRITICAL_RIGHTS.length} rights critical to defenders`,
    absence: input.requiredLevel
      ? `level ${input.level} where ${input.requiredLevel} is required`
      : `coverage level ${input.level}`,
  };
  const factors = FACTORS.map((name) => ({
    name,
    value: values[name],
    weight: weights[name],
    explanation: explanations[name],
  }));
  return { score: gapScore(input, weights), factors };
}

export function resolveWeights(input: Partial<Record<FactorName, number | null>> | null | undefined): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const name of FACTORS) {
    const value = input?.[name];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > 5)
      throw new RangeError(`weight ${name} must be between 0 and 5 (got ${value})`);
    weights[name] = value;
  }
  return weights;
}
