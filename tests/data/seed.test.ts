/** The curated dataset in data/seed, checked without a database. */
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { checkSeed, DEFAULT_SEED_DIR } from '../../packages/api/src/seed/seed.js';
import { IsoDate } from '../../packages/api/src/seed/validate.js';
import { dataStats } from '../../scripts/data-stats.js';

const seed = checkSeed(DEFAULT_SEED_DIR);
const byId = new Map(seed.nodes.map((n) => [n.id, n]));

describe('data/seed', () => {
  it('passes every check of the loader: references, sources, dates, enums, unique ids, acyclic taxonomy', () => {
    expect(seed.problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([]);
  });

  it('cites an existing Source on every entity and every relationship', () => {
    const unsourced = [
      ...seed.nodes
        .filter((n) => n.label !== 'Source' && !(n.props.sourceIds as string[] | undefined)?.length)
        .map((n) => n.id),
      ...seed.edges
        .filter((e) => e.type !== 'TRANSLATION_OF' && !(e.props.sourceIds as string[] | undefined)?.length)
        .map((e) => e.key),
    ];
    expect(unsourced).toEqual([]);
    const cited = [...seed.nodes, ...seed.edges].flatMap((x) => (x.props.sourceIds as string[] | undefined) ?? []);
    expect(cited.filter((id) => byId.get(id)?.label !== 'Source')).toEqual([]);
  });

  it('orders every instrument’s dates: adopted ≤ in force ≤ repealed', () => {
    const bad = seed.nodes
      .filter((n) => n.label === 'Instrument')
      .filter((n) => {
        const [a, f, r] = (['adopted', 'inForce', 'repealed'] as const).map(
          (k) => (n.props[k] as IsoDate | undefined)?.value,
        );
        return (a && f && f < a) || (f && r && r < f) || (a && r && r < a);
      });
    expect(bad.map((n) => n.id)).toEqual([]);
  });

  it('gives every state a real ISO 3166-1 code, and every subnational one an ISO 3166-2 shape under its state', () => {
    const jurisdictions = seed.nodes.filter((n) => n.label === 'Jurisdiction');
    const national = jurisdictions.filter((j) => j.props.level === 'national');
    expect(national.filter((j) => !countries.isValid(j.id)).map((j) => j.id)).toEqual([]);
    const parentOf = new Map(seed.edges.filter((e) => e.type === 'PART_OF').map((e) => [e.from, e.to]));
    const sub = jurisdictions.filter((j) => j.props.level === 'subnational' || j.props.level === 'local');
    expect(sub.filter((j) => !/^[A-Z]{2}-[A-Z0-9]{1,3}(-[a-z0-9-]+)?$/.test(j.id)).map((j) => j.id)).toEqual([]);
    const underItsState = (id: string) => {
      const parent = parentOf.get(id);
      return !!parent && id.startsWith(`${parent.split('-')[0] ?? ''}-`);
    };
    expect(sub.filter((j) => !underItsState(j.id)).map((j) => j.id)).toEqual([]);
  });

  it('meets the dataset minimum: 150 instruments, 60 jurisdictions, every continent, 40 technologies', () => {
    const stats = dataStats(seed.nodes, seed.edges);
    expect(stats.labels.Instrument).toBeGreaterThanOrEqual(150);
    expect(stats.jurisdictionsWithBindingInstrument).toBeGreaterThanOrEqual(60);
    for (const continent of ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'])
      expect(stats.instrumentsByContinent[continent]).toBeGreaterThan(0);
    expect(stats.labels.Technology).toBeGreaterThanOrEqual(40);
  });

  it('links the seed documents as sources, English and French versions together', () => {
    const translations = seed.edges.filter((e) => e.type === 'TRANSLATION_OF');
    expect(translations.length).toBeGreaterThan(0);
    for (const t of translations)
      expect([byId.get(t.from)?.props.language, byId.get(t.to)?.props.language].sort()).toEqual(['en', 'fr']);
  });
});
