/**
 * `pnpm synth [--size S|M|L] [--seed N] [--load [--fresh]] [--batch N] [--parallel N] [--import]`
 * Generates a synthetic graph, validates it, prints its shape; with --load writes it into NEO4J_URI
 * with the bulk loader, one transaction per batch, and prints rows per second: constraints and range
 * indexes first (the loader finds ends by id), the full-text index after the data (cheaper built once
 * than updated row by row), then the whole schema (idempotent). --fresh uses CREATE instead of MERGE and
 * must only be used on an empty database.
 * --import writes the graph into a new database of the local Neo4j's folder (LACUNA_NEO4J_DATA, stopped)
 * with neo4j-admin import, then starts Neo4j on LACUNA_NEO4J_PORT to apply the schema and store what is
 * derived, and stops it (scripts/neo4j/import.ts).
 */
import { parseArgs } from 'node:util';
import { Graph, applySchema, loadGraph, readConfig } from '@lacuna/api';
import { schemaStatements } from '@lacuna/model';
import { waitingForLease } from '../../packages/api/src/engine/store-lease.js';
import { LocalNeo4jError, localConfig } from '../neo4j/embedded.js';
import { importIntoLocal } from '../neo4j/import.js';
import { SIZE_NAMES, generateGraph, graphStats, type SizeName } from './generate.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '1' },
    load: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    batch: { type: 'string' },
    parallel: { type: 'string', default: '2' },
    import: { type: 'boolean', default: false },
  },
});
const size = values.size as SizeName;
if (!SIZE_NAMES.includes(size)) {
  console.error(`--size must be one of ${SIZE_NAMES.join(', ')}`);
  process.exit(2);
}

const started = performance.now();
const graph = generateGraph(size, Number(values.seed));
const seconds = (performance.now() - started) / 1000;
const stats = graphStats(graph);
console.log(
  `size ${size}, seed ${values.seed}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships ` +
    `(generated and validated in ${seconds.toFixed(1)} s)`,
);
console.log('nodes:', stats.nodes);
console.log('relationships:', stats.relationships);

if (values.load) {
  const db = new Graph(readConfig());
  try {
    const statements = schemaStatements();
    for (const s of statements.filter((s) => !s.includes('FULLTEXT'))) await db.write(s, {}, { name: 'synth.schema' });
    await db.write('CALL db.awaitIndexes(300)', {}, { name: 'synth.schema', timeoutMs: 320_000 });
    const result = await loadGraph(db, graph.nodes, graph.edges, {
      atomic: false,
      fresh: values.fresh,
      concurrency: Number(values.parallel),
      ...(values.batch ? { batchSize: Number(values.batch) } : {}),
      onLeaseWait: (holder) => console.log(waitingForLease(holder)),
      onProgress: (p) =>
        process.stdout.write(`\r${p.phase} ${p.done}/${p.total} (${Math.round(p.done / p.seconds)} rows/s)   `),
    });
    const started = performance.now();
    await applySchema(db);
    console.log(
      `\nschema with the full-text index applied after the data in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(
      `loaded ${result.nodes} nodes in ${result.nodeSeconds.toFixed(1)} s (${Math.round(result.nodes / result.nodeSeconds)}/s), ` +
        `${result.relationships} relationships in ${result.relationshipSeconds.toFixed(1)} s ` +
        `(${Math.round(result.relationships / result.relationshipSeconds)}/s); total ${result.seconds.toFixed(1)} s`,
    );
  } finally {
    await db.close();
  }
}

if (values.import) {
  await importIntoLocal(localConfig(), graph.nodes, graph.edges).catch((error: unknown) => {
    console.error(error instanceof LocalNeo4jError ? error.message : error);
    process.exitCode = 1;
  });
}
