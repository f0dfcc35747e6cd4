/**
 * `pnpm data:stats` — what data/seed holds: counts by label and relationship, jurisdictions with at least
 * one binding instrument of their own, instruments by continent and by kind, and the share of facts
 * (entities and relationships) whose every source was checked and graded high or medium.
 */
import { checkSeed, DEFAULT_SEED_DIR } from '../packages/api/src/seed/seed.js';
import type { EdgeRow, NodeRow } from '../packages/api/src/seed/validate.js';

export interface DataStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  jurisdictionsWithBindingInstrument: number;
  instrumentsByContinent: Record<string, number>;
  instrumentsByKind: Record<string, number>;
  facts: number;
  verifiedFacts: number;
}

const count = (values: string[]) =>
  Object.fromEntries([...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort());

export function dataStats(nodes: NodeRow[], edges: EdgeRow[]): DataStats {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const binding = new Set(nodes.filter((n) => n.label === 'Instrument' && n.props.binding === true).map((n) => n.id));
  const withBinding = new Set<string>();
  for (const e of edges) {
    if (e.type === 'APPLIES_IN' && binding.has(e.from) && e.props.scope !== 'extraterritorial') withBinding.add(e.to);
    if (e.type === 'PARTY_TO' && binding.has(e.to)) withBinding.add(e.from);
  }
  const continentOf = (id: string): string => {
    const j = byId.get(id);
    if (!j) return 'unknown';
    if (j.props.region) return String(j.props.region);
    if (j.props.level === 'international') return 'International';
    if (id === 'EU' || id === 'COE') return 'Europe';
    const parent = edges.find((e) => e.type === 'PART_OF' && e.from === id);
    return parent ? continentOf(parent.to) : 'unknown';
  };
  const continents: string[] = [];
  for (const instrument of nodes.filter((n) => n.label === 'Instrument')) {
    const places = new Set(
      edges
        .filter((e) => e.type === 'APPLIES_IN' && e.from === instrument.id && e.props.scope !== 'extraterritorial')
        .map((e) => continentOf(e.to)),
    );
    continents.push(...(places.size ? places : ['unknown']));
  }
  const trusted = (sourceIds: unknown) =>
    Array.isArray(sourceIds) &&
    sourceIds.length > 0 &&
    sourceIds.every((id) => {
      const s = byId.get(String(id));
      return !!s?.props.checked && (s.props.confidence === 'high' || s.props.confidence === 'medium');
    });
  const facts = [
    ...nodes.filter((n) => n.label !== 'Source').map((n) => n.props.sourceIds),
    ...edges.map((e) => e.props.sourceIds),
  ];
  return {
    labels: count(nodes.map((n) => n.label)),
    relationships: count(edges.map((e) => e.type)),
    jurisdictionsWithBindingInstrument: [...withBinding].filter((id) => byId.get(id)?.label === 'Jurisdiction').length,
    instrumentsByContinent: count(continents),
    instrumentsByKind: count(nodes.filter((n) => n.label === 'Instrument').map((n) => String(n.props.kind))),
    facts: facts.length,
    verifiedFacts: facts.filter(trusted).length,
  };
}

function print(title: string, rows: Record<string, number>): void {
  console.log(`\n${title}`);
  for (const [key, value] of Object.entries(rows)) console.log(`  ${key.padEnd(28)} ${String(value).padStart(6)}`);
}

if (process.argv[1]?.endsWith('data-stats.ts')) {
  const checked = checkSeed(process.argv[2] ?? DEFAULT_SEED_DIR);
  if (checked.problems.length > 0) {
    console.error(`The seed has ${checked.problems.length} problem(s); run pnpm seed:check.`);
    process.exit(1);
  }
  const stats = dataStats(checked.nodes, checked.edges);
  print('Entities by label', stats.labels);
  print('Relationships by type', stats.relationships);
  print('Instruments by continent (where they apply)', stats.instrumentsByContinent);
  print('Instruments by kind', stats.instrumentsByKind);
  console.log(
    `\nJurisdictions with at least one binding instrument of their own: ${stats.jurisdictionsWithBindingInstrument}`,
  );
  const share = stats.facts ? ((100 * stats.verifiedFacts) / stats.facts).toFixed(1) : '0';
  console.log(
    `Facts whose every source is checked and graded high or medium: ${stats.verifiedFacts} of ${stats.facts} (${share}%)`,
  );
}
