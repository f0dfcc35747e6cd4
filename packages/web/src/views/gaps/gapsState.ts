/** The Gaps view's state in the URL, and its translation into the API's filter and weights. */
import type {
  Activity,
  ActorClass,
  GapFilter,
  GapKind,
  GapWeightsInput,
  JurisdictionLevel,
} from '../../generated/graphql';
import { asOfFromYear, splitList } from '../../routing/useUrlState';

export const GAPS_DEFAULTS = {
  kinds: '',
  region: '',
  /** One jurisdiction level (national, subnational, local); empty: all three. */
  level: '',
  family: '',
  minRisk: '',
  activity: 'use',
  actor: 'all',
  year: '',
  /** Jurisdiction ids, comma-separated. */
  j: '',
  /** Changed weights, e.g. `risk:2,absence:0.5`. */
  w: '',
} as const;

export type GapsKey = keyof typeof GAPS_DEFAULTS;
export type GapsState = Readonly<Record<GapsKey, string>>;

export const GAP_KINDS: readonly GapKind[] = ['DEPLOYMENT', 'OBLIGATION', 'EXPORT', 'COVERAGE'];
/** The levels a gap list can be narrowed to (the API's default is all three). */
export const GAP_LEVELS: readonly JurisdictionLevel[] = ['national', 'subnational', 'local'];
export const WEIGHT_NAMES = ['risk', 'evidence', 'governance', 'vulnerability', 'absence'] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];
export type Weights = Partial<Record<WeightName, number>>;

export function parseWeights(text: string): Weights {
  const weights: Weights = {};
  for (const part of splitList(text)) {
    const [name, value] = part.split(':');
    const number = Number(value);
    if (
      (WEIGHT_NAMES as readonly string[]).includes(name ?? '') &&
      Number.isFinite(number) &&
      number >= 0 &&
      number <= 5
    )
      weights[name as WeightName] = number;
  }
  return weights;
}

export function formatWeights(weights: Weights): string {
  return WEIGHT_NAMES.filter((n) => weights[n] !== undefined)
    .map((n) => `${n}:${weights[n]}`)
    .join(',');
}

export function gapFilter(state: GapsState): GapFilter {
  const kinds = splitList(state.kinds).filter((k): k is GapKind => (GAP_KINDS as readonly string[]).includes(k));
  const jurisdictions = splitList(state.j);
  const minRisk = Number(state.minRisk);
  return {
    activity: state.activity as Activity,
    actor: state.actor as ActorClass,
    asOf: asOfFromYear(state.year),
    kinds: kinds.length > 0 ? kinds : undefined,
    region: state.region || undefined,
    levels: (GAP_LEVELS as readonly string[]).includes(state.level) ? [state.level as JurisdictionLevel] : undefined,
    technologyFamily: state.family || undefined,
    minRisk: minRisk >= 1 && minRisk <= 5 ? minRisk : undefined,
    jurisdictions: jurisdictions.length > 0 ? jurisdictions : undefined,
  };
}

export function gapWeights(state: GapsState): GapWeightsInput {
  return parseWeights(state.w);
}
