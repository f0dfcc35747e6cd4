/**
 * Starts the API against NEO4J_URI: applies the schema, loads the seed if the graph is empty, stores
 * today's route levels if they are not (engine/coverage-store.ts), serves, sends the dashboard's first
 * requests once (warm-up.ts), and stores the new day's route levels after every midnight UTC
 * (config.deriveDaily).
 */
import { pathToFileURL } from 'node:url';
import { readConfig, type Config } from './config.js';
import { Graph } from './graph/db.js';
import { applySchema } from './graph/schema.js';
import { refreshCoverage, separateWrites } from './engine/coverage-store.js';
import { everyUtcDay } from './engine/daily.js';
import { STORES_LEASE, waitingForLease, withStoreLease } from './engine/store-lease.js';
import { refreshEvidence } from './engine/evidence-store.js';
import { refreshRuleIndex } from './engine/rule-index.js';
import { backfillSearchKeys } from './seed/search-keys.js';
import { graphIsEmpty, loadSeed } from './seed/seed.js';
import { todayUtc } from './seed/validate.js';
import { startServer, type RunningServer } from './server.js';
import { warmUp } from './warm-up.js';

export async function startLacuna(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningServer & { graph: Graph }> {
  const graph = new Graph(config);
  try {
    await graph.driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await graph.close();
    throw new Error(
      `Cannot reach Neo4j at ${config.neo4j.uri} (${(error as Error).message}). ` +
        'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded default.',
    );
  }
  await applySchema(graph);
  if (await graphIsEmpty(graph)) {
    const stats = await loadSeed(graph, undefined, {
      onLeaseWait: (holder) => log(waitingForLease(holder)),
    });
    log(
      `Loaded the seed: ${stats.nodes} entities, ${stats.relationships} relationships in ${stats.seconds.toFixed(1)} s.`,
    );
  }
  const keyed = await backfillSearchKeys(separateWrites(graph, 'search-keys'));
  if (keyed > 0) log(`Wrote the search keys of ${keyed} entities loaded by an earlier version.`);
  await refreshStores(graph, log).catch((error: Error) =>
    log(`Could not store today's route levels (${error.message}); coverage is computed live.`),
  );
  const server = await startServer(config, graph);
  // A new day needs new route levels; with several instances, one (or a scheduled `pnpm derive`) is enough.
  const stopDaily = config.deriveDaily
    ? everyUtcDay(
        () => refreshStores(graph, log),
        (error) =>
          log(`Could not store the new day's route levels (${(error as Error).message}); coverage is computed live.`),
      )
    : () => undefined;
  const started = performance.now();
  const warming = warmUp(graph, server.url).then(
    (errors) => {
      if (errors?.length) log(`The warm-up request met errors: ${errors.join('; ')}`);
      else if (errors) log(`Warmed up the engine's queries in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    },
    (error: Error) => log(`Could not warm up the engine's queries: ${error.message}`),
  );
  return {
    ...server,
    graph,
    stop: async () => {
      stopDaily();
      await warming;
      await server.stop();
      await graph.close();
    },
  };
}

/**
 * Stores today's route levels if the stored ones are of another day (and the evidence and the rule
 * index, if a graph loaded by an older version has none), holding the store lease: an instance that
 * finds another one storing leaves it to it (queries compute live, correct but slower, until it is done).
 */
async function refreshStores(graph: Graph, log: (line: string) => void): Promise<void> {
  const leased = await withStoreLease(graph, STORES_LEASE, async () => {
    await refreshEvidence(separateWrites(graph, 'evidence-store'));
    await refreshRuleIndex(separateWrites(graph, 'rule-index'));
    return refreshCoverage(graph, todayUtc());
  });
  if (!leased.taken) log(`Another process (${leased.holder}) is storing today's route levels.`);
  else if (leased.value)
    log(`Stored today's route levels (${leased.value.routes} routes) in ${leased.value.seconds.toFixed(1)} s.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startLacuna(readConfig());
  console.log(`Lacuna API at ${running.url}/graphql`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
