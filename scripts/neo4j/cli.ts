/** `pnpm neo4j start|stop|status|fetch` — the project's local Neo4j, configured by LACUNA_NEO4J_* (README). */
import { ensureJars, LocalNeo4jError, localConfig, runningPid, startLocalNeo4j, stopPid } from './embedded.js';

async function main(command: string | undefined): Promise<void> {
  const config = localConfig();
  switch (command) {
    case 'fetch':
      ensureJars();
      console.log('Neo4j jars are in .cache/neo4j/lib');
      return;
    case 'start': {
      const neo4j = await startLocalNeo4j(config, true);
      console.log(
        `Neo4j is running (pid ${neo4j.pid}) at ${neo4j.uri}; data in ${config.dataDir}; log ${neo4j.logFile}`,
      );
      return;
    }
    case 'stop': {
      const pid = runningPid(config.dataDir);
      if (!pid) {
        console.log(`No local Neo4j is running for ${config.dataDir}.`);
        return;
      }
      await stopPid(pid, config.dataDir);
      console.log(`Stopped Neo4j (pid ${pid}).`);
      return;
    }
    case 'status': {
      const pid = runningPid(config.dataDir);
      console.log(pid ? `running (pid ${pid}) on 127.0.0.1:${config.port}, data in ${config.dataDir}` : 'stopped');
      process.exitCode = pid ? 0 : 3;
      return;
    }
    default:
      console.error('usage: pnpm neo4j start|stop|status|fetch');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exitCode = 1;
});
