/** `pnpm seed:check [dir]` validates the seed; `pnpm seed:load [dir]` also loads it into NEO4J_URI. */
import { readConfig } from '../config.js';
import { Graph } from '../graph/db.js';
import { applySchema } from '../graph/schema.js';
import { waitingForLease } from '../engine/store-lease.js';
import { formatProblem } from './read.js';
import { checkSeed, DEFAULT_SEED_DIR, loadSeed } from './seed.js';

async function main(command: string | undefined, dir = DEFAULT_SEED_DIR): Promise<number> {
  const checked = checkSeed(dir);
  if (checked.problems.length > 0) {
    for (const problem of checked.problems) console.error(formatProblem(problem));
    console.error(`\n${checked.problems.length} problem(s) in ${dir}; nothing was loaded.`);
    return 1;
  }
  const counts = new Map<string, number>();
  for (const n of checked.nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
  console.log(
    `Seed is valid: ${checked.nodes.length} entities (${[...counts].map(([l, c]) => `${c} ${l}`).join(', ')}), ${checked.edges.length} relationships.`,
  );
  if (command !== 'load') return 0;
  const graph = new Graph(readConfig());
  try {
    await applySchema(graph);
    const stats = await loadSeed(graph, dir, { onLeaseWait: (holder) => console.log(waitingForLease(holder)) });
    console.log(
      `Loaded ${stats.nodes} entities and ${stats.relationships} relationships in ${stats.seconds.toFixed(2)} s.`,
    );
    return 0;
  } finally {
    await graph.close();
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
