/**
 * `pnpm neo4j start|stop|status|fetch|import [seed folder]` — the project's local Neo4j, configured by
 * LACUNA_NEO4J_* (README). `import` validates a seed folder (default data/seed) and writes it into a new
 * database in the stopped local Neo4j's folder with neo4j-admin import (scripts/neo4j/import.ts).
 */
import { existsSync } from 'node:fs';
import { formatProblem } from '../../packages/api/src/seed/read.js';
import { checkSeed, DEFAULT_SEED_DIR } from '../../packages/api/src/seed/seed.js';
import { ensureJars, LocalNeo4jError, localConfig, runningPid, startLocalNeo4j, stopPid } from './embedded.js';
import { importIntoLocal } from './import.js';

async function main(command: string | undefined, argument?: string): Promise<void> {
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
    case 'import': {
      const dir = argument ?? DEFAULT_SEED_DIR;
      if (!existsSync(dir)) throw new LocalNeo4jError(`There is no seed folder at ${dir}.`);
      const checked = checkSeed(dir);
      if (checked.problems.length > 0) {
        for (const problem of checked.problems) console.error(formatProblem(problem));
        console.error(`\n${checked.problems.length} problem(s) in ${dir}; nothing was imported.`);
        process.exitCode = 1;
        return;
      }
      await importIntoLocal(config, checked.nodes, checked.edges);
      return;
    }
    default:
      console.error('usage: pnpm neo4j start|stop|status|fetch|import [seed folder]');
      process.exitCode = 2;
  }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exitCode = 1;
});
