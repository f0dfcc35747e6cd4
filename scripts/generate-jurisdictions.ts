/**
 * Generates data/seed/jurisdictions/countries.yaml: every UN member state (193) plus the two non-member
 * observer states (Holy See, State of Palestine), one Jurisdiction block each.
 *
 *   pnpm exec tsx scripts/generate-jurisdictions.ts            # write the file
 *   pnpm exec tsx scripts/generate-jurisdictions.ts --check    # fail if the file on disk is stale
 *
 * Where each value comes from:
 * - ISO 3166-1 alpha-2 (id), ISO/M49 numeric code, UN membership, English and French names: the
 *   `world-countries` npm package (mledoze/countries), with `i18n-iso-countries` for extra aliases.
 *   Its `unMember` flag wrongly marks the Holy See (an observer state), which is corrected below.
 * - UN M49 region and subregion: `world-countries` region/subregion, mapped to the UNSD M49 names and
 *   corrected where the package departs from M49 (M49_OVERRIDES). `subregion` is the most specific M49
 *   grouping: the M49 intermediate region where one exists (e.g. Western Africa, Caribbean), else the
 *   M49 sub-region (e.g. Western Europe). Every value is checked against the M49 names below.
 * - EU and Council of Europe membership: the small, sourced tables EU_MEMBERSHIP and COE_MEMBERSHIP in
 *   this file; each row names the Source ids (data/seed/sources/jurisdictions.yaml) that verify it.
 *
 * Country blocks must not be edited by hand: change this script and run it again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import i18n from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
/** The package's CommonJS entry exports the array itself. */
const countries = require('world-countries') as Country[];
i18n.registerLocale(require('i18n-iso-countries/langs/en.json'));
i18n.registerLocale(require('i18n-iso-countries/langs/fr.json'));

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data/seed/jurisdictions/countries.yaml');

// ---------------------------------------------------------------------------------------------------
// UN M49 geography
// ---------------------------------------------------------------------------------------------------

/** UN M49 names (regions; sub-regions and intermediate regions used as `subregion`). */
const M49_SUBREGIONS: Readonly<Record<string, readonly string[]>> = {
  Africa: ['Northern Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa'],
  Americas: ['Caribbean', 'Central America', 'South America', 'Northern America'],
  Asia: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  Europe: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  Oceania: ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'],
};

/** `world-countries` subregion names that are M49 names spelt differently. */
const SUBREGION_RENAMES: Readonly<Record<string, string>> = {
  'South-Eastern Asia': 'South-eastern Asia',
  'North America': 'Northern America',
};

/**
 * States whose M49 grouping differs from `world-countries` (which uses "Central Europe" and
 * "Southeast Europe", puts Cyprus in Europe, Mexico in North America and South Sudan in Middle Africa).
 * Checked against the UNSD M49 overview table (src-un-m49).
 */
const M49_OVERRIDES: Readonly<Record<string, { region: string; subregion: string }>> = {
  // "Central Europe" in world-countries
  AT: { region: 'Europe', subregion: 'Western Europe' },
  CZ: { region: 'Europe', subregion: 'Eastern Europe' },
  HU: { region: 'Europe', subregion: 'Eastern Europe' },
  PL: { region: 'Europe', subregion: 'Eastern Europe' },
  SI: { region: 'Europe', subregion: 'Southern Europe' },
  SK: { region: 'Europe', subregion: 'Eastern Europe' },
  // "Southeast Europe" in world-countries
  AL: { region: 'Europe', subregion: 'Southern Europe' },
  BA: { region: 'Europe', subregion: 'Southern Europe' },
  BG: { region: 'Europe', subregion: 'Eastern Europe' },
  HR: { region: 'Europe', subregion: 'Southern Europe' },
  ME: { region: 'Europe', subregion: 'Southern Europe' },
  MK: { region: 'Europe', subregion: 'Southern Europe' },
  RO: { region: 'Europe', subregion: 'Eastern Europe' },
  RS: { region: 'Europe', subregion: 'Southern Europe' },
  // placed elsewhere by world-countries
  CY: { region: 'Asia', subregion: 'Western Asia' },
  MX: { region: 'Americas', subregion: 'Central America' },
  SS: { region: 'Africa', subregion: 'Eastern Africa' },
};

// ---------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------

/** English short names where the package's common name is informal (UN usage instead). */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  CD: 'Democratic Republic of the Congo',
  CI: "Côte d'Ivoire",
  CV: 'Cabo Verde',
  PS: 'State of Palestine',
  VA: 'Holy See',
};

/** French names where the package's French common name is dated or informal. */
const NAME_FR_OVERRIDES: Readonly<Record<string, string>> = {
  CD: 'République démocratique du Congo',
  CV: 'Cabo Verde',
  MM: 'Myanmar',
  MU: 'Maurice',
  PS: 'État de Palestine',
  PW: 'Palaos',
  SA: 'Arabie saoudite',
  SR: 'Suriname',
  SV: 'El Salvador',
  SZ: 'Eswatini',
  TL: 'Timor-Leste',
  VA: 'Saint-Siège',
};

/** Non-member observer states of the UN included besides the 193 members. */
const OBSERVER_STATES = ['VA', 'PS'] as const;

// ---------------------------------------------------------------------------------------------------
// Memberships
// ---------------------------------------------------------------------------------------------------

interface Membership {
  since: string;
  until?: string;
  sources: readonly string[];
  quote?: string;
}

/**
 * European Union membership, dated from entry into the European Communities. The six founding states
 * are dated from 1958-01-01, the entry into force of the Treaty of Rome (EEC), as the EU's own list of
 * member countries does ("Year of entry 01/01/1958"); every later accession is the date that list gives.
 * The United Kingdom left on 31 January 2020 (src-eu-countries; src-ec-6-to-27-members: "As of 1st of
 * February 2020 the United Kingdom is no longer part of the European Union"). `until` is exclusive (the
 * first day the membership no longer holds), so the UK row ends on 2020-02-01.
 */
const EU_SRC = ['src-eu-countries'] as const;
const EU_MEMBERSHIP: Readonly<Record<string, readonly Membership[]>> = {
  BE: [{ since: '1958-01-01', sources: EU_SRC }],
  DE: [{ since: '1958-01-01', sources: EU_SRC }],
  FR: [{ since: '1958-01-01', sources: EU_SRC }],
  IT: [{ since: '1958-01-01', sources: EU_SRC }],
  LU: [{ since: '1958-01-01', sources: EU_SRC }],
  NL: [{ since: '1958-01-01', sources: EU_SRC }],
  DK: [{ since: '1973-01-01', sources: EU_SRC }],
  IE: [{ since: '1973-01-01', sources: EU_SRC }],
  GB: [
    {
      since: '1973-01-01',
      until: '2020-02-01',
      sources: ['src-eu-countries', 'src-ec-6-to-27-members'],
      quote: 'United Kingdom (left on 31 January 2020)',
    },
  ],
  GR: [{ since: '1981-01-01', sources: EU_SRC }],
  ES: [{ since: '1986-01-01', sources: EU_SRC }],
  PT: [{ since: '1986-01-01', sources: EU_SRC }],
  AT: [{ since: '1995-01-01', sources: EU_SRC }],
  FI: [{ since: '1995-01-01', sources: EU_SRC }],
  SE: [{ since: '1995-01-01', sources: EU_SRC }],
  CY: [{ since: '2004-05-01', sources: EU_SRC }],
  CZ: [{ since: '2004-05-01', sources: EU_SRC }],
  EE: [{ since: '2004-05-01', sources: EU_SRC }],
  HU: [{ since: '2004-05-01', sources: EU_SRC }],
  LT: [{ since: '2004-05-01', sources: EU_SRC }],
  LV: [{ since: '2004-05-01', sources: EU_SRC }],
  MT: [{ since: '2004-05-01', sources: EU_SRC }],
  PL: [{ since: '2004-05-01', sources: EU_SRC }],
  SI: [{ since: '2004-05-01', sources: EU_SRC }],
  SK: [{ since: '2004-05-01', sources: EU_SRC }],
  BG: [{ since: '2007-01-01', sources: EU_SRC }],
  RO: [{ since: '2007-01-01', sources: EU_SRC }],
  HR: [{ since: '2013-07-01', sources: EU_SRC }],
};

/**
 * Council of Europe membership: date of accession as given by the Council of Europe's list of member
 * states (src-coe-members), each row verified against the source(s) named with it. Andorra is a
 * member but is left out: the dates found for its accession disagree (10 October vs 10 November 1994).
 * `until` is exclusive: Greece's withdrawal on 12 December 1969 and Russia's expulsion "immediately"
 * on 16 March 2022 make those days the first on which membership no longer held.
 */
const COE = 'src-coe-members';
const HREA = 'src-hrea-coe-members';
const coe = (since: string, ...sources: string[]): Membership[] => [{ since, sources: [COE, ...sources] }];
const COE_MEMBERSHIP: Readonly<Record<string, readonly Membership[]>> = {
  BE: coe('1949-05-05', HREA),
  DK: coe('1949-05-05', HREA),
  FR: coe('1949-05-05', HREA),
  IE: coe('1949-05-05', HREA),
  IT: coe('1949-05-05', HREA),
  LU: coe('1949-05-05', HREA),
  NL: coe('1949-05-05', HREA),
  NO: coe('1949-05-05', HREA),
  SE: coe('1949-05-05', HREA),
  GB: coe('1949-05-05', HREA),
  GR: [
    {
      since: '1949-08-09',
      until: '1969-12-12',
      sources: [COE, 'src-coe70-greece-withdraws'],
      quote: 'Withdrew from Council membership on 12 December 1969',
    },
    { since: '1974-11-28', sources: [COE, 'src-coe70-greece-rejoins'], quote: '28 November 1974 Greece re-joins' },
  ],
  TR: coe('1949-08-09', 'src-coe-turkey-factsheet'),
  IS: coe('1950-03-07'),
  DE: coe('1950-07-13', HREA),
  AT: coe('1956-04-16', HREA),
  CY: coe('1961-05-24', HREA),
  CH: coe('1963-05-06', HREA),
  MT: coe('1965-04-29', HREA),
  PT: coe('1976-09-22', HREA),
  ES: coe('1977-11-24', HREA),
  LI: coe('1978-11-23', HREA),
  SM: coe('1988-11-16', HREA),
  FI: coe('1989-05-05', HREA),
  HU: coe('1990-11-06', HREA),
  PL: coe('1991-11-26', 'src-gov-pl-coe'),
  BG: coe('1992-05-07', HREA),
  EE: coe('1993-05-14', HREA),
  LT: coe('1993-05-14', HREA),
  SI: coe('1993-05-14', HREA),
  CZ: coe('1993-06-30', HREA),
  SK: coe('1993-06-30', HREA),
  RO: coe('1993-10-07', HREA),
  LV: coe('1995-02-10', HREA),
  AL: coe('1995-07-13', HREA),
  MD: coe('1995-07-13', HREA),
  MK: coe('1995-11-09', HREA),
  UA: coe('1995-11-09', HREA),
  RU: [
    {
      since: '1996-02-28',
      until: '2022-03-16',
      sources: [COE, HREA, 'src-eeas-russia-coe'],
      quote: 'the Russian Federation ceases to be a member immediately',
    },
  ],
  HR: coe('1996-11-06', HREA),
  GE: coe('1999-04-27', HREA),
  AM: coe('2001-01-25', 'src-coe-yerevan-membership'),
  AZ: coe('2001-01-25', HREA),
  BA: coe('2002-04-24', 'src-hina-bih-coe'),
  RS: coe('2003-04-03', 'src-coe-serbia-accession', 'src-coe-cm-serbia-continuation'),
  MC: coe('2004-10-05', 'src-gouv-mc-coe'),
  ME: coe('2007-05-11', 'src-cvce-coe-composition'),
};

// ---------------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------------

interface CountryRow {
  id: string;
  name: string;
  nameFr: string;
  aliases: string[];
  region: string;
  subregion: string;
  m49: string;
  sources: string[];
  memberOf: { to: 'EU' | 'COE'; m: Membership }[];
}

function fail(message: string): never {
  throw new Error(`generate-jurisdictions: ${message}`);
}

function m49Geography(c: Country): { region: string; subregion: string } {
  const override = M49_OVERRIDES[c.cca2];
  const region = override?.region ?? c.region;
  const subregion = override?.subregion ?? SUBREGION_RENAMES[c.subregion] ?? c.subregion;
  const allowed = M49_SUBREGIONS[region];
  if (!allowed) fail(`${c.cca2}: "${region}" is not a UN M49 region`);
  if (!allowed.includes(subregion)) fail(`${c.cca2}: "${subregion}" is not a UN M49 subregion of ${region}`);
  return { region, subregion };
}

function aliasesOf(c: Country, name: string): string[] {
  const candidates = [c.name.common, c.name.official, ...(i18n.getName(c.cca2, 'en', { select: 'all' }) ?? [])];
  const seen = new Set<string>([name]);
  const out: string[] = [];
  for (const a of candidates) {
    if (!a || seen.has(a) || /^[A-Z.]{2,5}$/.test(a)) continue; // skip bare codes such as "USA"
    seen.add(a);
    out.push(a);
  }
  return out;
}

function buildRows(): CountryRow[] {
  const observers = new Set<string>(OBSERVER_STATES);
  const members = countries.filter((c) => c.unMember && !observers.has(c.cca2));
  if (members.length !== 193) fail(`expected 193 UN member states, found ${members.length}`);
  const selected = [
    ...members,
    ...OBSERVER_STATES.map((code) => countries.find((c) => c.cca2 === code) ?? fail(`no ${code}`)),
  ];

  const rows = selected.map((c): CountryRow => {
    const name = NAME_OVERRIDES[c.cca2] ?? c.name.common;
    const nameFr = NAME_FR_OVERRIDES[c.cca2] ?? c.translations['fra']?.common ?? fail(`${c.cca2}: no French name`);
    if (!/^\d{3}$/.test(c.ccn3)) fail(`${c.cca2}: no M49 numeric code`);
    const memberOf = [
      ...(EU_MEMBERSHIP[c.cca2] ?? []).map((m) => ({ to: 'EU' as const, m })),
      ...(COE_MEMBERSHIP[c.cca2] ?? []).map((m) => ({ to: 'COE' as const, m })),
    ];
    return {
      id: c.cca2,
      name,
      nameFr,
      aliases: aliasesOf(c, name),
      ...m49Geography(c),
      m49: c.ccn3,
      sources: observers.has(c.cca2) ? ['src-un-m49', 'src-un-observer-states'] : ['src-un-m49'],
      memberOf,
    };
  });

  const ids = new Set(rows.map((r) => r.id));
  for (const code of [...Object.keys(EU_MEMBERSHIP), ...Object.keys(COE_MEMBERSHIP)]) {
    if (!ids.has(code)) fail(`membership table names ${code}, which is not generated`);
  }
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------------------------------

/** A plain YAML scalar when safe, else a double-quoted one (JSON strings are valid YAML). */
function str(value: string): string {
  const plain =
    /^[A-Za-zÀ-ÿ][^:#\n"'[\]{},&*!|>%@`]*$/.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

function list(values: readonly string[]): string {
  return `[${values.map(str).join(', ')}]`;
}

/** A flow list when the line fits in 80 columns (Prettier's default width), else a block list. */
function pushList(out: string[], key: string, values: readonly string[]): void {
  const line = `${key}: ${list(values)}`;
  if (line.length <= 80) {
    out.push(line);
    return;
  }
  out.push(`${key}:`);
  const indent = ' '.repeat(key.length - key.trimStart().length + 2);
  for (const v of values) out.push(`${indent}- ${str(v)}`);
}

function render(rows: CountryRow[]): string {
  const out: string[] = [
    '# generated by scripts/generate-jurisdictions.ts — do not edit by hand',
    '#',
    '# Every UN member state (193) and the two non-member observer states (Holy See, State of Palestine).',
    '# Codes, names and UN membership come from the world-countries and i18n-iso-countries npm packages;',
    '# region/subregion are UN M49 names (subregion = the M49 intermediate region where one exists, else the',
    '# M49 sub-region); EU and Council of Europe memberships come from the sourced tables in the script.',
    '# EU membership is dated from the European Communities (founding six: 1958-01-01, Treaty of Rome).',
    '',
  ];
  for (const r of rows) {
    out.push(`- id: ${r.id}`);
    out.push(`  name: ${str(r.name)}`);
    out.push(`  nameFr: ${str(r.nameFr)}`);
    if (r.aliases.length > 0) pushList(out, '  aliases', r.aliases);
    out.push('  level: national');
    out.push(`  region: ${str(r.region)}`);
    out.push(`  subregion: ${str(r.subregion)}`);
    out.push(`  m49: "${r.m49}"`);
    pushList(out, '  sources', r.sources);
    out.push('  partOf: [INT]');
    if (r.memberOf.length > 0) {
      out.push('  memberOf:');
      for (const { to, m } of r.memberOf) {
        out.push(`    - to: ${to}`);
        out.push(`      since: ${m.since}`);
        if (m.until) out.push(`      until: ${m.until}`);
        pushList(out, '      sources', m.sources);
        if (m.quote) out.push(`      quote: ${JSON.stringify(m.quote)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

const text = render(buildRows());
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing file: stale
  }
  if (current !== text) {
    console.error(`${OUT} is stale: run pnpm exec tsx scripts/generate-jurisdictions.ts`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
