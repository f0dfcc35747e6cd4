/**
 * Naive baselines for the coverage matrix, to show what pushing the work into Neo4j is worth:
 * 1. per pair: one `coverage` request per (jurisdiction, technology), as a dashboard without a matrix
 *    query would do (time-boxed, then extrapolated to the whole matrix);
 * 2. in Node: fetch the subgraph the matrix depends on and compute every cell in JavaScript, following
 *    docs/coverage.md and engine/cypher/coverage.cypher. Its cells are compared with the engine's, which
 *    doubles as a cross-check of the engine at scale.
 */
import type { Graph } from '@lacuna/api';
import { IsoDate } from '../../packages/api/src/seed/validate.js';
import { gql } from './measure.js';

const PAIR_COVERAGE = `query Pair($j: ID!, $t: ID!, $a: Activity!) {
  coverage(jurisdiction: $j, technology: $t, activity: $a) { level strongestMode }
}`;

export interface PerPairResult {
  pairs: number;
  done: number;
  seconds: number;
  /** Seconds for every pair, extrapolated when the time box stopped the run. */
  estimatedSeconds: number;
  error?: string;
}

export async function perPairMatrix(
  url: string,
  jurisdictions: string[],
  technologies: string[],
  { concurrency = 4, budgetSeconds = 60 } = {},
): Promise<PerPairResult> {
  const pairs = jurisdictions.flatMap((j) => technologies.map((t) => ({ j, t, a: 'use' })));
  const started = performance.now();
  const deadline = started + budgetSeconds * 1000;
  let next = 0;
  let done = 0;
  let error: string | undefined;
  const worker = async () => {
    while (next < pairs.length && performance.now() < deadline && !error) {
      const pair = pairs[next++];
      if (!pair) break;
      const r = await gql(url, PAIR_COVERAGE, pair);
      if (r.error) error = r.error;
      else done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    pairs: pairs.length,
    done,
    seconds,
    estimatedSeconds: done > 0 ? (seconds * pairs.length) / done : NaN,
    ...(error ? { error } : {}),
  };
}

const LEVELS = ['prohibited', 'specific', 'general', 'soft', 'none'] as const;
type Level = (typeof LEVELS)[number];
const ENDED = new Set(['repealed', 'superseded', 'struck_down', 'expired']);

interface Regulation {
  target: string;
  mode: string;
  activities: string[];
  actorsCovered: string[];
  condition: string | null;
  from: string | null;
  until: string | null;
}
interface InstrumentInfo {
  id: string;
  binding: boolean;
  status: string;
  inForce: string | null;
  adopted: string | null;
  repealed: string | null;
  hasParties: boolean;
  regs: Regulation[];
}

const Q_PLACES = `
UNWIND $jurisdictions AS jid
MATCH (:Jurisdiction {id: jid})-[:PART_OF*0..6]->(place:Jurisdiction)
RETURN jid, collect(DISTINCT place.id) AS places`;
const Q_MEMBERSHIPS = `
UNWIND $places AS pid
MATCH (:Jurisdiction {id: pid})-[m:MEMBER_OF]->(body:Jurisdiction)
RETURN pid AS place, body.id AS body, m.since AS since, m.until AS until`;
const Q_PARTIES = `
UNWIND $places AS pid
MATCH (:Jurisdiction {id: pid})-[pt:PARTY_TO]->(i:Instrument)
RETURN pid AS place, i.id AS instrument, pt.since AS since, pt.until AS until`;
const Q_APPLIES = `
UNWIND $places AS pid
MATCH (:Jurisdiction {id: pid})<-[ap:APPLIES_IN]-(i:Instrument)
RETURN pid AS place, i.id AS instrument, ap.scope AS scope, ap.from AS from, ap.until AS until`;
const Q_ANCESTORS = `
UNWIND $technologies AS tid
MATCH (:Technology {id: tid})-[:SUBTYPE_OF*0..10]->(a:Technology)
RETURN tid, collect(DISTINCT a.id) AS ancestors`;
const Q_INSTRUMENTS = `
UNWIND $instruments AS iid
MATCH (i:Instrument {id: iid})
OPTIONAL MATCH (i)-[r:REGULATES]->(t:Technology) WHERE t.id IN $targets
RETURN i.id AS id, i.binding AS binding, i.status AS status, i.inForce AS inForce, i.adopted AS adopted,
  i.repealed AS repealed, EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) } AS hasParties,
  collect(CASE WHEN r IS NOT NULL THEN {target: t.id, mode: r.mode, activities: r.activities,
    actorsCovered: r.actorsCovered, condition: r.condition, from: r.from, until: r.until} END) AS regs`;

const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
const before = (a: string | null, asOf: string) => a !== null && a > asOf; // a > asOf
const ended = (a: string | null, asOf: string) => a !== null && a <= asOf;

/** Fetches what the matrix depends on and computes every cell's level in Node. */
export async function matrixInNode(
  graph: Graph,
  jurisdictions: string[],
  technologies: string[],
  activity: string,
  actor: string,
  asOf: string,
): Promise<{ seconds: number; fetchSeconds: number; rowsFetched: number; cells: Map<string, Level> }> {
  const started = performance.now();
  const read = (q: string, params: Record<string, unknown>) =>
    graph.read(q, params, { name: 'bench.naive', timeoutMs: 300_000 });
  const placeRows = await read(Q_PLACES, { jurisdictions });
  const placesOf = new Map(placeRows.map((r) => [String(r.jid), r.places as string[]]));
  const places = [...new Set(placeRows.flatMap((r) => r.places as string[]))];
  const [memberRows, partyRows, ancestorRows] = await Promise.all([
    read(Q_MEMBERSHIPS, { places }),
    read(Q_PARTIES, { places }),
    read(Q_ANCESTORS, { technologies }),
  ]);
  const bodies = [...new Set(memberRows.map((r) => String(r.body)))];
  const applyRows = await read(Q_APPLIES, { places: [...places, ...bodies] });
  const ancestorsOf = new Map(ancestorRows.map((r) => [String(r.tid), new Set(r.ancestors as string[])]));
  const targets = [...new Set(ancestorRows.flatMap((r) => r.ancestors as string[]))];
  const instrumentIds = [
    ...new Set([...applyRows.map((r) => String(r.instrument)), ...partyRows.map((r) => String(r.instrument))]),
  ];
  const instrumentRows = await read(Q_INSTRUMENTS, { instruments: instrumentIds, targets });
  const fetchSeconds = (performance.now() - started) / 1000;
  const rowsFetched =
    placeRows.length +
    memberRows.length +
    partyRows.length +
    ancestorRows.length +
    applyRows.length +
    instrumentRows.length;

  const instruments = new Map<string, InstrumentInfo>();
  for (const r of instrumentRows) {
    instruments.set(String(r.id), {
      id: String(r.id),
      binding: r.binding === true,
      status: String(r.status),
      inForce: s(r.inForce),
      adopted: s(r.adopted),
      repealed: s(r.repealed),
      hasParties: r.hasParties === true,
      regs: (r.regs as Regulation[]).filter(Boolean),
    });
  }
  const appliesAt = new Map<string, typeof applyRows>();
  for (const r of applyRows) appliesAt.set(String(r.place), [...(appliesAt.get(String(r.place)) ?? []), r]);
  const membersOf = new Map<string, typeof memberRows>();
  for (const r of memberRows) membersOf.set(String(r.place), [...(membersOf.get(String(r.place)) ?? []), r]);
  const partiesOf = new Map<string, typeof partyRows>();
  for (const r of partyRows) partiesOf.set(String(r.place), [...(partiesOf.get(String(r.place)) ?? []), r]);

  const instrumentApplies = (i: InstrumentInfo) =>
    !(
      i.status === 'proposed' ||
      before(i.inForce ?? i.adopted, asOf) ||
      (i.status === 'adopted' && i.inForce === null) ||
      ended(i.repealed, asOf) ||
      (i.repealed === null && ENDED.has(i.status))
    );
  const covers = (r: Regulation) =>
    !before(r.from, asOf) &&
    !ended(r.until, asOf) &&
    // Using a surveillance technology is processing the personal data it captures (docs/coverage.md).
    (r.activities.includes(activity) || (activity === 'use' && r.activities.includes('data_processing'))) &&
    (r.actorsCovered.includes('all') ||
      r.actorsCovered.includes(actor) ||
      (actor === 'law_enforcement' && r.actorsCovered.includes('public')) ||
      (r.actorsCovered.includes('public') && r.actorsCovered.includes('private')));
  const levelOf = (i: InstrumentInfo, r: Regulation): Level =>
    !i.binding
      ? 'soft'
      : (r.mode === 'ban' || r.mode === 'moratorium') && !r.condition
        ? 'prohibited'
        : r.mode !== 'general'
          ? 'specific'
          : 'general';

  const cells = new Map<string, Level>();
  for (const j of jurisdictions) {
    // The instruments that apply in j at asOf, by any route.
    const applying = new Set<string>();
    for (const place of placesOf.get(j) ?? []) {
      for (const a of appliesAt.get(place) ?? []) {
        const i = instruments.get(String(a.instrument));
        if (!i || before(s(a.from), asOf) || ended(s(a.until), asOf) || i.hasParties || a.scope === 'extraterritorial')
          continue;
        applying.add(i.id);
      }
      for (const m of membersOf.get(place) ?? []) {
        if (before(s(m.since), asOf) || ended(s(m.until), asOf)) continue;
        for (const a of appliesAt.get(String(m.body)) ?? []) {
          if (before(s(a.from), asOf) || ended(s(a.until), asOf) || a.scope === 'extraterritorial') continue;
          applying.add(String(a.instrument));
        }
      }
      for (const p of partiesOf.get(place) ?? []) {
        if (before(s(p.since), asOf) || ended(s(p.until), asOf)) continue;
        applying.add(String(p.instrument));
      }
    }
    const best = new Map<string, number>();
    for (const id of applying) {
      const i = instruments.get(id);
      if (!i || !instrumentApplies(i)) continue;
      for (const r of i.regs) {
        if (!covers(r)) continue;
        const rank = LEVELS.indexOf(levelOf(i, r));
        for (const t of technologies) {
          if (!ancestorsOf.get(t)?.has(r.target)) continue;
          if (rank < (best.get(t) ?? LEVELS.length - 1)) best.set(t, rank);
        }
      }
    }
    for (const t of technologies) cells.set(`${j}|${t}`, LEVELS[best.get(t) ?? LEVELS.length - 1] ?? 'none');
  }
  return { seconds: (performance.now() - started) / 1000, fetchSeconds, rowsFetched, cells };
}

/** The engine's cells from a coverageMatrix answer, keyed like matrixInNode's. */
export function engineCells(data: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const matrix = data?.coverageMatrix as { cells?: { jurisdiction: string; technology: string; level: string }[] };
  for (const c of matrix?.cells ?? []) out.set(`${c.jurisdiction}|${c.technology}`, c.level);
  return out;
}

export const isoToday = () => new IsoDate(new Date().toISOString().slice(0, 10)).value;
