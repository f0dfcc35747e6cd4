/**
 * Writes validated rows in batched UNWIND statements. Labels and relationship types come from the
 * validated rows (which only hold ontology names) through Cypher's dynamic `$(...)` syntax, so every
 * statement text is fixed and every value is a parameter.
 */
import type { Graph } from '../graph/db.js';
import type { EdgeRow, NodeRow } from './validate.js';

const MERGE_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n = row.props`;

const MERGE_EDGES = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props`;

/** Relationships that were loaded from an entity's block before but are no longer written there. */
const DROP_STALE_EDGES = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-()
WHERE r.key IS NOT NULL AND (startNode(r) = a) AND NOT r.key IN $keys
DELETE r`;

export interface LoadStats {
  nodes: number;
  relationships: number;
  seconds: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** One transaction for everything (all or nothing); otherwise one transaction per batch, for bulk loads. */
  atomic?: boolean;
  /** Remove relationships of the loaded entities that the data no longer declares. */
  syncEdges?: boolean;
}

export async function loadGraph(
  graph: Graph,
  nodes: NodeRow[],
  edges: EdgeRow[],
  options: LoadOptions = {},
): Promise<LoadStats> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5000;
  const nodeRows = nodes.map((n) => ({ id: n.id, label: n.label, props: { ...n.props, id: n.id } }));
  const edgeRows = edges.map((e) => ({
    from: e.from,
    to: e.to,
    type: e.type,
    key: e.key,
    props: { ...e.props, key: e.key },
  }));
  const steps: { query: string; params: Record<string, unknown> }[] = [
    ...batches(nodeRows, batchSize).map((rows) => ({ query: MERGE_NODES, params: { rows } })),
    ...batches(edgeRows, batchSize).map((rows) => ({ query: MERGE_EDGES, params: { rows } })),
  ];
  if (options.syncEdges) {
    steps.push({ query: DROP_STALE_EDGES, params: { ids: nodes.map((n) => n.id), keys: edges.map((e) => e.key) } });
  }
  if (options.atomic ?? true) {
    await graph.writeAll(
      async (run) => {
        for (const step of steps) await run(step.query, step.params);
      },
      { name: 'load' },
    );
  } else {
    for (const step of steps)
      await graph.write(step.query, step.params, { name: 'load.batch', timeoutMs: 10 * 60_000 });
  }
  return { nodes: nodes.length, relationships: edges.length, seconds: (performance.now() - started) / 1000 };
}

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
