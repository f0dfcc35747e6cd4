/**
 * `pnpm derive [--as-of YYYY-MM-DD] [--force]` — stores the route levels of a date (default today, UTC) in
 * NEO4J_URI (engine/coverage-store.ts), and the evidence and the rule index if they are not stored
 * (engine/evidence-store.ts, rule-index.ts). The loader does it after every load; run this once a day (cron)
 * on a server whose data does not change daily, so that queries for today keep reading stored levels.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { Graph } from '../graph/db.js';
import { applySchema } from '../graph/schema.js';
import { parseIsoDate, todayUtc } from '../seed/validate.js';
import { refreshCoverage, separateWrites, storeCoverage } from './coverage-store.js';
import { refreshEvidence, storeEvidence } from './evidence-store.js';
import { refreshRuleIndex, storeRuleIndex } from './rule-index.js';
import { STORES_LEASE, withStoreLease } from './store-lease.js';

const { values } = parseArgs({
  options: { 'as-of': { type: 'string' }, force: { type: 'boolean', default: false } },
});
const asOf = values['as-of'] ?? todayUtc();
if (!parseIsoDate(asOf)) {
  console.error(`--as-of must be a date written YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
  process.exit(2);
}
const config = readConfig();
const graph = new Graph(config);
try {
  // Fails at once when nothing answers, instead of after the driver's retries.
  await graph.driver.verifyConnectivity({ database: config.neo4j.database }).catch((error: unknown) => {
    throw new Error(`cannot reach Neo4j (${(error as Error).message}); check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD.`);
  });
  await applySchema(graph);
  const run = separateWrites(graph, 'derive');
  const leased = await withStoreLease(graph, STORES_LEASE, async () => {
    const evidence = values.force ? await storeEvidence(run) : await refreshEvidence(run);
    if (evidence)
      console.log(`Stored the evidence (deployments, export candidates) in ${evidence.seconds.toFixed(1)} s.`);
    const index = values.force ? await storeRuleIndex(run) : await refreshRuleIndex(run);
    if (index) console.log(`Stored the rule index (${index.entries} entries) in ${index.seconds.toFixed(1)} s.`);
    const stats = values.force ? await storeCoverage(run, asOf) : await refreshCoverage(graph, asOf);
    console.log(
      stats
        ? `Stored route levels for ${stats.asOf}: ${stats.routes} routes, ${stats.rows} rows in ${stats.seconds.toFixed(1)} s.`
        : `Route levels for ${asOf} are already stored (--force to store them again).`,
    );
  });
  if (!leased.taken) {
    console.error(`Another process (${leased.holder}) is storing the route levels now; try again when it is done.`);
    process.exitCode = 1;
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`pnpm derive against ${config.neo4j.uri}: ${message}`);
  process.exitCode = 1;
} finally {
  await graph.close();
}
