/**
 * What the dashboard shows for each label and coverage level: colour (Okabe–Ito, colour-blind safe),
 * a shape or pattern so colour is never the only signal, and EN/FR labels.
 */
import type { CoverageLevel } from './enums.js';
import { NODE_LABELS, NODES, type NodeLabel } from './ontology.js';

export interface LegendEntry {
  readonly key: string;
  readonly en: string;
  readonly fr: string;
  readonly color: string;
  readonly shape: string;
}

export const NODE_LEGEND: readonly LegendEntry[] = NODE_LABELS.map((label: NodeLabel) => ({
  key: label,
  en: label,
  fr: NODES[label].labelFr,
  color: NODES[label].color,
  shape: NODES[label].shape,
}));

/** `shape` here names the hatching pattern used on the map and matrix. */
export const COVERAGE_LEGEND: Readonly<Record<CoverageLevel, LegendEntry>> = {
  prohibited: { key: 'prohibited', en: 'Prohibited', fr: 'Interdit', color: '#0072B2', shape: 'solid' },
  specific: { key: 'specific', en: 'Specific rules', fr: 'Règles spécifiques', color: '#009E73', shape: 'solid' },
  general: { key: 'general', en: 'General law only', fr: 'Droit général seulement', color: '#F0E442', shape: 'dots' },
  soft: { key: 'soft', en: 'Soft law only', fr: 'Droit souple seulement', color: '#E69F00', shape: 'hatch' },
  none: { key: 'none', en: 'No applicable rule', fr: 'Aucune règle applicable', color: '#D55E00', shape: 'cross' },
};
