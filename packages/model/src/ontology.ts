/**
 * The graph model of Lacuna, as data. Neo4j constraints and indexes, seed validation, GraphQL enums and
 * the dashboard legend are all derived from this file; nothing else declares a label or a relationship.
 */
import type { EnumName } from './enums.js';

export type PropertyType =
  | { kind: 'string' }
  | { kind: 'text' }
  | { kind: 'url' }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; of: EnumName }
  | { kind: 'enumList'; of: EnumName }
  | { kind: 'stringList' };

export interface PropertyDef {
  readonly type: PropertyType;
  readonly required?: boolean;
  /** Indexed in the full-text search index (names, aliases, citations, EN and FR). */
  readonly searchable?: boolean;
  /** Computed by the loader from other data after every write; never written in seed files. */
  readonly derived?: boolean;
  readonly description: string;
}

const str = (description: string, extra: Partial<PropertyDef> = {}): PropertyDef => ({
  type: { kind: 'string' },
  description,
  ...extra,
});
const text = (description: string): PropertyDef => ({ type: { kind: 'text' }, description });
const date = (description: string, required = false): PropertyDef => ({
  type: { kind: 'date' },
  description,
  required,
});
const enumOf = (of: EnumName, description: string, required = false): PropertyDef => ({
  type: { kind: 'enum', of },
  description,
  required,
});
const enumList = (of: EnumName, description: string, required = false): PropertyDef => ({
  type: { kind: 'enumList', of },
  description,
  required,
});

export const NODE_LABELS = [
  'Jurisdiction',
  'Instrument',
  'Technology',
  'Actor',
  'Right',
  'Obligation',
  'Deployment',
  'Source',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every node also carries this label, which makes `id` unique across the whole graph. */
export const ENTITY_LABEL = 'Entity';

export interface NodeDef {
  readonly label: NodeLabel;
  /** Folder under data/seed holding entities of this label. */
  readonly seedFolder: string;
  readonly description: string;
  readonly labelFr: string;
  /** Legend colour (Okabe–Ito, colour-blind safe) and Cytoscape shape. */
  readonly color: string;
  readonly shape: string;
  /** Whether entities of this label must cite at least one Source. */
  readonly needsSource: boolean;
  readonly properties: Readonly<Record<string, PropertyDef>>;
}

const COMMON: Record<string, PropertyDef> = {
  id: str('Stable identifier, unique across the graph (see docs/ids.md).', { required: true }),
  name: str('Name in English.', { required: true, searchable: true }),
  nameFr: str('Name in French, where one exists.', { searchable: true }),
  aliases: { type: { kind: 'stringList' }, searchable: true, description: 'Other names and acronyms.' },
  searchKeys: {
    type: { kind: 'stringList' },
    derived: true,
    description:
      'Every searchable name, alias and citation in lower case, accents folded: exact matches rank first in search.',
  },
};

export const NODES: Readonly<Record<NodeLabel, NodeDef>> = {
  Jurisdiction: {
    label: 'Jurisdiction',
    seedFolder: 'jurisdictions',
    labelFr: 'Juridiction',
    description: 'A place or body whose law applies: international, supranational, national, subnational or local.',
    color: '#0072B2',
    shape: 'round-rectangle',
    needsSource: true,
    properties: {
      ...COMMON,
      level: enumOf('JurisdictionLevel', 'Level of government.', true),
      region: str('UN M49 region (e.g. Africa).'),
      subregion: str('UN M49 subregion (e.g. Western Africa).'),
      m49: str('UN M49 numeric code.'),
    },
  },
  Instrument: {
    label: 'Instrument',
    seedFolder: 'instruments',
    labelFr: 'Instrument',
    description: 'A law, regulation, treaty, ruling, resolution, code of conduct, standard or guidance.',
    color: '#E69F00',
    shape: 'rectangle',
    needsSource: true,
    properties: {
      ...COMMON,
      kind: enumOf('InstrumentKind', 'What sort of instrument it is.', true),
      binding: { type: { kind: 'boolean' }, required: true, description: 'Whether it is binding law.' },
      status: enumOf('InstrumentStatus', 'Status today.', true),
      adopted: date('Date of adoption or signature.'),
      inForce: date('Date of entry into force (or of application, where the two differ).'),
      repealed: date('Date it stopped applying: repeal, supersession, annulment or expiry.'),
      citation: str('Official citation (e.g. Regulation (EU) 2016/679).', { searchable: true }),
      url: { type: { kind: 'url' }, description: 'Official text.' },
      summary: text('One sentence on what it does, in English.'),
      summaryFr: text('The same in French.'),
      hasParties: {
        type: { kind: 'boolean' },
        derived: true,
        description: 'Whether any jurisdiction is PARTY_TO it: such an instrument binds its parties only.',
      },
    },
  },
  Technology: {
    label: 'Technology',
    seedFolder: 'technologies',
    labelFr: 'Technologie',
    description: 'A security or surveillance technology, in a taxonomy (SUBTYPE_OF forms a DAG).',
    color: '#D55E00',
    shape: 'ellipse',
    needsSource: true,
    properties: {
      ...COMMON,
      description: text('What it is.'),
      riskLevel: {
        type: { kind: 'int', min: 1, max: 5 },
        required: true,
        description: 'Risk to human rights, 1 (low) to 5 (severe).',
      },
      riskReason: text('Why it has that risk level.'),
      protective: { type: { kind: 'boolean' }, description: 'A technology that protects rights (e.g. encryption).' },
      descendants: {
        type: { kind: 'stringList' },
        derived: true,
        description: 'Ids of this technology and all its subtypes (the SUBTYPE_OF closure), for the coverage engine.',
      },
    },
  },
  Actor: {
    label: 'Actor',
    seedFolder: 'actors',
    labelFr: 'Acteur',
    description: 'A state agency, company, vendor, intergovernmental body, initiative, NGO or defenders group.',
    color: '#009E73',
    shape: 'diamond',
    needsSource: true,
    properties: {
      ...COMMON,
      kind: enumOf('ActorKind', 'What sort of actor it is.', true),
      url: { type: { kind: 'url' }, description: 'Official website.' },
      description: text('What it does.'),
    },
  },
  Right: {
    label: 'Right',
    seedFolder: 'rights',
    labelFr: 'Droit',
    description: 'A human right at stake.',
    color: '#CC79A7',
    shape: 'hexagon',
    needsSource: true,
    properties: {
      ...COMMON,
      provision: str('Where the right is stated (e.g. ICCPR art. 17).'),
      description: text('What it protects.'),
    },
  },
  Obligation: {
    label: 'Obligation',
    seedFolder: 'obligations',
    labelFr: 'Obligation',
    description: 'A duty, with its duty bearer, derived from an instrument.',
    color: '#56B4E9',
    shape: 'tag',
    needsSource: true,
    properties: {
      ...COMMON,
      dutyBearer: enumOf('DutyBearer', 'Who owes the duty.', true),
      text: text('The duty in the instrument’s words or a close paraphrase.'),
      textFr: text('The same in French.'),
      requiredMode: enumOf('RegulationMode', 'The mode of regulation the duty asks for, where it asks for one.'),
      activities: enumList('Activity', 'Activities the duty concerns.'),
    },
  },
  Deployment: {
    label: 'Deployment',
    seedFolder: 'deployments',
    labelFr: 'Déploiement',
    description: 'An actor using, selling or exporting a technology in a jurisdiction, as documented.',
    color: '#F0E442',
    shape: 'star',
    needsSource: true,
    properties: {
      ...COMMON,
      activity: enumOf('Activity', 'What the actor does with the technology.', true),
      since: date('When it started, as documented.'),
      until: date('When it ended, as documented.'),
      description: text('What was documented.'),
    },
  },
  Source: {
    label: 'Source',
    seedFolder: 'sources',
    labelFr: 'Source',
    description: 'Where a claim comes from: an official text or a reputable publication.',
    color: '#999999',
    shape: 'round-tag',
    needsSource: false,
    properties: {
      ...COMMON,
      name: str('Title.', { required: true, searchable: true }),
      publisher: str('Who published it.', { required: true }),
      url: { type: { kind: 'url' }, required: true, description: 'Where it can be read.' },
      date: date('Publication date.'),
      language: enumOf('Language', 'Language it is written in.', true),
      checked: date('When a curator last checked the claims citing it against this source.'),
      confidence: enumOf('Confidence', 'How far it can be relied on (see enums.ts).'),
    },
  },
};

export interface RelationshipDef {
  readonly type: string;
  readonly from: NodeLabel;
  readonly to: readonly NodeLabel[];
  /** Key under which the relationship is written in a seed block. */
  readonly seedKey: string;
  /**
   * Which end's block holds it: `from` (default; targets written as `to:`) or `to` (sources written as
   * `from:`), so that e.g. a treaty lists its parties instead of every state listing its treaties.
   */
  readonly seedOn?: 'from' | 'to';
  /** `one`: a single required target written as a scalar id. */
  readonly cardinality: 'many' | 'one';
  readonly description: string;
  readonly properties: Readonly<Record<string, PropertyDef>>;
}

const since = date('From when it holds.');
const until = date('Until when it held (exclusive).');

/** Every relationship may also carry `sources` (ids), `quote` and `locator` (see EDGE_PROVENANCE). */
export const RELATIONSHIPS: readonly RelationshipDef[] = [
  {
    type: 'PART_OF',
    from: 'Jurisdiction',
    to: ['Jurisdiction'],
    seedKey: 'partOf',
    cardinality: 'many',
    description: 'Territorial hierarchy: a state is part of the world, a US state part of the US.',
    properties: {},
  },
  {
    type: 'MEMBER_OF',
    from: 'Jurisdiction',
    to: ['Jurisdiction'],
    seedKey: 'memberOf',
    cardinality: 'many',
    description: 'Membership of a supranational body, dated.',
    properties: { since: { ...since, required: true }, until },
  },
  {
    type: 'PARTY_TO',
    from: 'Jurisdiction',
    to: ['Instrument'],
    seedKey: 'parties',
    seedOn: 'to',
    cardinality: 'many',
    description: 'Ratification, accession or endorsement of a treaty or soft-law instrument, dated.',
    properties: { since: { ...since, required: true }, until },
  },
  {
    type: 'APPLIES_IN',
    from: 'Instrument',
    to: ['Jurisdiction'],
    seedKey: 'appliesIn',
    cardinality: 'many',
    description: 'Where an instrument applies.',
    properties: {
      scope: enumOf('ApplicationScope', 'Territorial or extraterritorial reach.'),
      from: date('When it starts to apply there, if later than the instrument (e.g. a transition period).'),
      until: date('When it stops applying there (exclusive), e.g. after a state leaves a union.'),
    },
  },
  {
    type: 'REGULATES',
    from: 'Instrument',
    to: ['Technology'],
    seedKey: 'regulates',
    cardinality: 'many',
    description: 'What an instrument does to a technology, for which activities and actors.',
    properties: {
      mode: enumOf('RegulationMode', 'How it regulates.', true),
      activities: enumList('Activity', 'Activities covered.', true),
      actorsCovered: enumList('ActorClass', 'Actors covered.', true),
      provision: str('Article or section.'),
      condition: text(
        'The setting or purpose the rule is limited to (e.g. "in workplaces and education"); a conditional ban counts as specific, not prohibited.',
      ),
      from: date('When this provision starts to apply, if later than the instrument.'),
      until: date('When this provision stops applying, if earlier than the instrument.'),
    },
  },
  {
    type: 'IMPLEMENTS',
    from: 'Instrument',
    to: ['Obligation'],
    seedKey: 'implements',
    cardinality: 'many',
    description: 'An instrument that gives effect to an obligation.',
    properties: {},
  },
  {
    type: 'PROTECTS',
    from: 'Instrument',
    to: ['Right'],
    seedKey: 'protects',
    cardinality: 'many',
    description: 'A right an instrument protects.',
    properties: { provision: str('Article or section.') },
  },
  {
    type: 'AMENDS',
    from: 'Instrument',
    to: ['Instrument'],
    seedKey: 'amends',
    cardinality: 'many',
    description: 'An instrument that amends another.',
    properties: {},
  },
  {
    type: 'SUPERSEDES',
    from: 'Instrument',
    to: ['Instrument'],
    seedKey: 'supersedes',
    cardinality: 'many',
    description: 'An instrument that replaces another.',
    properties: {},
  },
  {
    type: 'ANNULS',
    from: 'Instrument',
    to: ['Instrument'],
    seedKey: 'annuls',
    cardinality: 'many',
    description: 'A court ruling that annuls or strikes down another instrument.',
    properties: {},
  },
  {
    type: 'DERIVED_FROM',
    from: 'Obligation',
    to: ['Instrument'],
    seedKey: 'derivedFrom',
    cardinality: 'many',
    description: 'The instruments that state the obligation.',
    properties: { provision: str('Paragraph or article.') },
  },
  {
    type: 'CONCERNS',
    from: 'Obligation',
    to: ['Technology'],
    seedKey: 'concerns',
    cardinality: 'many',
    description: 'Technologies the obligation is about.',
    properties: {},
  },
  {
    type: 'PROTECTS',
    from: 'Obligation',
    to: ['Right'],
    seedKey: 'protects',
    cardinality: 'many',
    description: 'Rights the obligation protects.',
    properties: {},
  },
  {
    type: 'SUBTYPE_OF',
    from: 'Technology',
    to: ['Technology'],
    seedKey: 'subtypeOf',
    cardinality: 'many',
    description: 'Taxonomy: a narrower technology is a subtype of a broader one.',
    properties: {},
  },
  {
    type: 'THREATENS',
    from: 'Technology',
    to: ['Right'],
    seedKey: 'threatens',
    cardinality: 'many',
    description: 'A right the technology puts at risk.',
    properties: { reason: text('How.') },
  },
  {
    type: 'HEADQUARTERED_IN',
    from: 'Actor',
    to: ['Jurisdiction'],
    seedKey: 'headquarteredIn',
    cardinality: 'many',
    description: 'Where the actor is based.',
    properties: {},
  },
  {
    type: 'OPERATES_IN',
    from: 'Actor',
    to: ['Jurisdiction'],
    seedKey: 'operatesIn',
    cardinality: 'many',
    description: 'Where the actor operates.',
    properties: { since, until },
  },
  {
    type: 'CLIENT_OF',
    from: 'Actor',
    to: ['Actor'],
    seedKey: 'clientOf',
    cardinality: 'many',
    description: 'A client company of a security provider or vendor.',
    properties: { since, until },
  },
  {
    type: 'SUPPLIES',
    from: 'Actor',
    to: ['Technology'],
    seedKey: 'supplies',
    cardinality: 'many',
    description: 'A vendor or developer of a technology.',
    properties: {},
  },
  {
    type: 'MEMBER_OF',
    from: 'Actor',
    to: ['Actor'],
    seedKey: 'memberOf',
    cardinality: 'many',
    description: 'Membership of an association or initiative.',
    properties: { since, until, role: str('Role, e.g. observer, client member.') },
  },
  {
    type: 'SIGNATORY_OF',
    from: 'Actor',
    to: ['Instrument'],
    seedKey: 'signatoryOf',
    cardinality: 'many',
    description: 'An actor that has signed or committed to an instrument.',
    properties: { since },
  },
  {
    type: 'BY',
    from: 'Deployment',
    to: ['Actor'],
    seedKey: 'actor',
    cardinality: 'one',
    description: 'Who deploys.',
    properties: {},
  },
  {
    type: 'OF',
    from: 'Deployment',
    to: ['Technology'],
    seedKey: 'technology',
    cardinality: 'one',
    description: 'What is deployed.',
    properties: {},
  },
  {
    type: 'IN',
    from: 'Deployment',
    to: ['Jurisdiction'],
    seedKey: 'jurisdiction',
    cardinality: 'one',
    description: 'Where.',
    properties: {},
  },
  {
    type: 'FOR',
    from: 'Deployment',
    to: ['Actor'],
    seedKey: 'client',
    cardinality: 'many',
    description: 'On whose behalf, where documented.',
    properties: {},
  },
  {
    type: 'TRANSLATION_OF',
    from: 'Source',
    to: ['Source'],
    seedKey: 'translationOf',
    cardinality: 'many',
    description: 'The same document in another language.',
    properties: {},
  },
];

/** Provenance that any relationship may carry in the seed. */
export const EDGE_PROVENANCE: Readonly<Record<string, PropertyDef>> = {
  sources: {
    type: { kind: 'stringList' },
    description: 'Source ids backing this edge; defaults to the sources of the entity that declares it.',
  },
  quote: text('A short quote from the source.'),
  locator: str('Page, paragraph or article in the source.'),
};

export const RELATIONSHIP_TYPES = [...new Set(RELATIONSHIPS.map((r) => r.type))];

export function relationshipsFrom(label: NodeLabel): RelationshipDef[] {
  return RELATIONSHIPS.filter((r) => r.from === label);
}

const SEARCHABLE = [
  ...new Set(
    Object.values(NODES).flatMap((node) =>
      Object.entries(node.properties)
        .filter(([, def]) => def.searchable)
        .map(([name]) => name),
    ),
  ),
];

/** Names of the properties the full-text index and search keys read (computed once: the loader asks per node). */
export function searchableProperties(): readonly string[] {
  return SEARCHABLE;
}

/** Bumped whenever constraints or indexes change; stored on a :SchemaVersion node. */
export const SCHEMA_VERSION = 3;
