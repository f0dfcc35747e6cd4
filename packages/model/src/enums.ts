/**
 * Closed vocabularies of the graph. Order matters where stated: it is the order of strength used by the
 * coverage engine and the order of the dashboard legend.
 */

/** Regulation modes, strongest first. */
export const REGULATION_MODES = [
  'ban',
  'moratorium',
  'licence',
  'restriction',
  'export_control',
  'safeguards',
  'transparency',
  'general',
] as const;
export type RegulationMode = (typeof REGULATION_MODES)[number];

/** Coverage levels, strongest first. A gap is a cell at `soft` or `none`. */
export const COVERAGE_LEVELS = ['prohibited', 'specific', 'general', 'soft', 'none'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export const ACTIVITIES = ['use', 'sale', 'export', 'development', 'data_processing'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** `law_enforcement` is a kind of `public`; `all` covers every actor class. */
export const ACTOR_CLASSES = ['public', 'law_enforcement', 'private', 'all'] as const;
export type ActorClass = (typeof ACTOR_CLASSES)[number];

export const JURISDICTION_LEVELS = ['international', 'supranational', 'national', 'subnational', 'local'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const INSTRUMENT_KINDS = [
  'constitution',
  'law',
  'regulation',
  'directive',
  'decree',
  'executive_order',
  'ordinance',
  'treaty',
  'arrangement',
  'court_ruling',
  'resolution',
  'declaration',
  'code_of_conduct',
  'standard',
  'guidance',
  'policy',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_STATUSES = [
  'in_force',
  'partially_in_force',
  'adopted',
  'proposed',
  'repealed',
  'superseded',
  'struck_down',
  'expired',
] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

export const APPLICATION_SCOPES = ['territorial', 'extraterritorial'] as const;
export type ApplicationScope = (typeof APPLICATION_SCOPES)[number];

export const ACTOR_KINDS = [
  'state_agency',
  'private_security_company',
  'client_company',
  'vendor',
  'intergovernmental_body',
  'multistakeholder_initiative',
  'industry_association',
  'ngo',
  'hrd_group',
  'academic',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const DUTY_BEARERS = ['state', 'business'] as const;
export type DutyBearer = (typeof DUTY_BEARERS)[number];

/** ISO 639-1 codes the sources are written in. */
export const LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'ar',
  'zh',
  'ru',
  'ja',
  'ko',
  'sv',
  'da',
  'no',
  'fi',
  'pl',
  'cs',
  'hu',
  'ro',
  'el',
  'tr',
  'id',
  'th',
  'vi',
  'he',
  'other',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** How far a source can be relied on: high = the official text or the responsible authority;
 * medium = a reputable secondary publication (major news outlet, established law firm, IAPP, NGO report);
 * low = anything else kept because nothing better was found. */
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export const ENUMS = {
  RegulationMode: REGULATION_MODES,
  CoverageLevel: COVERAGE_LEVELS,
  Activity: ACTIVITIES,
  ActorClass: ACTOR_CLASSES,
  JurisdictionLevel: JURISDICTION_LEVELS,
  InstrumentKind: INSTRUMENT_KINDS,
  InstrumentStatus: INSTRUMENT_STATUSES,
  ApplicationScope: APPLICATION_SCOPES,
  ActorKind: ACTOR_KINDS,
  DutyBearer: DUTY_BEARERS,
  Language: LANGUAGES,
  Confidence: CONFIDENCE,
} as const;
export type EnumName = keyof typeof ENUMS;
