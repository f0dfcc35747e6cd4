/**
 * `pnpm synth [--size S|M|L] [--seed N] [--load [--fresh]] [--batch N]`
 * Generates a synthetic graph, validates it, prints its shape; with --load writes it into NEO4J_URI
 * (schema first) with the bulk loader, one transaction per batch, and prints rows per second.
 * --fresh uses CREATE instead of MERGE and must only be used on an empty database.
 */
import { parseArgs } from 'node:util';
import { Graph, applySchema, loadGraph, readConfig } from '@lacuna/api';
import { SIZE_NAMES, generateGraph, graphStats, type SizeName } from './generate.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '1' },
    load: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    batch: { type: 'string' },
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
    await applySchema(db);
    const result = await loadGraph(db, graph.nodes, graph.edges, {
      atomic: false,
      fresh: values.fresh,
      ...(values.batch ? { batchSize: Number(values.batch) } : {}),
      onProgress: (p) =>
        process.stdout.write(`\r${p.phase} ${p.done}/${p.total} (${Math.round(p.done / p.seconds)} rows/s)   `),
    });
    console.log(
      `\nloaded ${result.nodes} nodes in ${result.nodeSeconds.toFixed(1)} s (${Math.round(result.nodes / result.nodeSeconds)}/s), ` +
        `${result.relationships} relationships in ${result.relationshipSeconds.toFixed(1)} s ` +
        `(${Math.round(result.relationships / result.relationshipSeconds)}/s); total ${result.seconds.toFixed(1)} s`,
    );
  } finally {
    await db.close();
  }
}
