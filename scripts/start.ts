/**
 * `./lacuna start`: with NEO4J_URI unset, starts the project's own Neo4j (data in .data/neo4j), then the
 * API and dashboard on one port. Ctrl-C stops all of it, Neo4j included.
 */
import { readConfig, startLacuna } from '@lacuna/api';
import { LocalNeo4jError, localConfig, startLocalNeo4j, type LocalNeo4j } from './neo4j/embedded.js';

async function main(): Promise<void> {
  let neo4j: LocalNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const local = localConfig();
    console.log(
      `NEO4J_URI is not set: starting the embedded Neo4j on 127.0.0.1:${local.port} (data in ${local.dataDir})…`,
    );
    neo4j = await startLocalNeo4j(local);
    uri = neo4j.uri;
  }
  let stopping = false;
  const stopNeo4j = async () => neo4j?.stop();
  try {
    const running = await startLacuna(readConfig(process.env, uri));
    console.log(`\nLacuna is running: ${running.url}/  (GraphQL at ${running.url}/graphql)\nPress Ctrl-C to stop.`);
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      console.log('\nStopping Lacuna…');
      // Each step is bounded: open HTTP or Bolt connections must not keep the process (and Neo4j) alive.
      const started = Date.now();
      await withTimeout(running.stop(), 10_000);
      console.log(`API stopped in ${((Date.now() - started) / 1000).toFixed(1)} s; stopping Neo4j…`);
      await stopNeo4j();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([work.catch(() => undefined), new Promise((done) => setTimeout(done, ms).unref())]);
}

main().catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError || error instanceof Error ? error.message : error);
  process.exit(1);
});
