/** What the engine returns; the GraphQL layer maps these to its types. */
import type { Activity, ActorClass, CoverageLevel, RegulationMode } from '@lacuna/model';

export interface PathStep {
  id: string;
  name: string;
  via: string | null;
}

/** An instrument as a rule row carries it: `id` and `name` always, the rest with details (Explain). */
export interface InstrumentRow {
  id: string;
  name: string;
  nameFr?: string | null;
  kind?: string;
  binding?: boolean;
  status?: string;
  citation?: string | null;
  url?: string | null;
  inForce?: string | null;
  repealed?: string | null;
}

/** What explaining a rule adds to its row when details are asked for (Explain.details). */
export interface RuleDetails {
  activities: Activity[];
  actorsCovered: ActorClass[];
  condition: string | null;
  from: string | null;
  until: string | null;
  sources: string[];
}

export interface RuleRow extends Partial<RuleDetails> {
  instrument: InstrumentRow;
  mode: RegulationMode;
  level: CoverageLevel;
  provision: string | null;
  route: string;
  reason: string | null;
  jpath: PathStep[];
  tpath: PathStep[];
}

export interface CellRow {
  jurisdiction: string;
  technology: string;
  level: CoverageLevel;
  strongestMode: RegulationMode | null;
  applying: number;
  /** Rules considered and excluded, per reason; `rules` lists only the first few of each (explained cells). */
  excludedCounts: { reason: string; count: number }[];
  rules: RuleRow[];
  /** The Source entities the rules cite, read with the rules when explained with details. */
  sources?: EntityRow[];
}

/** An entity as entities.cypher reads it: its id, its label other than Entity, its stored properties. */
export interface EntityRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

/** What an explained cell carries besides its level and the rules that apply. */
export interface Explain {
  /** Rules considered and excluded: counted per reason, the first few listed. */
  excluded: boolean;
  /** Each rule's jurisdiction and technology paths (`jpath`, `tpath`; empty otherwise). */
  paths: boolean;
  /** Each rule's RuleDetails and its instrument's details (only the instrument's id and name otherwise). */
  details: boolean;
}

export const FULL_EXPLANATION: Explain = { excluded: true, paths: true, details: true };

export interface CellQuery {
  jurisdictions: string[];
  technologies: string[];
  activity: Activity;
  actor: ActorClass;
  /** YYYY-MM-DD */
  asOf: string;
  /** Explain only these (jurisdiction, technology) cells instead of every jurisdiction × technology. */
  pairs?: [string, string][];
  /** Excluded rules listed per explained cell and reason (default MAX_EXCLUDED_LISTED); all are counted. */
  maxExcluded?: number;
}
