/**
 * Synthetic Lacuna graphs at three sizes (S ≈ 10k, M ≈ 100k, L ≈ 1M relationships), deterministic from a
 * seed number. The generator writes the same entity blocks a seed file holds and passes them through the
 * seed validator (`validateBlocks`), so the rows it returns are exactly what the loader gets from
 * `data/seed`: same ontology checks, same edge keys, same inherited `sourceIds`.
 *
 * Shapes that matter to the gap queries are skewed on purpose: instruments per jurisdiction and
 * subnational units per state follow Zipf-like laws (a few jurisdictions hold most of the law), the
 * taxonomy has deep chains and bushy shallow families with a few second parents (a DAG), memberships and
 * treaty parties are dated and some ended, some instruments are repealed, superseded or struck down, and
 * some provisions start later than their instrument. Every id starts with `syn-`, which no curated id does.
 */
import {
  ACTIVITIES,
  LANGUAGES,
  type Activity,
  type ActorClass,
  type ActorKind,
  type InstrumentKind,
  type InstrumentStatus,
  type NodeLabel,
  type RegulationMode,
} from '@lacuna/model';
import type { RawBlock } from '../../packages/api/src/seed/read.js';
import { validateBlocks, type EdgeRow, type NodeRow } from '../../packages/api/src/seed/validate.js';
import { Rng, Zipf, nth } from './prng.js';

export const SIZE_NAMES = ['S', 'M', 'L'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

/** What scales with the size; states (250), bodies (12), technologies (200) and rights (20) are fixed. */
export interface SynthSize {
  subnational: number;
  local: number;
  instruments: number;
  actors: number;
  deployments: number;
  sources: number;
  obligations: number;
}

export const SIZES: Readonly<Record<SizeName, SynthSize>> = {
  S: { subnational: 50, local: 5, instruments: 1_000, actors: 200, deployments: 500, sources: 100, obligations: 20 },
  M: {
    subnational: 500,
    local: 50,
    instruments: 10_000,
    actors: 2_000,
    deployments: 5_000,
    sources: 1_000,
    obligations: 100,
  },
  L: {
    subnational: 5_000,
    local: 500,
    instruments: 100_000,
    actors: 20_000,
    deployments: 50_000,
    sources: 5_000,
    obligations: 500,
  },
};

export const NATIONAL = 250;
export const BODIES = 12;
export const TECHNOLOGIES = 200;
export const RIGHTS = 20;
export const ID_PREFIX = 'syn-';

/** The synthetic world root: every state is PART_OF it, like INT in the curated seed. */
export const WORLD_ID = 'syn-j-int';

export interface SynthGraph {
  nodes: NodeRow[];
  edges: EdgeRow[];
  /** Ids the benchmarks pick from, by role. */
  ids: {
    national: string[];
    subnational: string[];
    bodies: string[];
    technologies: string[];
    /** Technologies by depth in the taxonomy (0 = root). */
    techDepth: Record<string, number>;
    actors: string[];
    instruments: string[];
  };
}

const REGIONS: readonly [string, readonly string[], number][] = [
  ['Africa', ['Northern Africa', 'Western Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa'], 54],
  ['Americas', ['Caribbean', 'Central America', 'South America', 'Northern America'], 35],
  ['Asia', ['Western Asia', 'Central Asia', 'Southern Asia', 'Eastern Asia', 'South-eastern Asia'], 48],
  ['Europe', ['Northern Europe', 'Western Europe', 'Southern Europe', 'Eastern Europe'], 44],
  ['Oceania', ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'], 14],
];

const SYLLABLES = ['ka', 'lo', 'ri', 'va', 'ne', 'to', 'sa', 'mi', 'dor', 'lan', 'mar', 'tel', 'vos', 'quin', 'bel'];
const SYLLABLES2 = ['zar', 'ia', 'on', 'ea', 'und', 'esk', 'ora', 'im', 'ast', 'el', 'ur', 'ova', 'ith', 'an'];

const TECH_FAMILIES: readonly [string, string][] = [
  ['Biometric identification', 'Identification biométrique'],
  ['Video surveillance', 'Vidéosurveillance'],
  ['Communications interception', 'Interception des communications'],
  ['Location tracking', 'Suivi de localisation'],
  ['Spyware and intrusion', 'Logiciels espions et intrusion'],
  ['Data analytics', 'Analyse de données'],
  ['Emotion recognition', 'Reconnaissance des émotions'],
  ['Access control', "Contrôle d'accès"],
  ['Aerial sensors', 'Capteurs aériens'],
  ['Open-source intelligence', 'Renseignement de source ouverte'],
];
const TECH_MODIFIERS = [
  'remote',
  'real-time',
  'retrospective',
  'mobile',
  'covert',
  'networked',
  'AI-assisted',
  'wide-area',
  'handheld',
  'cloud-based',
  'predictive',
  'automated',
];
const TOPICS = [
  'Facial Recognition',
  'Biometric Data',
  'Video Surveillance',
  'Data Protection',
  'Interception of Communications',
  'Spyware',
  'Export of Surveillance Items',
  'Private Security Services',
  'Artificial Intelligence',
  'Public Order Cameras',
  'Location Data',
  'Cybersecurity',
];
const RIGHT_NAMES = [
  'Privacy',
  'Freedom of expression',
  'Freedom of assembly',
  'Freedom of association',
  'Non-discrimination',
  'Right to defend rights',
  'Effective remedy',
  'Data protection',
  'Liberty and security',
  'Freedom of movement',
  'Fair trial',
  'Life',
  'Human dignity',
  'Freedom of thought',
  'Presumption of innocence',
  'Rights of the child',
  'Work',
  'Health',
  'Property',
  'Participation in public affairs',
];

const SOFT_KINDS = new Set<InstrumentKind>([
  'resolution',
  'declaration',
  'code_of_conduct',
  'standard',
  'guidance',
  'policy',
]);
const ACTOR_KINDS_WEIGHTED: readonly [ActorKind, number][] = [
  ['client_company', 30],
  ['private_security_company', 20],
  ['state_agency', 20],
  ['vendor', 15],
  ['ngo', 5],
  ['hrd_group', 3],
  ['academic', 3],
  ['industry_association', 2],
  ['multistakeholder_initiative', 1],
  ['intergovernmental_body', 1],
];

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const TODAY = dayOf('2025-06-30');

type Data = Record<string, unknown>;

/** The raw entity blocks (as a seed file would hold them) for one size. */
export function generateBlocks(size: SynthSize, seed = 1): RawBlock[] {
  const rng = new Rng(seed);
  const blocks: RawBlock[] = [];
  const add = (label: NodeLabel, data: Data) => {
    const line = blocks.length + 1;
    blocks.push({ label, data, at: () => ({ file: `synthetic/${label}`, line, column: 1 }) });
    return data;
  };
  const word = () =>
    (rng.pick(SYLLABLES) + rng.pick(SYLLABLES) + (rng.chance(0.5) ? rng.pick(SYLLABLES2) : '')).replace(/^./, (c) =>
      c.toUpperCase(),
    );
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const between = (lo: number, hi: number) => rng.int(lo, Math.max(lo, hi));

  // --- sources -----------------------------------------------------------------------------------
  const sourceIds: string[] = [];
  for (let i = 0; i < size.sources; i++) {
    const id = `syn-src-${pad(i, 5)}`;
    const data: Data = {
      id,
      name: `${word()} ${rng.pick(['report', 'official journal', 'study', 'press release', 'gazette'])} on ${rng.pick(TOPICS).toLowerCase()} no. ${i}`,
      publisher: `${word()} ${rng.pick(['Institute', 'Ministry', 'Observatory', 'Press', 'Commission'])}`,
      url: `https://example.org/lacuna-synthetic/sources/${i}`,
      language: rng.weighted(['en', 'fr', 'es', 'de', 'ar', rng.pick(LANGUAGES)], [60, 15, 10, 5, 5, 5]),
      date: isoOf(between(dayOf('1995-01-01'), TODAY)),
    };
    if (i > 0 && rng.chance(0.03)) data.translationOf = [rng.pick(sourceIds)];
    sourceIds.push(id);
    add('Source', data);
  }
  const sourceZipf = new Zipf(rng.shuffle(sourceIds), 0.8);
  const cite = () => (rng.chance(0.3) ? sourceZipf.drawDistinct(rng, 2) : [sourceZipf.draw(rng)]);

  // --- rights ------------------------------------------------------------------------------------
  const rightIds = RIGHT_NAMES.map((name, i) => {
    const id = `syn-r-${pad(i, 2)}`;
    add('Right', { id, name: `${name} (synthetic)`, provision: `Art. ${i + 1}`, sources: cite() });
    return id;
  });
  const rightZipf = new Zipf(rightIds, 1);

  // --- technology taxonomy: a DAG whose parents always have a smaller index -----------------------
  const techIds: string[] = [];
  const techDepth: Record<string, number> = {};
  const techFamily: number[] = [];
  const techData: Data[] = [];
  const addTech = (name: string, nameFr: string | undefined, parents: string[], family: number, depth: number) => {
    const id = `syn-t-${pad(techIds.length, 3)}`;
    const risk = Math.min(5, Math.max(1, Math.round(2 + depth * 0.4 + rng.float() * 2)));
    const data: Data = {
      id,
      name,
      riskLevel: risk,
      riskReason: `Synthetic risk level ${risk}.`,
      subtypeOf: parents,
      threatens: rightZipf.drawDistinct(rng, rng.int(1, 3)).map((to) => ({ to, reason: 'Synthetic.' })),
      sources: cite(),
    };
    if (nameFr) data.nameFr = nameFr;
    techIds.push(id);
    techDepth[id] = depth;
    techFamily.push(family);
    techData.push(data);
    add('Technology', data);
    return id;
  };
  const root = addTech(
    'Surveillance technologies (synthetic)',
    'Technologies de surveillance (synthétique)',
    [],
    -1,
    0,
  );
  const familyRoots = TECH_FAMILIES.map(([en, fr], f) => addTech(en, fr, [root], f, 1));
  // Four deep families grow chains (depth up to 9); six shallow ones stay two or three levels deep.
  const deep = new Set([0, 2, 4, 5]);
  while (techIds.length < TECHNOLOGIES) {
    const f = rng.weighted(
      TECH_FAMILIES.map((_, i) => i),
      TECH_FAMILIES.map((_, i) => (deep.has(i) ? 3 : 1)),
    );
    const members = techIds.filter((_, i) => techFamily[i] === f);
    let parent: string;
    if (deep.has(f)) {
      const open = members.filter((m) => (techDepth[m] ?? 0) < 9);
      // Prefer the deepest open member: long chains, the shape that stresses ancestor walks.
      open.sort((a, b) => (techDepth[b] ?? 0) - (techDepth[a] ?? 0));
      parent = rng.chance(0.6) ? nth(open, 0) : rng.pick(open);
    } else {
      const shallow = members.filter((m) => (techDepth[m] ?? 0) <= 2);
      parent = rng.chance(0.7) ? nth(familyRoots, f) : rng.pick(shallow);
    }
    const depth = (techDepth[parent] ?? 0) + 1;
    const parents = [parent];
    // A few technologies belong to two families (e.g. biometric emotion recognition).
    if (rng.chance(0.08)) {
      const other = rng.pick(techIds.slice(1));
      if (!parents.includes(other)) parents.push(other);
    }
    const base = nth(TECH_FAMILIES, f)[0].toLowerCase();
    addTech(`${rng.pick(TECH_MODIFIERS)} ${base}, type ${techIds.length}`, undefined, parents, f, depth);
  }
  const specificTech = new Zipf(rng.shuffle(techIds.slice(1)), 0.8);
  const broadTech = [root, ...familyRoots];

  // --- jurisdictions -----------------------------------------------------------------------------
  add('Jurisdiction', {
    id: WORLD_ID,
    name: 'International (synthetic)',
    nameFr: 'International (synthétique)',
    level: 'international',
    sources: cite(),
  });
  const bodyIds: string[] = [];
  const bodyRegion: (string | undefined)[] = [];
  for (let b = 0; b < BODIES; b++) {
    const id = `syn-j-b${pad(b, 2)}`;
    const region = b < REGIONS.length ? nth(REGIONS, b)[0] : undefined;
    bodyIds.push(id);
    bodyRegion.push(region);
    add('Jurisdiction', {
      id,
      name: `${rng.pick(['Union', 'Council', 'Community', 'League', 'Organisation'])} of ${region ?? word()} (synthetic)`,
      level: 'supranational',
      ...(region ? { region } : {}),
      sources: cite(),
    });
  }
  const nationalIds: string[] = [];
  const nationalName = new Map<string, string>();
  const members = new Map<string, string[]>(bodyIds.map((b) => [b, []]));
  let n = 0;
  for (const [region, subregions, count] of REGIONS) {
    const share = Math.round((count / 195) * NATIONAL);
    for (let k = 0; k < share && n < NATIONAL; k++, n++) {
      const id = `syn-j-n${pad(n, 3)}`;
      const name = `Republic of ${word()}`;
      const memberOf: Data[] = [];
      bodyIds.forEach((body, b) => {
        const regional = bodyRegion[b] === region;
        if (!(regional ? rng.chance(0.7) : bodyRegion[b] === undefined && rng.chance(0.15))) return;
        const since = between(dayOf('1950-01-01'), dayOf('2020-12-31'));
        const edge: Data = { to: body, since: isoOf(since) };
        // Some states left (as the UK left the EU).
        if (rng.chance(0.06)) edge.until = isoOf(between(since + 365, TODAY - 30));
        else members.get(body)?.push(id);
        memberOf.push(edge);
      });
      const data: Data = {
        id,
        name,
        level: 'national',
        region,
        subregion: rng.pick(subregions),
        m49: pad(n + 1, 3),
        partOf: [WORLD_ID],
        sources: cite(),
      };
      if (rng.chance(0.3)) data.nameFr = `République de ${name.slice(12)}`;
      if (rng.chance(0.2)) data.aliases = [name.slice(12).slice(0, 3).toUpperCase()];
      if (memberOf.length > 0) data.memberOf = memberOf;
      nationalIds.push(id);
      nationalName.set(id, name);
      add('Jurisdiction', data);
    }
  }
  const nationalZipf = new Zipf(rng.shuffle(nationalIds), 1);
  const subnationalIds: string[] = [];
  const homeOfSub = new Map<string, string>();
  const statesWithUnits = new Zipf(rng.shuffle(nationalIds), 1.1);
  for (let i = 0; i < size.subnational; i++) {
    const id = `syn-j-s${pad(i, 4)}`;
    const state = statesWithUnits.draw(rng);
    homeOfSub.set(id, state);
    subnationalIds.push(id);
    add('Jurisdiction', {
      id,
      name: `${word()} ${rng.pick(['Province', 'State', 'Region', 'Canton'])}`,
      level: 'subnational',
      partOf: [state],
      sources: cite(),
    });
  }
  const subnationalZipf = new Zipf(rng.shuffle(subnationalIds), 0.9);
  const localIds: string[] = [];
  for (let i = 0; i < size.local; i++) {
    const id = `syn-j-l${pad(i, 4)}`;
    localIds.push(id);
    add('Jurisdiction', {
      id,
      name: `City of ${word()}`,
      level: 'local',
      partOf: [subnationalZipf.draw(rng)],
      sources: cite(),
    });
  }

  // --- instruments -------------------------------------------------------------------------------
  const obligationIds = Array.from({ length: size.obligations }, (_, i) => `syn-o-${pad(i, 4)}`);
  const obligationZipf = obligationIds.length > 0 ? new Zipf(obligationIds, 0.9) : undefined;
  const instrumentIds: string[] = [];
  const internationalIds: string[] = [];
  const softInternational: string[] = [];
  const byHome = new Map<string, number[]>();
  const instruments: { data: Data; status: InstrumentStatus; kind: InstrumentKind; home: string }[] = [];
  const statuses: InstrumentStatus[] = [
    'in_force',
    'partially_in_force',
    'adopted',
    'proposed',
    'repealed',
    'superseded',
    'struck_down',
    'expired',
  ];
  const statusWeights = [72, 3, 5, 5, 8, 4, 1.5, 1.5];
  const bindingModes: RegulationMode[] = [
    'general',
    'safeguards',
    'restriction',
    'transparency',
    'licence',
    'export_control',
    'ban',
    'moratorium',
  ];
  const bindingModeWeights = [30, 18, 15, 10, 8, 6, 8, 5];
  const softModes: RegulationMode[] = ['safeguards', 'transparency', 'general', 'ban', 'moratorium'];
  const softModeWeights = [40, 20, 20, 10, 10];
  const actorSets: ActorClass[][] = [['all'], ['public'], ['law_enforcement'], ['private'], ['public', 'private']];

  for (let i = 0; i < size.instruments; i++) {
    const id = `syn-i-${pad(i, 6)}`;
    const roll = rng.float();
    let home: string;
    let level: 'international' | 'supranational' | 'national' | 'subnational';
    let kind: InstrumentKind;
    if (roll < 0.015) {
      level = 'international';
      home = WORLD_ID;
      kind = rng.weighted<InstrumentKind>(
        ['treaty', 'resolution', 'declaration', 'code_of_conduct', 'standard', 'guidance'],
        [30, 25, 15, 10, 10, 10],
      );
    } else if (roll < 0.06) {
      level = 'supranational';
      home = rng.weighted(
        bodyIds,
        bodyIds.map((_, b) => 1 / (b + 1)),
      );
      kind = rng.weighted<InstrumentKind>(
        ['regulation', 'directive', 'treaty', 'guidance', 'resolution', 'standard'],
        [35, 25, 10, 15, 10, 5],
      );
    } else if (roll < 0.66) {
      level = 'national';
      home = nationalZipf.draw(rng);
      kind = rng.weighted<InstrumentKind>(
        [
          'law',
          'regulation',
          'decree',
          'executive_order',
          'court_ruling',
          'constitution',
          'policy',
          'guidance',
          'standard',
          'code_of_conduct',
        ],
        [45, 20, 10, 3, 7, 1, 4, 6, 2, 2],
      );
    } else {
      level = 'subnational';
      home = localIds.length > 0 && rng.chance(0.1) ? rng.pick(localIds) : subnationalZipf.draw(rng);
      kind = rng.weighted<InstrumentKind>(
        ['law', 'regulation', 'ordinance', 'executive_order', 'guidance', 'policy'],
        [40, 20, 25, 5, 5, 5],
      );
    }
    const binding = !SOFT_KINDS.has(kind);
    const status = rng.weighted(statuses, statusWeights);
    const ended = ['repealed', 'superseded', 'struck_down', 'expired'].includes(status);
    const data: Data = { id, kind, binding, status, sources: cite() };
    let inForce: number | undefined;
    if (status === 'adopted') {
      data.adopted = isoOf(between(dayOf('2023-01-01'), TODAY));
      inForce = between(TODAY + 30, TODAY + 900);
    } else if (status !== 'proposed') {
      const adopted = between(dayOf('1985-01-01'), ended ? dayOf('2018-12-31') : TODAY - 400);
      data.adopted = isoOf(adopted);
      inForce = Math.min(TODAY - 1, adopted + rng.int(0, 730));
      if (ended) data.repealed = isoOf(between(inForce + 200, Math.min(TODAY, inForce + 6 * 365)));
    }
    if (inForce !== undefined) data.inForce = isoOf(inForce);
    const year = (data.adopted as string | undefined)?.slice(0, 4) ?? 'draft';
    const topic = rng.pick(TOPICS);
    const where = nationalName.get(home) ?? (level === 'international' ? 'the International Community' : word());
    const kindWord = kind.replace(/_/g, ' ');
    data.name = `${topic} ${kindWord[0]?.toUpperCase()}${kindWord.slice(1)} of ${where} (${year})`;
    data.citation = `${kindWord} no. ${year}-${i}`;
    if (rng.chance(0.25)) data.nameFr = `${kindWord} sur ${topic.toLowerCase()} (${year})`;
    if (rng.chance(0.2)) data.aliases = [topic.replace(/[^A-Z]/g, '') + 'A-' + (i % 1000)];
    if (rng.chance(0.5)) data.url = `https://example.org/lacuna-synthetic/instruments/${i}`;
    if (rng.chance(0.3)) data.summary = `A synthetic ${kindWord} about ${topic.toLowerCase()}.`;

    // Where it applies: at home; some supranational law also reaches abroad (as the GDPR does).
    const appliesIn: Data[] = [{ to: home, scope: 'territorial' }];
    const first = appliesIn[0] as Data;
    if (inForce !== undefined && rng.chance(0.02)) first.from = isoOf(inForce + rng.int(200, 800));
    if (level === 'supranational' && binding && rng.chance(0.1))
      appliesIn.push({ to: WORLD_ID, scope: 'extraterritorial', locator: 'Art. 3(2)' });
    data.appliesIn = appliesIn;

    // What it does to which technologies.
    const count = rng.weighted([1, 2, 3, 4, 5, 6, 8], [20, 22, 20, 14, 10, 8, 6]);
    const regulates: Data[] = [];
    const targets = new Set<string>();
    for (let r = 0; r < count; r++) {
      const mode = binding ? rng.weighted(bindingModes, bindingModeWeights) : rng.weighted(softModes, softModeWeights);
      const to = mode === 'general' && rng.chance(0.8) ? rng.pick(broadTech) : specificTech.draw(rng);
      if (targets.has(to)) continue;
      targets.add(to);
      let activities: Activity[];
      if (mode === 'export_control') activities = rng.chance(0.5) ? ['export'] : ['sale', 'export'];
      else {
        activities = ACTIVITIES.filter((a) => (a === 'use' ? rng.chance(0.75) : rng.chance(0.3)));
        if (activities.length === 0) activities = ['use'];
      }
      const edge: Data = { to, mode, activities, actorsCovered: rng.pick(actorSets) };
      if (rng.chance(0.6)) edge.provision = `Art. ${rng.int(1, 120)}`;
      if ((mode === 'ban' || mode === 'restriction') && rng.chance(0.05)) edge.condition = 'in schools and workplaces';
      let from: number | undefined;
      if (inForce !== undefined && (status === 'partially_in_force' ? rng.chance(0.5) : rng.chance(0.12))) {
        from = status === 'partially_in_force' ? between(TODAY + 30, TODAY + 700) : inForce + rng.int(365, 3 * 365);
        edge.from = isoOf(from);
      }
      if (inForce !== undefined && rng.chance(0.03)) edge.until = isoOf((from ?? inForce) + rng.int(2 * 365, 6 * 365));
      if (rng.chance(0.2)) {
        edge.sources = [sourceZipf.draw(rng)];
        edge.quote = 'A synthetic quote.';
      }
      regulates.push(edge);
    }
    data.regulates = regulates;
    if (rng.chance(0.7)) {
      data.protects = rightZipf
        .drawDistinct(rng, rng.int(1, 3))
        .map((to) => (rng.chance(0.3) ? { to, provision: `Art. ${rng.int(1, 40)}` } : to));
    }
    if (obligationZipf && (level === 'international' ? rng.chance(0.2) : binding && rng.chance(0.08)))
      data.implements = [obligationZipf.draw(rng)];

    // Earlier law at home that this one amends.
    const earlier = byHome.get(home) ?? [];
    if (earlier.length > 0 && rng.chance(0.05)) data.amends = [nth(instrumentIds, rng.pick(earlier))];
    earlier.push(i);
    byHome.set(home, earlier);
    instrumentIds.push(id);
    if (level === 'international') {
      internationalIds.push(id);
      if (!binding) softInternational.push(id);
    }
    if (level === 'supranational') internationalIds.push(id);

    // Parties: international treaties and half the international soft law; body treaties among members.
    const parties =
      level === 'international' && (kind === 'treaty' || rng.chance(0.5))
        ? rng.sample(nationalIds, rng.int(10, 230))
        : level === 'supranational' && kind === 'treaty'
          ? rng.sample(members.get(home) ?? [], rng.int(3, 40))
          : [];
    if (parties.length > 0) {
      const start = data.adopted ? dayOf(data.adopted as string) : TODAY - 365;
      data.parties = parties.map((from) => {
        const since = between(start, Math.max(start, TODAY - 10));
        const edge: Data = { from, since: isoOf(since) };
        if (rng.chance(0.04) && since < TODAY - 400) edge.until = isoOf(between(since + 200, TODAY - 1));
        return edge;
      });
    }
    instruments.push({ data, status, kind, home });
    add('Instrument', data);
  }
  // Later law at the same home supersedes, and later rulings annul, what ended that way.
  instruments.forEach((inst, i) => {
    if (inst.status !== 'superseded' && inst.status !== 'struck_down') return;
    const later = (byHome.get(inst.home) ?? []).filter(
      (j) => j > i && (inst.status === 'superseded' || nth(instruments, j).kind === 'court_ruling'),
    );
    if (later.length === 0) return;
    const by = nth(instruments, rng.pick(later)).data;
    const key = inst.status === 'superseded' ? 'supersedes' : 'annuls';
    by[key] = [...((by[key] as string[] | undefined) ?? []), inst.data.id as string];
  });

  // --- obligations -------------------------------------------------------------------------------
  for (const id of obligationIds) {
    const requiredMode = rng.chance(0.7)
      ? rng.weighted<RegulationMode>(
          ['ban', 'moratorium', 'safeguards', 'licence', 'restriction', 'transparency'],
          [20, 10, 35, 10, 15, 10],
        )
      : undefined;
    const data: Data = {
      id,
      name: `Duty to regulate ${rng.pick(TOPICS).toLowerCase()} (${id})`,
      dutyBearer: rng.chance(0.75) ? 'state' : 'business',
      text: 'States should ensure that the technology is used only with safeguards.',
      activities: rng.chance(0.6) ? ['use'] : ['use', 'sale'],
      derivedFrom: rng.sample(internationalIds.length > 0 ? internationalIds : instrumentIds, rng.int(1, 2)),
      concerns: specificTech.drawDistinct(rng, rng.int(1, 3)),
      protects: rightZipf.drawDistinct(rng, rng.int(1, 2)),
      sources: cite(),
    };
    if (requiredMode) data.requiredMode = requiredMode;
    add('Obligation', data);
  }

  // --- actors ------------------------------------------------------------------------------------
  const actorIds: string[] = [];
  const actorKinds: ActorKind[] = [];
  for (let i = 0; i < size.actors; i++) {
    actorIds.push(`syn-a-${pad(i, 5)}`);
    actorKinds.push(
      rng.weighted(
        ACTOR_KINDS_WEIGHTED.map(([k]) => k),
        ACTOR_KINDS_WEIGHTED.map(([, w]) => w),
      ),
    );
  }
  const ofKind = (...kinds: ActorKind[]) => actorIds.filter((_, i) => kinds.includes(nth(actorKinds, i)));
  const providers = ofKind('private_security_company', 'vendor');
  const clients = ofKind('client_company');
  const initiatives = ofKind('multistakeholder_initiative', 'industry_association');
  const jurisdictionPick = () =>
    subnationalIds.length > 0 && rng.chance(0.2) ? subnationalZipf.draw(rng) : nationalZipf.draw(rng);
  const dated = (edge: Data, pSince: number, pUntil: number) => {
    if (!rng.chance(pSince)) return edge;
    const since = between(dayOf('2000-01-01'), TODAY - 400);
    edge.since = isoOf(since);
    if (rng.chance(pUntil)) edge.until = isoOf(between(since + 100, TODAY - 1));
    return edge;
  };
  actorIds.forEach((id, i) => {
    const kind = nth(actorKinds, i);
    const data: Data = {
      id,
      name: `${word()} ${rng.pick(['Security', 'Systems', 'Group', 'Holdings', 'Agency', 'Watch', 'Technologies'])} ${i}`,
      kind,
      headquarteredIn: [kind === 'intergovernmental_body' ? rng.pick([WORLD_ID, ...bodyIds]) : nationalZipf.draw(rng)],
      sources: cite(),
    };
    if (kind === 'private_security_company' || kind === 'client_company' || kind === 'vendor') {
      const places = new Set<string>();
      const want = rng.weighted([1, 2, 3, 4, 6, 10], [25, 20, 20, 15, 12, 8]);
      for (let k = 0; k < want; k++) places.add(jurisdictionPick());
      data.operatesIn = [...places].map((to) => dated({ to }, 0.6, 0.1));
    }
    if (kind === 'client_company' && providers.length > 0)
      data.clientOf = rng.sample(providers, rng.int(1, 3)).map((to) => dated({ to }, 0.5, 0.15));
    if (kind === 'vendor') data.supplies = specificTech.drawDistinct(rng, rng.int(1, 5));
    if (kind === 'private_security_company' && initiatives.length > 0 && rng.chance(0.15))
      data.memberOf = [dated({ to: rng.pick(initiatives), role: 'member' }, 0.8, 0.1)];
    if (softInternational.length > 0 && kind !== 'state_agency' && rng.chance(0.05))
      data.signatoryOf = [dated({ to: rng.pick(softInternational) }, 0.9, 0)];
    add('Actor', data);
  });

  // --- deployments -------------------------------------------------------------------------------
  const deployers = new Zipf(
    rng.shuffle(ofKind('private_security_company', 'vendor', 'state_agency', 'client_company')),
    0.9,
  );
  const clientZipf = clients.length > 0 ? new Zipf(rng.shuffle(clients), 0.9) : undefined;
  const activities: Activity[] = ['use', 'sale', 'export', 'development', 'data_processing'];
  for (let i = 0; i < size.deployments; i++) {
    const activity = rng.weighted(activities, [70, 15, 10, 3, 2]);
    const data: Data = {
      id: `syn-d-${pad(i, 5)}`,
      name: `Deployment ${i} (${activity})`,
      activity,
      actor: deployers.draw(rng),
      technology: specificTech.draw(rng),
      jurisdiction:
        rng.chance(0.75) || subnationalIds.length === 0 ? nationalZipf.draw(rng) : subnationalZipf.draw(rng),
      sources: cite(),
    };
    if (rng.chance(0.8)) {
      const since = between(dayOf('2005-01-01'), TODAY - 30);
      data.since = isoOf(since);
      if (rng.chance(0.1)) data.until = isoOf(between(since + 30, TODAY));
    }
    if (clientZipf && rng.chance(0.3)) data.client = [clientZipf.draw(rng)];
    add('Deployment', data);
  }
  return blocks;
}

export class SynthInvalidError extends Error {}

/** Generates and validates one size; throws if the validator finds any problem (a generator bug). */
export function generateGraph(size: SizeName | SynthSize, seed = 1): SynthGraph {
  const spec = typeof size === 'string' ? SIZES[size] : size;
  const blocks = generateBlocks(spec, seed);
  const { nodes, edges, problems } = validateBlocks(blocks);
  if (problems.length > 0) {
    const shown = problems
      .slice(0, 10)
      .map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)
      .join('\n');
    throw new SynthInvalidError(`the synthetic graph has ${problems.length} problem(s):\n${shown}`);
  }
  const byLevel = (level: string) =>
    nodes.filter((n) => n.label === 'Jurisdiction' && n.props.level === level).map((n) => n.id);
  const technologies = nodes.filter((n) => n.label === 'Technology').map((n) => n.id);
  const depth: Record<string, number> = {};
  const parents = new Map<string, string[]>();
  for (const e of edges) if (e.type === 'SUBTYPE_OF') parents.set(e.from, [...(parents.get(e.from) ?? []), e.to]);
  const depthOf = (id: string): number =>
    (depth[id] ??= Math.max(0, ...(parents.get(id) ?? []).map((p) => depthOf(p) + 1)));
  technologies.forEach(depthOf);
  return {
    nodes,
    edges,
    ids: {
      national: byLevel('national'),
      subnational: byLevel('subnational'),
      bodies: byLevel('supranational'),
      technologies,
      techDepth: depth,
      actors: nodes.filter((n) => n.label === 'Actor').map((n) => n.id),
      instruments: nodes.filter((n) => n.label === 'Instrument').map((n) => n.id),
    },
  };
}

/** Counts per label and relationship type, for reports. */
export function graphStats(graph: Pick<SynthGraph, 'nodes' | 'edges'>): {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
} {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const n of graph.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
  for (const e of graph.edges) relationships[e.type] = (relationships[e.type] ?? 0) + 1;
  return { nodes, relationships };
}
