/**
 * Stored route levels: coverage-best.cypher run for every route and every (activity, actor) combination
 * at one date, kept as (:CoverageBest) nodes so that the matrix, the map and the gaps of that date read a
 * few hundred rows instead of expanding every instrument of every route again (docs/benchmarks.md).
 *
 * They stay correct because nothing else writes the graph: the loader forgets them before it writes and
 * stores them again once every row is in (in the same transaction for an atomic load), and they are only
 * read for the date they were computed for. A new day needs `pnpm derive` (`./lacuna start` runs it when
 * the stored date is not today); until then, queries for today compute route levels live, correct but
 * slower. (:CoverageBestState {complete: true, format}) marks a finished store; a store interrupted
 * half-way has none, and a store written in another format (by an earlier version) is ignored and replaced
 * at the next refresh: both read as "not stored", never as empty levels.
 */
import { ACTIVITIES, ACTOR_CLASSES, REGULATION_MODES } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { cypher } from './cypher.js';

type Row = Record<string, unknown>;
/** Runs one statement: in the loader's transaction, or in a transaction of its own. */
export type Run = (query: string, params: Row) => Promise<Row[]>;

/** Every combination, in a fixed order: coverage-best.cypher's `combo` is an index in this list. */
export const COMBOS = ACTIVITIES.flatMap((activity) => ACTOR_CLASSES.map((actor) => ({ activity, actor })));

/**
 * The shape of the stored rows (route levels and evidence). Bump it whenever that shape changes: a store of
 * another format is ignored (queries compute live) and `refreshCoverage`/`refreshEvidence` rewrite it.
 * 2: levels and evidence as JSON strings (1 held lists of integers); 3: evidence lists each technology's
 * latest deployments; 4: route levels as flat lists of numbers, targets numbered (StoredLevels), and each
 * jurisdiction's deployment counts apart from the latest deployments (evidence-store.ts); 5: the rule index
 * holds every rule with its link and provision, not only instrument ids (rule-index-store.cypher); 6: and
 * its instrument's name, binding, parties and dates.
 */
export const STORE_FORMAT = 6;

export const storedKey = (route: string, activity: string, actor: string) => `${route}|${activity}|${actor}`;

const FORGET = `
MATCH (n:CoverageBest|CoverageBestState)
WITH n LIMIT 50000
DELETE n
RETURN count(*) AS deleted`;

/** Route owners and how much each route holds, to cut coverage-best into bounded reads. */
const ROUTE_OWNERS = `
MATCH (j:Jurisdiction)
RETURN j.id AS id, COUNT { (j)<-[:APPLIES_IN]-() } AS applying, COUNT { (j)-[:PARTY_TO]->() } AS parties,
  EXISTS { (j)<-[:MEMBER_OF]-() } AS body
ORDER BY id`;

const WRITE = `
UNWIND $rows AS row
CREATE (:CoverageBest {key: row.key, route: row.route, activity: row.activity, actor: row.actor, levels: row.levels})`;

/**
 * A route's levels: for each target its rules reach, four numbers in a row — the target (its position in
 * the `targets` list of the store's state marker), the best level rank, the best mode rank (-1: none) and
 * how many rules apply. Flat numbers, not a list per target: a gap list reads ~500 routes × ~100 targets
 * twice, and parsing a small array and a target id string for each took more time than the rest of it.
 */
export type StoredLevels = number[];
export const STORED_LEVEL_WIDTH = 4;

// Stored lists (route levels here, evidence in evidence-store.ts) are kept as one JSON string per node:
// the driver decodes a string many times faster than lists of integers (an Integer object each), and a
// gap list reads about 500 routes × 200 targets.
export const packList = (list: unknown[]): string => JSON.stringify(list);
export const unpackList = <T>(stored: unknown): T[] => (typeof stored === 'string' ? (JSON.parse(stored) as T[]) : []);

const COMPLETE = `
CREATE (:CoverageBestState {complete: true, format: $format, asOf: $asOf, routes: $routes, rows: $rows, targets: $targets})`;

const TARGETS = 'MATCH (t:Technology) RETURN t.id AS id ORDER BY id';

/** Instrument links read per coverage-best call: bounds a read's memory at any size. */
const CHUNK_LINKS = 40_000;
const WRITE_BATCH = 2_000;

/** Runs a statement that deletes a bounded batch and returns `deleted`, until nothing is left. */
export async function deleteInBatches(run: Run, statement: string): Promise<void> {
  while (Number((await run(statement, {}))[0]?.deleted ?? 0) > 0);
}

export const forgetCoverage = (run: Run) => deleteInBatches(run, FORGET);

export interface StoreStats {
  asOf: string;
  routes: number;
  rows: number;
  seconds: number;
}

/** Replaces the stored route levels with those of `asOf` (YYYY-MM-DD). */
export async function storeCoverage(run: Run, asOf: string): Promise<StoreStats> {
  const started = performance.now();
  await forgetCoverage(run);
  const owners = await run(ROUTE_OWNERS, {});
  const chunks: { places: string[]; bodies: string[]; holders: string[] }[] = [];
  let chunk = { places: [] as string[], bodies: [] as string[], holders: [] as string[] };
  let links = 0;
  const add = (list: 'places' | 'bodies' | 'holders', id: string, weight: number) => {
    if (links > 0 && links + weight > CHUNK_LINKS) {
      chunks.push(chunk);
      chunk = { places: [], bodies: [], holders: [] };
      links = 0;
    }
    chunk[list].push(id);
    links += weight;
  };
  for (const o of owners) {
    const [id, applying, parties] = [String(o.id), Number(o.applying), Number(o.parties)];
    if (applying > 0) add('places', id, applying);
    if (applying > 0 && o.body === true) add('bodies', id, applying);
    if (parties > 0) add('holders', id, parties);
  }
  if (links > 0) chunks.push(chunk);
  const targets = (await run(TARGETS, {})).map((t) => String(t.id));
  const numberOf = new Map(targets.map((id, k) => [id, k]));

  const date = new IsoDate(asOf);
  let routes = 0;
  let rows = 0;
  for (const routeOwners of chunks) {
    const best = await run(cypher('coverage-best'), {
      ...routeOwners,
      asOf: date,
      modes: [...REGULATION_MODES],
      combos: COMBOS,
    });
    const grouped = new Map<
      string,
      { key: string; route: string; activity: string; actor: string; levels: StoredLevels }
    >();
    for (const b of best) {
      const combo = COMBOS[Number(b.combo)];
      if (!combo) continue;
      const key = storedKey(String(b.route), combo.activity, combo.actor);
      let node = grouped.get(key);
      if (!node) {
        node = { key, route: String(b.route), ...combo, levels: [] };
        grouped.set(key, node);
      }
      const target = numberOf.get(String(b.target));
      // The store and the loader write in turn, never together: every target is a technology read above.
      if (target === undefined) throw new Error(`route levels name an unknown technology ${String(b.target)}`);
      node.levels.push(target, Number(b.rank), b.modeRank === null ? -1 : Number(b.modeRank), Number(b.rules));
    }
    const nodes = [...grouped.values()].map((n) => ({ ...n, levels: packList(n.levels) }));
    for (let i = 0; i < nodes.length; i += WRITE_BATCH) await run(WRITE, { rows: nodes.slice(i, i + WRITE_BATCH) });
    routes += new Set(nodes.map((n) => n.route)).size;
    rows += best.length;
  }
  await run(COMPLETE, { format: STORE_FORMAT, asOf: date, routes, rows, targets });
  return { asOf, routes, rows, seconds: (performance.now() - started) / 1000 };
}

/** Each statement in a write transaction of its own (a bulk load, or `pnpm derive`). */
export const separateWrites =
  (graph: Graph, name: string): Run =>
  (query, params) =>
    graph.write(query, params, { name, timeoutMs: 10 * 60_000 });

const STORED_DATE = `OPTIONAL MATCH (s:CoverageBestState {complete: true, format: $format}) RETURN toString(s.asOf) AS asOf`;

/** Stores the route levels of `asOf` unless they are already stored for that date; null when they were. */
export async function refreshCoverage(graph: Graph, asOf: string): Promise<StoreStats | null> {
  const [row] = await graph.read(STORED_DATE, { format: STORE_FORMAT }, { name: 'coverage-store.date' });
  if (row?.asOf === asOf) return null;
  return storeCoverage(separateWrites(graph, 'coverage-store'), asOf);
}
