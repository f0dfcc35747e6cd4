/**
 * Writes validated rows in batched UNWIND statements; every value is a parameter. Label and type names
 * come from the ontology (checked here, never taken from input). A large group of rows (one label, or one
 * relationship type between two labels) gets its own statement with static names, which lets Neo4j use
 * the per-label unique index for the ends and skip evaluating a dynamic type per row (about 40 % faster
 * per row); small groups share one statement with dynamic `$(...)` names, since planning a new
 * statement costs a few hundred milliseconds.
 *
 * Two write modes:
 * - MERGE (default): idempotent; loading the same rows twice leaves the same graph.
 * - `fresh`: CREATE, for an empty database (a bulk or synthetic load). MERGE of a relationship must first
 *   look for an existing one between the two nodes; CREATE does not, which is several times faster at a
 *   million relationships. On a graph that already holds these entities, `fresh` duplicates them.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, searchKeysOf, type NodeLabel } from '@lacuna/model';
import { forgetCoverage, separateWrites, storeCoverage, type StoreStats } from '../engine/coverage-store.js';
import { forgetEvidence, storeEvidence } from '../engine/evidence-store.js';
import { forgetRuleIndex, storeRuleIndex } from '../engine/rule-index.js';
import { LEASE_SECONDS, STORES_LEASE, underStoreLease } from '../engine/store-lease.js';
import { GraphError, type Graph, type Row } from '../graph/db.js';
import { todayUtc, type EdgeRow, type NodeRow, type PropertyValue } from './validate.js';

/** A group at least this large gets a statement of its own (default of `ownStatementRows`). */
const OWN_STATEMENT_ROWS = 10_000;
/** In statement texts, the dynamic name of a row's label or type. */
const ROW_LABEL = '$(row.label)';
const ROW_TYPE = '$(row.type)';

// Node statements return each node's element id: relationship statements find their ends by it, a direct
// record lookup, instead of seeking two unique indexes per row (60 % more rows/s for REGULATES alone, 8 %
// for a whole L load: docs/benchmarks.md).
const mergeNodes = (label: string) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n:${label}
SET n = row.props
RETURN row.id AS id, elementId(n) AS element`;

const createNodes = (label: string) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${label})
SET n = row.props
RETURN row.id AS id, elementId(n) AS element`;

// A large group written by CREATE sends each row as a list of values, in the order of the group's property
// names (`columns`), and names its properties in the statement: no property names repeated in every row of
// the message, and no `SET … = map`, which reads the entity's property keys and makes the planner buffer
// the whole batch (Eager) between CREATE and SET. A null value sets no property.
const propertyMap = (names: string[], from: number) =>
  `{${names.map((name, i) => `${name}: row[${from + i}]`).join(', ')}}`;

const createNodeColumns = (label: string, names: string[]) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${label} ${propertyMap(names, 0)})
RETURN row[${names.indexOf('id')}] AS id, elementId(n) AS element`;

/**
 * Both ends written by this load (found by element id), or not (found by id). Rows are maps
 * (`{a, b}` or `{from, to}`) or lists (`[start, end, ...values]`, element ids without their shared `$prefix`).
 */
const matchEnds = (byElement: boolean, from: string, to: string, rows: 'maps' | 'lists' = 'maps') => {
  const [a, b] = rows === 'lists' ? ['row[0]', 'row[1]'] : byElement ? ['row.a', 'row.b'] : ['row.from', 'row.to'];
  const element = (end: string) => (rows === 'lists' ? `$prefix + ${end}` : end);
  return byElement
    ? `MATCH (a) WHERE elementId(a) = ${element(a)}\nMATCH (b) WHERE elementId(b) = ${element(b)}`
    : `MATCH (a:${from} {id: ${a}})\nMATCH (b:${to} {id: ${b}})`;
};

// Each returns how many rows found both ends: the loader fails the batch (and rolls it back) when one did not.
const mergeEdges = (type: string, from: string, to: string, byElement: boolean) => `
UNWIND $rows AS row
${matchEnds(byElement, from, to)}
MERGE (a)-[r:${type} {key: row.key}]->(b)
SET r = row.props
RETURN count(*) AS written`;

const createEdges = (type: string, from: string, to: string, byElement: boolean) => `
UNWIND $rows AS row
${matchEnds(byElement, from, to)}
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(*) AS written`;

const createEdgeColumns = (type: string, from: string, to: string, byElement: boolean, names: string[]) => `
UNWIND $rows AS row
${matchEnds(byElement, from, to, 'lists')}
CREATE (a)-[:${type} ${propertyMap(names, 2)}]->(b)
RETURN count(*) AS written`;

/** Relationships that were loaded from an entity's block before but are no longer written there. */
const DROP_STALE_EDGES = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-()
WHERE r.key IS NOT NULL AND (startNode(r) = a) AND NOT r.key IN $keys
DELETE r`;

/** Derived properties (ontology `derived: true`), recomputed after every load so they never go stale; sorted, so
 * that they do not depend on the order relationships were written in. */
const DERIVE = `
CALL () {
  MATCH (t:Technology)
  SET t.descendants = COLLECT { MATCH (d:Technology)-[:SUBTYPE_OF*0..20]->(t) RETURN DISTINCT d.id AS id ORDER BY id }
}
CALL () {
  MATCH (i:Instrument)
  SET i.hasParties = EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) }
}`;

export interface LoadStats {
  nodes: number;
  relationships: number;
  seconds: number;
  /** Time spent writing nodes, then relationships (together less than `seconds` by the preparation). */
  nodeSeconds: number;
  relationshipSeconds: number;
  /** The stored route levels written after the data (engine/coverage-store.ts), unless turned off. */
  coverage: StoreStats | null;
  /** Time spent after the data: derived properties, stored evidence and route levels (not atomic loads). */
  derivedSeconds: number;
}

export interface LoadProgress {
  phase: 'nodes' | 'relationships';
  done: number;
  total: number;
  /** Seconds since this phase started. */
  seconds: number;
}

export interface LoadOptions {
  /** Rows per statement (and per transaction when not atomic). */
  batchSize?: number;
  /** One transaction for everything (all or nothing); otherwise one transaction per batch, for bulk loads. */
  atomic?: boolean;
  /** Remove relationships of the loaded entities that the data no longer declares. */
  syncEdges?: boolean;
  /** The database holds none of these entities yet: CREATE instead of MERGE. */
  fresh?: boolean;
  /**
   * Batches written at once when not atomic (default 1). Batches of one group touch disjoint start nodes
   * (rows are sorted by start node); a deadlock on a shared end node is retried by the driver.
   */
  concurrency?: number;
  /** A group of at least this many rows gets a statement with static names (default 10,000). */
  ownStatementRows?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** The date (YYYY-MM-DD) to store route levels for, after the data; default today (UTC); null: none. */
  coverageAsOf?: string | null;
  /** Told who holds the store lease when the load has to wait for it (engine/store-lease.ts). */
  onLeaseWait?: (holder: string) => void;
}

interface Step {
  phase: LoadProgress['phase'];
  query: string;
  params: Record<string, unknown>;
  rows: number;
  /** The relationship type(s) written, for an error. */
  types?: string;
}

const LABELS = new Set<string>([ENTITY_LABEL, ...NODE_LABELS]);
const TYPES = new Set<string>(RELATIONSHIP_TYPES);

/** The properties the loader writes for a node: its block's, its id and its search keys (every load path). */
export const nodeProperties = (n: NodeRow): Record<string, PropertyValue> => ({
  ...n.props,
  id: n.id,
  searchKeys: searchKeysOf(n.props),
});

/** The properties the loader writes for a relationship: its block's and its key. */
export const edgeProperties = (e: EdgeRow): Record<string, PropertyValue> => ({ ...e.props, key: e.key });

function checkName(name: string, known: Set<string>, what: string): string {
  // Rows come from the validator, so this only guards against a caller building rows by hand.
  if (!known.has(name))
    throw new Error(`unknown ${what} ${JSON.stringify(name)}: not in the ontology; nothing was written`);
  return name;
}

/**
 * Property names are written into the statements of large groups (`propertyMap`): each must be a plain
 * identifier, as the validator's field names are. Checked for every row before anything is written.
 */
function checkPropertyNames(rows: Iterable<{ props: Record<string, unknown> }>, what: string): void {
  const checked = new Set<string>();
  for (const row of rows)
    for (const name of Object.keys(row.props)) {
      if (checked.has(name)) continue;
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
        throw new Error(`${what} property name ${JSON.stringify(name)} is not an identifier; nothing was written`);
      checked.add(name);
    }
}

/** The property names a group's rows carry, sorted. */
function columns(rows: { props: Record<string, unknown> }[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.props)) names.add(name);
  return [...names].sort();
}

/** Element ids `<prefix>:<number>` of one database share their prefix: sent once per batch, not per row. */
function sharedPrefix(ids: string[]): string {
  const first = ids[0] ?? '';
  const prefix = first.slice(0, first.lastIndexOf(':') + 1);
  const shared = ids.every((id) => id.startsWith(prefix) && !id.includes(':', prefix.length));
  return shared ? prefix : '';
}

export async function loadGraph(
  graph: Graph,
  nodes: NodeRow[],
  edges: EdgeRow[],
  options: LoadOptions = {},
): Promise<LoadStats> {
  const started = performance.now();
  // Labels, types and property names are written into the statements: all are checked before any write.
  for (const n of nodes) checkName(n.label, LABELS, 'label');
  for (const e of edges) checkName(e.type, TYPES, 'relationship type');
  checkPropertyNames(nodes, 'a node');
  checkPropertyNames(edges, 'a relationship');
  const batchSize = options.batchSize ?? 5000;
  const fresh = options.fresh ?? false;
  const ownStatementRows = options.ownStatementRows ?? OWN_STATEMENT_ROWS;
  const coverageAsOf = options.coverageAsOf === undefined ? todayUtc() : options.coverageAsOf;
  let coverage: StoreStats | null = null;
  let derivedStart = 0;

  type NodeParams = { id: string; label: string; props: Record<string, unknown> };
  const nodesByLabel = new Map<NodeLabel, NodeParams[]>();
  const labelOf = new Map<string, NodeLabel>();
  for (const n of nodes) {
    labelOf.set(n.id, n.label);
    const group = nodesByLabel.get(n.label) ?? [];
    group.push({ id: n.id, label: n.label, props: nodeProperties(n) });
    nodesByLabel.set(n.label, group);
  }
  const nodeSteps: Step[] = [];
  const smallNodeGroups: NodeParams[] = [];
  for (const [label, rows] of nodesByLabel) {
    if (rows.length < ownStatementRows) {
      smallNodeGroups.push(...rows);
      continue;
    }
    if (fresh) {
      const names = columns(rows);
      const query = createNodeColumns(label, names);
      for (const batch of batches(rows, batchSize)) {
        const values = batch.map((row) => names.map((name) => row.props[name] ?? null));
        nodeSteps.push({ phase: 'nodes', query, params: { rows: values }, rows: batch.length });
      }
      continue;
    }
    const query = mergeNodes(label);
    for (const batch of batches(rows, batchSize))
      nodeSteps.push({ phase: 'nodes', query, params: { rows: batch }, rows: batch.length });
  }
  for (const batch of batches(smallNodeGroups, batchSize)) {
    const query = (fresh ? createNodes : mergeNodes)(ROW_LABEL);
    nodeSteps.push({ phase: 'nodes', query, params: { rows: batch }, rows: batch.length });
  }

  // Element ids of the nodes written, valid as long as the node exists: relationship batches run after
  // every node batch, and a row whose end has gone meanwhile fails its batch (see `written`).
  const elementOf = new Map<string, string>();
  const noteElements = (rows: Row[]) => {
    for (const row of rows) elementOf.set(String(row.id), String(row.element));
  };

  // End labels come from the loaded nodes; an end loaded earlier (not in these rows) is found by :Entity id.
  const edgeSteps = (): Step[] => {
    const steps: Step[] = [];
    type EdgeParams = { type: string; from: string; to: string; props: Record<string, unknown> };
    const edgeGroups = new Map<string, EdgeParams[]>();
    for (const e of edges) {
      const group = `${e.type}|${labelOf.get(e.from) ?? ENTITY_LABEL}|${labelOf.get(e.to) ?? ENTITY_LABEL}`;
      const rows = edgeGroups.get(group) ?? [];
      rows.push({ type: e.type, from: e.from, to: e.to, props: edgeProperties(e) });
      edgeGroups.set(group, rows);
    }
    // Consecutive rows share their start node: fewer pages touched, and parallel batches rarely meet.
    const byStart = (a: EdgeParams, b: EdgeParams) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
    // Ends written by this load go by element id (`a`, `b`), others by id (`from`, `to`).
    const params = ({ type, from, to, props }: EdgeParams) => {
      const [a, b] = [elementOf.get(from), elementOf.get(to)];
      return a && b ? { type, a, b, key: props.key, props } : { type, from, to, key: props.key, props };
    };
    const push = (query: string, rows: EdgeParams[], types: string) => {
      for (const batch of batches(rows, batchSize))
        steps.push({ phase: 'relationships', query, params: { rows: batch.map(params) }, rows: batch.length, types });
    };
    const pushColumns = (type: string, from: string, to: string, byElement: boolean, rows: EdgeParams[]) => {
      const names = columns(rows);
      const query = createEdgeColumns(type, from, to, byElement, names);
      for (const batch of batches(rows, batchSize)) {
        const ends = (row: EdgeParams) =>
          byElement ? [elementOf.get(row.from) ?? '', elementOf.get(row.to) ?? ''] : [row.from, row.to];
        const prefix = byElement ? sharedPrefix(batch.flatMap(ends)) : '';
        const values = batch.map((row) => [
          ...ends(row).map((end) => end.slice(prefix.length)),
          ...names.map((name) => row.props[name] ?? null),
        ]);
        steps.push({
          phase: 'relationships',
          query,
          params: { prefix, rows: values },
          rows: batch.length,
          types: type,
        });
      }
    };
    const small = { byElement: [] as EdgeParams[], byId: [] as EdgeParams[] };
    for (const [group, rows] of edgeGroups) {
      const [type = '', from = '', to = ''] = group.split('|');
      // Both ends were written here exactly when both have a label from this load.
      const byElement = from !== ENTITY_LABEL && to !== ENTITY_LABEL;
      rows.sort(byStart);
      if (rows.length < ownStatementRows && fresh) {
        small[byElement ? 'byElement' : 'byId'].push(...rows);
        continue;
      }
      if (fresh) {
        pushColumns(type, from, to, byElement, rows);
        continue;
      }
      // MERGE always names its type: with a dynamic type Neo4j cannot expand by type from the sparser end,
      // and checks every relationship of both nodes, which is quadratic on a dense node (234/s at 10k).
      const query =
        rows.length < ownStatementRows
          ? mergeEdges(type, ENTITY_LABEL, ENTITY_LABEL, byElement)
          : mergeEdges(type, from, to, byElement);
      push(query, rows, type);
    }
    const smallTypes = (rows: EdgeParams[]) => [...new Set(rows.map((row) => row.type))].join(', ');
    push(createEdges(ROW_TYPE, ENTITY_LABEL, ENTITY_LABEL, true), small.byElement, smallTypes(small.byElement));
    push(createEdges(ROW_TYPE, ENTITY_LABEL, ENTITY_LABEL, false), small.byId, smallTypes(small.byId));
    return steps;
  };

  /** Every row of a relationship batch found both of its ends, or the batch fails (and rolls back). */
  const checkWritten = (step: Step, result: Row[]) => {
    const written = Number(result[0]?.written ?? 0);
    if (written === step.rows) return;
    throw new GraphError(
      'CONSTRAINT',
      `${step.rows - written} of ${step.rows} relationships in a batch of ${step.types} name an end node that is ` +
        'not in the database; nothing of that batch was written.',
    );
  };

  const totals = { nodes: nodes.length, relationships: edges.length };
  const done = { nodes: 0, relationships: 0 };
  const phaseStart = { nodes: 0, relationships: 0 };
  const phaseEnd = { nodes: 0, relationships: 0 };
  const track = (step: Step) => {
    done[step.phase] += step.rows;
    phaseEnd[step.phase] = performance.now();
    options.onProgress?.({
      phase: step.phase,
      done: done[step.phase],
      total: totals[step.phase],
      seconds: (phaseEnd[step.phase] - phaseStart[step.phase]) / 1000,
    });
  };
  const after = (step: Step, result: Row[]) => {
    if (step.phase === 'nodes') noteElements(result);
    else checkWritten(step, result);
    track(step);
  };

  const write = async (): Promise<void> => {
    if (options.atomic ?? true) {
      await graph.writeAll(
        async (run) => {
          for (const phase of ['nodes', 'relationships'] as const) {
            phaseStart[phase] = performance.now();
            for (const step of phase === 'nodes' ? nodeSteps : edgeSteps())
              after(step, await run(step.query, step.params));
          }
          if (options.syncEdges) {
            await run(DROP_STALE_EDGES, { ids: nodes.map((n) => n.id), keys: edges.map((e) => e.key) });
          }
          await run(DERIVE, {});
          await storeEvidence(run);
          await storeRuleIndex(run);
          if (coverageAsOf) coverage = await storeCoverage(run, coverageAsOf);
          else await forgetCoverage(run);
        },
        { name: 'load' },
      );
    } else {
      // What is stored for the engine describes the graph before this load: forget it first.
      await forgetCoverage(separateWrites(graph, 'load.forget'));
      await forgetEvidence(separateWrites(graph, 'load.forget'));
      await forgetRuleIndex(separateWrites(graph, 'load.forget'));
      // Nodes before relationships: a relationship batch must find both of its ends.
      for (const phase of ['nodes', 'relationships'] as const) {
        phaseStart[phase] = performance.now();
        const queue = phase === 'nodes' ? nodeSteps : edgeSteps();
        let next = 0;
        const worker = async () => {
          for (let step = queue[next++]; step; step = queue[next++]) {
            const current = step;
            // One transaction per batch; a relationship batch with a missing end throws inside it (rollback).
            await graph.writeAll(async (run) => after(current, await run(current.query, current.params)), {
              name: `load.${phase}`,
              timeoutMs: 10 * 60_000,
            });
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
      }
      if (options.syncEdges) {
        await graph.write(
          DROP_STALE_EDGES,
          { ids: nodes.map((n) => n.id), keys: edges.map((e) => e.key) },
          { name: 'load.sync', timeoutMs: 10 * 60_000 },
        );
      }
      derivedStart = performance.now();
      coverage = await storeDerived(graph, coverageAsOf);
    }
  };

  // A load forgets the engine's stores and writes them again: an API instance or `pnpm derive` storing
  // them meanwhile could write its `complete` marker over rows the load had just deleted. The load holds
  // the store lease, long enough for its rows at 1,000 per second (the slowest measured), and waits while
  // another holder stores.
  const holder = `load ${hostname()} pid ${process.pid} ${randomUUID().slice(0, 8)}`;
  const seconds = Math.max(LEASE_SECONDS, Math.ceil((nodes.length + edges.length) / 1000));
  await underStoreLease(graph, STORES_LEASE, write, { holder, seconds, onWait: options.onLeaseWait });
  const span = (phase: 'nodes' | 'relationships') =>
    phaseStart[phase] > 0 && phaseEnd[phase] > 0 ? (phaseEnd[phase] - phaseStart[phase]) / 1000 : 0;
  return {
    ...totals,
    seconds: (performance.now() - started) / 1000,
    nodeSeconds: span('nodes'),
    relationshipSeconds: span('relationships'),
    coverage,
    derivedSeconds: derivedStart > 0 ? (performance.now() - derivedStart) / 1000 : 0,
  };
}

/**
 * What is derived from the data, written after it in transactions of their own: the derived properties, the
 * stored evidence and rule index, and the route levels of `coverageAsOf` (none when null). The caller holds
 * the store lease.
 */
export async function storeDerived(graph: Graph, coverageAsOf: string | null): Promise<StoreStats | null> {
  await graph.write(DERIVE, {}, { name: 'load.derive', timeoutMs: 10 * 60_000 });
  await storeEvidence(separateWrites(graph, 'load.evidence'));
  await storeRuleIndex(separateWrites(graph, 'load.rule-index'));
  return coverageAsOf ? storeCoverage(separateWrites(graph, 'load.coverage'), coverageAsOf) : null;
}

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
